"""Publication and update dates: every place a page puts them, and the one a reader sees.

Sources, in the order of trust: JSON-LD at any depth (``@graph``, arrays, nested objects), the
``<meta>`` variants of CMSs and analytics tags, ``itemprop`` elements, ``<time datetime>``, the
date lines shown near the headline and byline, the URL path (``/2025/09/04/``).

The publication date is the one the page shows its reader above the story: where markup and the
date line shown at the top agree, the markup's string is kept (it has the time and offset); where
the page shows only its last update at the top ("Updated December 17, 2025") and its markup
names that day as the modification, the shown date is the story's date as its readers know it;
a date in a related-story list, a footer or a copyright line is never taken.

Markup strings are kept as found; a visible date line is given as ISO text when it parses without
the fetch time (read with the page's locale, so "03/01/2017" on an en-US page is March 1st), and
as found when it is relative ("2 days ago"), for enrichment to resolve against the fetch time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.dates import UPDATED_PREFIX, is_date_like, parse_date
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.names import class_parts
from newswire.pipeline.html.permalink import local_day, url_day
from newswire.pipeline.html.placement import elsewhere
from newswire.pipeline.html.text import SPACE, has_digit
from newswire.pipeline.textnorm import clean_line

# <meta> names of the publication date (property, name or itemprop; lower-cased), most specific
# first: OpenGraph article tags, schema.org microdata, Dublin Core, Sailthru, Parse.ly, cXense,
# Highwire/Google Scholar citations, and the bare names small CMSs use.
_PUBLISHED_META = (
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
_MODIFIED_META = (
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
_LD_OTHER_WORKS = frozenset(
    {"itemListElement", "relatedLink", "review", "reviews", "comment", "hasPart", "citation"}
)
# Class/id parts of an element showing a date, and those saying it is the last update.
_DATE_PARTS = frozenset(
    {"date", "pubdate", "published", "publish", "timestamp", "time", "posted", "dateline"}
)
_UPDATE_PARTS = frozenset({"updated", "update", "modified", "lastmod"})
_MAX_DATE_CHARS = 100
# Text nodes read below the headline for a bare date line (within the shared walk's
# ``TEXTS_AFTER_HEADLINE``), and the longest such line.
_TEXTS_AFTER_HEADLINE = 30
_MAX_NEAR_CHARS = 60
# Texts right after the headline (its own words included) that belong to the story wherever
# they sit (see _near_headline).
_OWN_LINES_AFTER_HEADLINE = 3
_ANCESTORS_CHECKED = 8
_MAX_VISIBLE = 150
# Days by which a shown date must precede the markup's to be the story's own (see
# _republished): one day is a time zone's difference.
_REPUBLISHED_DAYS = 2


@dataclass(frozen=True, slots=True)
class PageDates:
    """Date strings, the most likely first (enrichment takes the first that parses)."""

    published: tuple[str, ...]
    modified: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Shown:
    """A date line shown on the page: as found, its day when it parses alone, whether it is
    labelled as the last update."""

    text: str
    day: date | None
    update: bool
    iso: str | None


def page_dates(
    tree: LexborHTMLParser,
    meta: HeadMetadata,
    *,
    url: str | None,
    locale: str | None,
    near: HeadlineTexts | None = None,
) -> PageDates:
    """``near``: the page's texts around its headline, when the caller walked them already
    (the byline rules read them too)."""
    published = [*_ld_dates(meta, "datePublished"), *_meta_dates(meta, _PUBLISHED_META)]
    published.extend(_other_published_meta(meta))
    # Both microdata properties in one query of the tree (each query walks all of it).
    microdata = tree.css('[itemprop="datePublished"], [itemprop="dateModified"]')
    published.extend(_itemprop(microdata, "datePublished"))
    modified = [*_ld_dates(meta, "dateModified"), *_meta_dates(meta, _MODIFIED_META)]
    modified.extend(_itemprop(microdata, "dateModified"))
    day_of_url = url_day(url) if url else None
    if day_of_url is not None:
        published.append(day_of_url.isoformat())
    shown = _shown_dates(tree, locale)
    if published:
        shown_days = [(item.day, item.iso or item.text) for item in shown if not item.update]
        local = local_day(published[0], day_of_url, shown_days)
        if local:
            published.insert(0, local)
        # Markup and the URL name the publication: on wcxb-dev's articles where markup gives
        # a publication and a later update, the truth is the publication 9 times in 10, even
        # where the page shows only the update at the top. The dates shown come after them,
        # for markup that does not parse.
        later = [item.iso or item.text for item in shown if not item.update]
        earlier = _republished(published[0], shown, near or HeadlineTexts(tree), locale)
        return PageDates(
            published=_unique([*earlier, *published, *later]), modified=_unique(modified)
        )
    chosen = [item.iso or item.text for item in shown if not item.update]
    if not chosen:
        chosen.extend(_near_headline(near or HeadlineTexts(tree), locale))
    chosen.extend(_time_datetimes(tree))
    if not chosen:
        # Only an update is shown ("Updated: 10/31/2024"): the page's readers have no other date.
        chosen.extend(item.iso or item.text for item in shown if item.update)
        chosen.extend(modified)
        chosen.extend(_near_headline(near or HeadlineTexts(tree), locale, updates=True))
    modified.extend(item.iso or item.text for item in shown if item.update)
    return PageDates(published=_unique(chosen), modified=_unique(modified))


def _republished(
    markup: str, shown: list[_Shown], near: HeadlineTexts, locale: str | None
) -> list[str]:
    """The date shown under the headline when it is earlier than the markup's publication: a
    page moved to a new CMS or republished gets a new ``datePublished``, while the date its
    readers see stays the story's own ("March 1, 2024" shown, markup 2024-07-05). On
    wcxb-dev's articles where the first date element and the first date line after the <h1>
    agree and precede the markup by two days or more, the shown date is the truth on all 5
    (halves A and B). One day apart is a time zone's doing, and the truth there is as often
    the markup's UTC day (3 of 7): the markup stands. Both must agree: a first date element
    alone may be a list of other posts. Asked only then, so the walk after the headline
    stays rare."""
    first = next((item for item in shown if not item.update), None)
    markup_day = _day(markup)
    if markup_day is None:
        return []
    if first is None:
        # No date element: the date line just after the <h1> alone (one above it may be the
        # header's): B +3, A +1 (a page whose markup is its republication).
        line = _near_headline(near, locale, after_only=True)
        day = _day(line[0]) if line else None
        if day is not None and (markup_day - day).days >= _REPUBLISHED_DAYS:
            return line[:1]
        return []
    if first.day is None or (markup_day - first.day).days < _REPUBLISHED_DAYS:
        return []
    line = _near_headline(near, locale)
    if line and _day(line[0]) == first.day:
        return [first.iso or first.text]
    return []


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value))[:8]


def _day(value: str) -> date | None:
    parsed = parse_date(value)
    return parsed.date() if parsed is not None else None


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
    pending: list[object] = [data]
    seen = 0
    while pending and seen < 500:
        item = pending.pop(0)
        seen += 1
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, Mapping):
            value = item.get(key)
            if isinstance(value, str):
                yield value
            pending.extend(
                child
                for name, child in item.items()
                if name not in _LD_OTHER_WORKS and isinstance(child, (list, Mapping))
            )


def _meta_dates(meta: HeadMetadata, keys: tuple[str, ...]) -> list[str]:
    return [value for key in keys for value in meta.all(key)]


# A site's own <meta> name for the publication: "w-published-date", "article.publishdate",
# "bt:pubDate" (read after the names above).
_PUBLISHED_NAME = re.compile(
    r"pub(?:lish(?:ed)?)?[-_.:]?(?:date|time)|date[-_.:]?pub", re.IGNORECASE
)


def _other_published_meta(meta: HeadMetadata) -> list[str]:
    known = set(_PUBLISHED_META)
    return [
        value
        for key, values in meta.values.items()
        if key not in known and _PUBLISHED_NAME.search(key) and "modif" not in key
        for value in values
        if is_date_like(value)
    ]


def _itemprop(microdata: list[LexborNode], prop: str) -> list[str]:
    """Microdata in the body: ``<span itemprop="datePublished" content="…">`` or its text."""
    found = []
    for node in [node for node in microdata if node.attributes.get("itemprop") == prop][:3]:
        if node.tag == "meta":
            continue  # read with the head's <meta> tags
        value = node.attributes.get("content") or node.attributes.get("datetime")
        if not value:
            value = clean_line(SPACE.sub(" ", node.text(deep=True, separator=" ")))
            if len(value) > _MAX_DATE_CHARS or not is_date_like(value):
                continue
        found.append(value)
    return found


def _time_datetimes(tree: LexborHTMLParser) -> list[str]:
    out = []
    for node in tree.css("time[datetime]")[:10]:
        value = node.attributes.get("datetime")
        if value and not elsewhere(node) and not _update_node(node):
            out.append(value)
        if len(out) >= 2:
            break
    return out


def _shown_dates(tree: LexborHTMLParser, locale: str | None) -> list[_Shown]:
    """Date lines as shown on the page, in page order, outside related lists, sidebars,
    comments and footers: ``<time>`` elements and elements named like a date."""
    found: list[_Shown] = []
    seen: set[str] = set()
    for node in tree.css(
        'time, [class*="date"], [class*="Date"], [class*="time"], [class*="publish"], '
        '[class*="posted"], [class*="updated"], [class*="modified"], [class*="byline"], '
        '[class*="meta"]'
    )[:_MAX_VISIBLE]:
        parts = class_parts(node)
        if node.tag != "time" and not parts & (_DATE_PARTS | _UPDATE_PARTS | {"byline", "meta"}):
            continue
        text = _short_text(node.text(deep=True, separator=" "))
        if len(text) > _MAX_DATE_CHARS:
            # "Posted on April 13, 2023" and the post's tags in one meta element: its first
            # short text that holds a date.
            text = _first_date_text(node)
        if not text or len(text) > _MAX_DATE_CHARS or text in seen or not is_date_like(text):
            continue
        if elsewhere(node) or (node.tag != "time" and _holds_time(node)):
            continue
        seen.add(text)
        update = bool(parts & _UPDATE_PARTS or UPDATED_PREFIX.match(text))
        datetime_attr = node.attributes.get("datetime") if node.tag == "time" else None
        parsed = parse_date(text, language=locale)
        attr_parsed = parse_date(datetime_attr) if datetime_attr else None
        best = attr_parsed if attr_parsed is not None and parsed is not None else parsed
        if attr_parsed is not None and parsed is not None:
            apart = abs((attr_parsed.date() - parsed.date()).days)
            if apart == 1:
                best = parsed  # the attribute is in UTC, the line in the reader's day
            elif apart > 1:
                # More than a zone apart: the line was read in the wrong day/month order
                # ("03/01/2017" on a page not declared en-US) or is a template's other date;
                # the machine-written attribute has no order to misread.
                best = attr_parsed
        found.append(
            _Shown(
                text=text,
                day=best.date() if best is not None else None,
                update=update,
                iso=_iso(best, datetime_attr if best is attr_parsed else None),
            )
        )
        if len(found) >= 4:
            break
    return found


_RAW_PREFIX = 4 * _MAX_DATE_CHARS


def _short_text(raw: str) -> str:
    """The element's text as one clean line, or, for a wrapper holding a story ("post-meta"),
    a prefix of it that is longer than a date line: a cleaned prefix is a prefix of the
    cleaned whole, so it tells the whole is too long without cleaning all of it."""
    if len(raw) > _RAW_PREFIX:
        head = clean_line(SPACE.sub(" ", raw[:_RAW_PREFIX]))
        if len(head) > _MAX_DATE_CHARS:
            return head
    return clean_line(SPACE.sub(" ", raw))


def _holds_time(node: LexborNode) -> bool:
    """Whether a date element's date is a <time datetime> inside it ("<div class="meta"><time
    datetime="2017-03-01T12:00:00Z">03/01/2017</time> by …</div>"): the <time> is read on its
    own, next, with the attribute that settles the day/month order and keeps the time."""
    inner = node.css_first("time[datetime]")
    return inner is not None and is_date_like(inner.text(deep=True))


def _first_date_text(node: LexborNode) -> str:
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            raw = child.text_content or ""
            # "today" in a sentence is no date line. (Asked before cleaning, which keeps digits:
            # most texts of a long meta element have none.)
            if not has_digit(raw):
                continue
            text = clean_line(raw)
            if len(text) <= _MAX_NEAR_CHARS and is_date_like(text):
                return text
    return ""


def _near_headline(
    near: HeadlineTexts, locale: str | None, *, updates: bool = False, after_only: bool = False
) -> list[str]:
    """A date standing alone in a short text just below (or above) the headline, for pages
    whose date line has no telling name (utility-class CMSs: ``<p class="text-xs">August 16,
    2019</p>``). The closest one after the <h1> wins; one above it comes next. With
    ``updates``, only the lines that say they are the last update ("Updated: 10/31/2024").
    With ``after_only``, only a line after the <h1> and outside table cells (a table's dates
    are its data: "1/1/2013" in a price history), to weigh against the markup's date."""
    if not near.has_headline:
        return []
    before: list[str] = []
    after: list[str] = []
    passed = 0
    for item in near:
        text = item.text
        if item.after_headline:
            passed += 1
            if passed > _TEXTS_AFTER_HEADLINE:
                break
        if len(text) > _MAX_NEAR_CHARS or not is_date_like(text):
            continue
        parent = item.node.parent
        if parent is None or bool(UPDATED_PREFIX.match(text)) != updates:
            continue
        # The first lines after the headline are the story's own though their wrapper has a
        # layout name: a design system's meta row under the <h1> is a "list" or a "card"
        # ("<ul class="c-list"><li class="c-meta__date">December 24, 2024</li>"), not another
        # story's teaser; a wrapper named for other stories ("related") still is. Further
        # down, a list's or sidebar's date is another story's (see ``elsewhere``).
        first_lines = item.after_headline and passed <= _OWN_LINES_AFTER_HEADLINE
        if elsewhere(parent) and (not first_lines or _among_other_stories(parent)):
            continue
        if after_only and parent.tag in {"td", "th"}:
            continue
        parsed = parse_date(text, language=locale)
        value = parsed.isoformat() if parsed is not None else text
        if item.after_headline:
            after.append(value)
            break
        before.append(value)
    return after if after_only else [*after, *before[-1:]]


# Wrapper names that say other stories or page furniture outright, unlike a layout's "list",
# "card" or "sidebar" (see ``placement.elsewhere`` for the whole set).
_OTHER_STORIES_PARTS = frozenset(
    {"related", "recommended", "recirculation", "popular", "trending", "latest", "recent"}
    | {"more", "next", "prev", "previous", "teaser", "comment", "comments", "feed", "nav"}
    | {"menu", "footer"}
)


def _among_other_stories(node: LexborNode) -> bool:
    """Whether an ancestor of ``node`` (up to ``_ANCESTORS_CHECKED``) is named for other
    stories or furniture, or is a page's <aside>, <footer> or <nav>."""
    parent: LexborNode | None = node
    for _ in range(_ANCESTORS_CHECKED):
        if parent is None or parent.tag in {"body", "html", "article", "main"}:
            return False
        if parent.tag in {"aside", "footer", "nav"} or class_parts(parent) & _OTHER_STORIES_PARTS:
            return True
        parent = parent.parent
    return False


def _iso(parsed: datetime | None, markup: str | None) -> str | None:
    if parsed is None:
        return None
    return markup or parsed.isoformat()


def _update_node(node: LexborNode) -> bool:
    return bool(class_parts(node) & _UPDATE_PARTS)
