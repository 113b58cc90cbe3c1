"""The first characters a branch of an alternation can begin with, read from its text."""

from __future__ import annotations

import re

import pytest

from newswire.pipeline.html.lead_dispatch import LeadDispatch, leading_atoms


@pytest.mark.parametrize(
    ("branch", "atoms"),
    [
        ("share", ("s",)),
        (r"\(?\d+ items", (r"\(", r"\d")),
        (r"(?:show )?\d* ?per page", ("s", r"\d", " ", "p")),
        (r"\d{1,2}:\d\d", (r"\d",)),
        ("a{0,2}b", ("a", "b")),
        ("a{,2}b", ("a", "b")),
        ("a{2}", ("a",)),
        ("a??b", None),
        ("(?:x)*+y", None),
        ("(?:x?)y", None),
        (r"\d*", None),
        ("a{b", None),
    ],
)
def test_an_optional_head_adds_the_atoms_of_what_follows(
    branch: str, atoms: tuple[str, ...] | None
) -> None:
    """A leading atom or group that may be absent ("?", "*", "{0,n}") lets the branch begin
    with what follows it; a head repeated at least once begins every match; a lazy or
    possessive quantifier, or a branch that may match nothing, is not plain (None)."""
    assert leading_atoms(branch) == atoms


@pytest.mark.parametrize(
    "line",
    ["24 per page", "per page", "Show 24 per page", " per page", "(3 items)", "3 items", "x"],
)
def test_a_dispatch_over_optional_heads_agrees_with_its_pattern(line: str) -> None:
    """Lines led by the optional head or by what follows it are tried in the right branches."""
    dispatch = LeadDispatch(r"(?:show )?\d* ?per page|\(?\d+ items\)?|tweet", r"\W*$", re.I)
    assert (dispatch.match(line) is not None) == (dispatch.pattern.match(line) is not None)


_LABELS = LeadDispatch(
    r"(?:(?:written|posted)\s+)?by|authors?|(?:von|par)\b|(?:text|autor)(?=\s*:)",
    r"\s*:?\s*(?P<names>.*)$",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "line",
    [
        "By Amy Wilhelm",
        "Written by Cassidy Horton",
        "posted  by: Jo",
        "Authors: A and B",
        "Von Anna Schmidt",
        "Paris Hilton",
        "Text: Jo",
        "Text Jo",
        "\u017fomething",  # the long s folds to "s" (no branch begins with it)
        "\u212aelvin",  # the Kelvin sign folds to "k"
        "\u0130stanbul",
        "By Jo\n",
        "",
        "by",
    ],
)
def test_a_dispatch_gives_the_patterns_own_match(line: str) -> None:
    """``match`` and ``fullmatch`` give the same span and named groups as the whole pattern,
    for lines led by an optional head, a word read whole, a lookahead label, a Unicode case
    fold, a trailing newline (which ``$`` allows only to ``match``) and an empty line."""
    for ours, theirs in (
        (_LABELS.match(line), _LABELS.pattern.match(line)),
        (_LABELS.fullmatch(line), _LABELS.pattern.fullmatch(line)),
    ):
        if theirs is None:
            assert ours is None
        else:
            assert ours is not None
            assert (ours.span(), ours["names"]) == (theirs.span(), theirs["names"])


def test_priming_compiles_each_first_character_and_leaves_every_answer_the_patterns() -> None:
    """prime() compiles the narrowed expression of each character it is given, and a primed
    dispatch answers every line as the whole expression does."""
    dispatch = LeadDispatch(r"share|tweet|\d+ comments|(?:read )?more", r"\W*$", re.IGNORECASE)
    dispatch.prime("sT3r(")
    assert set(dispatch.primed()) == set("sT3r(")
    for line in ["Share", "tweet!", "12 comments", "Read more", "more", "(share)", "rest", ""]:
        whole = dispatch.pattern.match(line)
        narrowed = dispatch.match(line)
        assert (whole and whole.group()) == (narrowed and narrowed.group())
