"""The layout of an HTML page in numbers, from what the extractor's walk already found.

The page-type classifier must cost almost nothing on top of extraction (a lexbor CSS query over
the whole tree costs ~0.15 ms, a regex over the raw HTML ~0.2 ms), so it asks no new question of
the tree: it summarizes the text blocks the extractor's walk produced (text, enclosing block tag,
characters inside links, enclosing element ids), the class names of the block elements it kept,
the elements it dropped as page furniture (form controls, navigation, comment sections; the name
families of both are ``names``'s), and the page's declared types (``og:type``, JSON-LD ``@type``).
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import compress, repeat
from typing import Final, Protocol

from newswire.pipeline.pagetype.declared import (
    DECLARED_NAMES,
    MARKED_NAMES,
    declared_values,
    marked_values,
)
from newswire.pipeline.pagetype.names import NAME_FAMILIES, family_totals, learn_families
from newswire.pipeline.pagetype.script import texts_width
from newswire.pipeline.pagetype.wording import RATE_NAMES, rate_values

#: The structure of a page: named numbers (counts are log1p-scaled, shares are 0-1).
Structure = Mapping[str, float]
#: What the extractor found the page marked as: a thread, one product's, a question with answers.
Marked = tuple[bool, bool, bool]


class Block(Protocol):
    """What the classifier reads of one text block of the extractor's walk."""

    @property
    def text(self) -> str: ...
    @property
    def tag(self) -> str: ...
    @property
    def link_chars(self) -> int: ...


_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Characters from which a paragraph is long (a story's paragraph rather than a teaser's).
_LONG_PARAGRAPH: Final = 200
_FORM_CONTROLS: Final = frozenset({"input", "select", "textarea", "button", "option", "label"})
#: Times a class name repeats for a repeated unit (teaser cards, posts, product tiles).
_REPEATED: Final = 5
#: Elements a class name is on at most to be a one-off (its families are not read).
_ONCE: Final = 1
_FAMILY_KEYS: Final = {family: (f"class_{family}", f"dropped_{family}") for family in NAME_FAMILIES}
# Furniture words are read in the short blocks only (labels, buttons, menu entries, teaser
# lines, dates, prices): that is where a page's kind shows, and skipping the prose makes the scan
# cheap on stories (domain-grouped CV on wcxb-dev: as good as scanning all text, or better).
_LABEL_CHARS: Final = 100
# A block "ends a sentence" when its last character, closing quotes and brackets aside, is one of
# these (a string test: a `$`-anchored regex search walks the whole block).
_SENTENCE_ENDS: Final = frozenset(".!?。！？")
_CLOSERS: Final = "'\"”’)"
_LAST: Final = operator.itemgetter(slice(-1, None))
_FIRST: Final = operator.itemgetter(0)
_TEXT: Final = operator.attrgetter("text")
_TAG: Final = operator.attrgetter("tag")
_LINK_CHARS: Final = operator.attrgetter("link_chars")
_SECOND: Final = operator.itemgetter(1)
#: Characters under which a block is short (a menu entry, a button, a date).
_SHORT_BLOCK: Final = 40
_CHARS_PER_WORD: Final = 6
#: The character thresholds ``summarize_columns`` divides by a page's script width, in order.
_THRESHOLDS: tuple[float, float, float, float] = (
    _LABEL_CHARS,
    _SHORT_BLOCK,
    _LONG_PARAGRAPH,
    _CHARS_PER_WORD,
)
#: The tags counted together, as tuples (``map`` over them with ``Counter.get`` and zeros: a
#: ``Counter``'s own look-up of a missing key is a Python call).
_HEADING_TAGS: Final = tuple(sorted(_HEADINGS))
_FORM_TAGS: Final = tuple(sorted(_FORM_CONTROLS))
_ZEROS: Final = repeat(0)


TAG_NAMES: Final = (
    "headings",
    "headings_per_100_words",
    "heading_link_share",
    "heading_links",
    "list_items",
    "list_item_link_share",
    "paragraph_blocks",
    "teaser_paragraphs",
    "teaser_share",
    "linked_headings_per_paragraph",
    "long_paragraphs",
    "code_blocks",
    "table_rows",
)
UNIT_NAMES: Final = (
    "top_class_repeat",
    "repeated_classes",
    *(key for keys in _FAMILY_KEYS.values() for key in keys),
    "form_controls",
    "images",
    "navs",
)
#: The numbers of a page's layout, in the order ``summarize`` gives them.
LAYOUT_NAMES: Final = (
    "blocks",
    "page_chars",
    "link_share",
    *TAG_NAMES,
    "short_block_share",
    "link_block_share",
    "sentence_block_share",
    *UNIT_NAMES,
    *RATE_NAMES,
    *DECLARED_NAMES,
    *MARKED_NAMES,
)
_LAYOUT_INDEX: Final = {name: index for index, name in enumerate(LAYOUT_NAMES)}


class Layout(Mapping[str, float]):
    """A page's layout numbers: a list in ``LAYOUT_NAMES`` order (the classifier copies it
    into its feature vector as it is), readable by name like a dict; ``width``: the Latin
    characters one of the page's is worth (``script.char_width``), by which ``page_chars`` is
    weighted."""

    __slots__ = ("numbers", "width")

    def __init__(self, numbers: list[float], width: float = 1.0) -> None:
        if len(numbers) != len(LAYOUT_NAMES):
            raise ValueError(f"{len(numbers)} layout numbers for {len(LAYOUT_NAMES)} names")
        self.numbers = numbers
        self.width = width

    def __getitem__(self, name: str) -> float:
        return self.numbers[_LAYOUT_INDEX[name]]

    def __iter__(self) -> Iterator[str]:
        return iter(LAYOUT_NAMES)

    def __len__(self) -> int:
        return len(LAYOUT_NAMES)

    def __repr__(self) -> str:
        return f"Layout({dict(self)!r})"


def summarize(
    blocks: Sequence[Block],
    classes: Iterable[str],
    dropped: Sequence[tuple[str, str]],
    *,
    og_type: str | None,
    ld_types: Iterable[str],
    marked: Marked = (False, False, False),
) -> Layout:
    """The page's layout as named numbers (see the module docstring for where each comes from).

    ``classes``: the class attribute of each block element the walk kept; ``dropped``: (tag,
    class attribute) of each element the walk skipped as furniture; ``marked``: whether the
    extractor found the page marked as a thread, as one product's, as a question with answers
    (``declared.MARKED_NAMES``).
    """
    texts = list(map(_TEXT, blocks))
    tags = list(map(_TAG, blocks))
    links = list(map(_LINK_CHARS, blocks))
    return summarize_columns(
        texts, tags, links, classes, dropped, og_type=og_type, ld_types=ld_types, marked=marked
    )


def summarize_columns(
    texts: Sequence[str],
    tags: Sequence[str],
    links: Sequence[int],
    classes: Iterable[str],
    dropped: Sequence[tuple[str, str]],
    *,
    og_type: str | None,
    ld_types: Iterable[str],
    marked: Marked = (False, False, False),
) -> Layout:
    """``summarize`` over the blocks' texts, tags and link characters as three columns (a text
    scrape's lines are texts with tag "p" and no links).

    Each count is its own pass over one or two columns (``map``, ``Counter``, ``str.count``
    over the joined texts, small generators) instead of one Python loop with a branch per
    block and tag; the numbers are the same.

    Tried in session 25 and not kept: the extractor's walk appending the three columns as it
    made each block, so ``summarize`` made none (outputs identical on 1,615 pages). Interleaved
    in one process over 167 wcxb-dev pages (CPU, best of 9 / 7): the summary 9.3 µs cheaper,
    the walk 8.6 µs dearer (three list appends a block in its closure): no gain.
    """
    sizes = list(map(len, texts))
    total = sum(sizes)
    links_total = sum(links)
    width, (label_chars, short_chars, long_chars, word_chars) = thresholds(texts)
    labels = list(compress(texts, map(label_chars.__gt__, sizes)))
    short = sum(map(short_chars.__gt__, sizes))
    # Most blocks hold no link: the link columns below are those of the blocks that do (their
    # sizes and link characters, in order), which ``tag_values`` reads too.
    linked = Linked(sizes, links)
    # A block is "linky" when 70% or more of its characters are inside links (a block without
    # links only when it is empty).
    linky = linked.empty + sum(
        map(
            operator.ge,
            map(operator.mul, linked.links, repeat(10)),
            map(operator.mul, linked.sizes, repeat(7)),
        )
    )
    # The last character of each block, closing quotes and brackets aside (C-level maps).
    lasts = map(_LAST, map(str.rstrip, texts, repeat(_CLOSERS)))
    sentences = sum(map(_SENTENCE_ENDS.__contains__, lasts))
    count = max(1, len(texts))
    # Words estimated from characters (~6 a word with its space): counting spaces cost a pass
    # over the whole text for one ratio.
    words = int(total // word_chars)
    log = math.log1p
    values = [log(len(texts)), log(total * width), links_total / total if total else 1.0]
    values += tag_values(tags, sizes, links, words, linked, long_chars=long_chars)
    values += (short / count, linky / count, sentences / count)
    values += unit_values(classes, dropped)
    values += rate_values(" ".join(labels))
    values += declared_values(og_type, ld_types)
    thread, product, answers = marked
    values += marked_values(thread=thread, product=product, answers=answers)
    return Layout(values, width)


def thresholds(texts: Sequence[str]) -> tuple[float, tuple[float, float, float, float]]:
    """The page's script width and its character thresholds (labels, short blocks, long
    paragraphs, characters a word), divided by the width: a Chinese, Japanese or Korean page's
    blocks are measured as its Latin twin's (``script``'s docstring); other pages' thresholds
    are the integers they always were."""
    width = texts_width(texts)
    if width == 1.0:
        return width, _THRESHOLDS
    label, short, long, word = (limit / width for limit in _THRESHOLDS)
    return width, (label, short, long, word)


class Linked:
    """The blocks with link characters: their indexes, sizes and link characters (C-level
    ``compress`` and ``filter``: a page's few linked blocks, not all of them, meet Python
    code after), and how many blocks are empty without a link."""

    __slots__ = ("empty", "indexes", "links", "sizes")

    def __init__(self, sizes: Sequence[int], links: Sequence[int]) -> None:
        self.indexes = list(compress(range(len(links)), links))
        self.sizes = list(compress(sizes, links))
        self.links = list(filter(None, links))
        self.empty = sizes.count(0) - self.sizes.count(0) if 0 in sizes else 0


def tag_values(
    tags: Sequence[str],
    sizes: Sequence[int],
    links: Sequence[int],
    words: int,
    linked: Linked,
    *,
    long_chars: float = _LONG_PARAGRAPH,
) -> list[float]:
    """Blocks by tag (``TAG_NAMES``): headings (linked or not, per 100 words), list items,
    paragraphs (long unlinked ones, of ``long_chars`` characters or more, apart), code blocks,
    table rows."""
    counts = Counter(tags)
    # The blocks with half of their characters or more in links (a linked headline, a menu
    # entry; a block without links only when empty), and the long paragraphs that are not.
    at = list(
        compress(
            linked.indexes,
            map(operator.ge, map(operator.mul, linked.links, repeat(2)), linked.sizes),
        )
    )
    if linked.empty:
        at = sorted((*at, *(index for index, size in enumerate(sizes) if not size | links[index])))
    linked_tags = Counter(map(tags.__getitem__, at))
    # Teaser cards: a paragraph right after a linked heading (a headline, then its summary) is
    # a listing's unit; a story's paragraphs follow its own unlinked headings, or paragraphs.
    # Only the linked blocks are looked at for teasers, only the long ones for long paragraphs.
    last = len(tags) - 1
    teasers = sum(
        1 for index in at if index < last and tags[index + 1] == "p" and tags[index] in _HEADINGS
    )
    # Long paragraphs: the long blocks' tags counted in C, less the linked ones among them.
    long_paragraphs = list(compress(tags, map(long_chars.__le__, sizes))).count("p") - sum(
        1 for index in at if tags[index] == "p" and sizes[index] >= long_chars
    )
    get = counts.get
    items = get("li", 0)
    paragraphs = get("p", 0)
    headings = sum(map(get, _HEADING_TAGS, _ZEROS))
    heading_links = sum(map(linked_tags.get, _HEADING_TAGS, _ZEROS))
    log = math.log1p
    return [
        log(headings),
        100 * headings / max(words, 50),
        heading_links / headings if headings else 0.0,
        log(heading_links),
        log(items),
        linked_tags.get("li", 0) / items if items else 0.0,
        log(paragraphs),
        log(teasers),
        teasers / paragraphs if paragraphs else 0.0,
        heading_links / max(1, paragraphs),
        log(long_paragraphs),
        log(get("pre", 0)),
        log(get("tr", 0)),
    ]


def unit_values(classes: Iterable[str], dropped: Sequence[tuple[str, str]]) -> list[float]:
    """Repeated units (``UNIT_NAMES``): the most repeated class name among block elements
    (teaser cards, posts, product tiles), how many distinct names repeat five times or more,
    the name families of the kept and the dropped elements, and the furniture dropped by tag
    (forms, images, navigation)."""
    log = math.log1p
    seen = Counter(classes)
    counts = seen.values()
    values = [log(max(counts, default=0)), log(sum(map(_REPEATED.__le__, counts)))]
    # Families counted per distinct class attribute (pages repeat them: every <li
    # class="menu-item">); tags and names of the dropped elements each by one C-level Counter.
    dropped_names = Counter(map(_SECOND, dropped))
    dropped_names.pop("", None)
    # The kept elements' families come from the class attributes that repeat: a repeated unit
    # (posts, teaser cards, product tiles) is what a family word says something about, and a
    # page's one-off names ("post-4721 entry") are three quarters of its names; learning them
    # was most of the cost on a site never seen (domain-grouped CV on wcxb-dev: see below).
    repeated = dict(compress(seen.items(), map(_ONCE.__lt__, counts)))
    learn_families(repeated, dropped_names)
    for kept_count, gone_count in zip(
        family_totals(repeated), family_totals(dropped_names), strict=True
    ):
        values += (log(kept_count), log(gone_count))
    dropped_tags = Counter(map(_FIRST, dropped))
    get = dropped_tags.get
    values += (
        log(sum(map(get, _FORM_TAGS, _ZEROS))),
        log(get("img", 0) + get("picture", 0) + get("figure", 0)),
        log(get("nav", 0) + get("aside", 0)),
    )
    return values
