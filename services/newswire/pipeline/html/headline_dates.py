"""Dates on the lines around the headline: a date standing alone in a short text just below
(or above) the <h1>, and a month alone under it. Pages whose date line has no telling name (a
utility-class CMS's ``<p class="text-xs">``) show their date there; ``dates`` weighs these lines
against the date elements (``shown_dates``) and the markup."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.dates import is_date_like, parse_date, parse_month
from newswire.pipeline.html.date_labels import NEAR_LINE_CHARS, date_line_length, forum_aside
from newswire.pipeline.html.date_markup import labelled_update
from newswire.pipeline.html.headline_texts import HeadlineText, HeadlineTexts
from newswire.pipeline.html.meta_rows import MetaRowWalk
from newswire.pipeline.html.placement import among_other_stories
from newswire.pipeline.html.stated_origin import labelled_publication
from newswire.pipeline.html.text import has_digit
from newswire.pipeline.update_lines import is_update_line, split_update

# Text nodes read below the headline for a date line (within the walk's TEXTS_AFTER_HEADLINE).
_TEXTS_AFTER_HEADLINE: Final = 30


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
    below_update = False
    rows = MetaRowWalk(near.headline)
    for item, date_line in _lines(near):
        text = item.text
        if item.after_headline:
            rows.see(item.node, text)
            if not date_line:
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
        # layout name or tag (see ``meta_rows``); further down, a list's or sidebar's date is
        # another story's (see ``elsewhere``).
        if rows.other_storys_line(parent, text, after=item.after_headline):
            continue
        if (after_only and parent.tag in {"td", "th"}) or _not_a_date_line(parent, text):
            continue
        # A line of both dates gives its publication's part ("Updated … · Published …").
        published = split_update(text)[0]
        parsed = parse_date(published, language=locale)
        value = parsed.isoformat() if parsed is not None else published
        if item.after_headline:
            after.append(value)
            break
        before.append(value)
    # Where the page dates its story under the headline by its update alone ("Last updated on
    # 17 December 2025"), a date line above the headline is another item's (a sidebar's "1
    # month ago" beside a commenter's name): the update is asked for next (``dates``).
    above = [] if below_update and not after else before[-1:]
    return after if after_only else [*after, *above]


def _lines(near: HeadlineTexts) -> Iterator[tuple[HeadlineText, bool]]:
    """The texts around the headline, each with whether it may be its date line."""
    # Above the headline only its date lines are read (a page's menus and header before it
    # are a hundred texts or more, and this is asked two or three times a page): found once.
    # Below it each text is tested once a page too (``after_headline_tested``).
    for item in near.before_headline(_date_line):
        yield item, True
    yield from near.after_headline_tested(_TEXTS_AFTER_HEADLINE, _date_line)


def _date_line(text: str) -> bool:
    """Whether a text near the headline may be its date line: short enough, and holding a date."""
    return date_line_length(text) and is_date_like(text)


def _not_a_date_line(parent: LexborNode, text: str) -> bool:
    """Whether a date-like text says something else: a forum's date of a member or of the
    latest reply (see ``forum_aside``), or a link whose whole text is a day's word ("TODAY",
    "Yesterday"), a menu's section or a sister site's name, not an age (an age counts: "3
    hours ago"). Under hashed names the menu holding "TODAY" no longer says it is one: on
    wcxb-dev's date probe with hashed names, date right A 292 -> 293 (an article dated by
    its news site's menu link), B unchanged; unchanged as the pages are."""
    return forum_aside(parent, text) or (parent.tag == "a" and not has_digit(text))


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
        if month is not None and parent is not None and not among_other_stories(parent):
            return [month.isoformat()]
    return []
