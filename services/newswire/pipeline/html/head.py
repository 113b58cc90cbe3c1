"""The page's own metadata: ``<meta>`` tags and the article's JSON-LD object, typed.

``HeadMetadata`` holds every ``<meta>`` value by its lower-cased name (``property``, ``name`` or
``itemprop``) and the JSON-LD object that describes the article; the other HTML modules read
them through its methods. Also here: what the head alone gives (canonical URL, tags, language).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire import codec
from newswire.pipeline.html.page_elements import head_elements, page_elements
from newswire.pipeline.textnorm import clean_line


@dataclass(frozen=True, slots=True)
class JsonLd:
    """The JSON-LD object (``NewsArticle``, ``BlogPosting``, ``WebPage`` …) that describes the
    page's story; empty when the page has none."""

    item: Mapping[str, object] = field(default_factory=dict)
    #: Every @type the page declares in any JSON-LD item (lower-cased), for the page classifier.
    types: frozenset[str] = frozenset()
    #: How many JSON-LD items are a Product: one on a product's page, many on a shop's grid.
    products: int = 0

    def get(self, key: str) -> object:
        return self.item.get(key)

    def text(self, key: str) -> str | None:
        """A string property (the first one of a list), cleaned; None when absent or blank."""
        value = self.item.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and value.strip():
            return clean_line(value)
        return None

    def publisher(self) -> str | None:
        """The publisher's name."""
        publisher = self.item.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return clean_line(str(publisher["name"])) or None
        return None


@dataclass(frozen=True, slots=True)
class HeadMetadata:
    """Every ``<meta>`` value by lower-cased key, in page order, and the article's JSON-LD."""

    values: Mapping[str, tuple[str, ...]]
    ld: JsonLd
    #: Every JSON-LD block of the page as parsed, for what may sit at any depth (dates).
    ld_roots: tuple[object, ...] = ()

    def all(self, key: str) -> tuple[str, ...]:
        return self.values.get(key, ())

    def first(self, *keys: str) -> str | None:
        """The first value of the first key the page has."""
        for key in keys:
            values = self.values.get(key)
            if values:
                return values[0]
        return None

    def declared_headline(self) -> str | None:
        """The headline microdata declares: the schema.org property JSON-LD's ``headline`` is, in
        a <meta itemprop="headline"> (a thread's DiscussionForumPosting, under a <title> that
        adds the board's name and the site's: "Thread - Programming - Site"). Only a page's one
        such headline: a listing's cards declare one each, none of them the page's. Read after
        og:title and JSON-LD's headline; on wcxb-dev: title exact +1 on half A (a forum
        thread), none changed on half B."""
        found = self.values.get("headline", ())
        return found[0] if len(found) == 1 else None


def head_metadata(tree: LexborHTMLParser) -> HeadMetadata:
    values: dict[str, list[str]] = {}
    json_ld: list[tuple[LexborNode, dict[str, str | None]]] = []
    # The <meta> elements and the JSON-LD scripts, from the page's shared query (see
    # page_elements), told apart by their tag.
    for node, tag, attrs in head_elements(tree):
        if tag != "meta":
            json_ld.append((node, attrs))
            continue
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content:
            key = key.strip().lower()
            content = clean_line(content)
            if content:
                values.setdefault(key, []).append(content)
        if (attrs.get("name") or "").endswith("ld+json"):
            json_ld.append((node, attrs))
    roots = _json_ld_roots(json_ld)
    return HeadMetadata(
        values={key: tuple(found) for key, found in values.items()},
        ld=_json_ld(roots),
        ld_roots=roots,
    )


_ARTICLE_TYPES: Final = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "blogposting",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "webpage",
        "liveblogposting",
        "report",
        "scholarlyarticle",
    }
)


def _json_ld_roots(nodes: list[tuple[LexborNode, dict[str, str | None]]]) -> tuple[object, ...]:
    """``nodes``: the JSON-LD scripts and the ``<meta name$="ld+json">`` elements in page
    order, each with its attributes."""
    roots: list[object] = []
    # JSON-LD serialized into an attribute by a front-end framework is JSON-LD still: React
    # renders the script's text as a ``children`` attribute when the page is pre-rendered
    # (``<script type="application/ld+json" children="{&quot;@type&quot;…">``), and some
    # builders put it in a ``<meta name="script:ld+json" content="…">``. The page's dates and
    # authors are there and nowhere else on such pages (wcxb-dev: 1 article on half A, 2 on B).
    for node, attributes in nodes:
        raw = (
            attributes.get("content")
            if node.tag == "meta"
            else node.text(deep=True) or attributes.get("children")
        )
        if not raw or len(raw) > 2_000_000:
            continue
        try:
            roots.append(codec.loads(raw.strip()))
        except codec.JSONDecodeError:
            # A CMS that pastes the story into ``articleBody`` unescaped leaves raw newlines
            # and tabs in its strings: strict JSON refuses the whole object, and with it the
            # page's only dates (a forum thread's DiscussionForumPosting on wcxb-dev: date
            # right all types B +1, A unchanged; no other field of any page changed).
            try:
                roots.append(codec.loads_lenient(raw.strip()))
            except ValueError:
                continue
    return tuple(roots)


def _json_ld(roots: tuple[object, ...]) -> JsonLd:
    """The best article-like item, and every @type the page declares (page classifier)."""
    best: dict[str, object] = {}
    declared: set[str] = set()
    products = 0
    for data in roots:
        for item in ld_items(data):
            types = ld_types(item)
            declared |= types
            products += "product" in types
            if types & _ARTICLE_TYPES and (not best or "webpage" in ld_types(best)):
                best = item
    return JsonLd(best, frozenset(declared), products)


def ld_types(item: Mapping[str, object]) -> set[str]:
    """A JSON-LD item's @type values, lower-cased (one string or a list of them)."""
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def ld_items(data: object) -> list[dict[str, object]]:
    """The JSON-LD items of one parsed block: its objects, in lists and ``@graph``s."""
    out: list[dict[str, object]] = []
    pending = [data]
    while pending and len(out) < 200:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending.extend(graph)
    return out


def title_element(tree: LexborHTMLParser) -> LexborNode | None:
    """``tree.css_first("title")``: the page's first <title> in page order (an ``<svg>``'s too,
    as the selector finds), read from the shared query (``page_elements``), which holds them."""
    return next((node for node, tag, _ in page_elements(tree) if tag == "title"), None)


def canonical_url(tree: LexborHTMLParser, meta: HeadMetadata) -> str | None:
    # A query of its own, not a selector of the shared one (page_elements): lexbor stops at
    # the first match, in the head (~5 µs median on wcxb-dev), where one more selector in the
    # shared query is checked on every element (~12 µs median; measured session 34).
    link = tree.css_first('link[rel="canonical"]')
    href = link.attrs.get("href") if link is not None else None
    if href and href.startswith(("http://", "https://")):
        return href.strip()
    url = meta.first("og:url")
    return url if url and url.startswith(("http://", "https://")) else None


def tags(meta: HeadMetadata) -> tuple[str, ...]:
    raw: list[str] = list(meta.all("article:tag"))
    for key in ("news_keywords", "keywords"):
        for value in meta.all(key):
            raw.extend(value.split(","))
    keywords = meta.ld.get("keywords")
    if isinstance(keywords, str):
        raw.extend(keywords.split(","))
    elif isinstance(keywords, list):
        raw.extend(str(k) for k in keywords)
    out: list[str] = []
    for tag in raw:
        cleaned = clean_line(tag)
        if cleaned and len(cleaned) <= 100 and cleaned not in out:
            out.append(cleaned)
    return tuple(out[:50])


def language(tree: LexborHTMLParser, meta: HeadMetadata) -> str | None:
    html = tree.root  # the <html> element, which the parser always makes
    lang = html.attrs.get("lang") if html is not None else None
    lang = lang or meta.first("og:locale", "content-language", "language")
    if not lang:
        return None
    code = re.split(r"[-_]", lang.strip())[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


def locale(tree: LexborHTMLParser, meta: HeadMetadata) -> str | None:
    """The page's declared language with its region when given ("en-us", "pt-br"), lower-case:
    how it writes numeric dates depends on the region."""
    html = tree.root  # the <html> element, which the parser always makes
    lang = html.attrs.get("lang") if html is not None else None
    tag = _locale_tag(lang)
    declared = _locale_tag(meta.first("og:locale", "content-language", "language"))
    # A template that writes the bare language on <html> ("en", Next.js's and many themes'
    # default) while its SEO plugin gives the region in og:locale ("en_US", Yoast's default):
    # the region decides the order of numeric dates, so the region of the same language is
    # kept. A region of another language (a translated page's leftover) is not.
    if tag is not None and "-" not in tag and declared and declared.startswith(tag + "-"):
        return declared
    return tag or declared


def _locale_tag(value: str | None) -> str | None:
    tag = (value or "").strip().lower().replace("_", "-")
    return tag if re.fullmatch(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*", tag) else None


# A description far longer than a search snippet (~160 characters, the length search engines
# show) is not the site's tagline but the page's text cut short: forum software that builds the
# thread with scripts (Discourse) puts its first post's opening there, ~500 characters. A
# snippet-length description is not the text of a shell that shows nothing (a shop or an app
# whose scripts draw the page): the truths of such shells are empty (wcxb-dev: 10 of its 11
# DeadLetters; session 66). A bar of 120 takes one snippet that a truth copies and gives four
# shells a text their truths lack: half A all types 0.903935 -> 0.902669, B 0.914829 -> 0.912000.
# The excerpt is all such a shell holds: wcxb-dev's 7 Discourse threads of this shape (half A,
# 6 sites, F1 0.00-0.28) carry no post in any form — no <noscript>, no crawler view, no
# script (their "data-preloaded" store is empty) — while of the 18 Discourse threads (both
# halves) fetched with the crawler view (the posts in <noscript>, see ``noscript_pages``) 16
# score 0.92-1.00, 2 lower only because their truths cut a long log. With the head's tags gone
# (``perturb --variants "bare meta"``) nothing of the thread is left, and a DeadLetter is the
# shell's right end (session 69).
_EXCERPT_CHARS: Final = 300


def excerpt_body(descriptions: Iterable[str | None]) -> list[str]:
    """The page's text as its head gives it, for a page whose body shows none (a thread or a
    story built by scripts): the longest description when it is an excerpt, else nothing."""
    longest = max((clean_line(text) for text in descriptions if text), key=len, default="")
    return [longest] if len(longest) >= _EXCERPT_CHARS else []


# A page built by scripts may still print a line outside the part its scripts fill: a bar of
# links over the empty thread (the site's home, its tools, a donation link) that class names
# mark as navigation until a build hashes them; then the bar is all the body shows. One short
# line is no page's text when the head carries an excerpt of it (``excerpt_body``: 300
# characters or more, which a body of one line under _STUB_CHARS cannot hold): the excerpt is
# the text. On wcxb-dev only such a shell meets this (a Discourse thread, hashed names: 0.003
# -> 0.275); no other page of either half (as is or hashed) nor of ScrapingHub (as is) has a
# body this short under a head excerpt this long.
_STUB_CHARS: Final = 80


def is_stub(paragraphs: list[str]) -> bool:
    """Whether a body's ``paragraphs`` are one short line at most: a shell's leftover, which
    the head's excerpt (``excerpt_body``) replaces when it has one."""
    return len(paragraphs) <= 1 and sum(map(len, paragraphs)) < _STUB_CHARS
