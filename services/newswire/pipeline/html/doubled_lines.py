"""A line that says one short phrase twice, glued: the phrase once."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.prices import has_price

# A control or a price often carries its text twice, one copy for screen readers (or for the
# hover state of an animated button) beside the one shown, in inline elements that the walk
# joins without a space: "Seller's other itemsSeller's other items", "Talk to an ExpertTalk
# to an Expert", "EUR 163.12EUR 163.12". A reader sees the phrase once. A line of one word
# (a "------" rule, "^^^^") or of a long sentence is not that. Said once, the price is one the
# price rules judge (``price_lines``) and the label one the button rules do. Half A product
# 0.722843 -> 0.725581 (a marketplace's item pages +0.002 to +0.055, a sandal shop's +0.002),
# service 0.845762 -> 0.845840 (a cloud host's buttons), all types 0.888558 -> 0.888817; half
# B all types 0.899394 -> 0.899397 (a shoe shop's collection +0.002); articles and
# ScrapingHub unchanged, no page worse, no metadata changed.
_MIN_HALF: Final = 4
_MAX_HALF: Final = 60


def _doubled(line: str) -> bool:
    half, odd = divmod(len(line), 2)
    return (
        not odd
        and _MIN_HALF <= half <= _MAX_HALF
        and line[:half] == line[half:]
        and any(character.isalpha() for character in line)
    )


# A shop's card gives its price in two elements, the sale price and the regular one, and with
# no discount on the item both show the same amount: "$279.95 $279.95" ("Sale price $49.95
# Regular price $57.95" differs, and stays). The truths give the price once. Only a short
# price (at most _PRICE_CHARS a copy): a line of prose that repeats itself is no card's price.
# Half A all types 0.89349 -> 0.89354 (collection 0.75825 -> 0.75888: a headphone shop's
# collection +0.037; product +0.0001), half B, articles and ScrapingHub (0.98728) unchanged;
# hashed names, half A all types 0.87303 -> 0.87304. No page worse.
_PRICE_CHARS: Final = 30


def _price_twice(line: str) -> bool:
    half, odd = divmod(len(line), 2)
    return (
        odd == 1
        and len(line) <= 2 * _PRICE_CHARS + 1
        and line[half] == " "
        and line[:half] == line[half + 1 :]
        and has_price(line)
    )


def once_each(lines: list[str]) -> list[str]:
    """``lines`` with each doubled line and each price given twice (see above) said once."""
    return [
        line[: len(line) // 2] if _doubled(line) or _price_twice(line) else line for line in lines
    ]
