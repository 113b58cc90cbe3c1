"""A shop's grid of product cards in a page's text: name, price, name, price …

A collection or listing page of a shop renders each card as a few short lines (the product's
name, a count of reviews, its price), and its text holds the cards one under the other. Such
lines are short and weigh nothing as prose (``span.story_span``), so the densest prose of the
page was its intro or a blurb, and the grid, the page's content, was cut as a menu."""

from __future__ import annotations

import itertools
import re
from typing import Final

#: A price alone on its line: "$7.95", "£1,299.00", "From $12", "$7.95 - $179.95", "19,99 €",
#: a sale price beside the old one ("$39.99 $49.99").
PRICE_LINE: Final = re.compile(
    r"(?:(?:from|now|sale|only|price)\s*:?\s*)?"
    r"(?:(?:[$€£¥]|US\$|C\$|A\$)\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£¥]|USD|EUR|GBP))"
    r"(?:\s*(?:[-–]|to)?\s*(?:[$€£¥]|US\$|C\$|A\$)\s?\d[\d,.]*)*",
    re.IGNORECASE,
)
#: The most lines from one card's price to the next card's: a card is a name, a few labels
#: (reviews, a badge, a colour count), a price or two; farther apart, the prices are a story's
#: figures or a table's (6 -> 8: A and B collection and listing pages up, none down).
CARD_LINES_MAX: Final = 8
#: The fewest prices that make a grid: an article quoting prices has a few, and a grid fewer
#: than this weighs little against the page's prose.
GRID_PRICES_MIN: Final = 8


def price_line(line: str) -> bool:
    """A line that is only a price or a price range."""
    return PRICE_LINE.fullmatch(line.strip()) is not None


def price_grid(lines: list[str]) -> tuple[int, int] | None:
    """The first and last line of a page's grid of product cards, if it has one: the longest
    run of price lines at most ``CARD_LINES_MAX`` lines apart, holding ``GRID_PRICES_MIN``
    prices or more. The grid starts at its first card's name: as many lines above the first
    price as the cards have above theirs (the most common distance from price to price, less
    one); it ends at the last price."""
    prices = [index for index, line in enumerate(lines) if price_line(line)]
    best: list[int] = []
    run: list[int] = []
    for index in prices:
        if run and index - run[-1] > CARD_LINES_MAX:
            run = []
        run.append(index)
        if len(run) > len(best):
            best = list(run)
    if len(best) < GRID_PRICES_MIN:
        return None
    gaps = [after - before for before, after in itertools.pairwise(best)]
    card = max(set(gaps), key=gaps.count)
    return max(0, best[0] - (card - 1)), best[-1]
