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


def test_a_writers_sign_off_closing_the_story_stays() -> None:
    """A last line that is a name or initials after a dash, a tilde, an ellipsis or a heart is
    the writer's sign-off and stays; an embedded post's dated credit and a divider go."""
    story = [f"Line {i} of a story that reads as prose. " * 4 for i in range(3)]
    for sign_off in ("— JS", "<3 Myles Katherine", ". . . Brent Butterworth", "~ Jo Lane, Editor"):
        assert without_closing_label([*story, sign_off]) == [*story, sign_off]
    for line in ("— Ash Vardanian (@ash) December 15, 2025", "— Advertisement —"):
        assert without_closing_label([*story, line]) == story


def test_a_sign_off_closing_a_thread_goes() -> None:
    """On a thread the last post's "~ name" is the poster's signature: it goes as a label."""
    story = [f"Line {i} of a post that reads as prose. " * 4 for i in range(3)]
    assert without_closing_label([*story, "~E. W. Dijkstra"], sign_off=False) == story
    assert without_closing_label([*story, "~E. W. Dijkstra"]) == [*story, "~E. W. Dijkstra"]
