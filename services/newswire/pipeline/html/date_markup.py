"""Dates as a page's markup gives them: JSON-LD at any depth, the ``<meta>`` names of CMSs and
analytics tags, ``itemprop`` microdata in the body, ``<time datetime>`` attributes. Strings are
kept as found (they have the time and offset); ``dates`` ranks them with the dates shown."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.date_words import UPDATE_WORDS
from newswire.pipeline.dates import is_date_like
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.microdata_items import microdata_elements
from newswire.pipeline.html.names import class_parts
from newswire.pipeline.html.text import squeeze
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.update_lines import split_update

# <meta> names of the publication date (property, name or itemprop; lower-cased), most specific
# first: OpenGraph article tags, schema.org microdata, Dublin Core, Sailthru, Parse.ly, cXense,
# Highwire/Google Scholar citations, and the bare names small CMSs use.
_PUBLISHED_META: Final = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "cxenseparse:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "citation_publication_date",
    "citation_date",
    "publishdate",
    "publish-date",
    "publish_date",
    "published-date",
    "published_date",
    "published_time",
    "published",
    "pubdate",
    "date",
    "dc.date",
)
_HEAD_PUBLISHED: Final = tuple(name for name in _PUBLISHED_META if name != "datepublished")
_MODIFIED_META: Final = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "modified-date",
    "modified_time",
    "last-modified",
    "updated",
)
# JSON-LD objects nested under these keys are other works (a list's items, related links,
# reviews, comments), whose dates are not the page's.
_LD_OTHER_WORKS: Final = frozenset(
    {"itemListElement", "relatedLink", "review", "reviews", "comment", "hasPart", "citation"}
)
# Class/id parts of an element saying its date is the last update.
UPDATE_PARTS: Final = frozenset({"updated", "update", "modified", "lastmod"})
MAX_DATE_CHARS: Final = 100


def markup_dates(tree: LexborHTMLParser, meta: HeadMetadata) -> tuple[list[str], list[str]]:
    """The publication and modification dates of the markup, the most trusted first."""
    published = [*_ld_dates(meta, "datePublished"), *_meta_dates(meta, _PUBLISHED_META)]
    published.extend(_other_published_meta(meta))
    # Both microdata properties from the page's ``[itemprop]`` elements (one selector of the
    # shared query, see page_elements): a page has a few to compare here.
    microdata = [
        node
        for node, _, attrs in microdata_elements(tree)
        if attrs.get("itemprop") in _MICRODATA_DATES
    ]
    # The page's own item first: a question's ``dateCreated`` is its asking (a Q&A page's
    # Question has no ``datePublished``; its answers' and comments' are other works'). A
    # forum whose every post is a Comment item (the first one too) keeps its posts' dates.
    own = [node for node in microdata if not _in_other_work(node)]
    published.extend(
        _itemprop(own, "datePublished")
        or _itemprop(own, "dateCreated")
        or _itemprop(microdata, "datePublished")
    )
    modified = [*_ld_dates(meta, "dateModified"), *_meta_dates(meta, _MODIFIED_META)]
    modified.extend(_itemprop(microdata, "dateModified"))
    return published, modified


# The microdata date properties read in the body.
_MICRODATA_DATES: Final = frozenset({"datePublished", "dateModified", "dateCreated"})
# Microdata item types whose dates are other works' under the page's own item: a Q&A page's
# answers and comments, a product's reviews (their JSON-LD twins: _LD_OTHER_WORKS).
_OTHER_WORK_TYPES: Final = frozenset({"answer", "comment", "review"})
# Ancestors read for the item a property belongs to.
_ITEM_LEVELS: Final = 40


def _in_other_work(node: LexborNode) -> bool:
    """Whether a microdata property belongs to another work's item: the nearest ancestor
    declaring an ``itemtype`` is an answer, a comment or a review ("<div itemtype=
    "https://schema.org/Comment"> … <div itemprop="datePublished">2011-02-12 01:30:35</div>":
    a comment's date under a question asked the day before). On wcxb-dev (StackExchange
    threads): the question's ``dateCreated`` dates the page instead of the first comment's
    ``datePublished``. Asked of a page's few date properties only."""
    parent = node.parent
    for _ in range(_ITEM_LEVELS):
        if parent is None or not parent.is_element_node:
            return False
        itemtype = parent.attrs.get("itemtype")
        if itemtype:
            return itemtype.rstrip("/").rsplit("/", 1)[-1].lower() in _OTHER_WORK_TYPES
        parent = parent.parent
    return False


def head_published(meta: HeadMetadata) -> list[str]:
    """The publication dates the head's ``<meta>`` tags name (``article:published_time`` and the
    other names above): the date a page gives link previews and crawlers. Schema.org's
    ``datePublished`` (``<meta itemprop>`` inside the story's microdata) is structured data,
    not such a tag."""
    return [*_meta_dates(meta, _HEAD_PUBLISHED), *_other_published_meta(meta)]


def _ld_dates(meta: HeadMetadata, key: str) -> list[str]:
    """``key`` in the article's JSON-LD object first, then in any object at any depth (a
    ``@graph`` of WebPage and Article, an array, a ``mainEntity``), other works excepted."""
    found: list[str] = []
    own = meta.ld.get(key)
    if isinstance(own, str):
        found.append(own)
    for root in meta.ld_roots:
        found.extend(_walk_ld(root, key))
    return [clean_line(value) for value in found if value.strip()]


def _walk_ld(data: object, key: str) -> Iterator[str]:
    # ``dict``, not ``Mapping``: JSON-LD parses to dicts and lists, and an ``isinstance`` of an
    # abstract class runs ``ABCMeta.__instancecheck__``, interpreted even in the compiled
    # build, for every string value the walk passes (~70 a page).
    pending: list[object] = [data]
    seen = 0
    while pending and seen < 500:
        item = pending.pop(0)
        seen += 1
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            value = item.get(key)
            if isinstance(value, str):
                yield value
            pending.extend(
                child
                for name, child in item.items()
                if name not in _LD_OTHER_WORKS and isinstance(child, (list, dict))
            )


def _meta_dates(meta: HeadMetadata, keys: tuple[str, ...]) -> list[str]:
    return [value for key in keys for value in meta.all(key)]


# A site's own <meta> name for the publication: "w-published-date", "article.publishdate",
# "bt:pubDate" (read after the names above); or a vocabulary's bare "date" under its own
# prefix ("ms.date" of a documentation platform, "cludo:date" of a site-search index), which
# such vocabularies use, as Dublin Core's "DC.date" does, for the document's date of issue
# (their updates are named apart: "updated_at"). Only a one-word prefix and the
# word "date" alone: "citation_online_date" or "og:expiration_date" name other events.
# Also the names of the publication in other words, which a site's own template or a
# framework's field prints as it is called there (the date pages not tuned on may name only
# so): a Rails or Django model's "published_at", "og:publication_time" and PRISM's
# "prism.publicationDate", a government CMS's "first_published", a forum's or job board's
# "datePosted", a newsroom's "displaydate" (htmldate reads the same family).
_PUBLISHED_NAME: Final = re.compile(
    r"pub(?:lish(?:ed)?)?[-_.:]?(?:date|time)|date[-_.:]?pub|^[a-z]+[.:]date$"
    r"|publication[-_.:]?(?:date|time)|published[-_.:]?(?:at|on)$|first[-_.:]?published"
    r"|date[-_.:]?posted|posted[-_.:]?(?:date|time|at|on)$|display[-_.:]?date",
    re.IGNORECASE,
)
# Words in such a name that make it another event's: an update ("last_published" is the last
# re-publication, "modified_date"), an expiry, a withdrawal ("unpublish_date").
_NOT_PUBLICATION: Final = re.compile(r"modif|updat|last|expir|unpub", re.IGNORECASE)


def _other_published_meta(meta: HeadMetadata) -> list[str]:
    known = set(_PUBLISHED_META)
    return [
        value
        for key, values in meta.values.items()
        if key not in known and _PUBLISHED_NAME.search(key) and not _NOT_PUBLICATION.search(key)
        for value in values
        if is_date_like(value)
    ]


def _itemprop(microdata: list[LexborNode], prop: str) -> list[str]:
    """Microdata in the body: ``<span itemprop="datePublished" content="…">`` or its text."""
    found = []
    for node in [node for node in microdata if node.attrs.get("itemprop") == prop][:3]:
        if node.tag == "meta":
            continue  # read with the head's <meta> tags
        value = node.attrs.get("content") or node.attrs.get("datetime")
        if not value:
            value = clean_line(squeeze(node.text(deep=True, separator=" ")))
            if len(value) > MAX_DATE_CHARS or not is_date_like(value):
                continue
            # A property's element showing both dates ("Published X, updated Y"): its own
            # part, not the line's first date for both.
            published, updated = split_update(value)
            if updated is not None:
                value = updated if prop == "dateModified" else published
        found.append(value)
    return found


def update_node(node: LexborNode) -> bool:
    """Whether a date element is the last update: by its name, or by the label before it."""
    if named_update(node):
        return True
    text = clean_line(squeeze(node.text(deep=True, separator=" ")))
    return bool(text) and labelled_update(node, text)


def named_update(node: LexborNode) -> bool:
    """Whether a date element's names say it is the last update: a class word ("updated") or
    its microdata property ``dateModified``. The property is the page's statement for machines
    and survives where class names are hashed (CSS modules, utility builds): a theme's meta row
    "<time class="updated" itemprop="dateModified">May 21, 2025</time><time class="entry-date
    published" itemprop="datePublished">April 24, 2025</time>" reads, its classes hashed, as
    two bare <time>s, and the first, the update, passed for the story's date. On wcxb-dev's
    articles with names hashed: date right B +1, A unchanged; as they are no page changes."""
    return bool(class_parts(node) & UPDATE_PARTS) or modification_prop(node)


def modification_prop(node: LexborNode) -> bool:
    """Whether the element's microdata property is ``dateModified`` (see ``named_update``)."""
    prop = node.attrs.get("itemprop")
    return prop is not None and "dateModified" in prop.split()


# The longest parent text read for that label: a date line and its label, not a story.
_MAX_LABELLED_CHARS: Final = 4 * MAX_DATE_CHARS
# An update's label closing the text just before a date ("Updated", "Last updated on:").
_UPDATE_LABEL_BEFORE: Final = re.compile(
    rf"\b(?:{'|'.join(UPDATE_WORDS)})(?:\s+(?:on|am|el|le|em|pada|il|op|den|dnia))?\s*:?\s*$",
    re.IGNORECASE,
)


def labelled_update(node: LexborNode, text: str) -> bool:
    """Whether the date element's parent labels it as the last update before it ("<p>Updated
    <time>October 8, 2025</time></p>", "<div>Last updated: <span class="date">…"): the
    element's own words and name say only "date", and its date went to the publications,
    never to the modification."""
    parent = node.parent
    if parent is None:
        return False
    raw = parent.text(deep=True, separator=" ")
    if len(raw) > _MAX_LABELLED_CHARS:
        return False
    line = clean_line(squeeze(raw))
    at = line.find(text)
    return at > 0 and bool(_UPDATE_LABEL_BEFORE.search(line[:at]))
