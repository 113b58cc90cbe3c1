"""A shop's grid of product cards, which is a collection page's content even where the page's
own prose outscores it; a grid of whole-link cards' sentences, which are not a link list."""

from __future__ import annotations

import itertools
from typing import Final

from newswire.pipeline.html.prices import has_price
from newswire.pipeline.html.walk import HEADINGS, Block, Tree
from newswire.pipeline.textnorm import clean_line

# A grid is at least _MIN_CARDS sibling elements of one class name, each short (one product's
# name, price, rating and colours: under _CARD_CHARS), each with a link (the tile opens the
# product) and most of them with a price; a row of three "Shop now" tiles is a promo band, and
# a menu's or a filter's entries carry no prices.
_MIN_CARDS: Final = 6
_CARD_CHARS: Final = 400
_PRICED_SHARE: Final = 0.5
# The readability scoring rewards sentences and commas, and a card's linked name and price
# have neither: on a shop's category page the category description, a buying guide's Q&A or a
# dealer's pricing policy below the grid outscores the grid, and the page's products are lost
# (a prose choice stands alone, so the sectioned-page widening does not bring them back).
# Where the choice is such prose (at least _PROSE_CHARS, under a tenth of it links) and a grid
# of priced cards starts above it and holds at least _GRID_SHARE of its text, the grid's
# container joins the choice: the truths keep the grid, and a category description too. Only
# from above: a shop lists its products first and puts its copy below them, while a product's
# page shows its own description first and other products' cards under it (a page that does
# not declare itself one product's: half B product -0.30 with grids below). Half A collection
# 0.73984 -> 0.73990, all types 0.88208 -> 0.88221 (a listing's air purifiers +0.10), half B
# collection 0.73550 -> 0.73982 (a GPU category under its Q&A 0.06 -> 0.28, a category
# description +0.03), all types 0.88846 -> 0.88881; no page worse, articles and ScrapingHub
# unchanged. (Tried: the grid instead of the prose, half B +0.0057 but half A -0.0003, an
# IKEA category's description lost; the joined cards' link lines kept: half B -0.0002.)
_PROSE_CHARS: Final = 250
_PROSE_LINK_SHARE: Final = 0.1
_GRID_SHARE: Final = 0.5


def with_card_grid(
    blocks: list[Block], picked: list[Block], walked: Tree, *, story_page: bool = False
) -> list[Block]:
    """``picked`` (the chosen blocks, in page order) with the page's largest grid of priced
    product cards when ``picked`` is prose below the grid and at most twice its text (see
    above); on a page that says it is one product's (``walked.product``) the grids are other
    products' cards, on one that says it is a story (``story_page``) they are teasers, and
    ``picked`` stays."""
    said = sum(len(block.text) for block in picked)
    if story_page or walked.product or said < _PROSE_CHARS:
        return picked
    if sum(block.link_chars for block in picked) >= _PROSE_LINK_SHARE * said:
        return picked
    grid = _card_grid(blocks, walked)
    if grid is None or any(grid in block.path for block in picked):
        return picked
    cards = [block for block in blocks if grid in block.path]
    # The walk numbers elements in page order: the grid must start above the prose.
    if cards[0].path[-1] > picked[0].path[-1]:
        return picked
    if sum(len(block.text) for block in cards) < _GRID_SHARE * said:
        return picked
    mine = {id(block) for block in picked}
    return [block for block in blocks if id(block) in mine or grid in block.path]


def _card_grid(blocks: list[Block], walked: Tree) -> int | None:
    """The element holding the page's largest grid of priced product cards, if any."""
    parents, classes = walked.parents, walked.classes
    chars: dict[int, int] = {}
    links: dict[int, int] = {}
    priced: set[int] = set()
    # One step per block and level (a block's whole path): the block's figures are read once,
    # and an element without link text has no entry in ``links``.
    for block in blocks:
        size, linked, path = len(block.text), block.link_chars, block.path
        for node in path:
            chars[node] = chars.get(node, 0) + size
        if linked:
            for node in path:
                links[node] = links.get(node, 0) + linked
        if has_price(block.text):
            priced.update(path)
    rows: dict[tuple[int, str], list[int]] = {}
    for node in chars:
        name = classes.get(node)
        if name is not None and node in parents:
            rows.setdefault((parents[node], name), []).append(node)
    # Rows under one parent are one grid (a shop's tiles in two styles: the sale's and the rest).
    grids: dict[int, int] = {}
    for (parent, _), row in rows.items():
        if (
            len(row) >= _MIN_CARDS
            and all(chars[node] <= _CARD_CHARS and links.get(node, 0) > 0 for node in row)
            and sum(node in priced for node in row) >= _PRICED_SHARE * len(row)
        ):
            grids[parent] = grids.get(parent, 0) + sum(chars[node] for node in row)
    return max(grids, key=grids.__getitem__, default=None)


# A services page's or a listing's grid of whole-link cards: each card one link around its
# heading and a sentence of what the service or item is ("Assurance" over "Deloitte's
# Assurance business leverages ..."). The sentence is linked text, and was dropped as a link
# list, the heading kept as a linked one; the truths keep both. A card's pitch is a line of
# _CARD_PITCH_CHARS or more, ending a sentence, all but linked, whose sibling just before is a
# linked heading; a grid holds _MIN_PITCHES of them or more. Not on a page whose head says it
# is one story: there such cards are a related-stories box (half B articles -0.00017, four
# stories worse by up to 0.035). Half A all types 0.894728 -> 0.895212 (service 0.859 -> 0.865: three pages
# better by up to 0.247, none worse), half B 0.903717 -> 0.903900 (two service and two listing
# pages better by up to 0.065, none worse), articles and ScrapingHub (0.987278) unchanged.
# (With one card enough: half A a blog post's featured-post callout -0.019, half B a service
# page -0.005.)
_CARD_PITCH_CHARS: Final = 60
_MIN_PITCHES: Final = 3
_SENTENCE_ENDS: Final = (".", "!", "?")
_ALL_BUT: Final = 0.9


def card_pitches(blocks: list[Block]) -> set[int]:
    """The ids of ``blocks`` that are card pitches, when a grid holds _MIN_PITCHES of them."""
    found = {
        id(block) for previous, block in itertools.pairwise(blocks) if _card_pitch(previous, block)
    }
    return found if len(found) >= _MIN_PITCHES else set()


def _card_pitch(previous: Block, block: Block) -> bool:
    """``block`` is the sentence under a card's linked heading (``previous``, its sibling)."""
    if previous.tag not in HEADINGS or previous.path[:-1] != block.path[:-1]:
        return False
    size = len(block.text.strip())
    if size < _CARD_PITCH_CHARS or block.link_chars < _ALL_BUT * size:
        return False
    heading = len(previous.text.strip())
    return previous.link_chars >= _ALL_BUT * heading and clean_line(block.text).endswith(
        _SENTENCE_ENDS
    )
