"""The metadata checks of the bench scorer: exact, and never more lenient than the truth."""

from __future__ import annotations

from newswire.bench.corpora import Page
from newswire.bench.scoring import Output, author_right, score


def _page(**truth: str | None) -> Page:
    return Page(corpus="wcxb", id="x", url=None, html=b"", text="story", **truth)  # type: ignore[arg-type]


def test_author_right_takes_the_truths_names_in_any_of_its_spellings() -> None:
    """One name, "A, B", "A and B" and "A & B" in the truth all match the same list."""
    assert author_right("Ann Lee", ["Ann Lee"])
    assert author_right("Ann Lee, Bo Chan", ["Ann Lee", "Bo Chan"])
    assert author_right("Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"])
    assert author_right("Ann Lee & Bo Chan", ["Bo Chan", "Ann Lee"])


def test_author_right_accepts_a_truth_whose_comma_is_part_of_one_credit() -> None:
    """A credit like "Tracy Parker, Dietitian" is one: given as one string it is right."""
    assert author_right("Tracy Parker, Dietitian", ["Tracy Parker, Dietitian"])


def test_author_right_gives_no_credit_for_the_right_name_among_wrong_ones() -> None:
    """An extra name (a reviewer, "View Full Profile"), a missing one or none are wrong."""
    assert not author_right("Ann Lee", ["Ann Lee", "View Full Profile"])
    assert not author_right("Ann Lee", ["Ann Lee", "Bo Chan"])
    assert not author_right("Ann Lee and Bo Chan", ["Ann Lee"])
    assert not author_right("Ann Lee", [])


def test_title_exact_keeps_case_but_not_runs_of_spaces() -> None:
    """A title in capitals is not the title; two spaces for one are the same title."""
    page = _page(title="Tips for  Online Success")
    assert score(page, Output(body="story", title="Tips for Online Success")).title_ok
    assert not score(page, Output(body="story", title="TIPS FOR ONLINE SUCCESS")).title_ok


def test_author_invented_is_any_author_where_the_truth_has_none() -> None:
    """A page with no author in its truth counts an invented author when one is given."""
    page = _page(title="T")
    assert score(page, Output(body="story", authors=("Admin Person",))).author_invented
    assert not score(page, Output(body="story")).author_invented
