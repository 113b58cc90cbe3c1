"""Reaction lines: a post's summary of who reacted to it, told from its text."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.furniture_lines import is_furniture_line
from newswire.pipeline.html.reaction_lines import is_reaction_line


@pytest.mark.parametrize(
    "line",
    [
        "Reactions: unixfool",
        "Reactions: Brian33, unixfool and felixen",
        "Reactions: Dan C and 4 others",
        "Holiday.with.Ken, WiSK, TedToToe and 2 others like this.",
        "WiSK and JapesUK like this.",
        "MargoFarrel likes this.",
        "1 person likes this.",
        "3 people like this",
    ],
)
def test_a_posts_reaction_summary_is_a_reaction_line(line: str) -> None:
    """XenForo's "Reactions: <names>", a board's "<names> like this." (a list of handles,
    maybe ending in "and N others"), "<name> likes this." and "N people like this" are
    reaction lines, and so furniture."""
    assert is_reaction_line(line)
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "I like this.",
        "My kids and I like this.",
        "Everyone likes this.",
        "Kids like this.",
        "I think Tom and Jerry like this.",
        "Reactions: the market fell sharply after the news.",
        "Readers reacted strongly to this.",
    ],
)
def test_a_readers_own_sentence_is_no_reaction_line(line: str) -> None:
    """A reply's own sentence that likes something (a pronoun, a plural noun, more than two
    words before the list), or a "Reactions:" label followed by a sentence, is no reaction
    line."""
    assert not is_reaction_line(line)


def test_a_long_line_is_no_reaction_line() -> None:
    """A line past the summary's length (a reply quoting the phrase) is no reaction line."""
    names = ", ".join(f"user{n}" for n in range(40))
    assert not is_reaction_line(f"{names} and 3 others like this.")
