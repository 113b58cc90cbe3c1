"""What a page's URL says of it: the date in its permalink and the local day it settles, and
whether the page is its site's front page.

A CMS writes the date into a post's URL (``/2025/12/18/slug``, ``/2025-12-15+Title``) in the
site's own time zone, when the post goes out: it names the publication's day as the site's
readers saw it, where the markup may give the same moment in UTC.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final
from urllib.parse import urlsplit

from newswire.pipeline.dates import parse_date

# /2025/09/04/ (Squarespace's /2025/6/9/ unpadded), /2025-09-04-slug or /2025-12-15+Rust+GCC in
# a URL path. Joined by hyphens the month and day are padded, as a CMS prints them: an unpadded
# "/t/2024-4-4-2024-5-0-issue" is a title's calendar version ("2024.4.4 -> 2024.5.0") turned
# into a slug, no date.
_URL_DATE: Final = re.compile(
    r"/((?:19|20)\d\d)(?:/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])"
    r"|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))(?!\d)"
)


def url_day(url: str) -> date | None:
    """The date in the URL's path, when it has a real one."""
    match = _URL_DATE.search(url)
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups() if part is not None)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def local_day(
    markup: str, permalink: date | None, shown: Sequence[tuple[date | None, str]]
) -> str | None:
    """The page's own day where its markup gives the publication in UTC and the permalink's
    date is the day before or after (``/2025/12/18/…`` with ``2025-12-19T03:05:00+00:00``, a
    post of an evening in California): the date shown with the permalink's day (``shown``:
    each shown date's day and text, the text of a ``<time>`` its attribute, which keeps the
    time and local offset), else the permalink's date. On wcxb-dev, where the URL's date and
    the markup's UTC day differ by one, the truth is the URL's day on both pages (one per
    half); where a page gives its local offset, the truth is its local day on 10 of 11
    articles. None where nothing is to change."""
    if permalink is None or len(markup) <= 10:  # a bare date has no zone to differ by
        return None
    parsed = parse_date(markup)
    if parsed is None or parsed.utcoffset() != timedelta(0):
        return None
    if abs((parsed.date() - permalink).days) != 1:
        return None
    return next((text for day, text in shown if day == permalink), permalink.isoformat())


def front_page(url: str) -> bool:
    """Whether the URL is its site's root ("https://techcrunch.com/", a shop's home with a
    tracking query): the front page shows the latest of many stories or the company itself,
    and a byline on it is one teaser's (see ``bylines.authors``). A URL without a host is not
    read as one."""
    parts = urlsplit(url)
    return bool(parts.netloc) and parts.path in {"", "/"}
