"""The grid of teasers for other stories that a site puts after a story, inside the page's
main region: where a story widened to that region ends."""

from __future__ import annotations

from collections.abc import Mapping

from newswire.pipeline.html.walk import HEADINGS, Block

# A story widened to its page region (a guide whose sections score apart) ends where the site's
# grid of teasers for other stories begins, when that grid sits inside the same <main>: a run
# of cards after the story, each a linked title (a heading or line that is all link, the same
# element at the same depth with the same class name, at least _MIN_CARDS of them) with at
# most a blurb of its own (_CARD_OWN_CHARS of unlinked text a card: a teaser's excerpt, not a
# section), and all of it no longer than the story's own blocks (a listing's items or a
# service page's blocks after a short intro outweigh it: they are that page's content). From
# the first card on, the region is dropped. A guide's own sections have unlinked headings
# and prose. (Asked only for a choice that is a story: a few paragraphs of prose.)
# Half A articles 0.9581 -> 0.9590 (5 pages better, none worse), all types 0.8615 -> 0.8627
# (19 better, 4 worse by <= 0.043); half B articles 0.9502 -> 0.9507 (5 better, none worse),
# all types 0.8715 -> 0.8719 (10 better, 1 worse); ScrapingHub unchanged (0.9845).
_MIN_CARDS = 3
_CARD_OWN_CHARS = 300
_CARD_TITLE_MIN = 15
_CARD_LINKED = 0.9


def before_teasers(
    region: list[Block], picked: list[Block], classes: Mapping[int, str]
) -> list[Block]:
    """``region`` (the page's blocks in order) up to the teaser grid after the story's
    ``picked`` blocks, or all of it when no grid follows; ``classes``: the walk's class names
    by element id."""
    inside = {id(block) for block in picked}
    last = max((index for index, block in enumerate(region) if id(block) in inside), default=-1)
    if last < 0:
        return region
    cards: dict[tuple[str, int, str], list[int]] = {}
    for index in range(last + 1, len(region)):
        block = region[index]
        size = len(block.text)
        if (
            block.tag != "li"
            and size >= _CARD_TITLE_MIN
            and block.link_chars >= _CARD_LINKED * size
        ):
            key = (block.tag, len(block.path), classes.get(block.path[-1], ""))
            cards.setdefault(key, []).append(index)
    grids = [indexes for indexes in cards.values() if len(indexes) >= _MIN_CARDS]
    if not grids:
        return region
    grid = min(grids, key=lambda indexes: indexes[0])
    tail = region[grid[0] :]
    story = sum(len(block.text) for block in picked)
    if sum(len(block.text) for block in tail) > story:
        return region
    if sum(len(block.text) - block.link_chars for block in tail) > _CARD_OWN_CHARS * len(grid):
        return region
    # The grid's own heading ("More from the blog", "You may also like") goes with it.
    start = grid[0]
    if start - 1 > last and region[start - 1].tag in HEADINGS and not region[start - 1].link_chars:
        start -= 1
    return region[:start]
