"""The headline inside the densest prose, under a box's paragraph that opened the stretch."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.headline_inside import dated_inside, headline_inside

_STORY = (
    "The college essay is your chance to show admissions officers who you are beyond your "
    "grades, and the essay topics you choose say a lot about you.",
    "Most applicants answer one of the popular essay topics, and the best application essays "
    "answer the prompt with a story only they could tell.",
    "Start early, write several drafts, and ask a teacher to read your application essay "
    "before you submit it to the colleges on your list.",
)
_MENU = ("Home", "Test Prep", "College Admissions", "Resources", "About Us")
_BOX = (
    "Enter your email to unlock an extra $25 off an SAT or ACT program, and get our weekly "
    "tips in your inbox every Monday morning!"
)
_HEADLINE = "Popular College Application Essay Topics (and How to Answer Them)"


def test_a_headline_under_a_sign_up_box_is_the_title() -> None:
    """A sign-up box's paragraph, its button and a back link open the densest stretch; the
    headline under them, over the story that repeats its words, is the title."""
    lines = [*_MENU, _BOX, "Sign Up", "< Back to All Articles", _HEADLINE, *_STORY]
    assert headline_inside(lines, (5, len(lines) - 1), None) == 8
    assert extract_text("\n".join(lines)).title == _HEADLINE


def test_a_section_heading_under_the_intro_is_not_taken() -> None:
    """A story's section heading under its intro and a short line stays a heading: the
    headline above the story, which the intro repeats, keeps its place."""
    headline = "The College Essay: Choosing Among Popular Essay Topics"
    lines = [*_MENU, headline, _STORY[0], "Read more", "How to Answer the Prompts", *_STORY[1:]]
    assert extract_text("\n".join(lines)).title == headline
    assert headline_inside(lines, (6, len(lines) - 1), 5) == 5


def test_a_list_of_dated_teasers_is_no_box() -> None:
    """Under a dated teaser's line (a blog's index: title and date, writer, summary), a
    line is an item of the list, never the headline inside a box."""
    lines = [
        "The Essay Blog",
        "Essay topics that worked, 27 February 2026",
        _STORY[0],
        "Answering the Popular Essay Topics Well",
        *_STORY[1:],
    ]
    assert headline_inside(lines, (2, len(lines) - 1), 0) == 0


def test_a_line_the_story_does_not_echo_is_not_taken() -> None:
    """A box's heading under the box (a line the story under it does not repeat) is no
    headline: the line chosen above the story stays."""
    lines = [*_MENU, _BOX, "Sign Up", "Our Friendly Tutors Await Your Call Today", *_STORY]
    assert headline_inside(lines, (5, len(lines) - 1), 2) == 2


_DATED_HEADLINE = "Answering the Popular College Essay Topics Well"
#: A box's heading and its paragraph, then its controls: the stretch opens with the paragraph.
_DATED_BOX = ["Newsletter Sign Up", _BOX, "Sign Up", "Dismiss"]


def test_a_dated_headline_inside_the_stretch_wins_over_an_undated_line() -> None:
    """A sign-up box's paragraph opens the densest stretch; the headline under the box, with
    its byline right under it (or under its one-sentence deck) and the story repeating its
    words, is the title over the box's undated heading chosen above the stretch."""
    lines = [*_MENU, *_DATED_BOX, _DATED_HEADLINE, "By Jane Doe", *_STORY]
    assert dated_inside(lines, (6, len(lines) - 1), 5) == 9
    assert extract_text("\n".join(lines)).title == _DATED_HEADLINE
    deck = "Our guide to the essay prompts colleges ask most."
    lines = [*_MENU, *_DATED_BOX, _DATED_HEADLINE, deck, "Written by: Jane Doe", *_STORY]
    assert dated_inside(lines, (6, len(lines) - 1), 5) == 9


def test_a_dated_chosen_line_or_a_list_of_dated_teasers_stays() -> None:
    """A chosen line with its own byline under it keeps its place; so does one over a list of
    dated teasers (a listing's), whose first teaser is no page's headline; and a dated line the
    story does not echo (a writer's name over the date) is not taken."""
    dated = ["Our Essay Guide for Every Applicant", "By Jane Doe", _BOX]
    lines = [*dated, _DATED_HEADLINE, "By John Roe", *_STORY]
    assert dated_inside(lines, (2, len(lines) - 1), 0) == 0
    teasers = [_DATED_HEADLINE, "By John Roe", _STORY[0], "Choosing Among Popular Essay Topics"]
    lines = [*_MENU, *_DATED_BOX, *teasers, "March 2, 2026", *_STORY[1:]]
    assert dated_inside(lines, (6, len(lines) - 1), 5) == 5
    lines = [*_MENU, *_DATED_BOX, "Jeffrey Doe Roe, PhD", "March 2, 2026", *_STORY]
    assert dated_inside(lines, (6, len(lines) - 1), 5) == 5
