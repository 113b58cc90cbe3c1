"""A shop's buy button ("Add to cart", "Buy now"): one on the page of one product, one on each
card of a shop's grid."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.page_elements import button_elements

# The label of a button that puts the page's product in the cart, or buys it at once.
_BUY_LABEL: Final = re.compile(
    r"(?:add to (?:shopping )?(?:cart|bag|basket|trolley)|buy (?:it )?now)", re.IGNORECASE
)
# A label longer than this is a sentence about buying, not a button's.
_LABEL_CHARS: Final = 40
# A page of one product shows its buy button once, and again in a bar pinned to the screen
# as the reader scrolls past it (or in the <noscript> copy of the form): at most
# _MOST_BUTTONS. A shop's category, a collection's or a listing's cards each carry one,
# and an article names products in links, not buttons.
_MOST_BUTTONS: Final = 2


def _is_buy_button(node: LexborNode) -> bool:
    """The control's shown label or its aria-label is all a buy button's (``_BUY_LABEL``)."""
    return _labelled_buy(node, node.tag or "", node.attributes)


def _labelled_buy(node: LexborNode, tag: str, attrs: dict[str, str | None]) -> bool:
    """``_is_buy_button`` of a control whose tag and attributes are read already."""
    shown = attrs.get("value") if tag == "input" else node.text(deep=True)
    return any(
        label and len(label) <= _LABEL_CHARS and _BUY_LABEL.fullmatch(label.strip())
        for label in (shown, attrs.get("aria-label"))
    )


def buy_buttons(tree: LexborHTMLParser) -> int:
    """How many buy buttons the page shows, counted up to one more than a product's page has."""
    found = 0
    for node, tag, attrs in button_elements(tree):
        if _labelled_buy(node, tag, attrs):
            found += 1
            if found > _MOST_BUTTONS:
                break
    return found


def one_products_buttons(tree: LexborHTMLParser) -> bool:
    """The page shows the buy buttons of one product's page (see ``_MOST_BUTTONS``)."""
    return 1 <= buy_buttons(tree) <= _MOST_BUTTONS


# The headline's own part of the page ends at the next heading: the buy box of a product's
# page sits between its name (the <h1>) and its first section ("Description", "Details"),
# while a shop's category puts a heading on each card before the card's button. The part is
# read up to _SECTION_ELEMENTS elements: the buy box right under a product's name holds a
# few tens (price, options, quantity; dev's at 9 to 19), while a category whose cards carry
# no heading shows its first card's button further down (a warehouse club's at 70), and an
# article's text under its headline is not read far.
_SECTION_END: Final = frozenset({"h1", "h2", "h3"})
_SECTION_ELEMENTS: Final = 30
# The controls that buy there: a button, a submit input, or a plain link (a console maker's
# "Buy now" links to its shop), since under the product's own name a link is the buy box's.
_CONTROLS: Final = frozenset({"button", "input", "a"})
_INPUT_BUTTONS: Final = frozenset({"submit", "button"})


def _past(node: LexborNode) -> LexborNode | None:
    """The node after ``node`` and all its descendants in document order (each step of the
    tree read once: selectolax builds a new node object on every read)."""
    at: LexborNode | None = node
    while at is not None:
        following = at.next
        if following is not None:
            return following
        at = at.parent
    return None


def _after(node: LexborNode) -> Iterator[LexborNode]:
    """The elements after ``node`` in document order, its own descendants left out."""
    at = _past(node)
    while at is not None:
        if at.is_element_node:
            yield at
        child = at.child
        at = child if child is not None else _past(at)


def headline_buy_buttons(h1s: list[LexborNode]) -> int:
    """How many buy controls sit under the page's headline (its first <h1> with text),
    before the next heading (see ``_SECTION_END``), counted up to one more than a buy box's."""
    headline = next((h1 for h1 in h1s if h1.text(deep=True).strip()), None)
    if headline is None:
        return 0
    found = 0
    for seen, node in enumerate(_after(headline)):
        if seen >= _SECTION_ELEMENTS:
            break
        tag = node.tag
        if tag in _SECTION_END and node.text(deep=True).strip():
            break
        if (
            tag in _CONTROLS
            and (tag != "input" or node.attributes.get("type") in _INPUT_BUTTONS)
            and _is_buy_button(node)
        ):
            found += 1
            if found > _MOST_BUTTONS:
                break
    return found


def buy_box_under_headline(h1s: list[LexborNode]) -> bool:
    """The page shows one product's buy box under its headline: one or two buy controls (the
    button and a pinned copy, or a second way to pay) before the next heading."""
    return 1 <= headline_buy_buttons(h1s) <= _MOST_BUTTONS
