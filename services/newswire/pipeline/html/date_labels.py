"""What the words and names around a date element say of it: a label that names it the
publication ("Published", a heading before it or the text just before it), a name that makes
it the page's clock (today's date in a header). ``shown_dates`` asks these of the date
elements it reads."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import TOKEN_PARTS
from newswire.pipeline.textnorm import clean_line

# A heading or label that names the date after it as the publication ("Published", "Publish
# date", "Date published:").
_PUBLISHED_LABEL = re.compile(
    r"^(?:date\s+)?publish(?:ed)?(?:\s+(?:on|date))?\s*:?$", re.IGNORECASE
)


def labelled_published(node: LexborNode) -> bool:
    """Whether a date in a sidebar or an aside is labelled as the page's publication by the
    heading just before it (``<aside><h3>Published</h3><p><time>…``): a page whose facts
    column holds its own date. Other stories' dates there are not so labelled. On wcxb-dev's
    articles: date right +1 on each half, none lost."""
    for element in (node, node.parent):
        if element is None:
            return False
        before = element.prev
        while (
            before is not None and before.tag == "-text" and not (before.text_content or "").strip()
        ):
            before = before.prev
        if before is not None and before.tag != "-text":
            label = clean_line(before.text(deep=True))
            if len(label) <= 20 and _PUBLISHED_LABEL.match(label):
                return True
    return False


def published_label_before(node: LexborNode) -> bool:
    """Whether the text just before a date element, in the same parent, labels it as the
    publication ("<div>Published <time datetime="2025-08-13">August 13, 2025</time></div>"):
    the page tells its reader in words that this is the story's date (see
    ``shown_over_markup.republished``)."""
    before = node.prev
    while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
        before = before.prev
    if before is None or before.tag != "-text":
        return False
    label = clean_line(before.text_content or "")
    return len(label) <= 20 and _PUBLISHED_LABEL.match(label) is not None


# Class or id parts of a widget showing the day the page was served ("<p id="todays-date-
# custom">Friday, December 19, 2025</p>" in a magazine's header): a clock, not the story's date.
_CLOCK_PARTS = frozenset({"today", "todays"})
_CLOCK_NAMES = '[class*="today" i], [id*="today" i]'
# Wrappers above a date element checked for a clock's name.
_CLOCK_LEVELS = 2


def clock(node: LexborNode) -> bool:
    """Whether a date element is, holds or sits in an element named for today's date (see
    ``_CLOCK_PARTS``). Asked only of elements whose text is a date, so the query under the
    element is rare."""
    element: LexborNode | None = node
    for _ in range(_CLOCK_LEVELS + 1):
        if element is None or not element.is_element_node:
            break
        if _clock_named(element):
            return True
        element = element.parent
    inner = node.css_first(_CLOCK_NAMES)
    return inner is not None and _clock_named(inner)


def _clock_named(node: LexborNode) -> bool:
    names = f"{node.attrs.get('class') or ''} {node.attrs.get('id') or ''}"
    return any(
        part.lower() in _CLOCK_PARTS for token in names.split() for part in TOKEN_PARTS.split(token)
    )


# The label of a member's join date on a forum post's user card ("<dt>Joined</dt><dd>Dec 23,
# 2009</dd>", an icon titled "Joined" as the term, "Join Date", "Member since"): a fact of the
# poster, not the date of the thread.
_JOINED_LABEL = re.compile(r"\b(?:joined|join date|member since)\b", re.IGNORECASE)
_JOINED_LINE = re.compile(rf"^\s*{_JOINED_LABEL.pattern}", re.IGNORECASE)


def joined_date(parent: LexborNode, text: str) -> bool:
    """Whether a date line is a member's join date: labelled so in its own words ("Joined: Dec
    2009") or by the definition term before its ``<dd>``, in the term's text or in the title
    of an icon standing for it. On wcxb-dev's forum threads (XenForo user cards beside the
    first post), the date line under the headline on 6 pages (A 3, B 3), read as a
    republication before the markup's date: date right (all types) A +2, B +3, none lost."""
    if _JOINED_LINE.match(text):
        return True
    if parent.tag != "dd":
        return False
    term = parent.prev
    while term is not None and term.tag == "-text":
        term = term.prev
    if term is None or term.tag != "dt":
        return False
    titles = " ".join(node.attrs.get("title") or "" for node in term.css("[title]"))
    return _JOINED_LABEL.search(f"{term.text(deep=True)} {titles}") is not None
