"""Container scoring, as in Arc90's readability: which blocks of the page are the story.

Blocks vote for their containers: the parent gets a block's whole score, the grandparent half,
the next level a sixth, so the container that holds the most sentence-like text wins even when
its paragraphs sit in nested wrappers. The winner's blocks, plus siblings that score nearly as
well and same-named sections elsewhere, form the body.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final, NamedTuple

from newswire.pipeline.html.names import Verdict
from newswire.pipeline.html.plain_names import name_verdict
from newswire.pipeline.html.post_series import MIN_REPEATS, repeated_items
from newswire.pipeline.html.walk import HEADINGS, Block, Tree
from newswire.pipeline.vocabulary import CLOSING_QUOTES, SENTENCE_MARKS

_MIN_SCORED_CHARS: Final = 25
_SENTENCE_END: Final = re.compile(rf"[{SENTENCE_MARKS}](?:[{CLOSING_QUOTES})]*)$")


# Readability's scoring: the parent of a paragraph gets its points, the grandparent half, the
# levels above a sixth, a ninth: wrappers around the story still count, the page root barely.
_LEVEL_WEIGHTS: Final = (1.0, 0.5, 1 / 6, 1 / 9)
# How readability decides that the story is split over several containers (NYT's companion
# columns, sections between ads): the strong candidates (>= 3/4 of the best) and how many of
# them must share an ancestor for that ancestor to become the story.
_ALTERNATIVE_RATIO: Final = 0.75
_MIN_ALTERNATIVES: Final = 3
_TOP_CANDIDATES: Final = 5
_POSITIVE_BONUS: Final = 5.0
# Readability starts a list's score at -3 (ADDRESS, OL, UL, LI, FORM), a <div>'s at +5: a
# list is rarely the story. Here a container whose scored blocks (three or more) are all list
# items carrying a link is a list of teasers: a news ticker's linked headlines, each with the
# opening of its story, whose commas score as prose. Where names are build hashes no name
# drops the ticker nor gives the story its name bonus, and the two tie (ScrapingHub hashed:
# 32.4 against 32.0). A story's own list is scored with its paragraphs in its container.
_LINKED_LIST_PENALTY: Final = 3.0
# A section of the story elsewhere in the page: named like the winner, and scoring like a few
# paragraphs (readability's sibling threshold, 10, and a tenth of the winner): a teaser, a
# caption or a fact-check's claim box that shares the body's class name is not one.
_MIN_COUSIN_SCORE: Final = 10.0
_COUSIN_RATIO: Final = 0.1
# A sibling after the winner holding a part of the story in a box of its own (a page
# builder's next text section, a two-column box with the rest of a list and a closing
# paragraph) scores less than a fifth of the whole story above it; after the story, one that
# scores a twelfth of it (a paragraph or two of prose) is the story's too. Before the story
# the siblings are its header, standfirst and byline boxes, as before. Half A articles
# 0.96545 -> 0.96555 (1 page better, none worse), half B articles 0.95721 -> 0.95722, all
# types 0.88327 -> 0.88341 (2 better, none worse); ScrapingHub unchanged (0.9864). (A
# twentieth: half B articles -0.00004, a story -0.016.)
_NEXT_SIBLING_RATIO: Final = 0.08
# A sibling after the winner whose paragraphs sit deeper in it than the levels' scores reach
# (a FAQ section's answers each in an item wrapper, an "Our experts" box in a grid) scores
# nothing, yet may be the story's next part: weighed by all the points of the blocks inside
# it, without the levels' decay, against the winner weighed the same way, one that scores
# this share of it follows the story (``Choice.after``): it joins the story that stands alone,
# but not the choice judged against its page region, which stays one section of a sectioned
# page (a tutoring service's first block, whose other sections the region gives). Half A
# articles 0.96731 -> 0.96791, all types 0.87924 -> 0.87956 (2 pages better: a checklist in
# item cards, an "Our experts" and "Who we are" box; none worse), half B articles 0.95826 ->
# 0.95841, all types 0.88520 -> 0.88523 (a FAQ +0.06; a service page's FAQ, not in its
# truth, -0.04), ScrapingHub unchanged (0.9865). At 0.08 an article -0.003 more on A; at
# 0.04 two worse (A articles 0.96782, B service -0.06). Counted into the choice, the first
# version lost A's service page -0.05: the choice outgrew the sectioned-page test. (Tried,
# session 26: the same test for the siblings after each wrapper of the winner's own frame
# (up while a wrapper holds <= 1.5x the winner + 300 characters), for an FAQ or a guide's
# next part beside the wrapper: half A articles -0.0045, half B -0.0031, ScrapingHub
# -0.0079, related-story and address boxes joining; kept only those that open with a
# heading and hold two paragraphs of prose, < 10% links: A -0.0004, B -0.0005.)
_DEEP_SIBLING_RATIO: Final = 0.15


class Choice(NamedTuple):
    """The story's blocks as ``choose`` finds them."""

    #: The story's blocks, in page order.
    blocks: list[Block]
    #: The characters of those among them that only the series rule (``post_series``)
    #: brought: a choice is judged without them against its page region.
    series_chars: int
    #: Blocks of the siblings after the story that only their deep score brings: the story's
    #: next part when it stands alone, but no part of the choice judged against its region.
    after: list[Block]


def choose(blocks: list[Block], tree: Tree) -> Choice:  # noqa: PLR0912, PLR0915 - a decision list: readability's container rules in order
    """The story's blocks (see ``Choice``)."""
    if not blocks:
        return Choice([], 0, [])
    parents = tree.parents
    # Plain dicts, read with ``get``: the compiled build reads and writes a dict in a few
    # steps, a ``defaultdict`` (a subclass) by the generic item protocol, and these take
    # several writes per block of the page.
    score: dict[int, float] = {}
    own: dict[int, float] = {}
    items: dict[int, int] = {}
    linked_items: dict[int, int] = {}
    text_len, link_len = _lengths(blocks, parents)
    for block in blocks:
        size = len(block.text)
        if size < _MIN_SCORED_CHARS or block.tag in HEADINGS:
            continue
        # Sentences with commas and some length are what articles are made of; nav is neither.
        points = 1 + block.text.count(",") + block.text.count("،") + block.text.count("、")
        points += min(size // 100, 3)
        # A block directly inside its container scores that container; the parents above it
        # get diminishing shares so that one wrapper level does not hide the article.
        levels = block.path[-2::-1] if block.tag != "div" else block.path[::-1]
        for node, weight in zip(levels, _LEVEL_WEIGHTS, strict=False):
            score[node] = score.get(node, 0.0) + points * weight
        own[block.path[-1]] = own.get(block.path[-1], 0.0) + points
        if len(block.path) >= 2:
            items[block.path[-2]] = items.get(block.path[-2], 0) + 1
            if block.tag == "li" and block.link_chars:
                linked_items[block.path[-2]] = linked_items.get(block.path[-2], 0) + 1

    if not score:
        # No sentence-like block anywhere (a short page): keep whatever text there is.
        return Choice([block for block in blocks if block.tag != "h1"], 0, [])
    finals = {node: _final(score, text_len, link_len, node) for node in score if node != 0}
    for node, names in tree.classes.items():
        # Readability's class weight: a container named like a story body ("articleBody",
        # "entry-content") is worth a good paragraph more than an anonymous one that scores
        # the same (a photo caption full of commas next to a four-paragraph wire story).
        if node in finals and name_verdict(names) is Verdict.POSITIVE:
            finals[node] += _POSITIVE_BONUS
    for node, count in items.items():
        if node in finals and count >= MIN_REPEATS and linked_items.get(node, 0) == count:
            finals[node] -= _LINKED_LIST_PENALTY
    if not finals:
        return Choice([block for block in blocks if block.tag != "h1"], 0, [])
    ranked = sorted(finals, key=finals.__getitem__, reverse=True)
    best = _promote(ranked, finals, tree)
    # The promoted story may be an ancestor above the levels a block's score reaches (the
    # common container of several strong sections): it has no score of its own, which is 0.
    best_score = finals.get(best, 0.0)
    keep = {best}
    deep: set[int] = set()
    parent = parents.get(best)
    if parent is not None:
        # Siblings as good as a fifth of the winner belong to the story too; one with the
        # winner's own class name (the next "story-body" section after an ad) gets a bonus.
        threshold = max(10.0, best_score * 0.2)
        best_class = tree.classes.get(best)
        for node, node_parent in parents.items():
            if node_parent != parent or node == best:
                continue
            bonus = best_score * 0.2 if best_class and tree.classes.get(node) == best_class else 0.0
            # The walk numbers elements in page order: a higher number comes after.
            if finals.get(node, 0.0) + bonus >= threshold or (
                node > best and finals.get(node, 0.0) >= max(10.0, best_score * _NEXT_SIBLING_RATIO)
            ):
                keep.add(node)
            elif node > best:
                deep.add(node)
    keep |= _cousins(best, best_score, finals, tree)
    deep = _deep_siblings(
        best, deep - keep, own, text_len=text_len, link_len=link_len, parents=parents
    )
    if tree.answers:
        # A Q&A page's answers, named like its question's text (``story_pages``): they follow
        # the story as its deep siblings do, not as a thread's series in the chosen container,
        # which would widen the region to the answers' frames (their edit links and tags,
        # where the names that drop those are build hashes: half A hashed, -0.005 on a page).
        deep |= _panels(best, tree, text_len) - keep
    series = repeated_items(best, text_len, link_len, tree)
    if tree.product:
        series |= _panels(best, tree, text_len)
    series -= keep | deep
    chosen = []
    after = []
    series_chars = 0
    for block in blocks:
        if not keep.isdisjoint(block.path):
            chosen.append(block)
        elif deep and not deep.isdisjoint(block.path):
            after.append(block)
        elif series and not series.isdisjoint(block.path):
            chosen.append(block)
            series_chars += len(block.text)
        elif parent is not None and len(block.path) >= 2 and block.path[-2] == parent:
            # A lone paragraph beside the winner (a lead or a last line outside the wrapper).
            # Readability's rule: a long one with few links, or a short full sentence.
            density = block.link_chars / max(1, len(block.text))
            if block.tag == "p" and (
                (len(block.text) > 80 and density < 0.25)
                or (block.link_chars == 0 and _SENTENCE_END.search(block.text))
            ):
                chosen.append(block)
    return Choice(chosen, series_chars, after)


def _deep_siblings(
    best: int,
    candidates: set[int],
    own: dict[int, float],
    *,
    text_len: dict[int, int],
    link_len: dict[int, int],
    parents: dict[int, int],
) -> set[int]:
    """The ``candidates`` (siblings after the winner ``best``) whose blocks' points, all
    summed and weighed by their text that is not link, reach ``_DEEP_SIBLING_RATIO`` of the
    winner's (see there)."""
    if not candidates:
        return set()
    wanted = candidates | {best}
    points: dict[int, float] = {}
    # Each element's own points go to the one of ``wanted`` above it, if any: a walk up from
    # each scored element, which stops at the first of them or at the page's root.
    for node, value in own.items():
        up: int | None = node
        while up is not None and up not in wanted:
            up = parents.get(up)
        if up is not None:
            points[up] = points.get(up, 0.0) + value

    floor = max(10.0, _weighed(points, text_len, link_len, best) * _DEEP_SIBLING_RATIO)
    return {node for node in candidates if _weighed(points, text_len, link_len, node) >= floor}


def _lengths(
    blocks: list[Block], parents: dict[int, int]
) -> tuple[defaultdict[int, int], defaultdict[int, int]]:
    """Each element's characters and link characters over all the blocks inside it: the same
    sums as adding every block to each element of its path (a block's path is its element's
    chain of parents), with one step per block and one per element instead of one per block
    and level. The walk numbers elements in page order, so a parent's number is below its
    children's: taken from the highest number down, an element is complete before it is added
    to its parent."""
    # Summed in plain dicts (see ``choose``), handed on as the ``defaultdict`` the callers
    # read (a copy in one step, in the same order).
    text_len: dict[int, int] = {}
    link_len: dict[int, int] = {}
    for block in blocks:
        if block.path:
            own = block.path[-1]
            text_len[own] = text_len.get(own, 0) + len(block.text)
            link_len[own] = link_len.get(own, 0) + block.link_chars
    elements = set(text_len)
    for node in list(text_len):
        parent = parents.get(node)
        while parent is not None and parent not in elements:
            elements.add(parent)
            parent = parents.get(parent)
    # Each element is summed before its parent reads it: an element added above was added
    # as the parent of one with a higher number.
    for node in sorted(elements, reverse=True):
        parent = parents.get(node)
        if parent is not None:
            text_len[parent] = text_len.get(parent, 0) + text_len[node]
            link_len[parent] = link_len.get(parent, 0) + link_len[node]
    return defaultdict(int, text_len), defaultdict(int, link_len)


def _cousins(best: int, best_score: float, finals: dict[int, float], tree: Tree) -> set[int]:
    """Other sections of a story split by figures, quotes or ads deep in the page's layout.

    CMSs render every section of one body with the same class names (Quanta's
    ``post__content``, the NYT's companion columns), often several wrapper levels below their
    common container, where no score from the sections reaches it. A node named like
    the winner and scoring like prose is another part of the same story.
    """
    best_class = tree.classes.get(best)
    if not best_class:
        return set()
    # A section carries every class name of the winner, maybe with a modifier of its own (the
    # lead: "block-text block-text_initial-letter" beside "block-text"); an author box named
    # "text-copy" beside the body's "text-copy bodyCopy" is not one.
    family = set(best_class.split())
    floor = max(_MIN_COUSIN_SCORE, best_score * _COUSIN_RATIO)
    return {
        node
        for node, names in tree.classes.items()
        # (The score first: most elements score nothing, and their names need no split.)
        if node != best and finals.get(node, 0.0) >= floor and family.issubset(names.split())
    }


# One product's page splits what it says of the product into panels of one make, each under
# its heading or tab ("Description", "Specifications", "Care", "Shipping"): the description
# wins the scoring, and the spec panel beside it, short "Label: value" lines without commas,
# scores too little to join it as a section named like it (``_cousins``), yet the product's
# specs are what its reader looks for. On a page that says it is one product's
# (``Tree.product``), every element that holds text and carries all the winner's class names
# joins it; like a thread's other posts (``post_series``), they do not count as the chosen
# container, so a product's page whose region holds more (its buy box, its gallery's
# captions) is still judged one section of it. Half A product 0.7160 -> 0.7207 (all types
# 0.887869 -> 0.888299; 6 pages better, up to +0.28, 3 worse: a marketplace's item page
# -0.099, its seller's box repeated, a tool shop's kits -0.026 and -0.023), half B product
# 0.7696 -> 0.7704 (all types 0.898815 -> 0.898867; 2 better, 2 worse by <= 0.004); articles
# and ScrapingHub unchanged (none says it is a product's). (Counted into the chosen
# container, half A product +0.0023 only: a keyboard shop's page -0.105, its shipping panels
# standing alone for the product.)
def _panels(best: int, tree: Tree, text_len: dict[int, int]) -> set[int]:
    """The elements other than the winner ``best`` that hold text (``text_len``) and carry
    every class name of the winner: the other panels of a product's page."""
    best_class = tree.classes.get(best)
    if not best_class:
        return set()
    family = set(best_class.split())
    return {
        node
        for node, names in tree.classes.items()
        if node != best and text_len.get(node, 0) and family.issubset(names.split())
    }


def _promote(ranked: list[int], finals: dict[int, float], tree: Tree) -> int:
    """Readability's top-candidate adjustment: from the best-scoring node up to the story."""
    parents = tree.parents
    best = ranked[0]
    best_score = finals[best]

    # Several strong candidates under one ancestor: the story is split, take the ancestor.
    alternatives = [
        set(_ancestors(parents, node))
        for node in ranked[1:_TOP_CANDIDATES]
        if finals[node] >= best_score * _ALTERNATIVE_RATIO
    ]
    if len(alternatives) >= _MIN_ALTERNATIVES:
        for ancestor in _ancestors(parents, best):
            if sum(ancestor in found for found in alternatives) >= _MIN_ALTERNATIVES:
                return ancestor
    # Climb while the parent scores better than the level below it: the best node was one
    # section of a story whose other sections score its common container.
    last = best_score
    floor = best_score / 3
    for ancestor in _ancestors(parents, best):
        parent_score = finals.get(ancestor, 0.0)
        if parent_score < floor:
            break
        if parent_score > last:
            return ancestor
        last = parent_score
    return best


# The three below were closures of the functions that call them: compiled, a closure and its
# function's variables hold each other, a cycle that kept each page's scores for the garbage
# collector.
def _final(
    score: dict[int, float], text_len: dict[int, int], link_len: dict[int, int], node: int
) -> float:
    """A node's score less its links' share of its text."""
    total = text_len[node]
    density = link_len[node] / total if total else 1.0
    return score[node] * (1.0 - density)


def _weighed(
    points: dict[int, float], text_len: dict[int, int], link_len: dict[int, int], node: int
) -> float:
    """A node's points less its links' share of its text (0 without text)."""
    total = text_len.get(node, 0)
    return points.get(node, 0.0) * (1.0 - link_len.get(node, 0) / total) if total else 0.0


def _ancestors(parents: dict[int, int], node: int) -> list[int]:
    """A node's ancestors, nearest first, up to the root (0, left out)."""
    out = []
    node = parents.get(node, 0)
    while node != 0:
        out.append(node)
        node = parents.get(node, 0)
    return out
