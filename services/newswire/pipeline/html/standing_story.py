"""A story that stands alone on its page: its holes filled, cut before its own teaser grid,
with its intro and lead (see ``intro``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from newswire.pipeline.html.intro import with_intro, with_lead
from newswire.pipeline.html.teasers import before_teasers
from newswire.pipeline.html.walk import HEADINGS, Block

# A paragraph of prose is longer than this (a line or two of a story's text).
_PROSE_CHARS: Final = 120
# A story, not a short intro or one card, has at least this many paragraphs of prose.
FEW_PROSE: Final = 3


def standing_alone(
    blocks: list[Block], picked: list[Block], classes: Mapping[int, str], title: str | None
) -> list[Block]:
    """A story that stands alone: its holes filled, cut before its own teaser grid, with its
    intro in a component of its own before it and its lead under the headline (see
    ``intro``)."""
    story = _before_own_teasers(_with_gaps_filled(blocks, picked), classes)
    introduced = with_intro(blocks, story, classes, is_prose)
    if introduced is story or not story or is_prose(story[0]):
        return with_lead(blocks, introduced, title, is_prose)
    # A story that opens with a heading, whose intro (paragraphs built like its own) made it
    # open with prose, lost the lead around that intro: the intro was one paragraph of the lead
    # (a pull quote sharing a layout modifier class with the story's paragraphs, the lead's
    # one paragraph set in the story's component), the rest set in other wrappers. The lead
    # is judged on the story as chosen; it stands when it holds the whole intro. An intro
    # above a lead it is not part of (a disclosure line over a grid of product cards) keeps
    # the lead out, as before. With a table of contents between lead and story (see
    # ``intro._headerless_lead``): half A articles 0.972439 -> 0.972632, all types 0.903802
    # -> 0.903903 (3 pages better: a guide's lead around a pull quote +0.059, a fund guide's
    # +0.021; none worse), half B articles 0.964989 -> 0.965010 (1 better, none worse), all
    # types 0.914619 -> 0.914630; ScrapingHub unchanged (0.990932); hashed names, half A
    # articles 0.965756 -> 0.965899, half B 0.961733 -> 0.961754. No walk added.
    led = with_lead(blocks, story, title, is_prose)
    lead = {id(block) for block in led}
    return led if all(id(block) in lead for block in introduced) else introduced


# The story's own container may end with the site's grid of teasers ("More from the blog":
# linked titles of other stories, a blurb each) after the story's last paragraph of prose, as
# a widened story's region does: the container ends before it. (The grid's link lines went
# already; what goes is the grid's heading and the fundraising or newsletter box after it.)
# Half A articles +0.0001 (3 pages better, none worse), half B +0.0001 (3, none), ScrapingHub
# word F1 0.9845 -> 0.9852; other types: 3 of 1,497 pages worse by <= 0.04 (a documentation
# page's "next steps" cards), 3 better.
def _before_own_teasers(story: list[Block], classes: Mapping[int, str]) -> list[Block]:
    prose = [block for block in story if is_prose(block)]
    if len(prose) < FEW_PROSE:
        return story
    return before_teasers(story, prose, classes)


# A story whose parts each sit in a wrapper of their own (a site builder's widget per heading
# and per paragraph, a section's heading in a "title-wrapper" and its text in the next, a
# pull quote or a table between two text columns): the scoring picks the containers with the
# most prose and their namesakes, and a heading, a short paragraph alone in its widget or a
# table scores too little to join them, so the story came out with holes. Between its first
# and its last chosen block, in the page's order, a heading (h2-h6) or a text element (a
# paragraph, a list item, a quote, code, a table row) of a line or more is the story's own:
# it joins the choice (link lists among them are still dropped as in the story). Simulated
# on the per-page choices: half A articles +0.0009 (6 pages better, 3 worse), all types
# +0.0007; half B articles +0.0003 (8 better, 5 worse), all types +0.0003; ScrapingHub
# unchanged. (Headings alone: +0.0002 and +0.0001; any block between: forums -0.001 and
# -0.004, as posts' frames of names and dates join.) A text element without a link joins
# however short: a checklist's items ("Belts", "Hoses") in a column box of their own between
# two of the story's parts, a label line ("Buying options:"), a table's short row (a menu or
# a tag list there is links). List items only: half A articles 0.96525 -> 0.96529 (1 page
# better, none worse), half B +0.000003 (1 better); every text tag (session 18): half A
# articles 0.96542 -> 0.96545, all types 0.87533 -> 0.87535 (3 pages better, 1 worse by
# 0.002), half B articles 0.95718 -> 0.95721, all types 0.88324 -> 0.88327 (4 better, 1
# worse by 0.003); ScrapingHub unchanged (0.9864).
_GAP_HEADINGS: Final = HEADINGS - {"h1"}
_GAP_TEXT_TAGS: Final = frozenset({"p", "li", "pre", "blockquote", "table", "tr"})
_GAP_MIN_CHARS: Final = 25
# An <h1> is the story's headline, given apart from the body (and left out of the holes). But
# a listing whose items each have their title as an <h1> (a blog theme's index or a news
# river, every post rendered with its single-post template) has several between its chosen
# sections, which are its items' teasers: there each <h1> is an item's title, and joins as a
# heading does. A story has one headline, before its body. Half A all types 0.87593 ->
# 0.87598 (listing 0.7714 -> 0.7722, a guide +0.001; none worse); half B (with the teaser
# rule of teasers.py) unchanged (0.88358; 1 article better by 0.002), ScrapingHub unchanged.
_GAP_MIN_H1S: Final = 2
# The river's element lies below the outermost element of the walk's paths (see
# ``_river_bounds``).
_RIVER_MIN_DEPTH: Final = 2


def _with_gaps_filled(blocks: list[Block], picked: list[Block]) -> list[Block]:
    if len(picked) < 2:
        return picked
    first, last = id(picked[0]), id(picked[-1])
    inside = {id(block) for block in picked}
    titles = _gap_titles(blocks, first, last)
    if titles:
        first, last, titles = _river_bounds(blocks, first, last, titles)
    out: list[Block] = []
    started = False
    for block in blocks:
        key = id(block)
        if key == first:
            started = True
        if started and (
            key in inside
            or block.tag in _GAP_HEADINGS
            or key in titles
            or (
                block.tag in _GAP_TEXT_TAGS
                and (not block.link_chars or len(block.text) >= _GAP_MIN_CHARS)
            )
        ):
            out.append(block)
        if key == last:
            break
    return out


def _gap_titles(blocks: list[Block], first: int, last: int) -> set[int]:
    """The ids of the <h1> blocks from ``first`` to ``last`` (block ids), when there are
    several: a listing's item titles (see ``_GAP_MIN_H1S``)."""
    found: set[int] = set()
    started = False
    for block in blocks:
        key = id(block)
        started = started or key == first
        if started and block.tag == "h1":
            found.add(key)
        if key == last:
            break
    return found if len(found) >= _GAP_MIN_H1S else set()


# A river of items titled by <h1>s (see _GAP_MIN_H1S) is picked where its items' text scores
# most: a blog theme's index that shows a few posts whole (pasted from the posts, in an
# editor's blocks of their own) and the others as a teaser each. The choice spans those few,
# and the gaps between them are filled; the items before the first and after the last were
# lost (half the listing: a consultancy's news index kept 10 of its 20 posts, the first one's
# title, and ended there). The river is the element that holds all its <h1> titles: the
# choice is widened to all of it, its items' titles and text taken as in the gaps. Not past
# that element (the page's menus and footer), and not when the titles' only common element is
# the outermost one (the whole body is no river). Half A all types 0.902133 -> 0.902400
# (listing 0.816 -> 0.821: the news index 0.769 -> 0.977; a buying guide that lists its picks
# as <h1>s above their reviews +0.003, articles 0.971690 -> 0.971698), half B and ScrapingHub
# unchanged, no page worse; class names hashed: half A 0.883349 -> 0.883612 (the guide
# -0.0003), half B unchanged. Cost: one pass over the walk's blocks, on the pages with two
# <h1>s inside a story's choice only.
def _river_bounds(
    blocks: list[Block], first: int, last: int, titles: set[int]
) -> tuple[int, int, set[int]]:
    """The ``first`` and ``last`` block ids of a river of items titled by <h1>s (``titles``:
    the ids of those between them), widened to the whole river (see above); and the ids of
    the river's titles."""
    paths = [block.path[:-1] for block in blocks if id(block) in titles]
    common = min(paths, key=len)
    for path in paths:
        size = 0
        while size < len(common) and common[size] == path[size]:
            size += 1
        common = common[:size]
    if len(common) < _RIVER_MIN_DEPTH:
        return first, last, titles
    river = common[-1]
    under = [block for block in blocks if river in block.path]
    order = {id(block): index for index, block in enumerate(blocks)}
    start = min(order[first], order[id(under[0])])
    end = max(order[last], order[id(under[-1])])
    titles = titles | {id(block) for block in under if block.tag == "h1"}
    return id(blocks[start]), id(blocks[end]), titles


def is_prose(block: Block) -> bool:
    """A paragraph of prose: a long <p> block with next to no link text."""
    return _prose_text(block, "p")


# A story set in <div>s rather than <p>s (a site whose editor wraps each paragraph in a <div>
# of its own: a research institute's topic page) has no paragraph of prose, and was taken for
# a listing's intro: the region it is widened to kept the grid of teasers after it (linked
# titles under their topic labels). Where the choice holds no <p> of prose, its <div>s of
# prose count as its paragraphs. Not in a thread, whose posts are <div>s of prose and whose
# region is its other posts. Half A articles 0.970628 -> 0.971059, all types 0.896193 ->
# 0.896500 (5 pages better, none worse), half B articles unchanged, all types 0.904145 ->
# 0.904160 (1 better, a forum page -0.004), ScrapingHub unchanged (0.987278); class names
# hashed (bench.perturb) half A all types +0.0003 (a collection -0.10), half B +0.0003.
def is_story(picked: list[Block], *, thread: bool) -> bool:
    """The ``picked`` blocks are a story, not a short intro: FEW_PROSE paragraphs of prose,
    or, outside a ``thread``, as many <div>s of prose where it has no <p> of prose."""
    paragraphs = sum(1 for block in picked if is_prose(block))
    if paragraphs >= FEW_PROSE:
        return True
    if paragraphs or thread:
        return False
    return sum(1 for block in picked if _prose_text(block, "div")) >= FEW_PROSE


def _prose_text(block: Block, tag: str) -> bool:
    return (
        block.tag == tag
        and len(block.text) > _PROSE_CHARS
        and block.link_chars * 10 < len(block.text)
    )
