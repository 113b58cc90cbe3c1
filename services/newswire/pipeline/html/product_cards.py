"""Other products' cards on a product's page: the grids of whole-link tiles ("Customers also
bought", "Complete the look", "Recently viewed") that shops put around one product's
description and specs, whatever their heading says or without one."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.prices import has_price
from newswire.pipeline.html.walk import Block, Tree

# A product page (its own markup says so: one JSON-LD Product, or og:type "product") is about
# one product; a row of at least _MIN_CARDS sibling elements of one class name, each short
# and mostly link text (a tile is one <a> around the image, the name and the price), is a grid
# of other products. A collection's or a listing's items are such cards too, and are its
# content: those pages declare many products or "product.group", so the rule never runs there.
# Shops mark a collection's page as one product too (a model's configurations to pick from, a
# category page in a product template): its cards start the page. Other products come after
# the product's own description and specs, so a grid counts only after _BEFORE_SHARE of the
# text (a size or colour picker near the top is the product's own, and stays). Three cards
# make a row ("You may also like" rows of three; four before: product A 0.67801 -> 0.67815,
# B 0.72475 -> 0.72507 with a service page's coupon tiles, no page worse).
_MIN_CARDS: Final = 3
_CARD_CHARS: Final = 300
_CARD_LINK_SHARE: Final = 0.6
_BEFORE_SHARE: Final = 0.3
_ASIDE_SHARE: Final = 0.15


def without_product_cards(
    blocks: list[Block], walked: Tree, shown: list[Block] | None = None
) -> list[Block]:
    """``blocks`` without those inside a grid of other products' cards, on a page that says
    it is one product's (``walked.product``); ``walked``: the walk that made ``blocks``;
    ``shown``: all the blocks that walk made, where ``blocks`` is what other rules left."""
    if not walked.product:
        return blocks
    chars: dict[int, int] = {}
    links: dict[int, int] = {}
    priced: set[int] = set()
    for block in blocks:
        if has_price(block.text):
            priced.update(block.path)
        for node in block.path:
            if node not in chars:
                chars[node] = links[node] = 0
            chars[node] += len(block.text)
            links[node] += block.link_chars
    # Where a row starts on the page, and the page's text, are measured over all the walk
    # gave: a strip of other items above the grid that an earlier rule took away (a "Similar
    # items" carousel above a marketplace item's "Seller's other items") still stands before
    # it. Half A product 0.69266 -> 0.69532 (three marketplace items +0.04 to +0.10), half B
    # and the other types unchanged.
    starts, said = _starts(shown if shown is not None else blocks)
    rows = _rows(chars, walked)
    overlaid = _overlaid(walked)
    cards: set[int] = set()
    for row in rows:
        if (
            len(row) >= _MIN_CARDS
            and (starts[row[0]] >= _BEFORE_SHARE * said or _priced_aside(row, chars, priced, said))
            and all(
                chars[node] <= _CARD_CHARS
                and (
                    links[node] >= _CARD_LINK_SHARE * chars[node]
                    or (node in overlaid and node in priced)
                )
                for node in row
            )
        ):
            cards.update(row)
    if not cards:
        return blocks
    return [block for block in blocks if cards.isdisjoint(block.path)]


def _priced_aside(row: list[int], chars: dict[int, int], priced: set[int], said: int) -> bool:
    """The ``row`` of cards, near the top, is other products' all the same: each card has a
    price of its own and the row is a small share of the page's text (``said``)."""
    # A carousel of the shop's other products (kits, bundles, the other models, each with
    # its name and price) may sit right under the buy box, above the product's own copy. A
    # size or colour picker's swatches carry no price each; a collection marked one product
    # is its cards, most of its text. Half A product 0.71195 -> 0.71290 (a wallet maker's
    # kits +0.045, a meal brand's bundles +0.024), half B, the other types and ScrapingHub
    # unchanged.
    return all(node in priced for node in row) and sum(chars[n] for n in row) < _ASIDE_SHARE * said


def _starts(blocks: list[Block]) -> tuple[dict[int, int], int]:
    """The text before each element's first block, and the text of all ``blocks``."""
    starts: dict[int, int] = {}
    said = 0
    for block in blocks:
        for node in block.path:
            if node not in starts:
                starts[node] = said
        said += len(block.text)
    return starts, said


def _rows(chars: dict[int, int], walked: Tree) -> list[list[int]]:
    """The elements of ``chars`` (those holding text) in rows: siblings of one class name."""
    parents, classes = walked.parents, walked.classes
    # How many of the elements holding text each element holds directly.
    held: dict[int, int] = {}
    for node in chars:
        if node in parents:
            held[parents[node]] = held.get(parents[node], 0) + 1
    rows: dict[tuple[int, str], list[int]] = {}
    for node in chars:
        name = classes.get(node)
        if name is not None and node in parents:
            # A list wraps each card in an element of no class of its own (an <li>): the
            # cards are a row of the list, one level up (with overlaid cards: half A product
            # 0.69105 -> 0.69266, all types 0.88290 -> 0.88294, a shop's three item pages
            # +0.03 each, a collection marked one product -0.08; half B and ScrapingHub equal).
            # So is a wrapper that holds nothing but the card, whatever its name: a
            # carousel's slides, the first named "snap-point" and the others not (half A
            # product 0.69532 -> 0.69679, the same three items +0.03 to +0.04; half B and the
            # other types unchanged).
            parent = parents[node]
            if (parent not in classes or held[parent] == 1) and parent in parents:
                parent = parents[parent]
            rows.setdefault((parent, name), []).append(node)
    return list(rows.values())


def _overlaid(walked: Tree) -> set[int]:
    """The elements that hold an overlay link (``walked.overlays``) and their ancestors."""
    parents = walked.parents
    # A tile's link may be an empty <a> laid over it beside the name and price (an overlay):
    # such a card is a whole link though its text counts no link characters. Its price says
    # it is a product's: a shop's service tiles ("Find a showroom", "Design services") are
    # overlaid too, and are the shop's copy (half A product 0.691 -> 0.689 without the price).
    overlaid: set[int] = set()
    for holder in walked.overlays:
        # Up through the link's holders: an image wrapper without text of its own may hold it.
        node = holder
        while node not in overlaid and node in parents:
            overlaid.add(node)
            node = parents[node]
    return overlaid
