"""A line that says one short phrase twice, glued: the phrase once; a price that the next line
says again: once."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.prices import has_price

# A control or a price often carries its text twice, one copy for screen readers (or for the
# hover state of an animated button) beside the one shown, in inline elements that the walk
# joins without a space: "Seller's other itemsSeller's other items", "Talk to an ExpertTalk
# to an Expert", "EUR 163.12EUR 163.12", or with a space between the copies where the walk
# sets them apart as words (``word_breaks``): then a label of two to _SPACED_WORDS words, not
# one word repeated (a name said twice with a space is a name: "Sing Sing", "Leong Leong"; a
# table's header row given twice is two rows of cells, whose truth keeps both). A reader sees
# the phrase once. A line of one word (a "------" rule, "^^^^") or of a long sentence is not
# that. Said once, the price is one the price rules judge (``price_lines``) and the label one the button rules do. Half A product
# 0.722843 -> 0.725581 (a marketplace's item pages +0.002 to +0.055, a sandal shop's +0.002),
# service 0.845762 -> 0.845840 (a cloud host's buttons), all types 0.888558 -> 0.888817; half
# B all types 0.899394 -> 0.899397 (a shoe shop's collection +0.002); articles and
# ScrapingHub unchanged, no page worse, no metadata changed.
_MIN_HALF: Final = 4
_MAX_HALF: Final = 60
_SPACED_WORDS: Final = 6


def _label(half: str) -> bool:
    """``half`` is a label of two to _SPACED_WORDS words, not all one word."""
    words = half.split()
    return 2 <= len(words) <= _SPACED_WORDS and len(set(words)) > 1


def _doubled(line: str) -> bool:
    half, odd = divmod(len(line), 2)
    # The length first, the copies compared before the words are split: most lines are a
    # story's, longer than a label twice, and most short ones are no copies.
    return (
        _MIN_HALF <= half <= _MAX_HALF
        and (not odd or line[half] == " ")
        and line[:half] == line[half + odd :]
        and (not odd or _label(line[:half]))
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


# The same two prices as two lines: a shop theme sends a card's regular price and its sale
# price in two block elements and its stylesheet shows one of them by a class on their box, so
# the walk reads both. With no discount the two lines give one amount ("$279.95" / "$279.95");
# with one, the sale's line gives the sale price and then the struck regular one ("$399.95" /
# "$399.95 $579.95"). A reader sees the price once, as the sale's line gives it, and the truths
# give it once: a short price line that the next line repeats, whole or before another price,
# is dropped. Two products' lines of one price are apart (each card's name between them). Over
# wcxb-dev's outputs, all of the three pages with such a pair were shop grids of that theme
# family (three shops), and no truth holds one. Reads the next line only, no walk. Half A
# collection 0.771524 -> 0.772543 (a headphone shop's grid +0.054, a headphone maker's
# +0.006), all types 0.900441 -> 0.900517; half B collection 0.789640 -> 0.789723 (a coffee
# shop's +0.005), all types 0.910896 -> 0.910903; no page worse, articles, metadata and
# ScrapingHub (0.990773) unchanged; hashed names A unchanged, B 0.891410 -> 0.891420.


def _said_next(line: str, following: str) -> bool:
    if len(line) > _PRICE_CHARS or not following.startswith(line):
        return False
    rest = following[len(line) :]
    return (not rest or (rest[0] == " " and has_price(rest))) and has_price(line)


def once_each(lines: list[str]) -> list[str]:
    """``lines`` with each doubled line and each price given twice (see above) said once."""
    once = [_said_once(line) for line in lines]
    return [
        line
        for index, line in enumerate(once)
        if index + 1 == len(once) or not _said_next(line, once[index + 1])
    ]


#: The longest copy either rule reads.
_MAX_COPY: Final = max(_MAX_HALF, _PRICE_CHARS)


def _said_once(line: str) -> str:
    """``line``, or its first half where it is a doubled line or a price given twice."""
    half, odd = divmod(len(line), 2)
    # Both need a line no longer than a label twice whose halves are alike (a price's apart by
    # a space): most lines of a page are a story's, longer, and most short ones differ at their
    # halves' first characters. Tested once for both, before either's call.
    if half > _MAX_COPY or (half and line[0] != line[half + odd]):
        return line
    return line[:half] if _doubled(line) or _price_twice(line) else line
