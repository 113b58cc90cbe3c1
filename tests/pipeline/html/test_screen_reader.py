"""Text for screen readers only, and elements a utility class hides: dropped even by the walk
without names."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.screen_reader import names_say_nothing
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


def test_an_element_a_hide_class_hides_is_dropped_by_either_walk() -> None:
    """An element of the utility class "hide" (display: none: a promo bar's slides, a
    mobile menu) is dropped by the walk with names and by the one without; a "hide-mobile"
    element (hidden on phones only) and a "hide md:block" one (shown from a breakpoint up)
    stay."""
    html = (
        '<div class="promo-bar hide"><p>Free shipping on orders over $40</p></div>'
        '<p class="hide-mobile">Shown on the desktop page.</p>'
        '<p class="hide md:block">Shown from the medium screens up.</p>'
        "<p>The landing page's own text.</p>"
    )
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    for by_name in (True, False):
        texts = [block.text for block in walk(tree.body, by_name=by_name)[0]]
        assert "The landing page's own text." in texts
        assert "Shown on the desktop page." in texts
        assert "Shown from the medium screens up." in texts
        assert not any("Free shipping" in text for text in texts)


def test_an_element_a_bare_hidden_class_hides_is_dropped_by_the_walk_without_names() -> None:
    """An element of the class "hidden" beside its own name (a rating widget's error
    tooltip, shown by a script on a failed vote) is no text of the page on the walk without
    names either; a "hidden md:block" one (shown from a breakpoint up) and a "hidden-xs" one
    (hidden on phones only) stay."""
    html = (
        '<div class="starsErrorTooltip hidden">Error rating book. Refresh and try again.</div>'
        '<p class="hidden md:block">Shown from the medium screens up.</p>'
        '<p class="hidden-xs">Shown on the desktop page.</p>'
        "<p>The list's own text.</p>"
    )
    texts = _texts_without_names(html)
    assert "The list's own text." in texts
    assert "Shown from the medium screens up." in texts
    assert "Shown on the desktop page." in texts
    assert not any("Error rating" in text for text in texts)


def _texts_with_names(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    return [block.text for block in walk(tree.body, by_name=True)[0]]


def test_a_cards_price_labels_for_screen_readers_are_dropped_by_the_walk_with_names() -> None:
    """A shop card's price labels in a "screenreader" or "screen-reader" span, and
    WordPress's "screen-reader-text" label (its last part a story word), are no text of the
    page on the walk that reads names: the card's name and its prices stay."""
    html = (
        '<article class="card"><h3>The Super Pack</h3><p class="price">'
        '<span class="screenreader">Sale price</span> £88 '
        '<span class="screen-reader">Regular price</span> £102</p>'
        '<a href="/p"><span class="screen-reader-text">Continue reading</span> more</a></article>'
    )
    text = " ".join(_texts_with_names(html))
    assert "The Super Pack" in text
    assert "£88" in text
    assert "£102" in text
    assert "Sale price" not in text
    assert "Regular price" not in text
    assert "Continue reading" not in text


def test_a_hidden_prices_reading_stays_on_the_walk_with_names() -> None:
    """On the walk that reads names too, a "screen-reader-text" reading of a price shown
    aria-hidden ("Original price was: $30.00.") stays: it is all the walk keeps of it."""
    html = (
        '<p><del aria-hidden="true">$30.00</del> '
        '<span class="screen-reader-text">Original price was: $30.00.</span>'
        '<ins aria-hidden="true">$21.00</ins>'
        '<span class="screen-reader-text">Current price is: $21.00.</span></p>'
    )
    text = " ".join(_texts_with_names(html))
    assert "Original price was: $30.00." in text
    assert "Current price is: $21.00." in text


def test_a_price_label_whose_names_are_hashed_is_dropped_by_either_walk() -> None:
    """A card's price labels in spans whose class names are digests ("q81095669": a build
    that hashes its names) are dropped by their shape, a label alone beside its price, on both
    walks: the card's name and prices stay."""
    html = (
        '<div class="q11"><h3 class="q12">The Super Pack</h3><p class="q13">'
        '<span class="q81095669">Sale price</span> £88 '
        '<span class="q81095669">Regular price</span> <s>£102</s></p></div>'
    )
    for text in (" ".join(_texts_with_names(html)), " ".join(_texts_without_names(html))):
        assert "The Super Pack" in text
        assert "£88" in text
        assert "£102" in text
        assert "Sale price" not in text
        assert "Regular price" not in text


def test_a_price_label_that_names_or_words_tell_stays() -> None:
    """A visible label whose class names are words ("price-label"), a hashed label with no
    price beside it, and a hashed span of more than a label stay: only the hashed label's
    shape beside a price says it is for screen readers."""
    html = (
        '<p><span class="price-label">Sale price</span> £88</p>'
        '<p><span class="q81095669">Price</span> on request</p>'
        '<p><span class="q81095669">Sale price today only</span> £12</p>'
    )
    text = " ".join(_texts_with_names(html))
    assert "Sale price £88" in text
    assert "Price on request" in text
    assert "Sale price today only £12" in text


def test_names_say_nothing_of_digests_and_utility_codes() -> None:
    """Digests and utility codes ("q81095669", "mt-2 p-3") say nothing; a word ("price-item")
    says something, and no names say nothing either."""
    assert names_say_nothing("q81095669 q90620804")
    assert names_say_nothing("mt-2 p-3")
    assert not names_say_nothing("price-item q81095669")
    assert not names_say_nothing("")


_CARD_READING = (
    '<div class="q21"><a class="q22" href="/p/rejoy">Rejoy Carry-On</a>'
    '<span class="q23">$79.99</span>'
    '<dl class="q24"><dt class="q25">Product Name</dt><dd class="q25">Rejoy Carry-On</dd>'
    '<dt class="q25">Product Details</dt>'
    '<dd class="q25">Rejoy Carry-On is available in 6 different options.</dd>'
    '<dt class="q25">Product Link</dt><dd class="q25">/luggage/rejoy.html?color=556</dd>'
    "</dl></div>"
)


def test_a_cards_fields_for_screen_readers_whose_names_are_hashed_are_dropped() -> None:
    """A card's definition list for screen readers, its names hashed ("q25" on every field,
    one field repeating the name the card shows in its link), is dropped on both walks: the
    card's name and price stay once."""
    for text in (
        " ".join(_texts_with_names(_CARD_READING)),
        " ".join(_texts_without_names(_CARD_READING)),
    ):
        assert text.count("Rejoy Carry-On") == 1
        assert "$79.99" in text
        assert "Product Details" not in text
        assert "/luggage/" not in text


def test_a_spec_list_whose_names_are_hashed_stays() -> None:
    """A definition list whose names are hashed stays where its terms and values carry
    different classes (a spec table styles them apart), or where no value repeats a name the
    card shows beside it (a spec table names no card)."""
    styled_apart = _CARD_READING.replace('<dd class="q25">', '<dd class="q26">')
    unnamed = _CARD_READING.replace('<a class="q22" href="/p/rejoy">Rejoy Carry-On</a>', "")
    assert "Product Details" in " ".join(_texts_with_names(styled_apart))
    assert "Product Details" in " ".join(_texts_with_names(unnamed))
