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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final, Protocol

from newswire.pipeline.pagetype.declared import (
    DECLARED_NAMES,
    MARKED_NAMES,
    declared_values,
    marked_values,
)
from newswire.pipeline.pagetype.names import NAME_FAMILIES, family_totals, learn_families
from newswire.pipeline.pagetype.script import texts_width
from newswire.pipeline.pagetype.wording import RATE_NAMES, SCAN_CHARS, rate_values

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
_TEXT: Final = operator.attrgetter("text")
_TAG: Final = operator.attrgetter("tag")
_LINK_CHARS: Final = operator.attrgetter("link_chars")
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
#: Dropped elements counted together: pictures, and navigation (menus, sidebars).
_PICTURES: Final = frozenset({"img", "picture", "figure"})
_NAVS: Final = frozenset({"nav", "aside"})


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
    texts: list[str],
    tags: list[str],
    links: list[int],
    classes: Iterable[str],
    dropped: Sequence[tuple[str, str]],
    *,
    og_type: str | None,
    ld_types: Iterable[str],
    marked: Marked = (False, False, False),
) -> Layout:
    """``summarize`` over the blocks' texts, tags and link characters as three columns (a text
    scrape's lines are texts with tag "p" and no links).

    Every count of the blocks is taken in one loop over them (``_BlockCounts``), which the
    compiled build runs as native code: the ``map``/``compress``/``Counter`` passes it replaced
    (session 62) each paid a Python-level call per block or per pass (``Counter`` is a Python
    class): the summary 128 -> 86 µs a page (every 3rd page of wcxb-dev and ScrapingHub,
    compiled, warm, per-page minima); the numbers are the same.

    Tried in session 25 and not kept: the extractor's walk appending the three columns as it
    made each block, so ``summarize`` made none (outputs identical on 1,615 pages). Interleaved
    in one process over 167 wcxb-dev pages (CPU, best of 9 / 7): the summary 9.3 µs cheaper,
    the walk 8.6 µs dearer (three list appends a block in its closure): no gain.
    """
    width, (label_chars, short_chars, long_chars, word_chars) = thresholds(texts)
    counts = _BlockCounts(texts, tags, links, (label_chars, short_chars, long_chars))
    total = counts.total
    count = max(1, len(texts))
    # Words estimated from characters (~6 a word with its space): counting spaces cost a pass
    # over the whole text for one ratio.
    words = int(total // word_chars)
    log = math.log1p
    values = [
        log(len(texts)),
        log(total * width),
        counts.links_total / total if total else 1.0,
    ]
    values += counts.tag_values(words)
    values += (counts.short / count, counts.linky / count, counts.sentences / count)
    values += unit_values(classes, dropped)
    values += rate_values(" ".join(counts.labels))
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


class _BlockCounts:
    """The counts of a page's blocks the layout reads, from one loop over them.

    A block is "linky" when 70% or more of its characters are inside links, "linked" (a linked
    headline, a menu entry) when half or more are; an empty block without links is both. A
    block ends a sentence when its last character, closing quotes and brackets aside, is a
    sentence's end. ``labels``: the short blocks' texts (the furniture words' scan,
    ``wording``), as many as its ``SCAN_CHARS`` read."""

    def __init__(
        self,
        texts: list[str],
        tags: list[str],
        links: list[int],
        limits: tuple[float, float, float],
    ) -> None:
        """``limits``: the characters under which a block is a label, under which it is short,
        from which a paragraph is long."""
        label_chars, short_chars, long_chars = limits
        self.total = self.links_total = self.short = self.linky = self.sentences = 0
        self.headings = self.heading_links = self.items = self.linked_items = 0
        self.paragraphs = self.teasers = self.long_paragraphs = self.pre = self.rows = 0
        self.labels: list[str] = []
        #: Characters of ``labels`` joined, up to ``SCAN_CHARS`` (no label after is read).
        scanned = -1
        for index, text in enumerate(texts):
            size = len(text)
            link = links[index]
            self.total += size
            self.links_total += link
            if size < label_chars and scanned < SCAN_CHARS:
                self.labels.append(text)
                scanned += size + 1
            if size < short_chars:
                self.short += 1
            if link:
                linky = link * 10 >= size * 7
                linked = link * 2 >= size
            else:
                linky = linked = size == 0
            if linky:
                self.linky += 1
            stripped = text.rstrip(_CLOSERS)
            if stripped and stripped[-1] in _SENTENCE_ENDS:
                self.sentences += 1
            self._tag(tags, index, linked=linked, long=size >= long_chars)

    def _tag(self, tags: list[str], index: int, *, linked: bool, long: bool) -> None:
        """Count the block at ``index`` by its tag. Teaser cards: a paragraph right after a
        linked heading (a headline, then its summary) is a listing's unit; a story's paragraphs
        follow its own unlinked headings, or paragraphs. Long paragraphs are the unlinked
        ones."""
        tag = tags[index]
        if tag == "p":
            self.paragraphs += 1
            if long and not linked:
                self.long_paragraphs += 1
        elif tag in _HEADINGS:
            self.headings += 1
            if linked:
                self.heading_links += 1
                if index + 1 < len(tags) and tags[index + 1] == "p":
                    self.teasers += 1
        elif tag == "li":
            self.items += 1
            if linked:
                self.linked_items += 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "tr":
            self.rows += 1

    def tag_values(self, words: int) -> list[float]:
        """Blocks by tag (``TAG_NAMES``): headings (linked or not, per 100 of the page's
        ``words``), list items, paragraphs (long unlinked ones apart), code blocks, table
        rows."""
        headings, heading_links = self.headings, self.heading_links
        items, paragraphs, teasers = self.items, self.paragraphs, self.teasers
        log = math.log1p
        return [
            log(headings),
            100 * headings / max(words, 50),
            heading_links / headings if headings else 0.0,
            log(heading_links),
            log(items),
            self.linked_items / items if items else 0.0,
            log(paragraphs),
            log(teasers),
            teasers / paragraphs if paragraphs else 0.0,
            heading_links / max(1, paragraphs),
            log(self.long_paragraphs),
            log(self.pre),
            log(self.rows),
        ]


def unit_values(classes: Iterable[str], dropped: Sequence[tuple[str, str]]) -> list[float]:
    """Repeated units (``UNIT_NAMES``): the most repeated class name among block elements
    (teaser cards, posts, product tiles), how many distinct names repeat five times or more,
    the name families of the kept and the dropped elements, and the furniture dropped by tag
    (forms, images, navigation). Counted by plain dict loops (native in the compiled build;
    ``Counter`` is a Python class)."""
    log = math.log1p
    seen: dict[str, int] = {}
    for names in classes:
        seen[names] = seen.get(names, 0) + 1
    top = repeating = 0
    # The kept elements' families come from the class attributes that repeat: a repeated unit
    # (posts, teaser cards, product tiles) is what a family word says something about, and a
    # page's one-off names ("post-4721 entry") are three quarters of its names; learning them
    # was most of the cost on a site never seen (domain-grouped CV on wcxb-dev: see below).
    repeated: dict[str, int] = {}
    for names, times in seen.items():
        top = max(top, times)
        if times >= _REPEATED:
            repeating += 1
        if times > _ONCE:
            repeated[names] = times
    values = [log(top), log(repeating)]
    # Families counted per distinct class attribute (pages repeat them: every <li
    # class="menu-item">); the dropped elements' tags counted as the loop meets them.
    dropped_names: dict[str, int] = {}
    forms = pictures = navs = 0
    for tag, names in dropped:
        if names:
            dropped_names[names] = dropped_names.get(names, 0) + 1
        if tag in _FORM_CONTROLS:
            forms += 1
        elif tag in _PICTURES:
            pictures += 1
        elif tag in _NAVS:
            navs += 1
    learn_families(repeated, dropped_names)
    for kept_count, gone_count in zip(
        family_totals(repeated), family_totals(dropped_names), strict=True
    ):
        values += (log(kept_count), log(gone_count))
    values += (log(forms), log(pictures), log(navs))
    return values
