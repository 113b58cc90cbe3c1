"""Table-driven date parsing for news pages: ISO 8601 from markup, and visible dates in the
languages of ``month_names`` (Indonesian, Malay, English, German, French, Spanish, Portuguese,
Italian, Catalan, Dutch, the Nordic languages, Polish, Czech, Slovak, Croatian, Finnish,
Hungarian, Romanian, Turkish, Russian, Ukrainian, Greek, Arabic, Hindi, Marathi, Bengali), plus
year-first numeric and CJK dates, in any script's decimal digits, with time-zone abbreviations
and relative dates ("2 jam yang lalu", "3 hours ago", "vor 3 Std.", "il y a 3 h", "3日前",
"2 ngày trước") resolved against the fetch time.

Pure regex and dict lookups: microseconds per call, no dateutil on the hot path.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Final

from newswire.pipeline.clock_times import clock_after, twelve_hour_after_iso_day
from newswire.pipeline.local_date_forms import common_era, local_date
from newswire.pipeline.month_names import (
    LONGEST_MONTH,
    MONTH_LETTER,
    MONTHS,
    TWO_LETTER_MONTHS,
    ascii_digits,
)
from newswire.pipeline.relative_dates import RELATIVE_KEYED, RELATIVE_WORD, relative_date
from newswire.pipeline.short_year import short_year_line
from newswire.pipeline.textnorm import lacks_keyed_words
from newswire.pipeline.time_zones import zone_after

# A month's name of three letters or more, or one of the two-letter names (Hindi's "मई", a
# word of its own: not the start of a longer one).
_MONTH_WORD: Final = (
    rf"(?P<month>{MONTH_LETTER}{{3,{LONGEST_MONTH}}}|(?:{'|'.join(TWO_LETTER_MONTHS)})"
    rf"(?!{MONTH_LETTER}))\.?"
)
_DAY_MONTH_YEAR: Final = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+|of\s+)?{_MONTH_WORD},?\s+(?:de\s+)?"
    rf"(?P<year>\d{{4}})\b"
)
# The day may close with a dot where a comma would stand ("December 19. 2025", "Jul. 11. 2025":
# a blog template's date line under the headline, the day written as an ordinal).
_MONTH_DAY_YEAR: Final = re.compile(
    rf"\b{_MONTH_WORD}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[,.]?\s+(?P<year>\d{{4}})\b"
)
# The day, month word and year joined by hyphens ("04-Aug-2021", "19-Dec-2025", a CMS's
# localized "04-ago-2021"): the DD-MON-YYYY stamp of some CMSs in bylines and post headers; or
# by slashes, the same stamp in a server's log format ("16/Jan/2026"); or by dots, a journal's
# and some European templates' "25.Jun.2019", "25.June.2019". One separator throughout, and
# the four-digit year always: a version or a code ("1.Jan", "3.mar.12") is no date.
_DAY_MONTH_YEAR_HYPHENS: Final = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?P<sep>[-/.]){_MONTH_WORD}(?P=sep)(?P<year>\d{{4}})\b"
)
# PubMed's and other catalogues' "2023 Jan 7", and Hungarian's "2026. január 16." (the year
# with its ordinal dot).
_YEAR_MONTH_DAY: Final = re.compile(
    rf"\b(?P<year>(?:19|20)\d\d)\.?\s+{_MONTH_WORD}\s+(?P<day>\d{{1,2}})\b"
)
# Day, month and year by slashes, dots or hyphens; a dot may take a space after it, as Czech,
# Slovak, Slovenian and Croatian write the day ("16. 1. 2026").
_NUMERIC: Final = re.compile(
    r"\b(?P<a>\d{1,2})(?:[/-]|\.\s?)(?P<b>\d{1,2})(?:[/-]|\.\s?)(?P<year>\d{4})\b"
)
# Year first is always year-month-day: "2025/12/18", "2025.12.18", "2025年12月18日", "2025년 12월 18일",
# and a theme's "2025•01•08" (a bullet between the fields, the same one twice).
_YEAR_FIRST: Final = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:[/.]\s?|\s*[年년]\s*|(?P<dot>•))(?P<month>\d{1,2})"
    r"(?:(?(dot)•|(?:[/.]\s?|\s*[月월]\s*)))(?P<day>\d{1,2})(?!\d)"
)
# An ISO day after a label ("Last Updated: 2025-02-22"): a CMS printing its stored date as is;
# also unpadded ("发布时间 2025-12-3", "2025-1-5 10:30": a template's Y-n-j, common on Chinese
# news sites). Not inside a longer run of dashed numbers (a part number, a range).
_ISO_IN_TEXT: Final = re.compile(
    r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>\d\d?)-(?P<day>\d\d?)(?![\d-])"
)
# The month and day, then the time and a zone, then the year: C's asctime and Unix date ("Wed
# Dec  3 10:15:00 2025", "Wed Dec 03 10:15:00 UTC 2025"; HTTP's third date form, Java's
# Date.toString()), a server's or a template's print of a stored moment. The date ends at its
# day, so that the time and the zone after it are read as those of any date.
_MONTH_DAY_TIME_YEAR: Final = re.compile(
    rf"\b{_MONTH_WORD}\s+(?P<day>\d{{1,2}})\s+\d{{1,2}}:\d\d(?::\d\d)?(?:\s+[a-z]{{1,5}})?\s+"
    r"(?P<year>\d{4})\b"
)
# Every absolute date pattern above holds its year as four digits in a row ("\d{4}",
# "(?:19|20)\d\d"): a text without such a run has no absolute date but a whole "dd.mm.yy" line
# (see ``short_year``), and most texts asked ("2 hours ago", "March 5", a label) have none
# (~60%, ~14 µs each through the seven patterns).
_FOUR_DIGITS: Final = re.compile(r"\d{4}")
# The cheap test of ``is_date_like``, which the extractors ask about most short texts of a page:
# every ISO and absolute date holds a digit (every relative one a ``RELATIVE_WORD``).
_DIGIT: Final = re.compile(r"\d")
# Locales that write the month first in numeric dates ("03/01/2017" is March 1st): US English
# and the Philippines'. Everyone else here writes the day first.
_MONTH_FIRST_LOCALES: Final = frozenset({"en-us", "en-ph", "fil", "fil-ph"})
# Pages that name no region for their English ("en", or no language at all): the order is not
# declared, and a US zone after the date's clock ("3/4/2025 10:30 AM EST", "03/04/2025 9:15
# a.m. ET": a US newsroom's or a US CMS's stamp) places the page in the US, which writes the
# month first. A zone of anywhere else, or none, leaves the day first.
_UNPLACED_LOCALES: Final = frozenset({"", "en"})
# The same pages' numeric date by slashes with a field left unpadded ("3/4/2025", "10/4/2025"):
# the US form (JavaScript's en-US toLocaleDateString, PHP's "n/j/Y" in US themes); a British,
# Irish or Australian template pads its day first ("04/03/2025") and Europe's write dots.
# Only where the page says English without a region: elsewhere the page's own locale decides.
_UNPADDED_SLASHES: Final = re.compile(r"\d{1,2}/\d{1,2}/")
_US_ZONE_AFTER: Final = re.compile(
    r"\s*(?:,|at|@|-)?\s*\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*\(?[ecmp][sd]?t\b"
)
# The years a publication can have. Outside them a date is a CMS's empty value (.NET's
# DateTime.MinValue "0001-01-01T00:00:00", "9999-12-31" for "never"), not the story's: read,
# it is a date the page never gave, and the next candidate is the page's. (Its moment in UTC
# would also fall outside datetime's range at the ends: "9999-12-31T23:59:59-05:00".)
_YEARS: Final = range(1900, 2200)
# A date this far after the fetch is no publication date: a misread day/month order.
_FUTURE_SLACK: Final = timedelta(days=2)


# A month and its year alone on a line ("November 2015"), in the languages of the month table.
_MONTH_YEAR: Final = re.compile(rf"^{_MONTH_WORD},?\s+(?P<year>(?:19|20)\d\d)$")


def parse_month(text: str) -> datetime | None:
    """The first day of the month a line names with its year and nothing else ("November
    2015"), at midnight UTC; ``None`` for any other line. A month is no date ``parse_date``
    reads: in a sentence or a list it is a period, not a publication."""
    match = _MONTH_YEAR.match(ascii_digits(text.strip().lower()))
    month = MONTHS.get(match["month"].rstrip(".")) if match else None
    if match is None or month is None:
        return None
    return datetime(int(match["year"]), month, 1, tzinfo=UTC)


def parse_date(
    text: str, *, reference: datetime | None = None, language: str | None = None
) -> datetime | None:
    """Parse one date string; ``None`` when it holds no date. Always timezone-aware.

    ``language`` is the page's language or locale ("en", "en-US", "de_AT"): a numeric date
    whose order is ambiguous ("03/01/2017") is read month first only in month-first locales,
    unless that reading is impossible (a month above 12) or lies in the future of
    ``reference`` while the other does not. A date with no zone is taken as UTC (documented
    limitation: the site's zone is unknown).
    """
    text = ascii_digits(text.strip())
    if not text or len(text) > 200:
        return None
    iso = _parse_iso(text)
    if iso is not None:
        return iso if iso.year in _YEARS else None
    folded = text.lower()
    date = _absolute_date(folded, language, reference)
    if date is None:
        return relative_date(folded, reference)
    year, month, day, start, end = date
    if year not in _YEARS:
        return None
    # The time follows the date ("16.01.2026 10:30") or comes before it ("11:11 PM EST Nov 19,
    # 2019"), never inside it (the "16.01" of "16.01.2026" is no time).
    clock = clock_after(folded, end) or clock_after(folded[:start], 0)
    hour, minute, second, after = clock or (0, 0, 0, 0)
    # The zone follows the time. A day without a time has none to place: what follows it may
    # be another date whose dashes read as offsets ("2025-12-12 - 2025-12-17" is no UTC-12),
    # as the date's own would ("12-03-2025" is no UTC-3).
    # ``text`` in its own case beside ``folded`` (one offset for both unless lowering grew a
    # character) is where a US region's zone is read ("10:30 a.m. ET"; see ``zone_after``).
    written = text[after:] if len(text) == len(folded) else ""
    local = (year, month, day, hour)
    zone = zone_after(folded[after:], written, local) if clock else UTC
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


# The HTML extractor asks about every short text around the headline, once per rule that reads
# them (two or three a page), and a site's menus and labels repeat from page to page: a pure
# function of the text, its answers are kept (about a tenth of the page's date-rule time).
_DATE_LIKE_CACHE: Final = 8192


@lru_cache(maxsize=_DATE_LIKE_CACHE)
def is_date_like(text: str) -> bool:
    """Whether ``text`` holds a date ``parse_date`` can read (an absolute date, or a relative
    one given a fetch time): the test extractors apply to a candidate date line."""
    folded = ascii_digits(text.strip().lower())
    if not folded or len(folded) > 200:
        return False
    if _DIGIT.search(folded):
        iso = _parse_iso(folded)
        if iso is not None:
            return iso.year in _YEARS
        absolute = _absolute_date(folded, None, None)
        if absolute is not None:
            return absolute[0] in _YEARS
    # Most texts are ASCII without a relative word: substring tests, not the pattern's scan.
    if lacks_keyed_words(folded, RELATIVE_KEYED, lowered=True) or not RELATIVE_WORD.search(folded):
        return False
    return relative_date(folded, datetime(2000, 1, 1, tzinfo=UTC)) is not None


# Module-level (``re.match`` with a pattern string looks it up in re's cache on every call,
# and this is asked of every date-like text of a page).
_ISO_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT: Final = re.compile(
    r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?: ?[+-]\d\d:?\d\d)?"
)
# A zone's abbreviation alone after the moment (anything else after it is not read as a zone).
_ZONE_NAME: Final = re.compile(r"\s*[A-Za-z]{1,5}\s*")


def _parse_iso(text: str) -> datetime | None:
    if not _ISO_DAY.match(text):
        return None
    candidate = text.replace("Z", "+00:00").replace(" ", "T", 1)
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        # The moment before words ISO has not: a zone's name ("2025-12-03 10:15:00 UTC", Ruby's
        # and databases' print), an offset after a space and the zone's name again (Go's
        # time.String(), in Hugo sites' meta: "2026-02-21 12:16:43 +0100 +0100", "… -0800
        # PST"), the zone's id in brackets ("…-05:00[America/New_York]", RFC 9557); else the day.
        clock = twelve_hour_after_iso_day(text)
        if clock is not None:
            hour, minute, second, end = clock
            day = (int(text[:4]), int(text[5:7]), int(text[8:10]))
            zone = zone_after(text[end:].lower(), text[end:], (*day, hour))
            try:
                return datetime(*day, hour, minute, second, tzinfo=zone)
            except ValueError:
                return None
        moment = _ISO_MOMENT.match(candidate)
        try:
            parsed = datetime.fromisoformat(moment[0] if moment else candidate[:10])
        except ValueError:
            return None
        named = _ZONE_NAME.fullmatch(candidate, moment.end()) if moment else None
        if named and parsed.tzinfo is None:
            return parsed.replace(tzinfo=zone_after(named[0].lower()))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


# A calendar version, not a day: "v2024.12.1", "Version 2024.10.3", "Discourse 2026.2.0-latest",
# "2024.3.1.2" (a release's number written year first, as Home Assistant, Discourse and
# JetBrains number theirs): the version's word or "v" before it, a pre-release's word or a
# fourth number after it. Its patch number 0 ("2026.2.0") is no day either (see the caller).
_VERSION_BEFORE: Final = re.compile(r"(?:\bv|\b(?:version|release|build)\s*)$")
_VERSION_AFTER: Final = re.compile(r"\.\d|-?(?:latest|beta|alpha|dev|rc)\b")


def _version(folded: str, match: re.Match[str]) -> bool:
    """Whether the year-first date ``match`` found in ``folded`` is a calendar version."""
    start, end = match.start(), match.end()
    return bool(
        _VERSION_BEFORE.search(folded, max(0, start - 9), start)
        or _VERSION_AFTER.match(folded, end)
    )


def _absolute_date(
    folded: str, language: str | None, reference: datetime | None
) -> tuple[int, int, int, int, int] | None:
    """Year, month, day, and where the date starts and ends in ``folded``."""
    # Vietnamese's and Thai's forms (their words are not ASCII; a Thai year may have two
    # digits), asked first: Thai's year is of another era than the patterns below read.
    local = None if folded.isascii() else local_date(folded)
    if local is not None or _FOUR_DIGITS.search(folded) is None:
        return local or short_year_line(folded)
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _YEAR_MONTH_DAY, _DAY_MONTH_YEAR_HYPHENS):
        # Every match of the shape, not only the first: a word that is no month in the shape
        # ("Vol 3 Issue 2024, 16 January 2024") does not hide the date after it.
        for named in pattern.finditer(folded):
            month = MONTHS.get(named["month"].rstrip("."))
            if month:
                return int(named["year"]), month, int(named["day"]), named.start(), named.end()
    for named in _MONTH_DAY_TIME_YEAR.finditer(folded):
        month = MONTHS.get(named["month"].rstrip("."))
        if month:
            return int(named["year"]), month, int(named["day"]), named.start(), named.end("day")
    match = _YEAR_FIRST.search(folded) or _ISO_IN_TEXT.search(folded)
    if (
        match
        and 1 <= int(match["month"]) <= 12
        and 1 <= int(match["day"]) <= 31
        and not _version(folded, match)
    ):
        return (
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            match.start(),
            match.end(),
        )
    match = _NUMERIC.search(folded)
    if match:
        # A year of the Buddhist era ("05/12/2569", a Thai page's numeric date) is no common
        # era's publication: read as the common era's year it is.
        first, second, year = int(match["a"]), int(match["b"]), common_era(int(match["year"]))
        locale = (language or "").lower().replace("_", "-")
        month_first = second > 12 or (
            first <= 12
            and (
                locale in _MONTH_FIRST_LOCALES
                or (locale in _UNPLACED_LOCALES and _US_ZONE_AFTER.match(folded, match.end()))
                or (locale == "en" and _unpadded_slashes(match))
            )
        )
        if first <= 12 and second <= 12 and first != second and reference is not None:
            # Both readings are dates: one in the future of the fetch cannot be a publication.
            chosen, other = (first, second) if month_first else (second, first)
            if _is_future(year, chosen, other, reference) and not _is_future(
                year, other, chosen, reference
            ):
                month_first = not month_first
        day, month = (second, first) if month_first else (first, second)
        if 1 <= month <= 12:
            return year, month, day, match.start(), match.end()
    return None


def written_order(text: str) -> bool | None:
    """Which order a numeric date's day and month can only be read in: True where month first
    ("11.24.2025": no 24th month), False where day first ("24.11.2025"), None where either
    reading is a date or the text has no numeric date."""
    match = _NUMERIC.search(ascii_digits(text))
    if match is None:
        return None
    first, second = int(match["a"]), int(match["b"])
    if second > 12 >= first:
        return True
    if first > 12 >= second:
        return False
    return None


def _unpadded_slashes(match: re.Match[str]) -> bool:
    """Whether a numeric date is written with slashes and a one-digit day or month."""
    return (len(match["a"]) == 1 or len(match["b"]) == 1) and _UNPADDED_SLASHES.match(
        match[0]
    ) is not None


def _is_future(year: int, month: int, day: int, reference: datetime) -> bool:
    try:
        return datetime(year, month, day, tzinfo=UTC) > reference + _FUTURE_SLACK
    except ValueError:
        return True
