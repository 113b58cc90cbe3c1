"""Publication and update dates as the page gives them: markup first, then visible date lines.

The strings are kept as found; enrichment parses them (``newswire.pipeline.dates``).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.dates import UPDATED_PREFIX
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.names import class_parts
from newswire.pipeline.html.text import SPACE
from newswire.pipeline.textnorm import clean_line


def dates(tree: LexborHTMLParser, meta: HeadMetadata, *, published: bool) -> tuple[str, ...]:
    keys: tuple[str, ...]
    if published:
        keys = (
            "article:published_time",
            "article:published",
            "og:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "date",
            "dc.date",
            "dc.date.issued",
            "sailthru.date",
        )
        ld_key = "datePublished"
    else:
        keys = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
        ld_key = "dateModified"
    found: list[str] = []
    ld_value = meta.ld.text(ld_key)
    if ld_value:
        found.append(ld_value)
    for key in keys:
        found.extend(meta.all(key))
    if published and not found:
        for node in tree.css("time[datetime]")[:3]:
            value = node.attributes.get("datetime")
            if value:
                found.append(value)
    if not found:
        found.extend(_visible_dates(tree, published=published))
    return tuple(found)


# Class/id parts of the element that shows a date on the page, and those saying it is the
# last update rather than the publication.
_DATE_PARTS = frozenset({"date", "pubdate", "published", "publish", "timestamp", "time", "posted"})
_UPDATE_PARTS = frozenset({"updated", "update", "modified", "lastmod"})
_MAX_DATE_CHARS = 100
# A year, a clock time or a relative date: "11 years: report" in a "latest" list is none.
_DATE_LIKE = re.compile(
    r"\b(?:1[89]|2[01])\d\d\b|\b\d{1,2}[:.]\d\d\b"
    r"|\b(?:ago|lalu|vor|hace|il y a|há|fa|назад)\b",
    re.IGNORECASE,
)


def _visible_dates(tree: LexborHTMLParser, *, published: bool) -> list[str]:
    """Date lines as shown on the page ("Published 11:11 PM EST Nov 19, 2019"), for pages
    without date markup; enrichment parses them like the date lines of text mode."""
    found: list[str] = []
    for node in tree.css(
        'time, [class*="date"], [class*="time"], [class*="publish"], '
        '[class*="posted"], [class*="updated"], [class*="modified"]'
    )[:30]:
        parts = class_parts(node)
        if node.tag != "time" and not parts & (_DATE_PARTS | _UPDATE_PARTS):
            continue
        text = clean_line(SPACE.sub(" ", node.text(deep=True, separator=" ")))
        if not text or len(text) > _MAX_DATE_CHARS or not _DATE_LIKE.search(text):
            continue
        is_update = bool(parts & _UPDATE_PARTS or UPDATED_PREFIX.match(text))
        if is_update != published and text not in found:
            found.append(text)
        if len(found) >= 3:
            break
    return found
