"""A story's intro in a part of the page built like the story's own parts, before them."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Final

from newswire.pipeline.html.site_names import TITLE_SEPARATORS
from newswire.pipeline.html.text import fold, has_digit
from newswire.pipeline.html.walk import HEADINGS, Block
from newswire.pipeline.vocabulary import CLOSING_QUOTES, SENTENCE_MARKS

# A page built of components (a CMS's rich-text component per section, a page builder's text
# widget, a site's "text-section" blocks) may give its intro or standfirst a component of its
# own before the story's: a paragraph or two that score too little to join the chosen
# container, as they are not inside it, nor beside it as a lone paragraph. Such an intro is
# built like the story's paragraphs: the same tag inside containers of the same names (the
# same component twice). Containers are alike when they share a class name: a component is
# named by one of its tokens, and the others are modifiers or variants ("text-section first",
# "wcm-richtext bg-light"; the intro's "wysiwyg-content" and the story's "component-text
# wysiwyg-content"). A menu, a sidebar's blurb or a teaser before the story is built of other
# elements. The two nearest containers are compared, and at least one of them must have a
# name (bare <div>s around a <p> are any paragraph of the page). Only before the story: after
# it the same components may hold the site's tail (a newsletter box, a FAQ the reader's text
# leaves out).
# First class tokens compared: half A articles 0.96366 -> 0.96409 (8 pages better, 1 worse by
# 0.003), all types 0.87149 -> 0.87165; half B articles 0.95515 -> 0.95547, all types 0.87857
# -> 0.87877; ScrapingHub unchanged (0.9864). Any shared token (session 18): half A articles
# 0.96529 -> 0.96542 (5 pages better, 5 worse by <= 0.009: a standfirst the truth leaves
# out), all types 0.87506 -> 0.87522 (a forum +0.066); half B articles 0.95711 -> 0.95718,
# all types 0.88288 -> 0.88315 (5 better, none worse); ScrapingHub unchanged (0.9864).
# (Whole class attributes compared, two containers: A +0.00029, B +0.00025; one: A +0.00024;
# three: A +0.00018, B +0.00015. The same blocks after the story too, up to its next other
# paragraph: A +0.00035, but ScrapingHub 0.9864 -> 0.9840, two pages -0.14.)
_SIGNATURE_LEVELS: Final = 2
_MIN_CHARS: Final = 25
_MAX_LINK_SHARE: Final = 0.25


# A block's signature: its tag and the class names of its nearest containers, each a set.
_Signature = tuple[str, tuple[frozenset[str], ...]]


def _signature(block: Block, classes: Mapping[int, str]) -> _Signature | None:
    """The block's tag and its nearest containers' class names, or None where the block has
    too few containers or none of them is named."""
    containers = block.path[-1 - _SIGNATURE_LEVELS : -1]
    if len(containers) < _SIGNATURE_LEVELS:
        return None
    names = tuple(frozenset(classes.get(node, "").split()) for node in containers)
    if not any(names):
        return None
    return block.tag, names


def _alike(one: _Signature, other: _Signature) -> bool:
    """The same tag in containers that are each unnamed in both or share a class name."""
    return one[0] == other[0] and all(
        mine == theirs or not mine.isdisjoint(theirs)
        for mine, theirs in zip(one[1], other[1], strict=True)
    )


def with_intro(
    blocks: list[Block],
    story: list[Block],
    classes: Mapping[int, str],
    is_prose: Callable[[Block], bool],
) -> list[Block]:
    """``story`` (its blocks in page order) with the blocks before it that are built like its
    paragraphs of prose (``is_prose``), from the page's ``blocks`` in order; ``classes``:
    the walk's class names by element id."""
    if not story:
        return story
    own = {
        signature
        for block in story
        if is_prose(block) and (signature := _signature(block, classes)) is not None
    }
    if not own:
        return story
    first = story[0]
    intro: list[Block] = []
    before: list[Block] = []
    for block in blocks:
        if block is first:
            break
        before.append(block)
        size = len(block.text)
        if (
            size >= _MIN_CHARS
            and block.link_chars < _MAX_LINK_SHARE * size
            and (signature := _signature(block, classes)) is not None
            and any(_alike(signature, mine) for mine in own)
        ):
            intro.append(block)
    if not intro:
        return story
    return _with_parts(before, intro) + story


# A story whose chosen container opens with a section heading, a list or a product box rather
# than prose (a guide's "1. Determine your goals", a review's first pick) starts after its lead:
# the paragraphs a reader reads first sit between the headline and that container, in a header
# or a part of the page of their own ("feature__content-block", an "ingress" beside the
# byline), and score too little to join it. Between the headline (the heading that reads as
# the page's title) and the story, the paragraphs of prose are that lead; the lines there that
# are not prose (a byline, a date, a table of contents, a one-line standfirst) stay out. A
# story that opens with prose has its lead already: what stands above it then is a caption, a
# pull quote or a sidebar (half B articles -0.0001, ScrapingHub 0.9865 -> 0.9847 without this
# condition; anchored at the last <h1> instead of the headline, ScrapingHub -0.0005, a
# sidebar's quote under a site-name <h1>). Half A articles 0.96641 -> 0.96677 (all types
# 0.87646 -> 0.87733; 16 pages better, 6 worse by <= 0.008), half B articles 0.95740 ->
# 0.95746 (all types 0.88368 -> 0.88368; 13 better, 8 worse: a product's short description
# -0.16, a synopsis box -0.04), ScrapingHub unchanged (0.9865).
def with_lead(
    blocks: list[Block],
    story: list[Block],
    title: str | None,
    is_prose: Callable[[Block], bool],
) -> list[Block]:
    """``story`` (its blocks in page order) with the paragraphs of prose (``is_prose``) between
    the page's headline (a heading that reads as ``title``) and it, when it does not open with
    prose itself; ``blocks``: the page's blocks in order."""
    if not story or not title or is_prose(story[0]):
        return story
    folded = fold(title)
    first = story[0]
    end = next((index for index, block in enumerate(blocks) if block is first), None)
    if end is None:
        return story
    headline = next(
        (
            index
            for index in range(end - 1, -1, -1)
            if blocks[index].tag in HEADINGS and reads_as_title(blocks[index].text, folded)
        ),
        None,
    )
    if headline is None:
        return _headerless_lead(blocks[:end], is_prose) + story
    between = blocks[headline + 1 : end]
    prose = [block for block in between if is_prose(block)]
    if not prose and _in_story_container(blocks, story, headline):
        parts = _reference_parts(between)
        prose = [block for block in between if id(block) in parts]
    lead = _with_parts(between, prose)
    return lead + story if lead else story


# A headline may carry a label of its section before a colon ("Blog: <title>", "Review:
# <title>"), set in a <strong> or a chip inside the heading, or the site's or the section's
# name after a separator ("<title> | Opinion", "<title> - Site"): the page's title (its
# <title>, its og:title, cleaned of the site's name) leaves them out, and the heading still
# reads as the title without them. Only a label of one or two words before a colon (a longer
# head there is the title's own: "Japan Travel Guide: Tips and ..." is matched whole, before
# this), and a name after a separator has no figures (a product's heading with its size,
# "Classic II Moon Silver | 44MM", is the product's own line). As the headline the lead is
# found under: half B articles 0.964892 -> 0.964947 (a ranking's lead under its "Blog:"
# headline, 0.896 -> 0.917), half A and ScrapingHub unchanged.
_LABEL_WORDS: Final = 2


def reads_as_title(text: str, folded: str) -> bool:
    """Whether the heading's ``text`` reads as the title (``folded``: its ``fold``), whole,
    after a label of its section or before a separated name (see above)."""
    if fold(text) == folded:
        return True
    label, colon, rest = text.partition(":")
    if colon and len(label.split()) <= _LABEL_WORDS and fold(rest) == folded:
        return True
    parts = TITLE_SEPARATORS.split(text, maxsplit=1)
    return len(parts) == 2 and not has_digit(parts[1]) and fold(parts[0]) == folded


# A page may set its headline in a <header> (or a banner the walk drops as the site's chrome)
# and its lead paragraphs in a container of their own before the story's: the walk gives no
# heading to anchor the lead on, and the paragraphs a reader reads first were lost (an
# insurer's guide opening "Shopping for your dream house?", a gear list's two-paragraph lead
# above its checklist). Where no <h1> at all stands before the story (a site name's or a
# section's <h1> would make what follows it the page's own part: a sidebar's blurb), the run
# of paragraphs of prose right before a story that opens with a heading is its lead; one line
# that is no prose may stand between them (an editor's note, a table of contents' heading).
# Half A articles 0.971886 -> 0.971929 (3 pages better, 1 worse by 0.003: an affiliate
# disclosure above a review), all types 0.902984 -> 0.903059 (a forum thread +0.041); half B
# articles 0.964790 -> 0.964863 (1 better by 0.028, none worse), all types 0.913763 ->
# 0.913802; ScrapingHub unchanged (0.990773); hashed names, half B articles +0.00007.
def _headerless_lead(before: list[Block], is_prose: Callable[[Block], bool]) -> list[Block]:
    """The run of paragraphs of prose (``is_prose``) at the end of ``before`` (the page's
    blocks before the story), past at most one other line, with their parts (see
    ``_with_parts``); none where an <h1> stands in ``before``."""
    if any(block.tag == "h1" for block in before):
        return []
    end = len(before)
    # A table of contents may stand between the lead and the story (a column of links to the
    # story's sections, set beside it in a columns layout, after the lead): lines that are
    # link text through and through, the story's own index rather than another part of the
    # page, so they do not end the lead. (A site's menu is dropped by the walk before this; an
    # <h1> before the story still keeps any lead out.) With the lead kept around an intro
    # (``standing_story``): figures there.
    while end and _linked_line(before[end - 1]):
        end -= 1
    if end and not is_prose(before[end - 1]):
        end -= 1
    start = end
    while start > 0 and is_prose(before[start - 1]):
        start -= 1
    if start == end:
        return []
    return _with_parts(before[start:], before[start:end])


# A reference page (a manual's command or function entry) opens its own container with the
# entry's name as headline, a one-line purpose ("SELECT, TABLE, WITH — retrieve rows"), and a
# synopsis (a heading over a block of code) before its first section heading, where the chosen
# container starts. Those lines are no prose, but they are the entry's own: they sit in the
# one container that holds both the headline and the whole story (a header or a banner above
# the story's container holds no story). Between the headline and the story there, when no
# paragraph of prose is (a story's lead is prose, and joins as above), a text line of a line or
# more without links and code join the lead, with the section headings right over them.
# A line of capitalised words alone is a byline's names or a label, and a list's items are a
# filter's or a menu's choices: they stay out, and so do the headings over them (a "Filter"
# heading). A container that holds the page's first block as well is the page itself, whose
# headline may sit under a site's banner: not so judged.
_REFERENCE_TEXT_TAGS: Final = frozenset({"p", "pre", "dd"})
_REFERENCE_MIN_CHARS: Final = 25
_HEADING_PARTS: Final = HEADINGS - {"h1"}


def _in_story_container(blocks: list[Block], story: list[Block], headline: int) -> bool:
    """Whether the headline (``blocks[headline]``) lies in the deepest element holding all of
    ``story``, and that element does not hold the page's first block too."""
    common = story[0].path[:-1]
    for block in story[1:]:
        size = 0
        for mine, theirs in zip(common, block.path, strict=False):
            if mine != theirs:
                break
            size += 1
        common = common[:size]
    if not common:
        return False
    size = len(common)
    return blocks[headline].path[:size] == common and blocks[0].path[:size] != common


def _linked_line(block: Block) -> bool:
    """A line that is all link text (an entry of a table of contents or of a menu)."""
    return block.tag != "h1" and 0 < len(block.text) <= block.link_chars


def _has_lowercase_word(text: str) -> bool:
    """Whether a word of ``text`` starts with a lowercase letter (not all of it capitalised)."""
    return any(word[0].islower() for word in text.split())


def _reference_parts(between: list[Block]) -> set[int]:
    """The ids of the blocks of ``between`` that are a reference entry's own lines: code and
    text lines of a line or more with few links and a lowercase word, with the section
    headings (h2-h6) right over them."""
    lines = {
        id(block)
        for block in between
        if block.tag in _REFERENCE_TEXT_TAGS
        and block.link_chars < _MAX_LINK_SHARE * len(block.text)
        and (
            block.tag == "pre"
            or (len(block.text) >= _REFERENCE_MIN_CHARS and _has_lowercase_word(block.text))
        )
    }
    # A heading joins over a joined line: the next block after it that is no heading.
    headings: list[int] = []
    for block in between:
        if block.tag in _HEADING_PARTS:
            headings.append(id(block))
            continue
        if id(block) in lines:
            lines.update(headings)
        headings.clear()
    return lines


# An intro or a lead may open with a summary of the story: a "Key takeaways" or "Key points"
# heading over a list of short lines, before its first paragraph, in the same container (a
# rich-text component, a standfirst box). Those lines are no prose, and stayed out while the
# paragraph beside them joined the story. The headings and list items that sit in a container
# of a joined paragraph (its parent, at any depth below it) join too; a list of links there (a
# table of contents, "Read next") does not. Half A articles 0.96697 -> 0.96697 (1 page better,
# 1 worse by < 0.001), half B articles 0.95752 -> 0.95755 (6 better, 2 worse by <= 0.004: a
# review's spec list beside its intro); ScrapingHub unchanged (0.98654). With the table of
# contents rule of junk.py, all types: half A 0.87824 -> 0.87830, half B 0.88395 -> 0.88418.
# So do the short paragraphs there that are whole sentences (a lead written as a few short
# lines, "Find a dentist."); a byline, a job title or a date line is none, and stays out.
# Half A articles 0.96701 -> 0.96717 (4 pages better, none worse), half B 0.95780 -> 0.95780
# (1 better, 1 worse by 0.002: a calculator's call to action); all types: half A 0.87830 ->
# 0.87840 (documentation: 3 better, 1 worse by 0.001), half B 0.88431 -> 0.88431 (no other
# page changed); ScrapingHub unchanged (0.98654).
_LEAD_PARTS: Final = (HEADINGS - {"h1"}) | {"li"}
_SENTENCE_END: Final = re.compile(rf"[{SENTENCE_MARKS}](?:[{CLOSING_QUOTES})]*)$")
_LEAD_PART_LINK_SHARE: Final = 0.25


def _with_parts(between: list[Block], lead: list[Block]) -> list[Block]:
    """``lead`` (blocks of ``between``, in order) with the headings and list items of
    ``between`` that sit in the same containers as its blocks."""
    homes = {block.path[-2] for block in lead if len(block.path) >= 2}
    if not homes:
        return lead
    chosen = {id(block) for block in lead}
    return [
        block
        for block in between
        if id(block) in chosen
        or (
            (block.tag in _LEAD_PARTS or (block.tag == "p" and _SENTENCE_END.search(block.text)))
            and not homes.isdisjoint(block.path[:-1])
            and block.link_chars < _LEAD_PART_LINK_SHARE * len(block.text)
        )
    ]
