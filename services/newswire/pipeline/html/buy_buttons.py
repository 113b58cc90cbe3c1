"""A shop's buy button ("Add to cart", "Buy now"): one on the page of one product, one on each
card of a shop's grid."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# The label of a button that puts the page's product in the cart, or buys it at once.
_BUY_LABEL = re.compile(
    r"(?:add to (?:shopping )?(?:cart|bag|basket|trolley)|buy (?:it )?now)", re.IGNORECASE
)
# A label longer than this is a sentence about buying, not a button's.
_LABEL_CHARS = 40
_BUTTONS = 'button, input[type="submit"], input[type="button"], a[role="button"]'
# A page of one product shows its buy button once, and again in a bar pinned to the screen
# as the reader scrolls past it (or in the <noscript> copy of the form): at most
# _MOST_BUTTONS. A shop's category, a collection's or a listing's cards each carry one,
# and an article names products in links, not buttons.
_MOST_BUTTONS = 2


def buy_buttons(tree: LexborHTMLParser) -> int:
    """How many buy buttons the page shows, counted up to one more than a product's page has."""
    found = 0
    for node in tree.css(_BUTTONS):
        attrs = node.attributes
        shown = attrs.get("value") if node.tag == "input" else node.text(deep=True)
        if any(
            label and len(label) <= _LABEL_CHARS and _BUY_LABEL.fullmatch(label.strip())
            for label in (shown, attrs.get("aria-label"))
        ):
            found += 1
            if found > _MOST_BUTTONS:
                break
    return found


def one_products_buttons(tree: LexborHTMLParser) -> bool:
    """The page shows the buy buttons of one product's page (see ``_MOST_BUTTONS``)."""
    return 1 <= buy_buttons(tree) <= _MOST_BUTTONS
