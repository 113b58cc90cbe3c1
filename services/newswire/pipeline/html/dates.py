"""Publication and update dates: every place a page puts them, and the one a reader sees.

Sources, in the order of trust: JSON-LD at any depth (``@graph``, arrays, nested objects), the
``<meta>`` variants of CMSs and analytics tags, ``itemprop`` elements, ``<time datetime>``, the
date lines shown near the headline and byline, the URL path (``/2025/09/04/``).

The publication date is the one the page shows its reader above the story: where markup and the
date line shown at the top agree, the markup's string is kept (it has the time and offset); where
the page shows only its last update at the top ("Updated December 17, 2025") and its markup
names that day as the modification, the shown date is the story's date as its readers know it;
a date in a related-story list, a footer or a copyright line is never taken.

The candidates come from two modules: ``date_markup`` (JSON-LD, ``<meta>``, microdata, ``<time
datetime>``) and ``shown_dates`` (the date lines a reader sees); this one ranks them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, time, timedelta

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.dates import parse_date
from newswire.pipeline.html.author_elements import author_link_nodes
from newswire.pipeline.html.date_markup import head_published, markup_dates
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.permalink import local_day, url_day
from newswire.pipeline.html.shown_dates import (
    Shown,
    author_card_dates,
    month_under_headline,
    name_elements,
    near_headline,
    shown_dates,
    story_update_line,
    time_datetimes,
)
from newswire.pipeline.html.stated_origin import labelled_publication, stated_origin
from newswire.pipeline.html.thread_posts import first_post_date

# Days by which a shown date must precede the markup's to be the story's own (see
# _republished): one day is a time zone's difference.
_REPUBLISHED_DAYS = 2
# The farthest a local clock runs behind UTC (UTC-12): the earliest local day of a moment.
_WESTMOST_OFFSET = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class PageDates:
    """Date strings, the most likely first (enrichment takes the first that parses)."""

    published: tuple[str, ...]
    modified: tuple[str, ...]


def page_dates(
    tree: LexborHTMLParser,
    meta: HeadMetadata,
    *,
    url: str | None,
    locale: str | None,
    near: HeadlineTexts | None = None,
    authors: Sequence[str] = (),
    story: Sequence[str] = (),
) -> PageDates:
    """``near``: the texts around the headline, when the caller walked them (for the bylines
    too); ``authors``, ``story`` (its lines as extracted): see ``_last_resorts``."""
    published, modified = markup_dates(tree, meta)
    day_of_url = url_day(url) if url else None
    if day_of_url is not None:
        published.append(day_of_url.isoformat())
    shown = shown_dates(tree, locale)
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
        texts = near or HeadlineTexts(tree)
        earlier = _republished(published[0], shown, texts, locale) or _updated_before(
            published[0], shown
        )
        # A publication in structured data alone is for machines (_update_only, _revised).
        heads = head_published(meta)
        if not earlier and modified:
            saved = modified[0]
            earlier = _revised(published[0], saved, shown, texts, locale, structured_only=not heads)
        earlier = earlier or _head_shown(published[0], heads, shown)
        if not earlier and not heads:
            earlier = _update_only(published[0], shown, texts, locale)
        # The update the page shows ("UPDATED 16:47 EST / DECEMBER 19 2025") is the
        # modification where the markup names none; after the markup's where it does (a
        # CMS's own stamp of the last save is the more exact).
        updates = [item.iso or item.text for item in shown if item.update]
        return PageDates(
            published=_unique([*earlier, *published, *later]),
            modified=_unique([*modified, *updates]),
        )
    chosen = _shown_first(tree, shown, locale)
    if not chosen:
        chosen.extend(near_headline(near or HeadlineTexts(tree), locale))
    chosen.extend(time_datetimes(tree))
    if not chosen:
        # Only an update is shown ("Updated: 10/31/2024"): the page's readers have no other date.
        chosen.extend(item.iso or item.text for item in shown if item.update)
        chosen.extend(modified)
        chosen.extend(near_headline(near or HeadlineTexts(tree), locale, updates=True))
    chosen = chosen or _last_resorts(tree, near, locale, authors, story)
    chosen[:0] = _origin_before(chosen, shown, story, locale)
    modified.extend(item.iso or item.text for item in shown if item.update)
    return PageDates(published=_unique(chosen), modified=_unique(modified))


def _shown_first(tree: LexborHTMLParser, shown: list[Shown], locale: str | None) -> list[str]:
    """The dates shown, on a page without a markup publication: the first post's of a forum
    thread first (see ``first_post_date``: a date element outside the posts, read before it,
    may be the forum header's clock, "March 05, 2026, 07:16:19 AM" above a thread started
    "June 04, 2024"), then the date elements that are not an update. On wcxb-dev (all page
    types): date right A +2 (a vBulletin thread with no date element, a phpBB thread dated by
    its poster's card), B +1 (an SMF thread dated by the header's clock), none lost."""
    dated = [item for item in shown if not item.update]
    chosen = first_post_date(tree, locale, unless=dated[0].day if dated else None)
    chosen.extend(item.iso or item.text for item in dated)
    return chosen


def _last_resorts(
    tree: LexborHTMLParser,
    near: HeadlineTexts | None,
    locale: str | None,
    authors: Sequence[str],
    story: Sequence[str],
) -> list[str]:
    """The date of a page that neither its markup, a date element nor a line near its headline
    gives, in this order: the date in the author link's card, or in the card of the first
    author's name shown without a link, a month alone under the headline, the story's "Last
    updated" line."""
    found = author_card_dates(author_link_nodes(tree), locale)
    if not found and authors:
        found = author_card_dates(name_elements(tree, authors[0]), locale)
    if not found:
        found = month_under_headline(near or HeadlineTexts(tree))
    return found or story_update_line(story, locale)


def _origin_before(
    chosen: list[str], shown: list[Shown], story: Sequence[str], locale: str | None
) -> list[str]:
    """The first publication the story states ("This article was originally published on 26
    Sep 2019 at 4:12pm but has been regularly updated") where the page has no markup
    publication and the date it shows is later and not labelled as the publication: the
    shown date is the last rewrite's. A shown "Posted on April 13, 2023" above an "Update
    note: originally published on the 21st of June 2017" is the page's own word for the
    story's date (its truth there). On wcxb-dev's articles: date right B +1, A unchanged."""
    origin = stated_origin(story, locale) if chosen else None
    first = next((item for item in shown if not item.update), None)
    if origin is None or (
        first is not None and (first.published or labelled_publication(first.text))
    ):
        return []
    day = _day(chosen[0])
    return [origin[0]] if day is not None and origin[1] < day else []


def _republished(
    markup: str, shown: list[Shown], near: HeadlineTexts, locale: str | None
) -> list[str]:
    """The date shown under the headline when it is earlier than the markup's publication: a
    page moved to a new CMS or republished gets a new ``datePublished``, while the date its
    readers see stays the story's own ("March 1, 2024" shown, markup 2024-07-05). On
    wcxb-dev's articles where the first date element and the first date line after the <h1>
    agree and precede the markup by two days or more, the shown date is the truth on all 5
    (halves A and B). One day apart is a time zone's doing, and the truth there is as often
    the markup's UTC day (3 of 7): the markup stands, unless no zone puts the markup's moment
    on the shown day (see _before_markup: A +1, B unchanged). Both must agree: a first date element
    alone may be a list of other posts. Asked only then, so the walk after the headline
    stays rare."""
    first = next((item for item in shown if not item.update), None)
    markup_day = _day(markup)
    if markup_day is None:
        return []
    if first is None:
        # No date element: the date line just after the <h1> alone (one above it may be the
        # header's): B +3, A +1 (a page whose markup is its republication).
        line = near_headline(near, locale, after_only=True)
        day = _day(line[0]) if line else None
        if day is not None and _before_markup(markup, day):
            return line[:1]
        return []
    if first.day is None or not _before_markup(markup, first.day):
        return []
    if first.published:
        # The page labels the date element itself as the publication ("Published August 13,
        # 2025" over a ``datePublished`` of November 29, the day of its last save): its own
        # words settle it, wherever the line sits. On wcxb-dev's articles whose first date
        # element precedes the markup by two days or more without the line under the headline
        # agreeing (A 4, B 2), only that page is so labelled, its truth the shown day (A +1).
        return [first.iso or first.text]
    line = near_headline(near, locale)
    return [first.iso or first.text] if line and _day(line[0]) == first.day else []


def _head_shown(markup: str, heads: list[str], shown: list[Shown]) -> list[str]:
    """The head's ``<meta>`` publication where the markup disagrees with itself and the page
    shows its reader that one: a JSON-LD ``datePublished`` of 2018 beside an
    ``article:published_time`` of 2025-12-19 and "Updated: Dec 19, 2025" at the top (a story
    rewritten and republished, whose structured data kept the first draft's date). The date
    the page shows settles which of its two markups dates the story; a shown date on neither
    settles nothing. Days apart by two or more (one is a time zone's doing). On wcxb-dev (all
    page types) the two disagree that much on 4 articles, 2 of them showing the ``<meta>``
    day first, both with that day as their truth: one already dated so by ``_revised``, the
    other the gain (date right B +1, A unchanged)."""
    first, markup_day = shown[0].day if shown else None, _day(markup)
    head_day = _day(heads[0]) if heads else None
    if first is None or markup_day is None or head_day is None:
        return []
    if abs((head_day - markup_day).days) < _REPUBLISHED_DAYS or first != head_day:
        return []
    return heads[:1]


def _updated_before(markup: str, shown: list[Shown]) -> list[str]:
    """The update the page shows first, where its day is before the markup's publication ("Page
    updated: 12 November 2025" over a ``datePublished`` of 13/11/2025 09:21:40): no story is
    updated before it is published, so the markup's date is a later stamp (an export's, a
    cache's), or the same moment written in UTC while the page shows its own zone's day;
    either way the shown day is the story's. On wcxb-dev (all page types): 1 page has that
    shape, its truth the shown day (date right B +1, A unchanged)."""
    first = shown[0] if shown else None
    markup_day = _day(markup)
    if first is None or not first.update or first.day is None or markup_day is None:
        return []
    return [first.iso or first.text] if first.day < markup_day else []


def _revised(
    markup: str,
    modified: str,
    shown: list[Shown],
    near: HeadlineTexts,
    locale: str | None,
    *,
    structured_only: bool = False,
) -> list[str]:
    """The date shown under the headline when it lies between the markup's publication and its
    last modification: a story rewritten and dated anew for its readers ("Nov 25, 2025" shown,
    created 2024-08-29, last saved 2025-12-15), whose CMS keeps the first draft's date as the
    publication. Both the first date element and the first date line after the headline name
    that day, two days or more after the publication and before the modification (a date
    shown after the last save is a list's or a clock's). A shown day that is the publication
    with its day and month swapped ("09.10.2024" beside 2024-09-10) is the markup's date
    misread, not a new one. On wcxb-dev's articles: date right +2 on half A, none lost on
    either half (the one such page of half B is a misread numeric date). Also the
    modification itself where the page shows it as the story's date (see
    ``_modification_shown`` and the stamp below)."""
    first = next((item for item in shown if not item.update), None)
    published, saved = _day(markup), _day(modified)
    if published is None or saved is None or saved == published:
        return []
    if not shown:
        return _modification_shown(modified, saved, near, locale)
    if first is None or first.day is None:
        return []
    if (
        first.iso is not None
        and _same_moment(first.iso, modified)
        and not _machine(first.text)
        and _line_day(near, locale) == saved
    ):
        # The date element is printed from the modification stamp: its machine-readable
        # moment is the markup's dateModified to the second ("<time datetime="2025-12-17T09:
        # 00:08-05:00">December 17, 2025</time>" beside that dateModified and a publication
        # of 2024), unlabelled, the story's date as the page gives it to its reader. (The
        # same day shown as text alone is no proof: the truth there is the publication 4
        # times in 9.) An element whose text is the machine's string itself ("2024-04-18T13:
        # 00:39+00:00", hAtom's hidden "updated" stamp) is shown to no reader. The date line
        # under the headline must name that day too: a forum thread's first <time> may be its
        # latest reply's, the thread's dateModified (10 XenForo threads on wcxb-dev). On
        # wcxb-dev's articles: date right +1 on half A, +1 on half B.
        return [first.iso]
    day = first.day
    # The modification's own day shown as text dates the story only on a page whose
    # publication is in its structured data alone: with a ``<meta>`` publication too, the
    # truth is the publication on 13 of 15 such wcxb-dev articles; without one, the shown
    # day on all 3 (B +1, the other two taken by the stamp rule above).
    last = day > saved if structured_only else day >= saved
    if (day - published).days < _REPUBLISHED_DAYS or last or _swapped(day) == published:
        return []
    line = near_headline(near, locale)
    return [first.iso or first.text] if line and _day(line[0]) == day else []


def _update_only(
    markup: str, shown: list[Shown], near: HeadlineTexts, locale: str | None
) -> list[str]:
    """The page's last update, where that is the only date it shows its reader ("Updated
    August 14, 2025" under the headline, no publication line, no date element before it:
    those after it are other stories' in the lists further down) and the
    publication is in its structured data alone (JSON-LD or microdata, no ``<meta>`` tag):
    the page dates the story by its update, the first draft's date is for machines. A page
    that also names the publication in its head's ``<meta>`` tags (``article:published_time``,
    read by link previews) gives it as the story's date. On wcxb-dev's articles where the
    page shows only an update later than the markup's publication: the truth is the update
    on 13 of 15 pages without a ``<meta>`` publication, and on 1 of 15 with one (halves A and
    B; date right A +8 -2, B +6)."""
    if (shown and not shown[0].update) or near_headline(near, locale):
        return []
    published = _day(markup)
    update = next((item for item in shown if item.update), None)
    found = [update.iso or update.text] if update is not None else []
    if not found:
        found = near_headline(near, locale, updates=True)[:1]
    day = _day(found[0]) if found else None
    if published is None or day is None or day <= published:
        return []
    return found


def _modification_shown(
    modified: str, saved: date, near: HeadlineTexts, locale: str | None
) -> list[str]:
    """The markup's modification, on a page with no date element whose one date line under
    the headline names the modification's day ("By Kathryn Giuffrida Mar 5, 2025 | 6
    comments" beside a dateModified of 2025-03-05 and a datePublished of January): the page
    shows its reader the date of the last revision as the story's, the first draft's date
    stays in the markup only. The markup's string is kept (it has the time and offset). A
    line labelled as the update is not read here (``near_headline`` leaves it out), and any
    date element on the page, an update's included, leaves the rule out (a page labelling its
    update elsewhere dates the story by its publication). On wcxb-dev's articles: date right
    +2 on half A, +2 on half B, none lost."""
    return [modified] if _line_day(near, locale) == saved else []


def _line_day(near: HeadlineTexts, locale: str | None) -> date | None:
    """The day of the date line nearest the headline, if it has one."""
    line = near_headline(near, locale)
    return _day(line[0]) if line else None


def _same_moment(shown: str, markup: str) -> bool:
    """Whether two date strings name the same moment, time and offset included (a bare date
    or a midnight names a day, not a moment)."""
    first, second = parse_date(shown), parse_date(markup)
    if first is None or second is None or len(shown) <= 10 or len(markup) <= 10:
        return False
    if first.time() == time(0, 0) or first.tzinfo is None or second.tzinfo is None:
        return False
    return first == second


# An ISO moment written out as the element's text: a stamp for machines (microformats).
_MACHINE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _machine(text: str) -> bool:
    return _MACHINE_STAMP.match(text.strip()) is not None


def _swapped(day: date) -> date | None:
    """``day`` with its day and month exchanged, where that is a date."""
    if day.day > 12:
        return None
    return day.replace(month=day.day, day=day.month)


def _before_markup(markup: str, day: date) -> bool:
    """Whether a shown ``day`` is earlier than the markup's publication by more than a time
    zone explains: two days or more, or one day where the markup gives a moment whose local
    day is the same or later in every zone (UTC-12 to UTC+14: "2025-12-19T22:02:58Z" is
    December 19 or 20 wherever the site is, so a shown "Dec 18, 2025" is the story's own
    date, not the same moment read elsewhere). A midnight is a bare date written as a
    moment: no zone to reason about."""
    parsed = parse_date(markup)
    if parsed is None:
        return False
    if (parsed.date() - day).days >= _REPUBLISHED_DAYS:
        return True
    if len(markup) <= 10 or parsed.time() == time(0, 0):
        return False
    earliest = (parsed.astimezone(UTC) - _WESTMOST_OFFSET).date()
    return day < earliest


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value))[:8]


def _day(value: str) -> date | None:
    parsed = parse_date(value)
    return parsed.date() if parsed is not None else None
