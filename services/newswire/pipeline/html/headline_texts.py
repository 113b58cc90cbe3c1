"""The page's texts around its headline, walked once per page for every rule that reads them.

The "By …" line of ``bylines`` and the bare date line of ``dates`` both sit just below the
<h1> (or just above it), in pages whose byline or date element has no telling name. Both read
the body's text nodes in page order up to a few dozen after the <h1>; ``HeadlineTexts`` walks
the tree once, on the first rule's demand and only as far as a rule reads, and replays the
texts already walked to the next one (bylines alone asked for them up to three times a page).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.page_elements import Page, h1_elements
from newswire.pipeline.html.text import fold
from newswire.pipeline.textnorm import clean_line

#: Non-empty texts walked after the headline: as far as the rule that reads furthest goes.
TEXTS_AFTER_HEADLINE: Final = 40
# Elements whose text no reader sees: a script's code, a stylesheet, a <noscript> fallback's
# text (its elements' texts are read). A page's inline <style> or JSON blob between the
# headline and the byline took walk places from the byline and date lines after it, and
# cleaning a script's text cost more than the rest of the walk (a sixth of wcxb-dev's
# articles have one in the walk).
_UNSEEN_TEXT_PARENTS: Final = frozenset({"script", "style", "noscript", "template"})


def _tag_ids(tags: frozenset[str]) -> frozenset[int]:
    """The parser's ids of ``tags`` (HTML tags it knows), read off a parse of one of each: a
    node's ``tag_id`` is a small number, its ``tag`` a new string on every read."""
    parsed = LexborHTMLParser("".join(f"<{tag}></{tag}>" for tag in sorted(tags)))
    return frozenset(node.tag_id for node in parsed.css(", ".join(sorted(tags))))


# The walk asks the parent of every text (a few hundred a page) for its tag by id.
_UNSEEN_TEXT_PARENT_IDS: Final = _tag_ids(_UNSEEN_TEXT_PARENTS)
_OPTION_ID: Final = next(iter(_tag_ids(frozenset({"option"}))))


# How many paragraphs of a page are read for its headline set as one (see ``paragraph_headline``):
# a page builder's header and menu come first, the story's opening after the headline.
_PARAGRAPHS_READ: Final = 60
# The page's <p>s and its lower headings in one query (``page_blocks``): a page that sets its
# headline in no <h1> or <h2> is read for a paragraph that is its title and, when none is, for
# a lower heading that is (``title._low_heading``), one whole-tree query each, and a query's
# walk over every element costs ~165 µs whatever it matches. Over wcxb-dev and ScrapingHub,
# 8.3% of pages ask for the paragraphs, 5.6% for both (the headings never alone).
_BLOCKS: Final = "p, h3, h4, h5, h6"
_P_ID: Final = next(iter(_tag_ids(frozenset({"p"}))))


def page_blocks(tree: LexborHTMLParser, paragraphs: bool, limit: int) -> list[LexborNode]:
    """The page's first ``limit`` <p>s (``paragraphs``) or <h3>-<h6>s, in page order: the
    matches of one query of both kinds (made once on a ``Page``), told apart by tag."""
    found: list[LexborNode] = []
    for node in tree.css(_BLOCKS):
        if (node.tag_id == _P_ID) == paragraphs:
            found.append(node)
            if len(found) == limit:
                break
    return found


def paragraph_headline(tree: LexborHTMLParser, title: str | None) -> LexborNode | None:
    """The first <p> whose whole text is the page's title word for word, on a page that sets
    no heading for its headline: a page builder's post ("<p class="framer-text">Top 5 HR
    Management Software in 2026</p>", then "DianaHR Team" and "Feb 16, 2026" in <p>s of their
    own), whose byline and date line follow that paragraph, not a later heading that rewords
    the title (the first of the story's sections). A title of three words or more only: a
    short one is a menu's or a card's words as often."""
    if not title or len(title.split()) < 3:
        return None
    wanted = fold(title)
    for node in page_blocks(tree, True, _PARAGRAPHS_READ):
        if fold(clean_line(node.text(deep=True))) == wanted:
            return node
    return None


# Not frozen: a frozen dataclass sets each field through ``object.__setattr__``, and a page
# makes one of these for every text before its headline (its menus) and a few dozen after.
@dataclass(slots=True)
class HeadlineText:
    """One non-empty text node of the body, cleaned, and where it sits (never changed once
    made)."""

    text: str
    node: LexborNode
    #: The text comes after the first <h1> opened (its own words included); every text does on
    #: a page without a <h1>.
    after_headline: bool
    #: The text is an ``<option>``'s (a search form's or a picker's choice): told by the parent
    #: the walk reads anyway, where the byline rules asked it of every text again (two node
    #: objects a text, a page's texts before its headline read two or three times).
    in_option: bool

    # Written out, not generated: the generated ``__init__`` is interpreted code even in the
    # compiled build (see ``walk.Block``).
    def __init__(
        self, text: str, node: LexborNode, after_headline: bool, in_option: bool = False
    ) -> None:
        self.text = text
        self.node = node
        self.after_headline = after_headline
        self.in_option = in_option


class HeadlineTexts:
    """The body's non-empty texts in page order, up to ``TEXTS_AFTER_HEADLINE`` after the first
    <h1>, walked lazily and kept: iterating again replays them and walks on where needed."""

    def __init__(self, tree: LexborHTMLParser, headline: LexborNode | None = None) -> None:
        """``headline``: the heading that shows the story's headline, when the title rules
        found it; else the first <h1>. A page's first <h1> may be its search box's or logo's
        ("<h1>Search</h1>" above the story's own <h1>), or it has none (a page of <h2>s):
        the byline and date line follow the headline."""
        self._tree = tree
        if headline is None and isinstance(tree, Page):
            # The first <h1>, from the page's shared query (a query of its own walked the
            # whole tree again).
            headline = next(iter(h1_elements(tree)), None)
        elif headline is None:
            headline = tree.css_first("h1")
        self._h1: LexborNode | None = headline
        self._walked: list[HeadlineText] = []
        self._walk: Iterator[HeadlineText] | None = None
        # Where the texts after the headline begin in ``_walked`` once walked that far (see
        # ``_first_after``), and the texts before it that ``before_headline`` kept.
        self._first_after: int | None = None
        self._kept: dict[Callable[[str], bool], list[HeadlineText]] = {}
        # For each test of ``after_headline_tested``, its answers for the texts after the
        # headline, in their order, as far as asked.
        self._passed: dict[Callable[[str], bool], list[bool]] = {}

    @property
    def has_headline(self) -> bool:
        """Whether the page has a <h1> at all."""
        return self._h1 is not None

    @property
    def headline(self) -> LexborNode | None:
        """The heading the texts are read around (see ``__init__``), if any."""
        return self._h1

    def __iter__(self) -> Iterator[HeadlineText]:
        yield from self._walked
        if self._walk is None:
            self._walk = _texts(self._tree, self._h1)
        for text in self._walk:
            self._walked.append(text)
            yield text

    def after_headline(self, limit: int) -> Iterator[HeadlineText]:
        """The first ``limit`` texts after the headline: where a byline or a credit line sits
        (a deck, a date, the byline); further down such a line is a card's or a badge's."""
        # Read from where they begin: a page's menus before its headline are many texts (a
        # hundred or more), which the rules asking for these (a dozen a page) each passed over.
        index = self._after_index()
        walked = self._walked
        for _ in range(limit):
            item = walked[index] if index < len(walked) else self._next()
            if item is None:
                return
            index += 1
            yield item

    def after_headline_tested(
        self, limit: int, test: Callable[[str], bool]
    ) -> Iterator[tuple[HeadlineText, bool]]:
        """``after_headline(limit)``'s texts, each with whether ``test`` (a pure function of the
        text) holds for it: each text tested once a page for each ``test`` (the date rules read
        these lines two or three times a page)."""
        passed = self._passed.setdefault(test, [])
        for offset, item in enumerate(self.after_headline(limit)):
            if offset == len(passed):
                passed.append(test(item.text))
            yield item, passed[offset]

    def all_before_headline(self) -> list[HeadlineText]:
        """Every text before the headline, in page order (a list of its own)."""
        return self._walked[: self._after_index()]

    def before_headline(self, test: Callable[[str], bool]) -> list[HeadlineText]:
        """The texts before the headline for which ``test`` (a pure function of the text) holds,
        in page order; found once a page for each ``test`` (the date rules read those lines
        three times a page)."""
        kept = self._kept.get(test)
        if kept is None:
            end = self._after_index()
            kept = self._kept[test] = [item for item in self._walked[:end] if test(item.text)]
        return kept

    def _after_index(self) -> int:
        """The index in ``_walked`` of the first text after the headline, walking on to it (the
        number of texts walked when there is none)."""
        if self._first_after is not None:
            return self._first_after
        walked = self._walked
        index = next((i for i, item in enumerate(walked) if item.after_headline), None)
        while index is None:
            item = self._next()
            if item is None:
                # No text after the headline: the walk is over, and finds none later either.
                index = len(walked)
                break
            if item.after_headline:
                index = len(walked) - 1
        self._first_after = index
        return index

    def _next(self) -> HeadlineText | None:
        """The next text of the walk, kept; None at its end."""
        if self._walk is None:
            self._walk = _texts(self._tree, self._h1)
        item = next(self._walk, None)
        if item is not None:
            self._walked.append(item)
        return item


def _texts(tree: LexborHTMLParser, h1: LexborNode | None) -> Iterator[HeadlineText]:
    """``HeadlineTexts``' walk of ``tree``'s body around the headline ``h1``. A function of its
    own, not a method: a generator of the walker's, kept by it, held it in turn, a cycle that
    kept each page's walker, its texts and their nodes until the garbage collector's next
    pass, which walked them all."""
    body = tree.body
    if body is None:
        return
    seen_h1 = h1 is None
    # The headline is met at its first text, the first the walk gives once the <h1> has
    # opened: its id read once and compared on texts only, not on every element before it
    # (each read of a node's property builds its value anew, and most of a page's nodes
    # before its headline, its menus and header, are elements). A headline with no text
    # (an image's) is met at its element, its id compared on elements. The whitespace
    # between tags, which cleans to nothing, is skipped by the parser's own walk
    # (``skip_empty``: ASCII whitespace only).
    h1_id, text_id = _headline_ids(h1)
    passed = 0
    # Text or not is asked by node type: a node's ``tag`` builds a new string for each
    # element.
    for node in body.traverse(include_text=True, skip_empty=True):
        if not node.is_text_node:
            if h1_id is not None and not seen_h1 and node.mem_id == h1_id:
                seen_h1 = True
            continue
        if not seen_h1 and node.mem_id == text_id:
            seen_h1 = True
        # Asked of the text's parent, not of the elements as they pass: a script's text
        # is its only child, and an empty <script> has none to skip.
        parent = node.parent
        parent_tag = parent.tag_id if parent is not None else None
        if parent_tag in _UNSEEN_TEXT_PARENT_IDS:
            continue
        text = clean_line(node.text_content or "")
        if not text:
            continue
        if seen_h1:
            passed += 1
            if passed > TEXTS_AFTER_HEADLINE:
                return
        yield HeadlineText(text, node, seen_h1, parent_tag == _OPTION_ID)


def _headline_ids(h1: LexborNode | None) -> tuple[int | None, int | None]:
    """The ids by which ``HeadlineTexts``' walk meets the headline: (None, its first text's)
    when it holds a text, else (its own, None); (None, None) without a headline."""
    if h1 is None:
        return None, None
    for node in h1.traverse(include_text=True, skip_empty=True):
        if node.is_text_node:
            return None, node.mem_id
    return h1.mem_id, None
