"""The clock time of a date line: hour, minute and second, the half of the day applied."""

from __future__ import annotations

import re
from typing import Final

# A time is not followed by a dot and a digit: the "17.01" of a second date after the first
# ("16.01.2026 | aktualisiert 17.01.2026", "16.01.2026 - 31.01.2026") is that date's day and
# month, no clock (and an "hour" of 31 would lose the date).
# Korean, Japanese and Chinese pages set the half of the day before the clock ("오후 5:32",
# "午後3:05", "下午 4:10"), with or without a space, where English sets "PM" after it.
# The hour and minute are parted by a colon or a dot, by French's "h" ("à 14h05", "14 h 05":
# Le Monde's, Le Figaro's, Quebec's bylines), or by Japanese's and Korean's hour word with the
# minute's after ("14時05分", "14시 05분"; the hour glued to the day's "日" or "일" before it);
# Spanish's "h" may close the clock ("14:05h"). Latin American Spanish spaces its "p. m." (CLDR's
# "2:05 p. m.", a no-break space inside), and Arabic writes "مساءً" (evening) or "صباحًا"
# (morning), or their first letter alone ("م", "ص").
# Read as a date's clock only: the text is a date line already (``parse_date``).
_TIME: Final = re.compile(
    r"(?:(?P<half>오전|오후|午前|午後|上午|下午)\s*|\b|(?<=[日일])|T)"
    r"(?P<hour>\d{1,2})(?:[:.]|\s?h\s?|時|시\s*)(?P<minute>\d{2})[分분h]?"
    r"(?:[:.](?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?|مساء\w*|صباح\w*|[صم](?!\w)))?(?=\b|$)(?!\.\d)",
    re.IGNORECASE,
)
_HALF_OF_DAY: Final = {
    "오전": "am",
    "午前": "am",
    "上午": "am",
    "오후": "pm",
    "午後": "pm",
    "下午": "pm",
    "ص": "am",
    "م": "pm",
}


# An ISO day with a 12-hour clock after it, which ISO has not ("2018-09-28 5:10 PM",
# "2018-09-28 05:10 pm EST", "2018-09-28 오후 5:32"): databases' and CMSs' local print. Without it
# the hour was lost (the day kept) or, with a two-digit hour, "PM" was read as a zone's name.
_ISO_DAY_TWELVE_HOUR: Final = re.compile(
    r"\d{4}-\d\d-\d\d[ T](?:(?:오전|오후|午前|午後|上午|下午)\s*\d{1,2}[:.]\d\d(?:[:.]\d\d)?"
    r"|\d{1,2}:\d\d(?::\d\d)?\s*[ap]\.?m\.?)(?!\w)",
    re.IGNORECASE,
)


def twelve_hour_after_iso_day(text: str) -> tuple[int, int, int, int] | None:
    """The 12-hour clock right after ``text``'s opening ISO day, as ``clock_after`` gives it
    (hour on a 24-hour clock, minute, second, end); ``None`` when the day has no such clock."""
    match = _ISO_DAY_TWELVE_HOUR.match(text)
    return clock_after(match[0].lower(), 10) if match else None


def clock_after(folded: str, start: int) -> tuple[int, int, int, int] | None:
    """The first clock time in lower-cased ``folded`` from ``start`` on: its hour (on a 24-hour
    clock), minute, second, and where it ends; ``None`` without one."""
    match = _TIME.search(folded, start)
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    written = (match["ampm"] or "").replace(".", "").replace(" ", "").replace("\xa0", "")
    # Arabic's word or its letter alone ("مساءً", "م"): the letter it opens with tells the half.
    written = written if written.isascii() else _HALF_OF_DAY[written[0]]
    half = written or _HALF_OF_DAY.get(match["half"] or "", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return hour, minute, int(match["second"] or 0), match.end()
