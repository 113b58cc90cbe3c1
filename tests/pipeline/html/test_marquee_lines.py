"""A line that is one short phrase said over and over (a scrolling ribbon) is dropped."""

from __future__ import annotations

from newswire.pipeline.html.marquee_lines import without_marquees
from tests.pipeline.html.pages import page, prose, text_of


def test_a_phrase_said_ten_times_over_is_dropped() -> None:
    """A ribbon of one phrase repeated ("Book Now *Book Now *...", the last copy cut short)
    is dropped; a phrase said three times, a table row of six like cells, a laugh of two-letter syllables, a rule of
    dashes and a sentence stay."""
    lines = [
        "Book Now *" * 12 + "Bo",
        "Free shipping — " * 11,
        "Book Now *Book Now *Book Now *",
        "Best Best Best Best Best Best",
        "ha ha ha ha ha ha",
        "-" * 40,
        "The council met on Tuesday.",
    ]
    assert without_marquees(lines) == lines[2:]


def test_a_ribbon_in_a_page_is_not_extracted() -> None:
    """A marquee whose spans repeat one phrase to loop the scroll is not in the text; the
    story around it is."""
    ribbon = "".join("<span>Book Now *</span>" for _ in range(30))
    html = page(
        "<main><article>"
        + prose("story", 3)
        + f"<div>{ribbon}</div>"
        + prose("more", 2)
        + "</article></main>"
    )
    text = text_of(html)
    assert "Book Now" not in text
    assert "story" in text
