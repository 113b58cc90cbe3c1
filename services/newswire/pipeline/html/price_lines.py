"""The price lines after a product's own on its page: other products' and offers' prices."""

from __future__ import annotations

import itertools
import re
from typing import Final

from newswire.pipeline.html.prices import has_price

# A line that is a price and nothing more: an amount with its currency sign or code either
# way round ("$35.00", "59,99 €", "EUR19.60", "лв932,15"), perhaps a range or a second amount
# ("$1,099.99 - $1,299.99", "€89 €98"), perhaps after a short label ("Price $ 79.00", "Sale:
# $12", "From $29"). A line with words besides ("Free shipping over $75 USD", "$13.70 in
# rewards") is not one.
_AMOUNT: Final = r"(?:[$€£¥₹]|лв|[A-Z]{3})?\s?\d[\d.,\s]*(?:[$€£¥₹]|лв|[A-Z]{3})?"
_PRICE_LINE: Final = re.compile(
    rf"(?:[A-Za-z][A-Za-z ]{{0,11}}:?\s*)?{_AMOUNT}(?:\s*[-–/]?\s*{_AMOUNT})?"
)


def _price_line(line: str) -> bool:
    """``line`` is a price alone (see above)."""
    return len(line) <= _MAX_CHARS and has_price(line) and _PRICE_LINE.fullmatch(line) is not None


_MAX_CHARS: Final = 40


# A page that says it is one product's shows that product's price in its buy box, once, near
# the top; a line of a price alone after it is another product's (a card of the "You may also
# like" strip, a bundle's, an add-on's, a sponsored tile's) or the same price again beside a
# quantity tier or a sticky cart bar. The truths keep the product's name, description and
# specs, not those prices: the first price line stays, the later ones go. Simulated on the
# per-page outputs, then measured: half A product 0.715730 -> 0.715988 (5 pages better, 2
# worse by <= 0.0096), all types 0.887755 -> 0.887778; half B product 0.765850 -> 0.769631
# (4 better, none worse; a dress shop's page 0.707 -> 0.874), all types 0.896014 ->
# 0.896265; the other types, metadata and ScrapingHub unchanged. (Every later price line,
# without the two tests below: half B listing -0.0016, a plant shop's listing marked one
# product -0.084; half A collection +0.0013, service -0.00002.)
# Shops mark a collection's or a listing's page as one product too: its items' cards, each
# with its price, run through the page, and their truths keep the prices. Such price lines
# come at even steps: at least _MIN_ITEMS of them, none further than _ITEM_GAP of the text
# from the one before. A product's prices come in clusters (its buy box, a strip of cards
# after its description), with its description between them.
_MIN_ITEMS: Final = 6
_ITEM_GAP: Final = 0.15
# A first price further down than _BUY_BOX_SHARE of the text is no buy box's: a page marked
# one product that shows plans or tiers lower down (a service's packages), which it keeps.
_BUY_BOX_SHARE: Final = 0.3


def without_other_prices(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` of one product's page without its price lines after the first, when the
    first is near the top and they are not a list's items (see above)."""
    total = sum(map(len, paragraphs))
    starts: list[int] = []
    said = 0
    for line in paragraphs:
        if _price_line(line):
            starts.append(said)
        said += len(line)
    if len(starts) < 2 or starts[0] > _BUY_BOX_SHARE * total or _items(starts, total):
        return paragraphs
    first = starts[0]
    kept: list[str] = []
    said = 0
    for line in paragraphs:
        if said <= first or not _price_line(line):
            kept.append(line)
        said += len(line)
    return kept


def _items(starts: list[int], total: int) -> bool:
    """The price lines starting at ``starts`` (of ``total`` characters) are a list's items."""
    return len(starts) >= _MIN_ITEMS and all(
        later - before <= _ITEM_GAP * total for before, later in itertools.pairwise(starts)
    )
