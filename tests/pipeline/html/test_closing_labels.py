"""A last line of a few words that closes no sentence after a story of prose goes."""

from __future__ import annotations

from newswire.pipeline.html.closing_labels import without_closing_label


def test_a_closing_label_is_never_the_whole_text() -> None:
    """No lines, or a single short line, are given back as they are: the rule needs a story
    before the line it drops."""
    assert without_closing_label([]) == []
    assert without_closing_label(["Home"]) == ["Home"]
    assert without_closing_label(["A line.", "Home"]) == ["A line.", "Home"]
    assert without_closing_label(["Menu", "Home"]) == ["Menu", "Home"]
