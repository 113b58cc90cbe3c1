"""Publication and update dates: every place a page puts them, and the one a reader sees.

Sources, in the order of trust: JSON-LD at any depth (``@graph``, arrays, nested objects), the
``<meta>`` variants of CMSs and analytics tags, ``itemprop`` elements, ``<time datetime>``, the
date lines shown near the headline and byline, the URL path (``/2025/09/04/``).

The publication date is the one the page shows its reader above the story: where markup and the
date line shown at the top agree, the markup's string is kept (it has the time and offset); where
the page shows only its last update at the top ("Updated December 17, 2025") and its markup
names that day as the modification, the shown date is the story's date as its readers know it;
a date in a related-story list, a footer or a copyright line is never taken.

The candidates come from three modules: ``date_markup`` (JSON-LD, ``<meta>``, microdata, ``<time
datetime>``), ``shown_dates`` (the date elements a reader sees) and ``headline_dates`` (the date
lines by the headline); this one ranks them, asking ``shown_over_markup`` where a shown date outranks the markup's publication.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.dates import is_date_like, parse_date, written_order
from newswire.pipeline.html.author_elements import author_link_nodes
from newswire.pipeline.html.date_markup import head_published, markup_dates
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_dates import month_under_headline, near_headline
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.labelled_dates import labelled_dates
from newswire.pipeline.html.permalink import local_day, url_day
from newswire.pipeline.html.shown_dates import (
    Shown,
    author_card_dates,
    name_elements,
    shown_dates,
    story_update_line,
    time_datetimes,
)
from newswire.pipeline.html.shown_over_markup import (
    day_of,
    head_shown,
    local_clock,
    republished,
    revised,
    update_only,
    updated_before,
)
from newswire.pipeline.html.stated_origin import (
    fine_print_notes,
    labelled_publication,
    stated_origin,
)
from newswire.pipeline.html.thread_posts import first_post_date


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
    # Markup that names no date ("0001-01-01T00:00:00", a CMS's empty value: see
    # ``dates._YEARS``) is no publication: the page's shown dates are read as on a page
    # without markup.
    published = [value for value in published if is_date_like(value)]
    # Whether the markup names a publication of its own, beside the URL's day.
    structured = bool(published)
    day_of_url = url_day(url) if url else None
    if day_of_url is not None:
        published.append(day_of_url.isoformat())
    shown = shown_dates(tree, locale)
    ordered = _page_order(shown, locale)
    if ordered != locale:
        locale, shown = ordered, shown_dates(tree, ordered)
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
        earlier = _outranking(
            tree,
            meta,
            published[0],
            modified,
            shown=shown,
            texts=texts,
            locale=locale,
            structured=structured,
        )
        # The update the page shows ("UPDATED 16:47 EST / DECEMBER 19 2025") is the
        # modification where the markup names none; after the markup's where it does (a
        # CMS's own stamp of the last save is the more exact).
        updates = [item.iso or item.text for item in shown if item.update]
        return PageDates(
            published=_unique([*earlier, *published, *later]),
            modified=_unique([*modified, *updates]),
        )
    texts = near or HeadlineTexts(tree)
    chosen = _without_markup(tree, shown, modified, texts, locale, authors=authors, story=story)
    modified.extend(item.iso or item.text for item in shown if item.update)
    return PageDates(published=_unique(chosen), modified=_unique(modified))


def _without_markup(
    tree: LexborHTMLParser,
    shown: list[Shown],
    modified: list[str],
    texts: HeadlineTexts,
    locale: str | None,
    *,
    authors: Sequence[str],
    story: Sequence[str],
) -> list[str]:
    """The publications of a page whose markup and URL name none: the dates it shows its
    reader, the most likely first (``modified``: the markup's modification, if any)."""
    # The fine print the body dropped may state the story's first publication (see
    # ``fine_print_notes``): read with the story's lines.
    story = [*story, *fine_print_notes(tree)]
    chosen = _shown_first(tree, shown, locale)
    if chosen:
        chosen[:0] = _update_by_headline(shown, texts, locale) or _earlier_near(
            chosen[0], shown, texts, locale
        )
    else:
        chosen.extend(near_headline(texts, locale))
    chosen.extend(time_datetimes(tree))
    if not chosen and (labelled := labelled_dates(tree, locale)):
        # A date the page labels as the publication in words, far from the headline and in no
        # date element (a facts column's "<h4>Published</h4><div>July 8, 2025</div>", a meta
        # row's "Posted on April 13, 2023" under hashed class names): the page's own word, so
        # no origin a note states outranks it (see ``_origin_before``). On the date probe with
        # names hashed: date right A 285 -> 287, B 292 -> 294 of 392 / 390 (one B listing's
        # miss turns from none to an item's "Published on:" date). Asked before the updates
        # below: an update, shown or in the markup ("article:modified_time" alone, a
        # template's "Post time: 01-04-2024" after the story), is by its name not the
        # publication the page states.
        return labelled
    if not chosen:
        # Only an update is shown ("Updated: 10/31/2024"): the page's readers have no other date.
        chosen.extend(item.iso or item.text for item in shown if item.update)
        chosen.extend(modified)
        chosen.extend(near_headline(texts, locale, updates=True))
    chosen = chosen or _last_resorts(tree, texts, locale, authors, story)
    chosen[:0] = _origin_before(chosen, shown, story, locale)
    return chosen


def _outranking(
    tree: LexborHTMLParser,
    meta: HeadMetadata,
    markup: str,
    modified: list[str],
    *,
    shown: list[Shown],
    texts: HeadlineTexts,
    locale: str | None,
    structured: bool,
) -> list[str]:
    """The date the page shows that outranks the markup's publication (see
    ``shown_over_markup``), the rules asked in order; empty where the markup stands.
    ``structured``: whether the markup names a publication of its own; where the URL's day
    alone does ("/2022/11/09/" on a page without date markup), no page shows only its update
    for machines to keep the first draft's date: the URL is the publication the site gave the
    story, and the update shown under the headline ("Updated November 11, 2022", the
    publication in its tooltip) is the update (``update_only`` is not asked)."""
    earlier = republished(markup, shown, texts, locale) or updated_before(markup, shown)
    # A publication in structured data alone is for machines (update_only, revised).
    heads = head_published(meta)
    if not earlier and modified:
        earlier = revised(markup, modified[0], shown, texts, locale, structured_only=not heads)
    earlier = earlier or head_shown(markup, heads, shown)
    if not earlier and not heads:
        earlier = local_clock(markup, tree, locale)
        if not earlier and structured:
            earlier = update_only(markup, shown, texts, locale)
    return earlier


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


# The locales that stand for a page's numeric order once its dates show it: US English's
# month first, British English's day first (see ``dates._MONTH_FIRST_LOCALES``).
_MONTH_FIRST, _DAY_FIRST = "en-US", "en-GB"


def _page_order(shown: list[Shown], locale: str | None) -> str | None:
    """The locale to read the page's dates in: its own, unless a date element it shows can be
    read in one order only and that is not the locale's ("11.24.2025" beside "09.10.2024" on
    a page declaring no region: a page writes all its numeric dates one way, so the first is
    September 10th). Only where the page's dates agree on the order (none read the other
    way). On the date probe (dev pages without date markup): B +1, A unchanged."""
    orders = {order for item in shown if (order := written_order(item.text)) is not None}
    if len(orders) != 1:
        return locale
    month_first = orders.pop()
    # How the locale reads an ambiguous date already ("01.02.2000": January 2nd month first).
    probe = parse_date("01.02.2000", language=locale)
    if probe is not None and (probe.month == 1) == month_first:
        return locale
    return _MONTH_FIRST if month_first else _DAY_FIRST


def _update_by_headline(shown: list[Shown], texts: HeadlineTexts, locale: str | None) -> list[str]:
    """The update the page shows as its first date element, where that is also the one date
    line by its headline ("Updated on April 19, 2025" under the <h1>, no publication line
    there), on a page without a markup publication: the page dates the story by its update,
    and the date elements further down that are not updates are other stories' (a related
    card's "Aug 01, 2024", the previous article's in the post navigation). On the date probe
    (dev pages without date markup, all types): date right A unchanged (one page's miss turns
    from the previous article's day to the update shown), B +2; the pages as they are
    unchanged."""
    first = shown[0] if shown else None
    if first is None or not first.update or near_headline(texts, locale):
        return []
    line = near_headline(texts, locale, updates=True)
    return [first.iso or first.text] if line and day_of(line[0]) == first.day else []


def _earlier_near(
    first: str, shown: list[Shown], texts: HeadlineTexts, locale: str | None
) -> list[str]:
    """The date line next to the headline (``near_headline``) where it is earlier than the date
    first chosen, on a page without a markup publication: the later date is then another
    story's or the page's furniture (a header's clock or ticker, a related-story card, a
    WordPress list item that ``first_post_date`` takes for a post, a promotion's "Ends January
    9, 2026"), or a later post of a thread, while the story's own line sits by its headline.
    Not where that line is the text of a date element whose machine attribute overruled it
    ("03/01/2017" in a ``<time datetime="2017-03-01">``): the element was weighed already.
    Session 41's probe (dev pages with their JSON-LD, date ``<meta>`` tags and microdata names
    stripped, all types): date right A 275 -> 281, B 283 -> 288 of 392 / 390, none lost; the
    unstripped dev pages give the same dates as before (the rule asks no page with markup)."""
    nearby = near_headline(texts, locale)
    day = day_of(nearby[0]) if nearby else None
    shown_day = day_of(first)
    if day is None or shown_day is None or day >= shown_day:
        return []
    # A first date element labelled as the publication ("Published on <time>25.Jun.2019</time>",
    # a journal's article header) is the page's own word, no furniture: a line above the
    # headline (the preprint's "first published 04.Apr.2019") does not outrank it.
    labelled = next((item for item in shown if not item.update), None)
    if labelled is not None and labelled.published and labelled.day == shown_day:
        return []
    for item in shown:
        said = parse_date(item.text, language=locale)
        if said is not None and said.date() == day and item.day != day:
            return []
    return [nearby[0]]


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
    day = day_of(chosen[0])
    return [origin[0]] if day is not None and origin[1] < day else []


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value))[:8]
