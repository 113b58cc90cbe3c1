"""The name of the thing a shop's or a service's page sells, in a text scrape: the line right over
its price or its rating ("REI Co-op Trail 25 Pack" / "4.4 out of 5 stars" / "$99.95").

A product page holds no story: the densest prose under its menus is a review, a feature blurb or
the shipping terms, and the headline search over that prose picked a review's title or a
feature's ("The straps are a game changer", "Sold By: …"). Its heading is the product's name,
and the page prints the price or the rating under the name before any of that prose."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.text.patterns import MAX_TITLE_CHARS
from newswire.pipeline.text.price_grid import (
    CARD_LINES_MAX,
    GRID_PRICES_MIN,
    price_grid,
    price_line,
)

#: A rating under a product's name: "4.5 out of 5 stars", "4.7 stars", "4/5", "(914) reviews".
#: Only short lines: a sentence of a review that says "out of 5" is prose, not a rating.
RATING: Final = re.compile(
    r"\bout of 5\b|^\d(?:\.\d)?\s*(?:stars?\b|/\s*5\b)|^\(?\d[\d,]*\)?\s+(?:reviews|ratings)\b",
    re.IGNORECASE,
)
#: The longest rating line: stars, a count of reviews and a link's label.
RATING_CHARS_MAX: Final = 80
#: How many lines above its price or rating the name may stand: a badge, a "Sale" label, a
#: one-line tagline stand between on some pages (2 -> 3: B product titles +1, nothing down;
#: more lines found no more names).
NAME_LINES_MAX: Final = 3
#: A price of a price filter's bucket, not of one product: "$1,000 to $6,000" (a product's
#: range of variants is written with a dash: "$7.95 - $179.95").
_BUCKET: Final = re.compile(r"\d\s+to\s+\D?\d")
_FIRST_FIGURE: Final = re.compile(r"\d[\d,.]*")
_DIGIT: Final = re.compile(r"\d")
#: A line that is a label and its value ("Item ID: SM7dB", "Sold By: Poetry in Stitches",
#: "Credit: Amazon"): one or two words before a colon.
_LABEL: Final = re.compile(r"^\S+(?:\s\S+)?\s?:")
#: A breadcrumb trail's step separators ("GPUs / Video Graphics Cards", "Home > Bags").
_TRAIL: Final = re.compile(r" [/>»] ")
#: A price written inside a line ("Under $75", "FREE Desk Mat ($22.99 value)"): a filter or a
#: promotion, not a name.
_PRICED: Final = re.compile(r"[$€£¥]\s?\d")
_LETTERS: Final = re.compile(r"[^\W\d_]{2}")


def priced_name(lines: list[str], title_at: int | None) -> int | None:
    """The product's name over the page's first price or rating, when that price or rating
    stands above the headline found (``title_at``; None: none was): a story's headline stands
    over the prices the story quotes, so an article keeps its headline; on a product page the
    headline search chose a line under the price. The name is the nearest line of a name's
    shape (``name_shaped``) at most ``NAME_LINES_MAX`` lines above, or the headline found
    when the page prints it there too; None when there is none. The lines under the headline
    found are not read: on an article the walk ends at its headline."""
    # The headline found itself is scanned too: a price or a rating is never a headline.
    end = len(lines) if title_at is None else title_at + 1
    for index in range(end):
        line = lines[index]
        if _DIGIT.search(line) is None or not anchor(line):
            continue
        if opens_grid(lines, index):
            return None
        window = range(index - 1, max(-1, index - 1 - NAME_LINES_MAX), -1)
        # The headline found may be the name printed again lower down (a sticky bar's copy,
        # the reviews' heading): its copy over the price is the name, not the deck between.
        found = lines[title_at].strip() if title_at is not None else None
        for above in window:
            if lines[above].strip() == found:
                return above
        for above in window:
            if name_shaped(lines[above]):
                return above
        return None
    return None


def opens_grid(lines: list[str], index: int) -> bool:
    """Whether the price at ``index`` is the first card's of a shop's grid (``price_grid``):
    the line over it names one card of many, not the page, and the grid is the content under
    the page's own heading. Only the lines a grid's least number of cards spans are read; a
    grid starting there (its first card's name clipped to the window's top) opens with it."""
    window = lines[index : index + CARD_LINES_MAX * GRID_PRICES_MIN]
    grid = price_grid(window)
    return grid is not None and grid[0] == 0


def anchor(line: str) -> bool:
    """Whether ``line`` is a product's price alone on its line or its rating. An
    empty cart's total ("$0.00") and a price filter's buckets ("$0 to $33,000") stand in a
    shop's menus over any page, an article's too, and are no product's price."""
    if price_line(line):
        figure = _FIRST_FIGURE.search(line)
        empty = figure is None or not figure.group().replace(",", "").replace(".", "").strip("0")
        return not empty and _BUCKET.search(line) is None
    return len(line) <= RATING_CHARS_MAX and RATING.search(line) is not None


def name_shaped(line: str) -> bool:
    """Whether ``line`` may be a product's name: two words or more with letters, no sentence's
    end, no label and value, no trail, no price or rating of its own. A one-word line over a
    price is a badge or a brand ("Sale", "EVGA"), and a line ending with a colon a label."""
    text = line.strip()
    return (
        0 < len(text) <= MAX_TITLE_CHARS
        and text[-1] not in ".!?:"
        and len(text.split()) >= 2
        and _LETTERS.search(text) is not None
        and _LABEL.match(text) is None
        and _TRAIL.search(text) is None
        and _PRICED.search(text) is None
        and RATING.search(text) is None
        and not price_line(text)
    )
