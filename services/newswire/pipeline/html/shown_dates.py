"""Dates as a page shows them to its reader: date elements (``<time>``, elements named like a
date, a byline or a meta row), the date in a writer's card, the story's "Last updated" line (the
lines around the headline are ``headline_dates``'). A line is given as ISO text when it parses without the fetch time (read with the page's locale,
so "03/01/2017" on an en-US page is March 1st), and as found when it is relative ("2 days
ago"), for enrichment to resolve against the fetch time."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.dates import is_date_like, parse_date, parse_month
from newswire.pipeline.html.date_labels import (
    NEAR_LINE_CHARS,
    clock,
    labelled_published,
    last_post_line,
    published_label_before,
)
from newswire.pipeline.html.date_markup import (
    MAX_DATE_CHARS,
    UPDATE_PARTS,
    labelled_update,
    modification_prop,
    update_node,
)
from newswire.pipeline.html.names import class_parts
from newswire.pipeline.html.page_elements import DATE_CLASS_WORDS, body_text, page_elements
from newswire.pipeline.html.placement import among_other_stories, elsewhere
from newswire.pipeline.html.text import has_digit, squeeze
from newswire.pipeline.html.tooltip_dates import tooltip_date
from newswire.pipeline.html.update_label import may_hold_update_label
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.update_lines import UPDATE_LABEL, is_update_line, split_update

# Class/id parts of an element showing a date.
_DATE_PARTS: Final = frozenset(
    {"date", "pubdate", "published", "publish", "timestamp", "time", "posted", "dateline"}
)
# The parts that make an element read as a date line: a date's, an update's, a byline's or a
# meta row's (made once, not for each element read).
_SHOWN_PARTS: Final = _DATE_PARTS | UPDATE_PARTS | {"byline", "meta"}
_MAX_VISIBLE: Final = 150
_TIMEAGO: Final = "timeago"


@dataclass(frozen=True, slots=True)
class Shown:
    """A date line shown on the page: as found, its day when it parses alone, whether it is
    labelled as the last update, whether a "Published" label stands right before it."""

    text: str
    day: date | None
    update: bool
    iso: str | None
    published: bool = False


def shown_dates(tree: LexborHTMLParser, locale: str | None) -> list[Shown]:
    """Date lines as shown on the page, in page order, outside related lists, sidebars,
    comments and footers: ``<time>`` elements and elements named like a date."""
    found: list[Shown] = []
    seen: set[str] = set()
    for node in _date_elements(tree, _MAX_VISIBLE):
        parts = class_parts(node)
        if node.tag != "time" and not parts & _SHOWN_PARTS and _TIMEAGO not in parts:
            continue
        text = _short_text(node.text(deep=True, separator=" "))
        if not text and _TIMEAGO in parts:
            # The timeago plugin's element as served (NodeBB's post headers, "wrote on <a
            # class="timeago" title="2024-04-17T10:58:44.717Z"></a>"): empty until its script
            # writes the age from the title, which holds the moment.
            text = tooltip_date(node) or ""
        if len(text) > MAX_DATE_CHARS:
            # "Posted on April 13, 2023" and the post's tags in one meta element: its date text.
            text = _first_date_text(node)
        if not text or len(text) > MAX_DATE_CHARS or text in seen or not is_date_like(text):
            continue
        if (elsewhere(node) and not labelled_published(node)) or (
            node.tag != "time" and _holds_time(node)
        ):
            continue
        if clock(node) or last_post_line(node):
            continue
        seen.add(text)
        update = (
            bool(parts & UPDATE_PARTS)
            or modification_prop(node)
            or is_update_line(text)
            or labelled_update(node, text)
        )
        published, updated = split_update(text)
        if updated is not None:
            # Both dates in one line: the element's attribute names one of them, no telling
            # which, so each is read from its own words.
            found.append(_shown(published, None, update=False, locale=locale))
            found.append(_shown(updated, None, update=True, locale=locale))
        else:
            datetime_attr = node.attrs.get("datetime") if node.tag == "time" else None
            if datetime_attr is None and parse_date(text, language=locale) is None:
                datetime_attr = tooltip_date(node)
            shown = _shown(text, datetime_attr, update=update, locale=locale)
            if not update and published_label_before(node):
                shown = replace(shown, published=True)
            found.append(shown)
        if len(found) >= 4:
            break
    return found


def _shown(text: str, datetime_attr: str | None, *, update: bool, locale: str | None) -> Shown:
    parsed = parse_date(text, language=locale)
    attr_parsed = parse_date(datetime_attr) if datetime_attr else None
    # A relative text ("1 year ago", "1 year, 7 months ago" in a ``<time datetime>``) names
    # no day the parser can read without the fetch time, and a coarse one at that: the
    # attribute has the exact moment.
    best = attr_parsed if attr_parsed is not None else parsed
    if attr_parsed is not None and parsed is not None:
        apart = abs((attr_parsed.date() - parsed.date()).days)
        if apart == 1:
            best = parsed  # the attribute is in UTC, the line in the reader's day
        elif apart > 1:
            # More than a zone apart: the line was read in the wrong day/month order
            # ("03/01/2017" on a page not declared en-US) or is a template's other date;
            # the machine-written attribute has no order to misread.
            best = attr_parsed
    return Shown(
        text=text,
        day=best.date() if best is not None else None,
        update=update,
        iso=_iso(best, datetime_attr if best is attr_parsed else None),
    )


def _date_elements(tree: LexborHTMLParser, cap: int) -> list[LexborNode]:
    """The elements that ``time`` or ``[class*=word]`` for a word of ``DATE_CLASS_WORDS``
    match, in page order, each once, within the first ``cap`` matches of the ten selectors as
    lexbor gives a selector list's: an element once per selector it matches, so the cap counts
    the repeats ("dAte" alone matches none of the ten). A repeat is not read again: its text
    either was taken already or was turned down for the same reasons."""
    out: list[LexborNode] = []
    matched = 0
    for node, tag, attrs in page_elements(tree):
        names = attrs.get("class")
        # (Most of the shared query's elements have no class: a <meta>, a JSON-LD script.)
        matches = (tag == "time") + (
            sum(word in names for word in DATE_CLASS_WORDS) if names else 0
        )
        if not matches:
            continue
        if matched >= cap:
            break
        out.append(node)
        matched += matches
    return out


def time_datetimes(tree: LexborHTMLParser) -> list[str]:
    """The ``datetime`` of the page's first ``time`` elements that are neither elsewhere nor an
    update, of the first 10 that ``time[datetime]`` matches, read from the page's shared query
    (see page_elements), which holds every ``time`` element: a query of its own walked the
    whole tree again (~50 µs)."""
    out: list[str] = []
    read = 0
    for node, tag, attrs in page_elements(tree):
        if tag != "time" or "datetime" not in attrs:
            continue
        if read == _TIMES_READ:
            break
        read += 1
        value = attrs.get("datetime")
        if value and not elsewhere(node) and not update_node(node):
            out.append(value)
        if len(out) >= 2:
            break
    return out


_TIMES_READ: Final = 10
_RAW_PREFIX: Final = 4 * MAX_DATE_CHARS


def _short_text(raw: str) -> str:
    """The element's text as one clean line, or, for a wrapper holding a story ("post-meta"),
    a prefix of it that is longer than a date line: a cleaned prefix is a prefix of the
    cleaned whole, so it tells the whole is too long without cleaning all of it."""
    if len(raw) > _RAW_PREFIX:
        head = clean_line(squeeze(raw[:_RAW_PREFIX]))
        if len(head) > MAX_DATE_CHARS:
            return head
    return clean_line(squeeze(raw))


def _holds_time(node: LexborNode) -> bool:
    """Whether a date element's date is a <time datetime> inside it ("<div class="meta"><time
    datetime="2017-03-01T12:00:00Z">03/01/2017</time> by …</div>"): the <time> is read on its
    own, next, with the attribute that settles the day/month order and keeps the time."""
    inner = node.css_first("time[datetime]")
    return inner is not None and is_date_like(inner.text(deep=True))


def _first_date_text(node: LexborNode) -> str:
    # (The whitespace between tags holds no digit: ``skip_empty`` spares its nodes.)
    for child in node.traverse(include_text=True, skip_empty=True):
        # Asked by node type: a node's ``tag`` builds a new string for each element.
        if child.is_text_node:
            raw = child.text_content or ""
            # "today" in a sentence is no date line. (Asked before cleaning, which keeps digits:
            # most texts of a long meta element have none.)
            if not has_digit(raw):
                continue
            if _unseen_or_update(child.parent):
                continue
            text = clean_line(raw)
            if len(text) <= NEAR_LINE_CHARS and is_date_like(text):
                return text
    return ""


def _unseen_or_update(node: LexborNode | None) -> bool:
    """Whether a text's element inside a long date wrapper is hidden from the reader or named
    as the update: a theme keeps a machine copy of the last save in its meta row
    ("<span class="updated rich-snippet-hidden">2024-04-18T13:00:39+00:00</span>" before the
    shown "March 22nd, 2024"), which a wrapper whose class reads as a date (WordPress's
    <article class="post … status-publish">) gave as its publication. The element itself is
    read on its own, as the update it is named."""
    if node is None:
        return False
    if "hidden" in node.attrs or class_parts(node) & UPDATE_PARTS:
        return True
    return any(_HIDING_CLASS.match(token) for token in (node.attrs.get("class") or "").split())


# A class that hides its element ("rich-snippet-hidden", "visually-hidden"); not a utility's
# "overflow-hidden", which clips, nor a breakpoint's "md:hidden", whose other sizes show it.
_HIDING_CLASS: Final = re.compile(r"(?!overflow)[A-Za-z][\w-]*[-_]hidden$", re.IGNORECASE)


def story_update_line(lines: Iterable[str], locale: str | None) -> list[str]:
    """The story's own "Last updated: November 13, 2025" line, wherever it sits in its text
    (a reference or documentation page puts it at the foot, in a plain ``<p>`` with no date
    name and no headline near it), for a page that shows no other date and has none in its
    markup: the one date the page gives its reader. The first short line of the extracted
    story that says it is the update (``is_update_line``). The story's lines only: a whole
    page's text costs ~2 ms on the large pages that reach this rule (shops' pages without
    dates, a third of all pages), and a shop's terms or privacy pop-up has its own "Last
    Updated" line. On wcxb-dev: date right B +1 (a documentation page), A none. A month
    alone ("Last Updated: June 2022", a health agency's fact sheet) gives its first day, as a
    month under the headline does: the one date such a page has (B +1, A none)."""
    short = [line for line in lines if len(line) <= NEAR_LINE_CHARS]
    if not may_hold_update_label(short):
        return []
    updates = [line for line in short if is_update_line(line) and not _SITE_LEAD.match(line)]
    for line in updates:
        parsed = parse_date(line, language=locale) if is_date_like(line) else None
        if parsed is not None:
            return [parsed.isoformat()]
    for line in updates:
        label = UPDATE_LABEL.search(line)
        month = parse_month(line[label.end() :].strip(" :-")) if label else None
        if month is not None:
            return [month.isoformat()]
    return []


# An update line whose label names the site, not the page ("Site Last Updated: December 20,
# 2025", "Website last updated …"): a government site's footer stamp of its last change
# anywhere, which the story's lines hold where the page has no <footer> tag and its class
# names say nothing (hashed). The page's own "Last Updated: June 2022" above it is the
# story's. On wcxb-dev with names hashed and semantic tags as <div>: date right B +1 (a
# fact sheet), A unchanged; as they are, no page changes.
_SITE_LEAD: Final = re.compile(r"^\W*(?:web\s*)?site\b", re.IGNORECASE)


# A writer's card around an author link: the link's parents up to this many levels, while
# their text stays this short (a name, a role, a date: not the story).
_CARD_LEVELS: Final = 3
_MAX_CARD_CHARS: Final = 200


def author_card_dates(links: list[LexborNode], locale: str | None) -> list[str]:
    """The date in the card of the first author link, outside other stories' lists: a page
    that shows its date nowhere else puts it beside the writer's name ("<a href="/blog/
    author/…">Moses Kim</a>" then "<p>April 8, 2024</p>" in a box after the story, where
    neither the date elements nor the lines near the headline are). The smallest box around
    the link that holds a date text of its own. Asked only where no other date was found: on
    wcxb-dev's articles the card's date is the truth on 1 of 1 such page (half A), none on B;
    beside other dates it is as often the last update's (card right 5 and wrong 13 where
    another date was taken, half A)."""
    if not links or among_other_stories(links[0]):
        return []
    box = links[0].parent
    for _ in range(_CARD_LEVELS):
        if box is None or len(clean_line(box.text(deep=True))) > _MAX_CARD_CHARS:
            return []
        for node in box.traverse(include_text=True):
            if not node.is_text_node:
                continue
            text = clean_line(node.text_content or "")
            if text and len(text) <= MAX_DATE_CHARS and has_digit(text) and is_date_like(text):
                parsed = parse_date(text, language=locale)
                if parsed is not None:
                    return [parsed.isoformat()]
        box = box.parent
    return []


def name_elements(tree: LexborHTMLParser, name: str) -> list[LexborNode]:
    """The first element whose own text is ``name`` alone ("<p>Luke Kim</p>" in an author box
    with no link to an author page), as ``author_card_dates`` reads an author link: a writer's
    card that shows the date beside a plain name (wcxb-dev half B: 1 article, dated nowhere
    else). Asked only where nothing else dated the page."""
    body = tree.body
    if body is None or not name or name not in body_text(tree):
        return []
    # Every node of the body is visited: the parent is looked up only for a matching text.
    for node in body.traverse(include_text=True, skip_empty=True):
        if (
            node.is_text_node
            and clean_line(node.text_content or "") == name
            and (parent := node.parent) is not None
        ):
            return [parent]
    return []


def _iso(parsed: datetime | None, markup: str | None) -> str | None:
    if parsed is None:
        return None
    return markup or parsed.isoformat()
