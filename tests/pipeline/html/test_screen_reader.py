"""Text for screen readers only: hidden from the eye, dropped even by the walk without names."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.walk import walk


def _texts_without_names(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    return [block.text for block in walk(tree.body, by_name=False)[0]]


def test_a_galleries_screen_reader_labels_are_dropped_by_the_walk_without_names() -> None:
    """A product gallery's "Image 1 of 5" in a "visually-hidden" span, and an "sr-only" link
    label, are no text of the page on the walk without name rules (a short page's retry);
    the product's own lines and an element merely named "text" stay."""
    html = (
        '<div class="gallery"><span class="visually-hidden">Image 1 of 5</span>'
        '<span class="visually-hidden">Image 2 of 5</span></div>'
        '<h1>White speckle mug</h1><p class="text">A mug thrown by hand in stoneware.</p>'
        '<a href="/cart">Cart <span class="sr-only">opens a dialog</span></a>'
    )
    texts = _texts_without_names(html)
    assert "White speckle mug" in texts
    assert "A mug thrown by hand in stoneware." in texts
    assert not any("Image 1 of 5" in text or "opens a dialog" in text for text in texts)


def test_a_screen_readers_reading_of_a_hidden_price_stays() -> None:
    """A sale price shown to the eye aria-hidden and followed by its reading for screen
    readers ("Original price was: $30.00.") keeps that reading: it is all the walk keeps of
    the price."""
    html = (
        '<p><del aria-hidden="true">$30.00</del> '
        '<span class="screen-reader-text">Original price was: $30.00.</span>'
        '<ins aria-hidden="true">$21.00</ins>'
        '<span class="screen-reader-text">Current price is: $21.00.</span></p>'
    )
    text = " ".join(_texts_without_names(html))
    assert "Original price was: $30.00." in text
    assert "Current price is: $21.00." in text
