"""Time zones as news pages write them after a time: abbreviations ("WIB", "EST", "CET"), GMT
or UTC with an offset ("GMT+3", "UTC-05:00"), or a bare offset ("+0700"). Apart from
``dates`` (which reads the date and the time) so that both stay under the module size."""

from __future__ import annotations

import re
from datetime import UTC, date, timedelta, timezone
from typing import Final

_ZONES: Final[dict[str, timedelta]] = {
    name: timedelta(hours=hours)
    for name, hours in {
        "wib": 7,
        "wita": 8,
        "wit": 9,
        "myt": 8,
        "sgt": 8,
        "hkt": 8,
        "pht": 8,
        "ict": 7,
        "jst": 9,
        "kst": 9,
        "ist": 5.5,
        "utc": 0,
        "gmt": 0,
        "z": 0,
        "wet": 0,
        "west": 1,
        "bst": 1,
        "cet": 1,
        "cest": 2,
        "mez": 1,
        "mesz": 2,
        "eet": 2,
        "eest": 3,
        "msk": 3,
        "est": -5,
        "edt": -4,
        "cst": -6,
        "cdt": -5,
        "mst": -7,
        "mdt": -6,
        "pst": -8,
        "pdt": -7,
        "aest": 10,
        "aedt": 11,
        "awst": 8,
        "nzst": 12,
        "nzdt": 13,
        "brt": -3,
    }.items()
}
_OFFSET: Final = re.compile(
    r"(?:\b(?:gmt|utc))?\s*(?P<sign>[+-])(?P<hh>\d{1,2})(?::?(?P<mm>\d{2}))?\b", re.IGNORECASE
)
_ZONE_WORD: Final = re.compile(r"\b(?P<zone>[A-Za-z]{1,5})\b")
# US sites print a region's zone without its season right after the clock ("10:30 a.m. ET",
# "Updated 4:12 PM PT"; the clock's match leaves the last "." of "a.m."): standard time, or
# daylight time (one hour more) by the date. Read only in capitals directly after the clock: a
# lower-case "et" there is French "and" ("10h30 et 11h").
_US_REGION: Final = re.compile(r"\.?\s*(?P<zone>ET|CT|MT|PT)\b")
_US_STANDARD: Final = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}


def zone_after(
    rest: str, written: str = "", local: tuple[int, int, int, int] | None = None
) -> timezone:
    """The zone written in ``rest`` (lower case), the text after a date's time: a zone's
    abbreviation ("wib", "est", "utc"), GMT or UTC with an offset ("gmt+3"), or an offset alone
    ("+07:00"); UTC where none is written (a documented limitation: the site's zone is unknown).
    ``written`` is the same text in its own case and ``local`` the date and hour (year, month,
    day, hour) the page wrote: a US region's zone in capitals ("ET") takes its season from them."""
    region = _US_REGION.match(written)
    if region is not None and local is not None:
        hours = _US_STANDARD[region["zone"]] + (1 if _us_daylight(*local) else 0)
        return timezone(timedelta(hours=hours))
    for word in _ZONE_WORD.finditer(rest):
        offset = _ZONES.get(word["zone"])
        if offset is not None and word["zone"] not in {"z"}:
            # "GMT+2", "UTC-05:00": the offset written after the word is the zone ("9:30am
            # GMT+3" is 06:30 UTC), not GMT itself; the word alone is UTC.
            shifted = _OFFSET.match(rest, word.start()) if offset == timedelta(0) else None
            return _offset_zone(shifted) if shifted else timezone(offset)
    match = _OFFSET.search(rest)
    return _offset_zone(match) if match else UTC


def _offset_zone(match: re.Match[str]) -> timezone:
    """The zone an ``_OFFSET`` match writes; UTC where it is no offset (hours above 14)."""
    hours, minutes = int(match["hh"]), int(match["mm"] or 0)
    if hours <= 14 and minutes < 60:
        delta = timedelta(hours=hours, minutes=minutes)
        return timezone(delta if match["sign"] == "+" else -delta)
    return UTC


def _us_daylight(year: int, month: int, day: int, hour: int) -> bool:
    """Whether a local US date and hour fall in daylight time: from the second Sunday of March
    to the first Sunday of November at 2:00 since 2007, the first Sunday of April to the last
    Sunday of October before (older rules are not kept: pages that old rarely print "ET")."""
    if year >= 2007:
        start = (3, _sunday(year, 3, 2), 2)
        end = (11, _sunday(year, 11, 1), 2)
    else:
        start = (4, _sunday(year, 4, 1), 2)
        end = (10, 31 - (date(year, 10, 31).weekday() + 1) % 7, 2)
    return start <= (month, day, hour) < end


def _sunday(year: int, month: int, nth: int) -> int:
    """The day of the month of its ``nth`` Sunday."""
    return 1 + (6 - date(year, month, 1).weekday()) % 7 + 7 * (nth - 1)
