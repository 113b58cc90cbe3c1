"""A choice above the page's main landmark: a bar the site's header holds, not the page's text."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.scoring import Choice, choose
from newswire.pipeline.html.walk import Block, Tree

# A page marks its own region with <main> or role="main", and its headline sits there; what
# comes before that region in the page is the site's header: its promo bar (a carousel of
# "Free shipping on orders over $40" slides, one per country, kept hidden for a script to
# show), its menus, its announcement strip. Such a bar is found as furniture by its names
# ("promo-bar hide") only; once they are hashed (CSS modules, Tailwind builds) or say nothing,
# its many slides outweigh a short page's own text (a shop's terms, a collection of four
# products) and the choice falls on the bar. A choice lying wholly before a landmark that holds
# text, on a page with no <h1> outside the landmark (a headline above it would make the part
# above the page's own), is made again among the blocks from the landmark on. Not a choice
# after the landmark: a service page's sections laid out beside a <main> that holds its title
# bar are the page's text (see ``body._region_root``). On wcxb-dev with hashed names
# (``bench.perturb``): half A all types 0.873783 -> 0.877047 (6 pages better: a shop's promo
# terms 0.05 -> 0.98, its service page 0.49 -> 0.99, its collection 0.00 -> 0.79, a product
# 0.39 -> 0.70; none worse), half B 0.882307 -> 0.882330 (1 better, none worse); as is
# unchanged on both halves and on ScrapingHub (0.987278): no page there chose above its <main>.
#
# A near-empty choice above the landmark (a menu's one line) is left to the body's retries,
# which walk the page again: below this many characters it is not made again here.
_MIN_BAR_CHARS: Final = 250


def choose_in_page(blocks: list[Block], walked: Tree) -> tuple[list[Block], Choice]:
    """The story's blocks as ``scoring.choose`` gives them, chosen again from the page's main
    landmark on where the first choice lies wholly above it (see above); and the blocks the
    choice was made among."""
    choice = choose(blocks, walked)
    kept = from_main_on(blocks, choice.blocks, walked.mains)
    return (blocks, choice) if kept is blocks else (kept, choose(kept, walked))


def from_main_on(blocks: list[Block], picked: list[Block], mains: list[int]) -> list[Block]:
    """``blocks`` without those before the first main landmark (``mains``, element ids in
    page order) where the ``picked`` blocks all lie before it (see above); else ``blocks``."""
    if not mains or sum(len(block.text) for block in picked) < _MIN_BAR_CHARS:
        return blocks
    main = mains[0]
    first = next((i for i, block in enumerate(blocks) if main in block.path), None)
    if first is None or not any(block.text.strip() for block in blocks if main in block.path):
        return blocks
    inside = {id(block) for block in picked}
    if any(id(block) in inside for block in blocks[first:]):
        return blocks
    if any(block.tag == "h1" and main not in block.path for block in blocks):
        return blocks
    return blocks[first:]
