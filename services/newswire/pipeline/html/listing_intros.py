"""The heading and intro that a page's list of items stands under, inside its main region."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.standing_story import is_story
from newswire.pipeline.html.story_pages import prose_text
from newswire.pipeline.html.walk import HEADINGS, Block, Tree

# A listing, a shop's category or a service page's list of offers opens its <main> with the
# page's heading and a paragraph or two about what follows ("Shoe Gallery / Our shop offers
# the best selection of shoes for your rental...", "About the Programme / The department
# manages multiple contracts..."), then the items. The items are
# what the scoring picks (a grid of named, priced cards, a list of programmes), and when they
# hold most of <main> (the share that makes a choice one section of it is not reached) the
# choice stands alone: it is no story, so no story's intro joins it (``intro`` matches a
# story's own components), and the page's heading and intro were lost; the truths keep them.
# So the run of unlinked blocks right above the first chosen block, inside <main>, joins the
# choice when it holds a paragraph of prose (``prose_text``): its prose and its headings, not
# its short lines (a "20 activities / Last updated 4 days" meta row, a "Prices may vary"
# notice above a shop's grid, whose truths leave them out). The run ends at a linked block
# (a filter bar, a breadcrumb, a strip of sub-category links) or after _INTRO_BLOCKS.
# Only inside a <main>: there the blocks above the items are the page's own; in a body
# without one they may be the site's banner (there: half A a service page -0.041, half B a
# listing +0.009). Not on a page that declares a story (``intro`` serves a story's; half A an
# article -0.096), nor one product's (its buy box above the description), nor a thread.
# Half B all types 0.910896 -> 0.911245 (listing 0.77201 -> 0.77390, service 0.87958 ->
# 0.88159; a tuxedo shop's shoe gallery +0.10, a city department's programme list +0.15; no
# page worse), hashed 0.89141 -> 0.89176; half A (as is and hashed), articles, metadata and
# ScrapingHub unchanged. (Any run of unlinked blocks, its short lines too: half A -0.00002,
# 5 pages worse by <= 0.011, a shop's notice and a course path's meta row among them; up to 4
# or 8 blocks, or <h1>/<h2> only: the same two pages better.) Cost: one pass over the
# region's blocks up to the first chosen one, no walk of the tree.
_INTRO_BLOCKS: Final = 6


def items_intro(
    picked: list[Block], region: list[Block], walked: Tree, asked: bool, main: int
) -> list[Block]:
    """The heading and intro above the ``picked`` items (in page order) in the ``region`` of
    the <main> element ``main`` (0: no <main>, the body), where ``asked``: the page was walked
    with the name rules and does not declare a story (see above)."""
    if not (asked and main and picked) or walked.product or walked.discussion:
        return []
    return [] if is_story(picked, thread=False) else intro_above(region, picked[0])


def intro_above(region: list[Block], first: Block) -> list[Block]:
    """The heading and prose blocks of the unlinked run right above the ``first`` chosen
    block in the main ``region`` (in page order), when that run holds a paragraph of prose;
    else none (see above)."""
    at = next((index for index, block in enumerate(region) if block is first), 0)
    run: list[Block] = []
    for block in reversed(region[max(0, at - _INTRO_BLOCKS) : at]):
        if block.link_chars * 10 >= len(block.text):
            break
        run.append(block)
    if not any(prose_text(block) for block in run):
        return []
    return [block for block in reversed(run) if block.tag in HEADINGS or prose_text(block)]
