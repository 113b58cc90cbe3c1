"""The dates a page shows its reader that outrank its markup's publication: a story
republished or moved to a new CMS under a new ``datePublished`` while the page shows the
story's own date, rewritten and dated anew for its readers, dated by its only shown update, or
whose markup disagrees with itself and the page shows one of the two. ``dates`` asks these
only where the markup names a publication; each returns the date string to put first, or
nothing.
"""

from __future__ import annotations

import re
from datetime import UTC, date, time, timedelta, timezone
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.dates import parse_date
from newswire.pipeline.html.headline_dates import near_headline
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.page_elements import page_elements
from newswire.pipeline.html.shown_dates import Shown
from newswire.pipeline.html.thread_posts import first_post_date

# Days by which a shown date must precede the markup's to be the story's own (see
# republished): one day is a time zone's difference.
_REPUBLISHED_DAYS: Final = 2
# The farthest a local clock runs behind UTC (UTC-12): the earliest local day of a moment.
_WESTMOST_OFFSET: Final = timedelta(hours=12)
# The farthest a local clock runs from UTC either way (UTC+14), and the step of zones' offsets
# (a quarter hour: UTC+05:45).
_WIDEST_OFFSET: Final = timedelta(hours=14)
_ZONE_STEP: Final = timedelta(minutes=15)
# The ``<time>`` elements read for the markup's moment (the page's first ones: a thread's header
# and first post come before its replies).
_TIMES_READ: Final = 10


def republished(
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
    markup_day = day_of(markup)
    if markup_day is None:
        return []
    if first is None:
        # No date element: the date line just after the <h1> alone (one above it may be the
        # header's): B +3, A +1 (a page whose markup is its republication).
        line = near_headline(near, locale, after_only=True)
        day = day_of(line[0]) if line else None
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
    return [first.iso or first.text] if line and day_of(line[0]) == first.day else []


def head_shown(markup: str, heads: list[str], shown: list[Shown]) -> list[str]:
    """The head's ``<meta>`` publication where the markup disagrees with itself and the page
    shows its reader that one: a JSON-LD ``datePublished`` of 2018 beside an
    ``article:published_time`` of 2025-12-19 and "Updated: Dec 19, 2025" at the top (a story
    rewritten and republished, whose structured data kept the first draft's date). The date
    the page shows settles which of its two markups dates the story; a shown date on neither
    settles nothing. Days apart by two or more (one is a time zone's doing). On wcxb-dev (all
    page types) the two disagree that much on 4 articles, 2 of them showing the ``<meta>``
    day first, both with that day as their truth: one already dated so by ``revised``, the
    other the gain (date right B +1, A unchanged)."""
    first, markup_day = shown[0].day if shown else None, day_of(markup)
    head_day = day_of(heads[0]) if heads else None
    if first is None or markup_day is None or head_day is None:
        return []
    if abs((head_day - markup_day).days) < _REPUBLISHED_DAYS or first != head_day:
        return []
    return heads[:1]


def updated_before(markup: str, shown: list[Shown]) -> list[str]:
    """The update the page shows first, where its day is before the markup's publication ("Page
    updated: 12 November 2025" over a ``datePublished`` of 13/11/2025 09:21:40): no story is
    updated before it is published, so the markup's date is a later stamp (an export's, a
    cache's), or the same moment written in UTC while the page shows its own zone's day;
    either way the shown day is the story's. On wcxb-dev (all page types): 1 page has that
    shape, its truth the shown day (date right B +1, A unchanged)."""
    first = shown[0] if shown else None
    markup_day = day_of(markup)
    if first is None or not first.update or first.day is None or markup_day is None:
        return []
    return [first.iso or first.text] if first.day < markup_day else []


def revised(
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
    published, saved = day_of(markup), day_of(modified)
    if published is None or saved is None or saved == published:
        return []
    lines = _line_dates(markup, modified, (published, saved), shown, near=near, locale=locale)
    if lines is not None:
        return lines
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
    return [first.iso or first.text] if line and day_of(line[0]) == day else []


def update_only(
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
    published = day_of(markup)
    update = next((item for item in shown if item.update), None)
    found = [update.iso or update.text] if update is not None else []
    if not found:
        found = near_headline(near, locale, updates=True)[:1]
    day = day_of(found[0]) if found else None
    if published is None or day is None or day <= published:
        return []
    return found


def local_clock(markup: str, tree: LexborHTMLParser, locale: str | None) -> list[str]:
    """The markup's moment as the page shows it on its own clock, where that falls on another
    day: a thread whose structured data alone gives the publication in UTC or with no zone
    (a forum engine's server clock: ``"datePublished": "2025-12-18T23:25:38+00:00"``) while
    its first post shows the same moment in the forum's zone (``<time datetime="2025-12-19T04:
    25:38+0500">``, or "Feb 14, 2026 | 9:05 pm" in the post's header beside a zoneless
    "2026-02-15 03:05:48": the same minute, a whole zone apart). Readers see the local day.
    Only with no ``<meta>`` publication (the caller's condition): a head tag in UTC beside a
    ``<time>`` of the same moment in the site's zone dates the story by the UTC day (2 wcxb-dev
    articles). On wcxb-dev (all page types): date right A +1 (a XenForo thread), B +1 (a
    vBulletin thread)."""
    moment = parse_date(markup)
    if moment is None or len(markup) <= 10 or moment.utcoffset() != timedelta(0):
        return []
    if moment.time() == time(0, 0):
        return []  # a bare date written as a moment: no clock to compare
    read = 0
    for _, tag, attrs in page_elements(tree):
        if tag != "time" or not attrs.get("datetime"):
            continue
        read += 1
        value = attrs.get("datetime") or ""
        shown = parse_date(value)
        if shown is not None and shown == moment and shown.date() != moment.date():
            return [value]
        if read == _TIMES_READ:
            break
    post = first_post_date(tree, locale)
    clock = parse_date(post[0]) if post else None
    if clock is None or clock.date() == moment.date():
        return []
    apart = clock.replace(tzinfo=None, second=0, microsecond=0) - moment.replace(
        tzinfo=None, second=0, microsecond=0
    )
    if abs(apart) > _WIDEST_OFFSET or apart % _ZONE_STEP != timedelta(0):
        return []
    # The post's text has no zone: the markup's moment written with the offset found.
    return [moment.astimezone(timezone(apart)).isoformat()]


def _modification_shown(
    markup: str, modified: str, saved: date, near: HeadlineTexts, locale: str | None
) -> list[str]:
    """The markup's modification, on a page with no date element whose one date line under
    the headline names the modification's day ("By Kathryn Giuffrida Mar 5, 2025 | 6
    comments" beside a dateModified of 2025-03-05 and a datePublished of January): the page
    shows its reader the date of the last revision as the story's, the first draft's date
    stays in the markup only. The markup's string is kept (it has the time and offset). A
    line labelled as the update is not read here (``near_headline`` leaves it out), and any
    date element on the page, an update's included, leaves the rule out (a page labelling its
    update elsewhere dates the story by its publication). On wcxb-dev's articles: date right
    +2 on half A, +2 on half B, none lost.

    Where class names are hashed (CSS modules, Tailwind builds), no element is named a date
    and the rule is asked of pages whose date element it did not see; a shown day on which
    the markup's publication falls in some time zone is the publication's, not a revision's
    ("Published: 03 Dec 2025" beside a datePublished of 2025-12-02T23:00:55Z and a revision
    the same evening: the publication in the site's own zone). On wcxb-dev's articles with
    names hashed: date right A +1, B unchanged; as they are, no page changes."""
    day = _line_day(near, locale)
    if day != saved or _local_day_of(markup, day):
        return []
    return [modified]


def _line_dates(
    markup: str,
    modified: str,
    days: tuple[date, date],
    shown: list[Shown],
    *,
    near: HeadlineTexts,
    locale: str | None,
) -> list[str] | None:
    """``revised``'s answer from the date line under the headline alone (``days``: the
    publication's and the last save's), or None where the page's date elements are to be
    weighed: on a page with none, the modification or a rewrite's date the line names (see
    ``_modification_shown``, ``_rewritten_line``). Date elements none of which is an update
    nor names the last save's day, all earlier than it, are other stories' cards (a
    related-posts grid whose <aside> became a <div>: "By Kathryn Giuffrida | Jan 2, 2025"),
    not this story's line: the line naming the modification's day is read as on a page
    without them. On wcxb-dev's articles with semantic tags turned to <div>: date right A +1;
    as they are unchanged."""
    published, saved = days
    if not shown:
        return _modification_shown(markup, modified, saved, near, locale) or _rewritten_line(
            published, saved, near, locale
        )
    if any(item.update or item.day is None or item.day >= saved for item in shown):
        return None
    return _modification_shown(markup, modified, saved, near, locale) or None


def _rewritten_line(
    published: date, saved: date, near: HeadlineTexts, locale: str | None
) -> list[str]:
    """The date line just after the headline, on a page with no date element, where it lies
    two days or more after the markup's publication and before its last modification: the
    story rewritten and dated anew (see ``revised``), its date shown in a line whose element
    no class names as a date (hashed names, or a byline's "By Jared Newman Nov 25, 2025"
    beside a publication of 2024 and a last save in December). The line alone, as
    ``republished`` reads it without a date element: one above the headline may be the
    header's. Not where a date line stands above the headline too ("Mobile Marketing |
    January 16, 2025" over the <h1>): the story's dateline is that one, and the line found
    below is a sidebar card's ("Most Popular … July 15, 2025"). On wcxb-dev's articles with
    names hashed: date right A +1 (without that exception +1 -1); as they are unchanged."""
    line = near_headline(near, locale, after_only=True)
    if line and len(near_headline(near, locale)) > 1:
        return []
    day = day_of(line[0]) if line else None
    if day is None or (day - published).days < _REPUBLISHED_DAYS or day >= saved:
        return []
    return [] if _swapped(day) == published else line[:1]


def _local_day_of(markup: str, day: date) -> bool:
    """Whether ``day`` is the markup's moment as a clock somewhere (UTC-12 to UTC+14) reads it;
    a bare date (or a midnight) is its own day only."""
    parsed = parse_date(markup)
    if parsed is None:
        return False
    if len(markup) <= 10 or parsed.time() == time(0, 0):
        return parsed.date() == day
    moment = parsed.astimezone(UTC)
    return (moment - _WESTMOST_OFFSET).date() <= day <= (moment + _WIDEST_OFFSET).date()


def _line_day(near: HeadlineTexts, locale: str | None) -> date | None:
    """The day of the date line nearest the headline, if it has one."""
    line = near_headline(near, locale)
    return day_of(line[0]) if line else None


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
_MACHINE_STAMP: Final = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


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


def day_of(value: str) -> date | None:
    parsed = parse_date(value)
    return parsed.date() if parsed is not None else None
