"""A shop's or a listing's strip of links to its sub-categories, above the page's items."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.teasers import is_link_line
from newswire.pipeline.html.walk import HEADINGS, Block

# A collection or a listing often opens with links to its narrower pages ("Vocal Microphones,
# Instrument Microphones, ...", "Backpacking Sleeping Bags, Camping Sleeping Bags, Below 0
# degrees, ...", a brand row): a run of at least _STRIP_LINKS short link lines in a row
# (each a name of under _NAME_CHARS, nothing between them), followed in the same region by
# the page's items, each a linked line or heading with a line of its own after it (a price,
# a teaser, a date), at least _ITEMS of them. Such a strip is the site's navigation, which
# the page's truth leaves out; the items after it are the page's content. A listing whose
# items are links alone has no such item after its run, and keeps it; an A-Z index (links
# under letter headings) has links followed by links, not items, and keeps its groups (the
# items must be at least half of the linked titles after a run; only a group right above
# described entries reads as their strip). Asked only of a region that is no story (a short
# intro, one section of a sectioned page): a story's region loses its link runs in
# ``teasers``. Devscore per page (all 1,497 + ScrapingHub): half A collection 0.74338 ->
# 0.74541 (3 pages better: a shop's skincare sets +0.10, a parts index +0.015; none worse),
# all types 0.88368 -> 0.88383; half B collection 0.74107 -> 0.74162, listing 0.75711 ->
# 0.75815 (a project gallery +0.055), all types 0.89129 -> 0.89143 (7 better, 1 worse by
# 0.0007); articles (A 0.96897, B 0.95850) and ScrapingHub unchanged. (From 3 links: half A
# all types +0.00005 only, a desk shop's collection -0.089; half B -0.0001, a best sellers
# page -0.15. Counting only link lines, not linked headings, as items' titles: half A 1 page,
# product cards name their items in headings.)
_STRIP_LINKS: Final = 4
_NAME_CHARS: Final = 60
_ITEMS: Final = 4
_TITLE_CHARS: Final = 300


def without_category_strips(region: list[Block]) -> list[Block]:
    """``region`` (a page's blocks in order) without the runs of sub-category links that
    come before its items (see above)."""
    dropped: set[int] = set()
    run: list[int] = []
    for index in range(len(region) + 1):
        if index < len(region) and _is_name_link(region[index]):
            run.append(index)
            continue
        if len(run) >= _STRIP_LINKS and _items_after(region, index) >= _ITEMS:
            dropped.update(run)
        run = []
    if not dropped:
        return region
    return [block for index, block in enumerate(region) if index not in dropped]


def _is_name_link(block: Block) -> bool:
    return len(block.text) < _NAME_CHARS and is_link_line(block)


def _items_after(region: list[Block], start: int) -> int:
    """How many items follow ``region[start]``: link lines with a line of their own after
    them, when they are at least half of the link lines there (else 0: an index of links)."""
    links = [index for index in range(start, len(region)) if _linked_title(region[index])]
    items = sum(1 for index in links if index + 1 < len(region) and _own_line(region[index + 1]))
    return items if items * 2 >= len(links) else 0


def _own_line(block: Block) -> bool:
    """An item's line of its own: unlinked text, not a heading (a price, a teaser, a date)."""
    return block.tag not in HEADINGS and block.link_chars * 2 < len(block.text)


def _linked_title(block: Block) -> bool:
    """An item's title: a line or a heading that is mostly link (a product card's name)."""
    return block.link_chars * 2 > len(block.text) and len(block.text) < _TITLE_CHARS
