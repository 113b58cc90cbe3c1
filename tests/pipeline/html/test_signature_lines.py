"""The story's own byline printed as one of its paragraphs: dropped over or under the story."""

from __future__ import annotations

from newswire.pipeline.html.signature_lines import without_signature_lines

_STORY = [
    "The council voted on Tuesday to close the bridge for repairs.",
    "Residents said the detour would add twenty minutes to their commute.",
    "Work is expected to start in March and last until the autumn.",
    "The mayor said the city had no other choice after the inspection.",
]


def test_a_byline_over_the_story_goes() -> None:
    """A "By <author>" line among the first paragraphs goes, with a title or date after the
    name too."""
    for line in (
        "By Jane Doe",
        "by Jane Doe | August 24, 2023",
        "By Jane Doe, Executive Editor, City Weekly",
        "Written by: Jane Doe",
    ):
        assert without_signature_lines([line, *_STORY], ("Jane Doe",)) == _STORY
        assert without_signature_lines([_STORY[0], line, *_STORY[1:]], ("Jane Doe",)) == _STORY


def test_a_byline_closing_the_story_goes() -> None:
    """A "Posted by <author> at <date>" line closing the story goes."""
    lines = [*_STORY, "Posted by Jane at December 16, 2025 11:15 AM"]
    assert without_signature_lines(lines, ("Jane",)) == _STORY


def test_other_lines_stay() -> None:
    """A line signed by someone who is not the page's author, a by-line in the story's middle,
    a longer line that opens with "By" and the author's name inside a longer name stay."""
    others = [
        "By John Smith",
        "By Jane Doering",
        "By Jane Doe and the team we worked with, the bridge was inspected twice this winter.",
    ]
    for line in others:
        lines = [line, *_STORY]
        assert without_signature_lines(lines, ("Jane Doe",)) is lines
    middle = [*_STORY[:3], "By Jane Doe", *_STORY[3:], "The bridge reopens in June."]
    assert without_signature_lines(middle, ("Jane Doe",)) is middle


def test_nothing_to_sign_with() -> None:
    """Without authors, or with one paragraph only, the story is left as it is."""
    lines = ["By Jane Doe", *_STORY]
    assert without_signature_lines(lines, ()) is lines
    assert without_signature_lines(["By Jane Doe"], ("Jane Doe",)) == ["By Jane Doe"]


def test_a_reviewers_credit_over_the_story_goes() -> None:
    """A "Reviewed by <Name>" (or "Medically reviewed by:", "Fact checked by", "Edited by")
    line among the first paragraphs goes, whoever the authors are."""
    for line in (
        "Reviewed by Toni Golen, MD, Editor in Chief, Women's Health Watch",
        "Medically reviewed by: Jane Roe, RD",
        "Fact checked by Sam Poe",
        "Edited by Ann Lee",
    ):
        assert without_signature_lines([line, *_STORY], ()) == _STORY


def test_a_credit_in_the_story_or_in_lowercase_stays() -> None:
    """A reviewer's credit past the first paragraphs, and a line whose "edited by" is not
    followed by a name, stay."""
    later = [*_STORY, "Reviewed by Ann Lee", "The bridge reopens in June."]
    assert without_signature_lines(later, ()) is later
    lines = ["Edited by hand, the photos show the bridge before the repairs.", *_STORY]
    assert without_signature_lines(lines, ("Jane Doe",)) is lines
