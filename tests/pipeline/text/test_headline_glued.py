"""A page's headline glued to its date on one rendered line (``headline_glued``)."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.headline_glued import glued_head, split_glued
from tests.pipeline.text.scrapes import PARAGRAPH


def test_a_headline_and_its_date_on_one_line_are_split() -> None:
    """A heading and the date a page prints beside it come apart, with or without a sign
    between them; the date is kept whole on its own line."""
    assert glued_head("Advent of Code 2025 week 2 20 December 2025") == (
        "Advent of Code 2025 week 2",
        "20 December 2025",
    )
    assert glued_head("Porting a complete HTML5 parser / Dec 2025") == (
        "Porting a complete HTML5 parser",
        "Dec 2025",
    )
    assert glued_head("Council approves the city budget | May 3, 2024") == (
        "Council approves the city budget",
        "May 3, 2024",
    )


def test_a_date_that_is_the_headlines_own_stays_in_it() -> None:
    """A date a headline's words lead into ("of", "on"), the month a guide covers after a
    dash, an embedded post's attribution, a short head and a line without a date stay whole."""
    assert glued_head("The best films released in May 2025") is None
    assert glued_head("What the council decided on 3 May 2025") is None
    assert glued_head("The Best Cheap Wireless Earbuds under $50 - March 2026") is None
    assert glued_head("— Jane Doe (@jane) November 15, 2019") is None
    assert glued_head("Weekly Digest 5 January 2025") is None
    assert glued_head("Top 10 Movies of All Time 2025") is None


def test_only_a_line_over_the_story_below_the_first_line_is_split() -> None:
    """The line is split only right over a paragraph, and never on the text's first line,
    where a date in one article's headline is the scraper's own."""
    lines = ["Harga emas batangan naik lagi 5 Januari 2025", PARAGRAPH]
    assert split_glued(lines) == lines
    glued = ["Blog", "Council approves the city budget 3 May 2025", PARAGRAPH]
    split = ["Blog", "Council approves the city budget", "3 May 2025", PARAGRAPH]
    assert split_glued(glued) == split
    menu = ["Blog", "Council approves the city budget 3 May 2025", "Next post"]
    assert split_glued(menu) == menu


def test_a_page_headline_glued_to_its_date_is_the_title() -> None:
    """Over the story, the headline glued to its date is the page's title, not the site's
    name above it."""
    text = "\n".join(
        ["RogerBW's Blog", "Advent of Code 2025 week 2 20 December 2025", PARAGRAPH, PARAGRAPH]
    )
    assert extract_text(text).title == "Advent of Code 2025 week 2"
