"""The elements that rules of several modules read on nearly every page, found in one query.

A whole-tree query costs lexbor a walk of every element whatever it asks, and each selector
a test of every element (figures below): the ``<meta>`` and JSON-LD elements (head), the microdata properties (dates), the
``<h1>`` (title), the ``<figure>`` (captions), the date elements (shown dates) and the
links to author pages (authors) were six queries a page, and are one (the last three took
~1,220 µs a page apart, ~1,000 as part of it); it also tells whether the page may hold
React's streamed segments (``may_hold_segments``) before the page's text is searched for
them. It also holds what other rules ask of half the pages or more (the <h2>s, the controls,
the disclaimers' classes): a selector costs the query less than a query of its own. Each
reader takes its own kind back out by tag or attribute; the two that count an element once
per selector it matches (the date elements' and author links' caps) count again from its tag
and attributes, as the selectors match.

Its cost, timed on a page just parsed (CPU, every 4th page of wcxb-dev and ScrapingHub, mean
~800 µs): lexbor's walk of every element ~40 µs, a selector of a tag or an attribute ~10 µs,
a ``[class*=… i]`` ~60 µs (lexbor compares the word at each place of each class, a call a
place): the date words' seven are half of the query. Each kind is asked on half the pages or
more (author links 88%, the <h2>s 47%), which a second walk would not pay for. On a parsed
``Page`` the query holds the class words' selectors only where some class of the page may
hold the word (``class_values``): 1.5 of the 8 a page over wcxb-dev.
"""

from __future__ import annotations

import threading
from collections import Counter

from selectolax.lexbor import (
    LexborCSSSelector,
    LexborDocumentOptions,
    LexborHTMLParser,
    LexborNode,
)

from newswire.pipeline.html.body_texts import joined_texts
from newswire.pipeline.html.class_values import class_text, value_selectors
from newswire.pipeline.html.names import MAIN, STORY_CLASSES, STORY_IDS
from newswire.pipeline.html.streamed_segments import SEGMENTS

# Class name substrings of a date element: ``time`` elements and those whose class holds one of
# these (case-sensitive, as lexbor's ``[class*=…]``).
DATE_CLASS_WORDS = (
    "date",
    "Date",
    "time",
    "publish",
    "posted",
    "updated",
    "modified",
    "byline",
    "meta",
)
# The same elements in fewer selectors (each is matched against every element of the page):
# "updated" holds "date", and "date" without case holds "Date". Each word is matched in any
# case: lexbor compares a case-sensitive ``*=`` by a call to memcmp at each place of each class
# (~1,060k instructions a page a selector over wcxb-dev), a case-blind one in a loop of its own
# (~840k); the few extra elements ("Timeline") cost their readers nothing, who count the
# matches again from the ten words as the case-sensitive selectors match (see
# ``shown_dates._date_elements``).
_DATE_WORDS = ("date", "time", "publish", "posted", "modified", "byline", "meta")

# Links to an author's page: rel=author, microdata, and the paths CMSs give author pages.
AUTHOR_PATHS = (
    "/author/",
    "/authors/",
    "/contributor/",
    "/contributors/",
    "/writer/",
    "/writers/",
    "/byline/",
)
AUTHOR_MARKUP = '[rel="author"], [itemprop="author"] [itemprop="name"]'
# The same links in 5 selectors instead of 9: a path's stem holds its plural too ("/author"
# is in "/authors/"), and ``[itemprop]`` above finds every element of the microdata's
# selector. The stems match other paths ("/authorize") and, in any case (cheaper, as the date
# words), other spellings: the reader counts an element's matches again from its link's path
# (see ``author_elements.author_link_nodes``).
_AUTHOR_PATH_STEMS = ("/author", "/contributor", "/writer", "/byline/")
# Selectors that share a tag or an attribute are one ``:is()`` behind it (here and below):
# lexbor tests each selector of a list against every element (~3-8 ns a test), and an element
# without the tag or attribute, most of them, fails a group's one test instead of each of its
# selectors' (the shared query ~14% faster over wcxb-dev; bare tags are cheaper as a list).
# An element comes once per group instead of once per selector it matches: ``_read`` keeps
# it once either way. The walk's in-page links share the group (``holds``), and so do the
# links made buttons and the e-mail fields below, each in its tag's group: a selector of its
# own cost lexbor a test of every element (the shared query ~6% faster over wcxb-dev).
_LINK_TESTS = ", ".join(
    ['[href^="#"]', *(f'[href*="{stem}" i]' for stem in _AUTHOR_PATH_STEMS), '[role="button"]']
)

# Elements whose id may be a forum post's (``thread_posts``, which checks the whole id): "p"
# covers "post"; XenForo 2's "js-post-…" starts with neither. Asked of nearly every page (the
# rules look for a thread's first post wherever no markup names the page's author or date):
# a query of its own walked the whole tree again (~1% of a page's time), these selectors add
# a few elements a page to this one.
POST_ID_PREFIXES = '[id^="msg"], [id^="p"], [id^="js-post"]'
# The walk's landmarks (``holds``): its main landmark, its toggles, the story's body by id,
# ``[itemprop]`` or class (gated, see ``_read``): a query of the body of their own walked it
# again (~170 µs a page, mean of every 4th dev and ScrapingHub page, warm; ~90 µs here).
_LANDMARKS = f"{MAIN}, [aria-controls]"
_WITH_IDS = f"[id]:is({SEGMENTS}, {POST_ID_PREFIXES}, {STORY_IDS})"

# A page's controls, which the buy-button rule reads on nearly every page (``buy_buttons``):
# lexbor matches the input's ``type`` in any case, the link's ``role`` as written.
BUTTONS = 'button, input:is([type="submit"], [type="button"]), a[role="button"]'
_INPUT_BUTTONS = frozenset({"submit", "button"})
# A form field named for the quantity to buy ("qty", "quantity", "vwquantity"), which the
# product-page rule reads on pages that declare nothing (``quantity_fields``): lexbor matches
# the name in any case; two attribute selectors cost the shared query ~20 µs a page, where a
# query of its own walked the whole tree again. The reader keeps the <input>s and <select>s.
QUANTITY_FIELDS = '[name]:is([name*="qty" i], [name*="quantity" i])'
# Elements whose class names a disclaimer, which the rule reading a story's first publication
# asks for on half the pages (``stated_origin.fine_print_notes``), in the case as written:
# matched here in any case (cheaper, as the date words) and again as written by the reader.
DISCLAIMERS = '[class*="isclaimer"]'
# The <h2>s, which the headline's rules read on half the pages (``title``). Each of these
# three was a query of its own (a walk of the whole tree each), and costs the shared query
# ~10 µs (a tag) to ~60 µs (a class substring).
_ASKED_OFTEN = "h2, button"
# The words of the class selectors (``[class*=word i]``): the date words' and the disclaimers'.
_CLASS_WORDS = (*_DATE_WORDS, "isclaimer")

# The e-mail fields of the page's sign-up forms (``signup_boxes``): a tag and an attribute cost
# the query ~10 µs, where a search of the markup for the attribute cost ~100 µs a page.
EMAIL_FIELDS = 'input[type="email"]'
# The <iframe>s and <template>s, by which the parse tells whether a tag manager's self-closed
# frame may have read the page after it as its text (``noscript_frames.may_be_swallowed``):
# two tags cost the query a few µs, where a search of the page's text for the frame cost
# ~90 µs a page before every parse. Every other reader keeps its own kinds by tag or by an
# attribute that some other selector here asks for: these elements reach none of them.
FRAMES = "iframe, template"
# The <title>s (``head.title_element``: the headline's and the offer's rules read the first on
# every page, where a ``css_first`` each walked to it, ~13 µs a call cold): none reach the others.
# lexbor matches the script's ``type`` in any case (an HTML attribute whose value is
# case-insensitive), hence the lowered comparison in ``head_elements``.
# The class selectors come last, and only those whose word some class of the page may hold,
# by the few values holding it where it has few (``class_values.value_selectors``): lexbor
# gives an element's repeats one after the other whatever the selectors' order, and a selector
# that matches nothing changes nothing.
_TAGS_AND_ATTRIBUTES = ", ".join(
    [
        'meta, title, script[type="application/ld+json"], [itemprop], [itemtype], h1, figure, time',
        f'[rel="author"], a:is({_LINK_TESTS})',
        _WITH_IDS,
        _ASKED_OFTEN,
        'input:is([type="submit"], [type="button"], [type="email"])',  # BUTTONS' inputs, EMAIL_FIELDS
        _LANDMARKS,
        FRAMES,
        QUANTITY_FIELDS,
    ]
)
_JSON_LD = "application/ld+json"
_FRAME_TAGS = frozenset({"iframe", "template"})
_FIELD_TAGS = frozenset({"input", "select"})
_QUANTITY_WORDS = ("qty", "quantity")


# The page is parsed without lexbor's mutation events: they serve a live DOM's behaviours (a
# <selectedcontent> given a copy of its <select>'s chosen <option>, style sheets attached as
# their elements come in), which a tree read for its text has no use for, and each inserted
# node paid for them (the parse ~8% faster over wcxb-dev, the same trees: every dev page's
# serialization and shared query equal).
_PARSE_OPTIONS = LexborDocumentOptions.WO_EVENTS.value
# One CSS selector engine a thread, for every page it parses: selectolax makes one a parser
# (lexbor's CSS parser and its selectors' memory, set up again for each page's first query)
# where the engine holds nothing of a page between queries. Not shared across threads: a
# query keeps its matches on the engine while it runs.
_ENGINES = threading.local()


def _engine() -> LexborCSSSelector:
    """This thread's selector engine, made on its first query."""
    engine: LexborCSSSelector | None = getattr(_ENGINES, "engine", None)
    if engine is None:
        # (selectolax's stub leaves the constructor untyped)
        engine = _ENGINES.engine = LexborCSSSelector()  # type: ignore[no-untyped-call]
    return engine


#: One element of the shared query: the node, its tag and its attributes (read once a page:
#: selectolax builds them anew on each read, ~0.3 µs an attribute, and seven readers ask).
Element = tuple[LexborNode, str, dict[str, str | None]]


class Page(LexborHTMLParser):
    """The parsed page, whose whole-tree queries are each made once: rules in different modules
    ask the same one (the byline elements up to three times a page), and each query walks the
    whole tree (~40 µs a page on wcxb-dev, and each selector's tests). Nothing changes the tree once parsed but the
    move of React's streamed segments, right after the parse, after which the queries are
    made again (``forget``); each caller gets a list of its own. The shared query's elements
    are read once too."""

    def __init__(self, html: str | bytes) -> None:
        super().__init__(html, options=_PARSE_OPTIONS)
        self._queries: dict[str, list[LexborNode]] = {}
        self._elements: list[Element] | None = None
        self._body_texts: list[str] | None = None
        self._whole_text: str | None = None
        self._class_text: bytes | None = None
        self._class_text_read = False
        self._class_selectors: dict[tuple[str, ...], str] = {}
        # What two readers of the shared query's elements ask several times a page, kept by
        # them (``thread_posts``: the posts by id, ~2.4 asks a page; ``microdata_items``: the
        # item types): each ask was a Python scan of every element. Callers share them.
        self.posts: list[LexborNode] | None = None
        self.item_types: Counter[str] | None = None

    @property
    def selector(self) -> LexborCSSSelector:
        """The thread's engine, which selectolax's queries of this page's nodes ask for."""
        return _engine()

    def css(self, query: str) -> list[LexborNode]:
        found = self._queries.get(query)
        if found is None:
            found = self._queries[query] = super().css(query)
        return list(found)

    @property
    def elements(self) -> list[Element]:
        if self._elements is None:
            self._elements = _read(self)
        return self._elements

    @property
    def body_texts(self) -> list[str]:
        if self._body_texts is None:
            self._body_texts = joined_texts(self.body)
        return self._body_texts

    @property
    def whole_text(self) -> str:
        if self._whole_text is None:
            body = self.body
            self._whole_text = body.text(deep=True) if body is not None else ""
        return self._whole_text

    def class_selectors(self, words: tuple[str, ...]) -> str:
        """A selector list finding the elements some class of which holds a word of ``words``
        (lowercase) in any case, for the words some class of the page may hold, by the few
        values holding one where it has few ("" when none may; see ``class_values``): an
        element matching two words may come once. The markup is what lexbor parsed, which a
        repair after the parse only moves: it is read once."""
        found = self._class_selectors.get(words)
        if found is None:
            found = self._class_selectors[words] = value_selectors(self.class_values, words)
        return found

    @property
    def class_values(self) -> bytes | None:
        """``class_values.class_text`` of the markup, read once."""
        if not self._class_text_read:
            self._class_text = class_text(self.raw_html)
            self._class_text_read = True
        return self._class_text

    def forget(self) -> None:
        """The tree changed (a repair moved some of its nodes) or was read: each query is made
        again when next asked. Its nodes go, each of which holds the page (its ``parser``)."""
        self._queries = {}
        self._elements = None
        self._body_texts = None
        self._whole_text = None
        self.posts = None
        self.item_types = None


def page_elements(tree: LexborHTMLParser) -> list[Element]:
    """The shared query's matches in page order, each element once (read once on a ``Page``)."""
    return tree.elements if isinstance(tree, Page) else _read(tree)


def class_selectors(tree: LexborHTMLParser, words: tuple[str, ...]) -> str:
    """``[class*="word" i]`` for each word of ``words`` (lowercase), as a selector list: on a
    ``Page``, only those some class of the page may hold ("" when none may), by their values
    where few hold one (``Page.class_selectors``: callers count no repeats)."""
    if isinstance(tree, Page):
        return tree.class_selectors(words)
    return value_selectors(None, words)


def may_hold_class(tree: LexborHTMLParser, word: str) -> bool:
    """Whether some class of the page may hold ``word`` (lowercase) in any case: on a ``Page``,
    as its markup's class values tell (``class_values``); on any other tree, yes."""
    if isinstance(tree, Page):
        values = tree.class_values
        return values is None or word.encode() in values
    return True


def _read(tree: LexborHTMLParser) -> list[Element]:
    """lexbor gives an element once per selector of the list it matches, the repeats one after
    the other: each is kept once."""
    out: list[Element] = []
    last: int | None = None
    words = class_selectors(tree, _CLASS_WORDS)
    stories = [name for name in STORY_CLASSES if may_hold_class(tree, name[1:].lower())]
    classes = ", ".join([*stories, words] if words else stories)
    query = f"{_TAGS_AND_ATTRIBUTES}, {classes}" if classes else _TAGS_AND_ATTRIBUTES
    for node in tree.css(query):
        if node.mem_id != last:
            last = node.mem_id
            out.append((node, node.tag or "", node.attributes))
    return out


def body_texts(tree: LexborHTMLParser) -> list[str]:
    """The body's non-empty texts in page order (``body_texts.joined_texts``), read once on a
    ``Page``; the list is shared: callers must not change it."""
    return tree.body_texts if isinstance(tree, Page) else joined_texts(tree.body)


def body_text(tree: LexborHTMLParser) -> str:
    """``tree.body.text(deep=True)`` ("" without a body), built once on a ``Page``: three rules
    search the whole body's text for a name (the site's owner, a post's author, a dated author
    card's), each of which built it again (a walk of every text node and a copy of them all)."""
    if isinstance(tree, Page):
        return tree.whole_text
    body = tree.body
    return body.text(deep=True) if body is not None else ""


def head_elements(tree: LexborHTMLParser) -> list[Element]:
    """``tree.css('meta, script[type="application/ld+json"]')``."""
    return [
        element
        for element in page_elements(tree)
        if element[1] == "meta"
        or (element[1] == "script" and (element[2].get("type") or "").lower() == _JSON_LD)
    ]


def h1_elements(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css("h1")``."""
    return [node for node, tag, _ in page_elements(tree) if tag == "h1"]


def heading_elements(tree: LexborHTMLParser, tags: frozenset[str]) -> list[LexborNode]:
    """``tree.css("h1, h2")`` for the tags of ``tags`` among "h1" and "h2" (an element is of
    one tag: none comes twice)."""
    return [node for node, tag, _ in page_elements(tree) if tag in tags]


def button_elements(tree: LexborHTMLParser) -> list[Element]:
    """``tree.css(BUTTONS)`` (an element matches one of its selectors at most)."""
    return [
        element
        for element in page_elements(tree)
        if element[1] == "button"
        or (element[1] == "a" and element[2].get("role") == "button")
        or (element[1] == "input" and (element[2].get("type") or "").lower() in _INPUT_BUTTONS)
    ]


def quantity_elements(tree: LexborHTMLParser) -> list[Element]:
    """``tree.css(QUANTITY_FIELDS)``, its <input>s and <select>s."""
    return [
        element
        for element in page_elements(tree)
        if element[1] in _FIELD_TAGS
        and "name" in element[2]
        and any(word in (element[2].get("name") or "").lower() for word in _QUANTITY_WORDS)
    ]


def disclaimer_elements(tree: LexborHTMLParser) -> list[Element]:
    """``tree.css(DISCLAIMERS)``."""
    return [
        element for element in page_elements(tree) if "isclaimer" in (element[2].get("class") or "")
    ]


def frame_elements(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css(FRAMES)`` (an element is of one tag: none comes twice)."""
    return [node for node, tag, _ in page_elements(tree) if tag in _FRAME_TAGS]


def figure_elements(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css("figure")``."""
    return [node for node, tag, _ in page_elements(tree) if tag == "figure"]


def may_hold_segments(tree: LexborHTMLParser) -> bool:
    """Whether ``tree.css(SEGMENTS)`` may find an element (React's streamed segments, see
    ``streamed_segments``): a <div> of the shared query has a ``hidden`` attribute and an
    ``id``, as each that ``SEGMENTS`` matches has (a page may have others: the question is
    only ever "may"; a hidden button or heading is none)."""
    return any(
        tag == "div" and "hidden" in attrs and "id" in attrs
        for _, tag, attrs in page_elements(tree)
    )
