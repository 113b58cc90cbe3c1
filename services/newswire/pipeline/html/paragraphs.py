"""The clean lines of a run of blocks: the story's paragraphs without furniture lines, link
lists, repeats, a thread's counters and a reply's quotes of what was said before."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.card_bylines import card_bylines
from newswire.pipeline.html.card_grids import card_pitches
from newswire.pipeline.html.cross_links import cross_link, shows_address
from newswire.pipeline.html.furniture_lines import is_furniture_line
from newswire.pipeline.html.intro import reads_as_title
from newswire.pipeline.html.photo_credits import is_photo_credit
from newswire.pipeline.html.post_headers import POST_DATE_TAG
from newswire.pipeline.html.poster_counters import (
    MAX_NUMBER_CHARS,
    is_counter,
    is_edit_notice,
    is_join_date,
)
from newswire.pipeline.html.teasers import OWN_SENTENCE, item_titles
from newswire.pipeline.html.text import fold
from newswire.pipeline.html.walk import HEADINGS, Block
from newswire.pipeline.textnorm import clean_line, repair_mojibake

# A heading that is a link is the page's own text, not a link list: a listing's or a
# collection's item titles (each linking to its item, above its teaser), a documentation
# page's section headings that link to their own anchor, a guide's subheadings linking to the
# product they present. Site navigation and "read also" promos are lists and paragraphs of
# links, not headings. Kept in a story's own container (a widened region keeps all its link
# lines already): half A all types 0.8665 -> 0.8680 (listing 0.728 -> 0.738, documentation
# 0.924 -> 0.928, articles 0.9597 -> 0.9605), half B 0.8736 -> 0.8745 (listing 0.736 ->
# 0.741, articles 0.9512 -> 0.9519, product 0.7141 -> 0.7137), ScrapingHub word F1 0.9854 ->
# 0.9856; 118 pages better, 50 worse (by <= 0.04).
_LINKED_HEADINGS: Final = HEADINGS


# A list in a story whose items are partly text and partly links is one of the story's lists
# (a checklist whose steps link to the vendors, a review's "Buy: check price at ..." rows
# between described items, a guide's steps linking to their tools): a linked item there is a
# line of it, not a link list. Navigation and "read also" promos are lists of links only. A
# list is mixed when one of its items (the <li>s of one parent) has a line of its own
# (_MIXED_OWN_CHARS of unlinked text: a short sentence, a described reference; a date or a
# count beside a linked title, as in a "recent posts" list, is less); asked in a story
# standing alone (a widened region keeps its link lines already). With a sentence's 40: half
# A articles 0.96445 -> 0.96471 (all types 0.87330 -> 0.87358; 26 pages better, 1 worse by
# 0.009), half B articles 0.95635 -> 0.95693 (all types 0.88176 -> 0.88216; 21 better, 1
# worse by 0.002), ScrapingHub word F1 0.9864 unchanged (2 better, 1 worse by 0.005); 40 ->
# 25: half A articles -> 0.96489 (all types -> 0.87370; 11 better, 1 worse by 0.005), half B
# -> 0.95711 (all types -> 0.88225; 4 better, none worse), ScrapingHub unchanged. (15: A
# articles +0.00002, a "recent posts" list with dates joins a story, -0.065; any link item
# between two kept lines of the story: A +0.0003, B +0.0010, but ScrapingHub -0.005, its
# related-story lists inside the story; the same from the fourth item of a run: A -0.0001.)
_MIXED_OWN_CHARS: Final = 25


def _line(block: Block, lines: dict[int, str]) -> str:
    """The block's clean line, "" for a furniture line or a labelled cross-link, decided once
    a block (``lines``: see ``clean_paragraphs``)."""
    text = lines.get(id(block))
    if text is None:
        key = (block.text, block.link_chars, block.tag == POST_DATE_TAG)
        text = _clean_lines.get(key)
        if text is None:
            if len(_clean_lines) >= _CLEAN_LINES_MAX:
                _clean_lines.clear()
            text = _clean_lines[key] = _judged_line(*key)
        lines[id(block)] = text
    return text


# A block's clean line is a pure function of its text, its links' length and whether it is a
# post's date line, and a page's retries walk the same tree again (one block in five over
# wcxb-dev is one that an earlier walk of its page cleaned; a site repeats its furniture lines
# from page to page): each is cleaned and judged once, the furniture patterns' scans (~14,000
# instructions a line) spared on the repeats. A plain dict, as ``plain_names``' caches: bounded
# for a service running for weeks, emptied when full, which changes no answer.
_CLEAN_LINES_MAX: Final = 8192
_clean_lines: Final[dict[tuple[str, int, bool], str]] = {}


def _judged_line(raw: str, link_chars: int, post_date: bool) -> str:
    """The clean line of a block's text ``raw``, "" for furniture (see ``_line``)."""
    text = clean_line(repair_mojibake(raw))
    if not post_date and (  # see post_headers
        is_furniture_line(text)
        or cross_link(text, link_chars)
        or is_photo_credit(text, link_chars)
        or is_join_date(text)
        or is_edit_notice(text)
    ):
        return ""
    return text


def clean_paragraphs(
    blocks: list[Block],
    title: str | None,
    lines: dict[int, str],
    quotes: set[int] | None = None,
    *,
    links: bool = False,
    linked_headings: bool = False,
    story_page: bool = False,
    headline_labels: bool = False,
) -> list[str]:
    """The blocks' clean lines without furniture lines; ``links``: keep link lists;
    ``lines``: each block's clean line by ``id(block)``, "" for a furniture line, filled
    here and shared by the calls over one walk's blocks (the text-only skip tests below are
    independent of the blocks' order, so they are decided once); ``quotes``: the <blockquote>
    elements of the walk; ``linked_headings``: keep the lines of ``_story_own`` and, off a
    ``story_page``, cards' pitches (``card_pitches``), ``headline_labels``: see ``_is_headline``."""
    out: list[str] = []
    said: set[str] = set()
    folded_title = fold(title) if title else None
    items = (
        item_titles(blocks, priced=not story_page) | card_bylines(blocks)
        if linked_headings
        else set()
    )
    items |= card_pitches(blocks) if linked_headings and not story_page else set()
    mixed = _story_lists(blocks, lines) if linked_headings else set()
    tables, rows = _data_tables(blocks)
    for index, block in enumerate(blocks):
        text = _line(block, lines)
        if not text or _is_headline(block, text, folded_title, labels=headline_labels):
            continue
        # Link lists inside the article container are navigation or "read also" promos; a
        # linked headline followed by a sentence of its own (a news digest item) is not.
        if (
            not links  # then the link density: most blocks hold no link
            and 2 * block.link_chars > max(1, len(text))  # more than half of it linked
            and len(text) < 300
            and len(text) - block.link_chars < OWN_SENTENCE
            and not (linked_headings and _story_own(block, text, story_page=story_page))
            and id(block) not in items
            and not _data_row(block, text, tables, rows)
            and not (block.tag == "li" and len(block.path) > 1 and block.path[-2] in mixed)
        ):
            continue
        if out and out[-1] == text:
            continue
        previous = lines.get(id(blocks[index - 1])) if index else None
        if len(text) < MAX_NUMBER_CHARS and _counter_dropped(out, previous, text):
            continue
        # A forum reply quotes the post it answers: the quote repeats, line for line, what the
        # thread said above it, and the thread is each post once (a story's pull quote is in
        # an <aside> or a <figure>, dropped before). A quoted line said before is dropped.
        # Half A all types 0.8615 -> 0.8621 (forum 0.701 -> 0.709), half B 0.8715 -> 0.8721
        # (forum 0.811 -> 0.818); articles (0.9581, 0.9502) and ScrapingHub (0.9845) unchanged.
        if quotes and text in said and not quotes.isdisjoint(block.path):
            continue
        said.add(text)
        out.append(text)
    return out


def _story_own(block: Block, text: str, *, story_page: bool) -> bool:
    """Whether a link line (``block``, its clean line ``text``) is a story's own: a linked
    heading, or a web address the story writes out (after words of its own, or alone on a
    ``story_page``, whose head says it is one story: see ``cross_links.shows_address``)."""
    return block.tag in _LINKED_HEADINGS or shows_address(text, alone=story_page)


def _is_headline(block: Block, text: str, folded_title: str | None, *, labels: bool) -> bool:
    """Whether ``block`` (its clean line ``text``) is an <h1> that reads as the title (its
    ``fold``: ``folded_title``), given apart, or is empty; with ``labels``, also with its
    section's label or a separated name (see ``story_lines``)."""
    if block.tag != "h1" or not folded_title:
        return False
    return fold(text) in {folded_title, ""} or (labels and reads_as_title(text, folded_title))


def story_lines(
    blocks: list[Block],
    title: str | None,
    lines: dict[int, str],
    quotes: set[int] | None = None,
    *,
    story_end: bool = False,
) -> list[str]:
    """The clean lines of a story standing alone, its linked headings kept (see
    ``clean_paragraphs``); ``story_end``: the page says it is one story, whose lines never end
    on a heading (see ``_without_closing_heading``)."""
    # The story's headline <h1> is the title, given apart: it leaves the story's lines also
    # where it carries its section's label ("Title: <title>", "Blog: <title>") or the site's or
    # the section's name after a separator ("<title> | Opinion"), which the page's title
    # leaves out (see ``intro.reads_as_title``). Only in the lines of a story standing alone,
    # not in those that weigh a choice against its region: a product page's hidden "Product
    # Summary: <title>" <h1> (shown with hashed class names) tipped that choice (hashed half
    # A, 0.32 -> 0.26). Half A articles 0.971960 -> 0.972023 (all types 0.903443 -> 0.903476;
    # 2 pages better, 1 worse by 0.001: a guide's mid-story "Buying Guide: <title>" heading
    # its truth keeps); half B and ScrapingHub unchanged.
    out = clean_paragraphs(
        blocks,
        title,
        lines,
        quotes,
        linked_headings=True,
        story_page=story_end,
        headline_labels=True,
    )
    return _without_closing_heading(out, blocks, lines) if story_end else out


# A heading heads what follows it; a story that ends on one has lost that part (a "Where to
# buy" box's retailer links, dropped as a link list; a related-stories list left out of the
# story's container) or was cut at the part's start: the heading alone is no text of the
# story, and the story ends before it. Unless the line before is a heading too: a run of
# heading lines is a list laid out in heading elements (a product's features, labels styled
# as headings), the story's own. Only on a page whose head says it is one story: on a service
# or a collection page, a heading over the links to its offers ("Shop by category:", "See how
# it works") is a part of the page its truths keep (on every page type: half A all types
# 0.887799 -> 0.887783). On story pages: half A articles 0.969575 -> 0.969580, all types
# 0.887861 -> 0.887863 (2 pages better, 2 worse by <= 0.001), half B articles 0.961354 ->
# 0.961369, all types 0.898725 -> 0.898754 (7 better, 3 worse by <= 0.0015), ScrapingHub
# word F1 0.986717 -> 0.986839 (2 better, none worse). (Every heading whose part was dropped,
# mid-story too: the truths keep a heading over its dropped links as often as not, half A
# all types -0.00009.)
_HEADING_CHARS: Final = 80


def _without_closing_heading(
    out: list[str], blocks: list[Block], lines: dict[int, str]
) -> list[str]:
    """``out`` without its last line when that is a heading's (of ``blocks``, whose clean
    lines are in ``lines``) after a line that is not, with a line before it."""
    if len(out) < 2:
        return out
    # The block that gave each of the last two lines: the last one with its text.
    last_two = {out[-1]: "", out[-2]: ""}
    for block in blocks:
        text = lines.get(id(block))
        if text in last_two:
            last_two[text] = block.tag
    heads = [
        last_two[line] in HEADINGS and len(line) <= _HEADING_CHARS for line in (out[-2], out[-1])
    ]
    return out[:-1] if heads == [False, True] else out


# A table row whose first cell links to what it names and whose other cells hold its figures
# ("Quanta Services Inc. | $7.7B": a ranking's company and revenue, a comparison's product
# and price) is a line of the story's table, not a link list, however much of it is the link.
# A row of links only (a layout table of state pages, "Alabama LLC | Alaska LLC | ...") has no
# text of its own beyond the spaces between its cells, and still goes. The row's own text is
# what is not link, less its spaces (those inside the link too: an under-count that keeps a
# row of one-word links with one separator out). Half A articles 0.96718 -> 0.96718 (all types
# 0.87856 -> 0.87856; 2 pages better, 1 worse by < 0.001), half B articles 0.95782 -> 0.95788
# (all types 0.88437 -> 0.88440; 3 better, 3 worse by <= 0.004: review roundups' "Check price
# at" rows their truth leaves out), ScrapingHub unchanged. (Every row kept: half A articles
# -0.00003, a layout table of state links -0.023 on half B.)
# The same count misses a row whose link is long beside a short figure ("MDU Construction
# Services Group Inc. | $1.1B"): every row of a table that has a row without a link (its
# header: "Company | Revenue", "Title | Score") is the table's, a data table's, whatever its
# links; a layout table of links has no such row. Half A all types 0.87869 -> 0.87916 (a
# ranked list of books in a table +0.36; 4 pages better, 3 worse, an abstract page's DOI row
# -0.013), articles 0.96718 -> 0.96716; half B all types 0.88440 -> 0.88444, articles
# 0.95788 -> 0.95794 (1 page better, 3 worse by <= 0.001); ScrapingHub unchanged. (Only rows
# with 2 characters of their own: half A all types -0.0001, the books' link-only rows.)
_ROW_OWN_CHARS: Final = 3
# A data table's row may lay its cells out in blocks of their own: a ranked list of books
# gives each row as its rank, its linked title, "by", then the author's link in a <div> of its
# own, then its ratings. That author line is all link, and the link-list filter dropped it: every
# item lost its author, which the truth keeps ("Pride and Prejudice by Jane Austen"). A short
# line (under _CELL_NAME_CHARS: a name, not a widget's links run together, "1 of 5 stars2 of 5
# stars...") inside a row of a data table that gives a line of its own is the row's text. A
# row of link lines only (a comparison table's header of product links, which the truth leaves
# out) still goes. Half A all types 0.895650 -> 0.895704 (listing 0.804900 -> 0.805689: a
# ranked list of books 0.760 -> 0.797; a guide's tables +0.001, +0.002, an article +0.003),
# half B all types 0.904070 -> 0.904071 (an article +0.001), articles A 0.970146 -> 0.970154,
# B 0.962267 -> 0.962269; ScrapingHub (0.987278) and hashed names (articles 0.9607)
# unchanged. (Any row of a data table: half B articles -0.00002, the comparison's header.)
_CELL_NAME_CHARS: Final = 60


def _data_row(block: Block, text: str, tables: set[int], rows: set[int]) -> bool:
    """``block`` is a table row with text of its own beside its links, or a row of a table
    in ``tables``, or a short line inside one of the ``rows`` (see _CELL_NAME_CHARS)."""
    if block.tag != "tr":
        return len(text) < _CELL_NAME_CHARS and not rows.isdisjoint(block.path[:-1])
    return len(text) - block.link_chars - text.count(" ") >= _ROW_OWN_CHARS or (
        len(block.path) > 2 and block.path[-3] in tables
    )


def _data_tables(blocks: list[Block]) -> tuple[set[int], set[int]]:
    """The tables (grandparents of <tr> blocks, past the row group) with a row of text, and
    their rows that give a line of their own (a <tr> block)."""
    tables = {
        block.path[-3]
        for block in blocks
        if block.tag == "tr" and len(block.path) > 2 and not block.link_chars
    }
    if not tables:
        return tables, tables
    rows = {
        block.path[-1]
        for block in blocks
        if block.tag == "tr" and len(block.path) > 2 and block.path[-3] in tables
    }
    return tables, rows


# A documentation page's list of the topics a section covers, each item a short linked term
# ("String", "Bloom filter", "K-Means clustering") right under the section's heading: an index
# of the reference, the page's own text, which its truths keep. Site navigation inside the
# container is a menu without a heading of its own just above; a "read also" promo lists
# headlines, longer than a term; a grid of product cards repeats its call to action ("Get
# Price") or a name in its list. A list is such an index when the block just before its first
# item is a heading and it has _MIN_TERMS items or more, each named once, none over
# _TERM_WORDS words. Half A documentation 0.935219 -> 0.935592 (a tutorial hub's module
# lists +0.021), services +0.0004, articles 0.971666 -> 0.971665 (1 better, 2 worse by <=
# 0.003: an article's own contents list, truths leave it out); half B documentation
# 0.934645 -> 0.934781 (a wiki's and a docs site's, 2 better), articles 0.964160 ->
# 0.964319 (5 better, 1 worse by 0.003); ScrapingHub unchanged; hashed names A articles
# -0.00001 (a card grid's list of product names), B +0.00014. (With 6 words: a "Learn more
# in our series:" list of post titles and an article's contents list, -0.016 and -0.013.)
_MIN_TERMS: Final = 4
_TERM_WORDS: Final = 4


# A list the story introduces with a line of its own ending in a colon ("Here are the apps I
# use:", "Your incident response plan should:") is the story's list, its items linked or not;
# a "read also" promo or a menu continues no sentence. Half A all types 0.904055 -> 0.904267
# (articles 0.972660 -> 0.972758; 19 pages better, 5 worse by <= 0.017), half B 0.914921 ->
# 0.915161 (articles 0.965327 -> 0.965516, documentation 0.9382 -> 0.9414; 13 better, 13
# worse: "More on HBS:", "you might also like:" over other posts, -0.075, -0.011); SH
# unchanged. (Not under a label of "more", "also", "related" reading: A +0.00010, B +0.00025,
# 10 pages worse rather than 18 but as many better lost: truths keep a "Learn more:" list as
# often as not.)
def _story_lists(blocks: list[Block], lines: dict[int, str]) -> set[int]:
    """The lists (parents of <li> blocks) of a story standing alone whose linked items are the
    story's own: with an item that has a line of its own (_MIXED_OWN_CHARS), of short linked
    terms just under a heading (_MIN_TERMS), or whose first item follows a line ending in a
    colon; in one pass over the walk's blocks."""
    own: set[int] = set()
    items: dict[int, set[str]] = {}
    headed: set[int] = set()
    rejected: set[int] = set()
    previous: Block | None = None
    for block in blocks:
        if block.tag == "li" and len(block.path) > 1:
            parent = block.path[-2]
            text = block.text.strip()
            if len(text) - block.link_chars >= _MIXED_OWN_CHARS or (
                previous is not None
                and previous.tag != "li"
                and _line(previous, lines).endswith(":")
            ):
                own.add(parent)
            named = items.setdefault(parent, set())
            if not named and previous is not None and previous.tag in HEADINGS:
                headed.add(parent)
            if text in named or len(text.split()) > _TERM_WORDS:
                rejected.add(parent)
            named.add(text)
        previous = block
    return own | {list_id for list_id in headed - rejected if len(items[list_id]) >= _MIN_TERMS}


def _counter_dropped(out: list[str], previous: str | None, text: str) -> bool:
    """A poster's counter given as a label line, then a number line (``is_counter``): the
    label, kept last (``previous``, the line of the block before), leaves ``out`` and the
    number goes too. Asked only of a line shorter than MAX_NUMBER_CHARS, the longest bare
    number (``is_bare_number``): most lines of a page are longer, and skip its calls."""
    if not out or out[-1] != previous or not is_counter(previous, text):
        return False
    out.pop()
    return True
