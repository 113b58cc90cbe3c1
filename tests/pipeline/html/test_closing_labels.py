"""A last line of a few words that closes no sentence after a story of prose goes."""

from __future__ import annotations

from newswire.pipeline.html.closing_labels import without_closing_label, without_closing_strip


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


def test_an_address_or_a_command_closing_the_story_stays() -> None:
    """A last line that is a link, a path, a setting or a dated credit with slashes is the
    story's own and stays; a label of words goes, also after such a line."""
    story = [f"Line {i} of a story that reads as prose. " * 4 for i in range(3)]
    for line in (
        "https://www.oracle.com/virtualization/virtualbox/",
        "ln -s /usr/bin/sudo-rs /usr/local/bin/sudo",
        "GOPRIVATE=*.corp.example.com",
        "*As of 8/30/21 on softwareadvice.com",
    ):
        assert without_closing_label([*story, line]) == [*story, line]
    for line in ("Share / Print", "What others are reading", "Rate this article"):
        assert without_closing_label([*story, line]) == story
    address = [*story, "See https://example.com/a for more.", "Next Post"]
    assert without_closing_label(address) == address[:-1]


def test_a_sign_off_closing_a_thread_goes() -> None:
    """On a thread the last post's "~ name" is the poster's signature: it goes as a label."""
    story = [f"Line {i} of a post that reads as prose. " * 4 for i in range(3)]
    assert without_closing_label([*story, "~E. W. Dijkstra"], sign_off=False) == story
    assert without_closing_label([*story, "~E. W. Dijkstra"]) == [*story, "~E. W. Dijkstra"]


def test_a_closing_strip_of_titles_under_its_label_goes() -> None:
    """A label opening "More" or "Other" after the story's first half, with only titles
    (short lines that end no sentence with a full stop) after it, goes with its titles."""
    story = [(f"Line {i} of a story that reads as prose. " * 4).strip() for i in range(3)]
    titles = ["How Trump 2.0 upended education research", "Do male teachers make a difference?"]
    for label in ("More Proof Points", "More Helpful Articles by Mattress Makers:", "Other ways"):
        assert without_closing_strip([*story, label, *titles]) == story


def test_the_storys_own_closing_section_stays() -> None:
    """A section under "More tips" that goes on in prose, a "More information" list of the
    story's references, a label over a single line, a label before the story's first half is
    done, and a "label" after a line that closes no sentence (a row of priced tiles) stay."""
    story = [(f"Line {i} of a story that reads as prose. " * 4).strip() for i in range(3)]
    titles = ["Where to buy a mattress", "Can a bad box spring ruin a mattress?"]
    prose = ["Keep the tips short and plain.", "Ask a friend to read them."]
    assert without_closing_strip([*story, "More tips", *prose]) == [*story, "More tips", *prose]
    kept = [*story, "More information", *titles]
    assert without_closing_strip(kept) == kept
    assert without_closing_strip([*story, "More stories", titles[0]]) == [
        *story,
        "More stories",
        titles[0],
    ]
    early = ["Intro.", "More stories", *titles]
    assert without_closing_strip(early) == early
    tiles = [*story, "$19.00", "Other lamp 2 in brass", "$29.00", "Other lamp 3 in brass"]
    assert without_closing_strip(tiles) == tiles
