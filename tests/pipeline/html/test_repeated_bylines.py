"""A "By:" label alone repeated in the cards of a listing: the listed items' writers, not the
page's."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.repeated_bylines import in_repeated_byline
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


def _labels(cards: list[str]) -> list[bool]:
    tree = LexborHTMLParser("<section><ul>" + "".join(cards) + "</ul></section>")
    return [in_repeated_byline(node) for node in tree.css("p.by")]


def test_two_labelled_cards_of_many_are_no_repeated_label() -> None:
    """Among many sibling cards, a label in two of them only is no listing's credit (the
    count stops once the cards left cannot reach three), in three it is, wherever they
    stand; every card nested deeper at each level gives the same answer."""
    label = "<li><div><div><p class='by'>By:</p><p>Ann Lee</p></div></div></li>"
    plain = "<li><div><div><p>About</p><p>Ann Lee</p></div></div></li>"
    assert _labels([label, plain, plain, plain, label, plain]) == [False, False]
    assert _labels([plain, label, plain, plain, label, label]) == [True] * 3
    assert _labels([label, label, label, plain, plain, plain]) == [True] * 3


def test_a_label_sharing_its_element_with_names_counts_by_its_cards_elements() -> None:
    """A label given as a text beside the names in one element ("<p>By: <a>Ann</a></p>") is
    not that element's whole text: its own card counts only by an element that shows the label
    alone, as the other cards do."""
    shared = "<li><div><p>By: <a>Ann Lee</a></p></div></li>"
    alone = "<li><div><p>By:</p><p>Ann Lee</p></div></li>"
    assert _first_text_labels(shared + alone * 2) is False
    assert _first_text_labels(shared + alone * 3) is True


def _first_text_labels(cards: str) -> bool:
    first = LexborHTMLParser("<section><ul>" + cards + "</ul></section>").css_first("p")
    assert first is not None
    assert first.child is not None
    return in_repeated_byline(first.child)
