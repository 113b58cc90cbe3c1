"""An author's bio closing a story: dropped when it opens with the byline's name."""

from __future__ import annotations

from newswire.pipeline.html.author_bios import (
    bio_names,
    declared_bios,
    without_author_bio,
    without_declared_bio,
)

_STORY = [
    "The council voted on Tuesday to close the bridge for repairs.",
    "Residents said the detour would add twenty minutes to their commute.",
    "Work is expected to start in March and last until the autumn.",
    "The mayor said the city had no other choice after the inspection.",
]


def test_a_closing_bio_of_the_byline_goes() -> None:
    """A last paragraph opening "<author> is ..." goes, with what follows it."""
    bio = "Jane Doe is a freelance writer based in Denver. She covers city hall."
    lines = [*_STORY, bio, "Follow her on social media."]
    assert without_author_bio(lines, ("Jane Doe",)) == _STORY


def test_leads_and_appositions_and_first_names() -> None:
    """A bio in parentheses, after "About the author:", with an apposition, or opening with
    the first name alone is one too."""
    for bio in (
        "(Jane Doe is an associate attorney at the firm.)",
        "About the author: Jane Doe has covered transport since 2010.",
        "Jane Doe, a licensed accountant in Manila, specializes in audits.",
        "Jane holds a degree in civil engineering.",
    ):
        assert without_author_bio([*_STORY, bio], ("Jane Doe",)) == _STORY


def test_someone_else_and_the_story_itself_stay() -> None:
    """A closing line about someone other than the author stays, and so does a line that
    names the author without introducing them."""
    lines = [*_STORY, "John Roe is the city's chief engineer.", "Jane Doe reported."]
    assert without_author_bio(lines, ("Jane Doe",)) == lines


def test_a_bio_early_or_long_stays() -> None:
    """A profile of its own writer opens with the name early: a bio that starts more than a
    few paragraphs before the end, or whose tail is a large part of the text, stays."""
    early = ["Jane Doe is a writer.", *_STORY, *_STORY]
    assert without_author_bio(early, ("Jane Doe",)) == early
    long_tail = [_STORY[0], "Jane Doe is a writer. " + " ".join(_STORY)]
    assert without_author_bio(long_tail, ("Jane Doe",)) == long_tail


def test_a_vouching_section_stays() -> None:
    """A review's "Why Trust Us" section introducing its tester is the review's own part."""
    lines = [*_STORY, "Why Trust Us", "Jane Doe is a coffee writer who tested 17 presses."]
    assert without_author_bio(lines, ("Jane Doe",)) == lines


def test_names_of_a_byline() -> None:
    """A byline of several persons gives each one's names; a one-word author (a company's
    name) gives none."""
    names = bio_names(("Jane Doe and John Roe", "Acme"))
    assert {"Jane Doe", "John Roe", "Jane", "Roe"} <= set(names)
    assert "Acme" not in names
    lines = [*_STORY, "Acme is dedicated to clients."]
    assert without_author_bio(lines, ("Acme",)) == lines


_DECLARED = (
    "Lauren has written for the Example blog since 2018. She is a writer and editor with a "
    "background in journalism."
)
_GRAPH = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "Article", "headline": "Bridge closed", "description": "A story."},
        {"@type": "Person", "name": "Lauren", "description": _DECLARED},
        {"@type": "Person", "name": "Sam", "description": "Founder at Example"},
    ],
}


def test_a_closing_paragraph_the_json_ld_declares_a_persons_bio_goes() -> None:
    """A paragraph among the story's last that opens as a JSON-LD Person's description (the
    author box a blog's SEO plugin declares) goes; the story stays."""
    bios = declared_bios((_GRAPH,))
    assert without_declared_bio([*_STORY, _DECLARED], bios) == _STORY


def test_a_short_description_or_a_story_line_is_no_declared_bio() -> None:
    """A Person's short description (a job title) declares no bio, and a story line that does
    not open as a declared one stays."""
    bios = declared_bios((_GRAPH,))
    assert len(bios) == 1
    lines = [*_STORY, "Founder at Example, Sam said the works would go on."]
    assert without_declared_bio(lines, bios) == lines
    assert declared_bios(({"@type": "Article", "description": _DECLARED},)) == frozenset()
