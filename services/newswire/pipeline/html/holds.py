"""``Holds``: whether an element is or holds a match of a selector, the walk's cached test
that the rules ask (one query of the walked tree per selector, not one per asking element)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import ARTICLE_BODY, MAIN, STORY_CLASSES, STORY_IDS
from newswire.pipeline.html.page_elements import Element, Page, may_hold_class, page_elements


class Holds:
    """Whether an element is or holds a match of a selector, for the elements a walk asks
    about: one query of the walked tree per selector, and the set of its matches' ancestors,
    instead of a query of each asking element's subtree (selectolax compiles the selector and
    searches the subtree on every call; a page asks dozens of times). The same answer as
    ``node.css_first(selector) is not None``, whose search includes the node itself: the
    selectors asked here are compound (no combinator), so a match does not depend on where
    the search starts. Several selectors: whether it holds a match of any, each queried once
    (a node holds a match of "a, b" when it holds one of "a" or one of "b"), so a selector
    asked alone and as part of a larger one is not matched twice: the article body is asked
    both ways on 93 of the 107 walks of the e2e corpus's pages, and its query is ~170 µs a page.
    The main landmark and the article body, asked on nearly every walk (0.98 and 1.00 a page of
    wcxb-dev), are one query of both and of the in-page links and ``aria-controls`` toggles
    (see ``_landmarks``)."""

    def __init__(self, root: LexborNode, *, h1s: Sequence[LexborNode] | None = None) -> None:
        """``h1s``: the document's <h1> elements when the caller has them (the page's shared
        query holds them, see ``page_elements``): "h1" is then not queried again (~60 µs)."""
        self._root = root
        self._holders: dict[str, set[int]] = {}
        self._h1s = h1s
        #: The walked tree's <p> elements, queried once for both counts below.
        self._paragraphs: list[LexborNode] | None = None
        #: Each element's <p>s, counted up to ``_COUNTED`` (see ``holds_paragraphs``).
        self._counts: dict[int, int] | None = None
        self._prose: int | None = None
        #: The in-page links' targets and the toggles' panel ids (see ``_landmarks``).
        self._ids: tuple[frozenset[str], frozenset[str]] | None = None
        self._footer: tuple[int | None] | None = None
        self._panels: frozenset[int] | None = None
        self._signups: frozenset[int] | None = None
        self._posters: frozenset[int] | None = None
        self._frames: bool | None = None
        #: A selector's matches found by another's query, not yet asked (see ``_landmarks``).
        self._found: dict[str, list[LexborNode]] = {}
        #: ``within``'s answers: for each selector, by element.
        self._within: dict[str, dict[int, bool]] = {}
        #: ``paragraphs_in``'s and ``lines_in``'s answers, by element.
        self._inside: dict[int, list[LexborNode]] = {}
        self._lines: dict[int, int] = {}

    def __call__(self, node: LexborNode, *selectors: str) -> bool:
        return any(node.mem_id in self._of(selector) for selector in selectors)

    def within(self, node: LexborNode, selector: str) -> bool:
        """``self(node, selector)`` by a query of ``node``'s own subtree, answered once an
        element: for a selector asked of a few small elements (a <figure>'s table or quote), no
        query of the whole tree, whose walk over every element costs ~165 µs a page whatever it
        matches (compiled). Over every other page of wcxb-dev and ScrapingHub, the 255 pages
        holding a <figure> (2,594 of them): every figure asked once, ~166 -> ~36 µs a page."""
        answers = self._within.get(selector)
        if answers is None:
            answers = self._within[selector] = {}
        answer = answers.get(node.mem_id)
        if answer is None:
            answer = answers[node.mem_id] = node.css_first(selector) is not None
        return answer

    def paragraphs_in(self, node: LexborNode) -> list[LexborNode]:
        """``node.css("p")``, queried once an element (callers must not change the list): the
        layout wrapper test (``layout_wrappers.holds_the_story``) reads the <p>s of an element
        named like furniture that holds enough of them (``holds_paragraphs``), and the retries
        walk the same tree."""
        found = self._inside.get(node.mem_id)
        if found is None:
            found = self._inside[node.mem_id] = node.css("p")
        return found

    def holds_paragraphs(self, node: LexborNode, count: int) -> bool:
        """Whether ``node`` (of the walked tree) is or holds ``count`` <p> elements or more
        (``count`` at most ``_COUNTED``): ``len(node.css("p")) >= count`` from one query of the
        walked tree, not one of each asked element's subtree. The layout wrapper test asks it
        of every element named like furniture (~12 a page over wcxb-dev, ~14 µs each), 86% of
        which hold no <p>, the <header> test of every header; the few that hold enough are
        queried for their list (``paragraphs_in``)."""
        if count > _COUNTED:
            raise ValueError(f"{count} <p>s: only up to {_COUNTED} are counted")
        return self._paragraph_counts().get(node.mem_id, 0) >= count

    def _paragraph_counts(self) -> dict[int, int]:
        """The count of <p>s each element is or holds, up to ``_COUNTED``, by the walked
        tree's <p>s' ancestors: each <p> counts itself and its ancestors, its climb stopping
        at one that counts ``_COUNTED`` already (so do all of its ancestors, which counted
        the same <p>s), so that a story's many <p>s under one element climb a step or two."""
        if self._counts is None:
            counts: dict[int, int] = {}
            for paragraph in self._paragraph_list():
                ancestor: LexborNode | None = paragraph
                while ancestor is not None:
                    key = ancestor.mem_id
                    held = counts.get(key, 0)
                    if held >= _COUNTED:
                        break
                    counts[key] = held + 1
                    ancestor = ancestor.parent
            self._counts = counts
        return self._counts

    def lines_in(self, node: LexborNode) -> int:
        """``len(node.css("p, br"))``, counted once an element: the weak-named box test
        (``junk``) counts them for each such box, and the retries walk the same tree."""
        found = self._lines.get(node.mem_id)
        if found is None:
            found = self._lines[node.mem_id] = len(node.css("p, br"))
        return found

    def paragraphs(self) -> int:
        """The walked tree's <p> elements, counted once."""
        return len(self._paragraph_list())

    def prose_paragraphs(self, is_prose: Callable[[LexborNode], bool]) -> int:
        """The walked tree's <p> elements of prose (as ``is_prose`` tells them), counted once."""
        if self._prose is None:
            self._prose = sum(1 for paragraph in self._paragraph_list() if is_prose(paragraph))
        return self._prose

    def _paragraph_list(self) -> list[LexborNode]:
        """The walked tree's <p> elements: one query for the count and the prose count (a
        whole tree's, asked on the same pages)."""
        if self._paragraphs is None:
            self._paragraphs = self._root.css("p")
        return self._paragraphs

    def controlled(self) -> frozenset[str]:
        """The ids that the walked tree's elements name in ``aria-controls`` (the panels
        their toggles open), gathered once."""
        return self._link_ids()[1]

    def anchors(self) -> frozenset[str]:
        """The ids that the walked tree's in-page links point at (``href="#id"``: a table of
        contents' entries, a footnote's mark), gathered once."""
        return self._link_ids()[0]

    def footer(self, find: Callable[[LexborNode, Holds], int | None]) -> int | None:
        """The walked tree's site footer as ``find`` tells it (``site_footer``), found once:
        it is known by the tree's structure and words, not by what a walk skips, and a
        retry walks the same tree."""
        if self._footer is None:
            self._footer = (find(self._root, self),)
        return self._footer[0]

    def panels(self, find: Callable[[LexborNode], frozenset[int]]) -> frozenset[int]:
        """The walked tree's elements that ``find`` tells dropped by their place (a product's
        reviews tab panel, ``review_tabs``), found once for all the walks of the tree."""
        if self._panels is None:
            self._panels = find(self._root)
        return self._panels

    def signups(self, find: Callable[[LexborNode], frozenset[int]]) -> frozenset[int]:
        """The walked tree's sign-up boxes as ``find`` tells them (``signup_boxes``), found once
        for all the walks of the tree, as ``panels``."""
        if self._signups is None:
            self._signups = find(self._root)
        return self._signups

    def posters(self, find: Callable[[LexborNode], frozenset[int]]) -> frozenset[int]:
        """The walked tree's poster cards' details as ``find`` tells them (``poster_cards``),
        found once for all the walks of the tree that read it as a thread, as ``panels``."""
        if self._posters is None:
            self._posters = find(self._root)
        return self._posters

    def post_frames(self, find: Callable[[LexborNode], bool]) -> bool:
        """Whether the walked tree's page may frame a thread's posts as ``find`` tells it
        (``post_headers.may_frame_posts``), told once for all the walks of the tree."""
        if self._frames is None:
            self._frames = find(self._root)
        return self._frames

    def any_of(self, selector: str) -> bool:
        """Whether the walked tree holds a match of ``selector`` anywhere."""
        return bool(self._of(selector))

    def _of(self, selector: str) -> set[int]:
        holders = self._holders.get(selector)
        if holders is None:
            holders = self._holders[selector] = set()
            for match in self._matches(selector):
                ancestor: LexborNode | None = match
                while ancestor is not None and ancestor.mem_id not in holders:
                    holders.add(ancestor.mem_id)
                    ancestor = ancestor.parent
        return holders

    def _matches(self, selector: str) -> list[LexborNode]:
        """``self._root.css(selector)``, the <h1> read from the document's when given: those
        that are or are inside the root, as its query's search (an <h1> has no place outside
        the body, but the answer stays the query's whatever the tree)."""
        found = self._found.pop(selector, None)
        if found is not None:
            return found
        if selector in _MAIN_AND_BODY and self._ids is None:
            self._ids = self._landmarks()
            return self._found.pop(selector)
        if selector != "h1" or self._h1s is None:
            return self._root.css(selector)
        root = self._root.mem_id
        inside = []
        for match in self._h1s:
            ancestor: LexborNode | None = match
            while ancestor is not None and ancestor.mem_id != root:
                ancestor = ancestor.parent
            if ancestor is not None:
                inside.append(match)
        return inside

    def _link_ids(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._ids is None:
            self._ids = self._landmarks()
        return self._ids

    def _landmarks(self) -> tuple[frozenset[str], frozenset[str]]:
        """One query of the tree for MAIN, ARTICLE_BODY, the in-page links and the
        ``aria-controls`` toggles: the landmarks kept for their turn (``_found``), the ids
        returned (``anchors``', then ``controlled``'s). A whole-tree query's cost is mostly
        reading the tree (a cache miss an element), which one query pays once for all four
        (asked on 1.00, 1.00, 0.78 and 0.25 of wcxb-dev's pages). lexbor gives an element once per selector of the list it
        matches, the repeats one after the other (see ``page_elements``): an element matches
        as many of MAIN's two selectors as it is a <main> and has role="main" (lexbor compares
        the role's value exactly, in any quirks mode), one more as it is an in-page link and
        one more as it has ``aria-controls``, and ARTICLE_BODY's when it was given more times
        than those."""
        page = self._root.parser
        if isinstance(page, Page) and _is_body(page, self._root):
            return self._shared_landmarks(page_elements(page))
        mains: list[LexborNode] = []
        bodies: list[LexborNode] = []
        anchors: set[str] = set()
        controlled: set[str] = set()
        matches = self._root.css(_landmarks_query(self._root))
        start = 0
        while start < len(matches):
            node = matches[start]
            end = start + 1
            while end < len(matches) and matches[end].mem_id == node.mem_id:
                end += 1
            attrs = node.attributes
            tag = node.tag
            as_main = (tag == "main") + (attrs.get("role") == "main")
            if as_main:
                mains.append(node)
            others = as_main
            href = attrs.get("href")
            if tag == "a" and href is not None and href.startswith("#"):
                others += 1
                if href[1:]:
                    anchors.add(href[1:])
            if "aria-controls" in attrs:
                others += 1
                controlled.update((attrs["aria-controls"] or "").split())
            if end - start > others:
                bodies.append(node)
            start = end
        self._found[MAIN] = mains
        self._found[ARTICLE_BODY] = bodies
        return frozenset(anchors), frozenset(controlled)

    def _shared_landmarks(self, elements: list[Element]) -> tuple[frozenset[str], frozenset[str]]:
        """``_landmarks`` of a ``Page``'s body from the page's shared query, which holds them
        (``page_elements``): each element's kinds told by its tag and attributes as the
        selectors test them, the story's body by lexbor's own test (an element of the few
        whose attributes may hold one of ARTICLE_BODY's names), those before the body (the
        <head>'s: the shared query is the whole document's) left out."""
        mains: list[LexborNode] = []
        bodies: list[LexborNode] = []
        anchors: set[str] = set()
        controlled: set[str] = set()
        inside = False
        page = self._root.parser
        classes = [name for name in _STORY_CLASSES if may_hold_class(page, name)]
        for node, tag, attrs in elements:
            main = tag == "main" or attrs.get("role") == "main"
            href = attrs.get("href") if tag == "a" else None
            link = href is not None and href.startswith("#")
            toggles = "aria-controls" in attrs
            story = may_be_story(attrs, classes) and _is_story(node)
            if not (main or link or toggles or story):
                continue
            # In page order: the first element inside the body is followed by no other.
            if not inside and not (inside := _within(node, self._root.mem_id)):
                continue
            if main:
                mains.append(node)
            if link and href is not None and href[1:]:
                anchors.add(href[1:])
            if toggles:
                controlled.update((attrs["aria-controls"] or "").split())
            if story:
                bodies.append(node)
        self._found[MAIN] = mains
        self._found[ARTICLE_BODY] = bodies
        return frozenset(anchors), frozenset(controlled)


#: The names of ARTICLE_BODY's ids and classes, lowered.
_STORY_IDS: Final = tuple(selector[1:].lower() for selector in STORY_IDS.split(", "))
_STORY_CLASSES: Final = tuple(selector[1:].lower() for selector in STORY_CLASSES)


def may_be_story(attrs: Mapping[str, str | None], classes: Sequence[str]) -> bool:
    """Whether an element's attributes may match ARTICLE_BODY, by its ``itemprop``, its ``id``
    or one of its classes of ``classes`` (some of ARTICLE_BODY's class names, lowered) in any
    case (lexbor compares ids and classes in ASCII's either case in a quirks-mode page): of
    those that may, lexbor's test tells which do."""
    prop = attrs.get("itemprop")
    if prop and prop.lower() == "articlebody":
        return True
    ident = attrs.get("id")
    if ident and ident.lower() in _STORY_IDS:
        return True
    names = attrs.get("class") if classes else None
    return names is not None and any(name in classes for name in names.lower().split())


def _is_story(node: LexborNode) -> bool:
    """Whether the element matches ARTICLE_BODY itself (``css_matches`` also answers yes for
    a match inside it): the first match of a search of its subtree, which it would be."""
    found = node.css_first(ARTICLE_BODY)
    return found is not None and found.mem_id == node.mem_id


def _is_body(page: Page, root: LexborNode) -> bool:
    """Whether ``root`` is the page's <body>."""
    body = page.body
    return body is not None and body.mem_id == root.mem_id


def _within(node: LexborNode, root: int) -> bool:
    """Whether ``node`` is the element whose id is ``root`` or inside it."""
    ancestor: LexborNode | None = node
    while ancestor is not None:
        if ancestor.mem_id == root:
            return True
        ancestor = ancestor.parent
    return False


def _landmarks_query(root: LexborNode) -> str:
    """``_landmarks``' selectors, without ARTICLE_BODY's classes that no class of the page may
    hold (``page_elements.may_hold_class``): a class selector costs lexbor a test of each
    class of every element (the four ~45% of the query's time over wcxb-dev), and a page holds
    one of them at most, most pages none. A selector that matches nothing changes nothing."""
    body = ", ".join(
        selector
        for selector in _BODY_SELECTORS
        if not selector.startswith(".") or may_hold_class(root.parser, selector[1:].lower())
    )
    return f'{MAIN}, {body}, a[href^="#"], [aria-controls]'


_MAIN_AND_BODY: Final = frozenset({MAIN, ARTICLE_BODY})
#: The most <p>s that ``holds_paragraphs`` tells apart: its askers' (2 x MIN_ARTICLE_PARAGRAPHS).
_COUNTED: Final = 10
_BODY_SELECTORS: Final = ARTICLE_BODY.split(", ")
