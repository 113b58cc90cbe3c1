"""A "By:" label alone repeated in the cards of a listing: the listed items' writers, not the
page's."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_a_by_label_repeated_in_unlinked_cards_signs_no_page() -> None:
    """A "By:" label alone, its names in the next element, that sits in each of three or more
    sibling cards whose headings link nowhere (a catalogue of course materials) is each
    item's credit: the listing has no author; the same label once under the headline signs
    the story."""
    cards = "".join(
        f"<li><div><h3>Item {i}</h3><div><p>By:&nbsp;</p><p>Ann Lee , Bob Ray</p></div></div></li>"
        for i in range(3)
    )
    listing = page("<h1>Materials</h1><ul>" + cards + "</ul>" + prose("s", 3))
    assert extract_html(listing).authors == ()
    byline = "<div><p>By:&nbsp;</p><p>Ann Lee , Bob Ray</p></div>"
    story = page("<h1>Materials</h1>" + byline + prose("s", 3))
    assert extract_html(story).authors == ("Ann Lee", "Bob Ray")


def test_a_repeated_label_is_found_whatever_its_spacing_and_case() -> None:
    """Each card's label counts as the same label once cleaned and case-folded ("BY:" padded
    with spaces); an element of the label's tag holding more than the label (the card's column
    of <div>s) is not one."""
    card = (
        f"<div><h3>Item</h3><div><div>{' ' * 80}BY:{' ' * 80}</div>"
        "<div>Ann Lee , Bob Ray</div></div></div>"
    )
    listing = page("<h1>Materials</h1><ul>" + f"<li>{card}</li>" * 3 + "</ul>" + prose("s", 3))
    assert extract_html(listing).authors == ()
    story = page("<h1>Materials</h1>" + card + prose("s", 3))
    assert extract_html(story).authors == ("Ann Lee", "Bob Ray")
