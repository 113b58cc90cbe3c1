"""Dates as a page shows them to its reader: date elements (``<time>``, elements named like a
date, a byline or a meta row) and a date standing alone in a short text near the headline. A
line is given as ISO text when it parses without the fetch time (read with the page's locale,
so "03/01/2017" on an en-US page is March 1st), and as found when it is relative ("2 days
ago"), for enrichment to resolve against the fetch time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.dates import (
    UPDATE_LABEL,
    is_date_like,
    is_update_line,
    parse_date,
    parse_month,
    split_update,
)
from newswire.pipeline.html.date_labels import (
    NEAR_LINE_CHARS,
    clock,
    date_line_length,
    forum_aside,
    labelled_published,
    last_post_line,
    published_label_before,
)
from newswire.pipeline.html.date_markup import (
    MAX_DATE_CHARS,
    UPDATE_PARTS,
    labelled_update,
    update_node,
)
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.names import class_parts
from newswire.pipeline.html.page_elements import DATE_CLASS_WORDS, page_elements
from newswire.pipeline.html.placement import elsewhere
from newswire.pipeline.html.stated_origin import labelled_publication
from newswire.pipeline.html.text import has_digit, squeeze
from newswire.pipeline.html.tooltip_dates import tooltip_date
from newswire.pipeline.html.update_label import may_hold_update_label
from newswire.pipeline.textnorm import clean_line

# Class/id parts of an element showing a date.
_DATE_PARTS = frozenset(
    {"date", "pubdate", "published", "publish", "timestamp", "time", "posted", "dateline"}
)
# Text nodes read below the headline for a date line (within the walk's TEXTS_AFTER_HEADLINE).
_TEXTS_AFTER_HEADLINE = 30
# Texts right after the headline (its own words included) that belong to the story wherever
# they sit (see near_headline).
_OWN_LINES_AFTER_HEADLINE = 3
_ANCESTORS_CHECKED = 8
_MAX_VISIBLE = 150


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
        if node.tag != "time" and not parts & (_DATE_PARTS | UPDATE_PARTS | {"byline", "meta"}):
            continue
        text = _short_text(node.text(deep=True, separator=" "))
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
        update = bool(parts & UPDATE_PARTS or is_update_line(text)) or labelled_update(node, text)
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


_TIMES_READ = 10
_RAW_PREFIX = 4 * MAX_DATE_CHARS


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
        if child.tag == "-text":
            raw = child.text_content or ""
            # "today" in a sentence is no date line. (Asked before cleaning, which keeps digits:
            # most texts of a long meta element have none.)
            if not has_digit(raw):
                continue
            text = clean_line(raw)
            if len(text) <= NEAR_LINE_CHARS and is_date_like(text):
                return text
    return ""


def near_headline(
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
    below_update = False
    for item in near:
        text = item.text
        if item.after_headline:
            passed += 1
            if passed > _TEXTS_AFTER_HEADLINE:
                break
        if not date_line_length(text) or not is_date_like(text):
            continue
        parent = item.node.parent
        if parent is None:
            continue
        if bool(is_update_line(text) or labelled_update(parent, text)) != updates:
            # The date line under the headline is of the other kind ("Updated" <time> when
            # publications are asked): a date further down is the story's text or a
            # caption's, unless it labels itself the publication ("Updated: 17.01.2026"
            # stacked over "Published: 16.01.2026").
            if item.after_headline and (updates or below_update):
                break
            below_update = item.after_headline
            continue
        if below_update and not labelled_publication(text):
            break
        # The first lines after the headline are the story's own though their wrapper has a
        # layout name: a design system's meta row under the <h1> is a "list" or a "card"
        # ("<ul class="c-list"><li class="c-meta__date">December 24, 2024</li>"), not another
        # story's teaser; a wrapper named for other stories ("related") still is. Further
        # down, a list's or sidebar's date is another story's (see ``elsewhere``).
        first_lines = item.after_headline and passed <= _OWN_LINES_AFTER_HEADLINE
        if elsewhere(parent) and (not first_lines or _among_other_stories(parent)):
            continue
        if (after_only and parent.tag in {"td", "th"}) or forum_aside(parent, text):
            continue
        # A line of both dates gives its publication's part ("Updated … · Published …").
        published = split_update(text)[0]
        parsed = parse_date(published, language=locale)
        value = parsed.isoformat() if parsed is not None else published
        if item.after_headline:
            after.append(value)
            break
        before.append(value)
    return after if after_only else [*after, *before[-1:]]


def month_under_headline(near: HeadlineTexts) -> list[str]:
    """The month a line alone under the headline names with its year ("November 2015"), for a
    page that shows no other date: a magazine's or a column's story dated by its issue, whose
    truth is that month. Within the first lines after the <h1>, outside other stories' lists.
    On wcxb-dev (all page types, pages without any date found): date right A +1 article
    ("2015-11"), B unchanged; 2 pages without a date in their truth (a product, a document)
    get their month."""
    if not near.has_headline:
        return []
    for item in near.after_headline(_TEXTS_AFTER_HEADLINE):
        month = parse_month(item.text) if len(item.text) <= NEAR_LINE_CHARS else None
        parent = item.node.parent
        if month is not None and parent is not None and not _among_other_stories(parent):
            return [month.isoformat()]
    return []


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
    updates = [line for line in short if is_update_line(line)]
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


# A writer's card around an author link: the link's parents up to this many levels, while
# their text stays this short (a name, a role, a date: not the story).
_CARD_LEVELS = 3
_MAX_CARD_CHARS = 200


def author_card_dates(links: list[LexborNode], locale: str | None) -> list[str]:
    """The date in the card of the first author link, outside other stories' lists: a page
    that shows its date nowhere else puts it beside the writer's name ("<a href="/blog/
    author/…">Moses Kim</a>" then "<p>April 8, 2024</p>" in a box after the story, where
    neither the date elements nor the lines near the headline are). The smallest box around
    the link that holds a date text of its own. Asked only where no other date was found: on
    wcxb-dev's articles the card's date is the truth on 1 of 1 such page (half A), none on B;
    beside other dates it is as often the last update's (card right 5 and wrong 13 where
    another date was taken, half A)."""
    if not links or _among_other_stories(links[0]):
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
    if body is None or not name or name not in body.text(deep=True):
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
