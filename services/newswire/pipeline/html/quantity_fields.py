"""A shop's quantity field ("Qty: [1]"): the buy box of one product's page lets its reader
set how many to buy; a grid of product cards buys one of each."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.page_elements import quantity_elements

# A product's buy box shows one field for the quantity (a number input, a <select> of 1 to
# 10), and again in a quick-buy bar or a pinned copy: at most _MOST_FIELDS. A grid's cards
# each carry one, mostly hidden (a card's "add one to cart" form: a collection's 16 to 48
# shown, a shop's grid of 13 hidden), and a story's shop widget is told apart by its head.
# The field is known by its form name, which a shop's cart reads and a build never hashes.
_MOST_FIELDS: Final = 2


def one_products_quantity(tree: LexborHTMLParser) -> bool:
    """The page shows one product's quantity field: one or two <input>s (not hidden) or
    <select>s named for the quantity (see ``_MOST_FIELDS``)."""
    shown = 0
    for _, _, attrs in quantity_elements(tree):
        if (attrs.get("type") or "").lower() != "hidden":
            shown += 1
            if shown > _MOST_FIELDS:
                return False
    return shown > 0
