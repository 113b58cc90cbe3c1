"""Date forms that ``dates``' patterns of a day, a month's name and a year do not fit: Vietnamese
numbers its months after the word "tháng" ("ngày 5 tháng 12 năm 2026", "5 tháng 12, 2026"), and
Thai writes its month names and their dotted abbreviations ("5 ธันวาคม 2569", "5 ธ.ค. 69")
with years of the Buddhist era, 543 ahead of the common era (2569 is 2026), two digits in
bylines. Both are read on lowered text with ASCII digits (``dates`` folds them first).
"""

from __future__ import annotations

import re
from typing import Final

# The Buddhist era's years of the publications ``dates`` reads (1900 to 2199 of the common
# era): a four-digit year in that range is no common-era publication, only a Thai one.
_ERA_OFFSET: Final = 543
_ERA_YEARS: Final = range(1900 + _ERA_OFFSET, 2200 + _ERA_OFFSET)
# A two-digit Buddhist year (Thai bylines' "5 ธ.ค. 69") is of the 2500s: 2443 to 2542 are
# 1900 to 1999, no year of a story's publication on the web.
_SHORT_ERA_CENTURY: Final = 2500


def common_era(year: int) -> int:
    """A year of the Buddhist era (2443 to 2742) as the common era's; any other as it is."""
    return year - _ERA_OFFSET if year in _ERA_YEARS else year


# Thai's months, in full and in their dotted abbreviations ("ธ.ค." for ธันวาคม), January first.
_THAI_MONTHS: Final = (
    ("มกราคม", "ม.ค."),
    ("กุมภาพันธ์", "ก.พ."),
    ("มีนาคม", "มี.ค."),
    ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."),
    ("มิถุนายน", "มิ.ย."),
    ("กรกฎาคม", "ก.ค."),
    ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."),
    ("ตุลาคม", "ต.ค."),
    ("พฤศจิกายน", "พ.ย."),
    ("ธันวาคม", "ธ.ค."),
)
_THAI_MONTH: Final[dict[str, int]] = {}
for _number, _names in enumerate(_THAI_MONTHS, start=1):
    for _name in _names:
        _THAI_MONTH[_name] = _number
        # The abbreviation's last dot is often left out ("ธ.ค 69").
        _THAI_MONTH[_name.rstrip(".")] = _number
# Longest first, so that a full name is not cut to an abbreviation that starts it.
_THAI_NAMES: Final = "|".join(
    re.escape(name) for name in sorted(_THAI_MONTH, key=len, reverse=True)
)
# The day, the month, then the era's mark where written ("พ.ศ." the Buddhist era, "ค.ศ." the
# common) and the year of four digits or two; Thai may set no space between them. Two digits
# that start a clock ("5 ธ.ค. 14:30", the year left out) are its hour, no year.
_THAI_DATE: Final = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s*(?P<month>{_THAI_NAMES})\s*(?:(?P<era>[พค])\.\s?ศ\.?\s*)?"
    r"(?P<year>\d{4}|\d{2}(?![:.]\d))(?!\d)"
)
# Vietnamese's day, "tháng" and the month's number, then "năm" or a comma and the year; the
# words' vowels composed or decomposed (a page's text may be in either normal form).
_VIETNAMESE_DATE: Final = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+th(?:á|a\u0301)ng\s+(?P<month>\d{1,2})"
    r"(?:\s+n(?:ă|a\u0306)m\s+|\s*,\s*|\s+)(?P<year>\d{4})(?!\d)"
)
# The first letter of each Thai month's name and abbreviation (all in the Thai block): a text
# without one has no Thai date.
_THAI_LETTER: Final = re.compile(r"[\u0e01-\u0e4f]")


def local_date(folded: str) -> tuple[int, int, int, int, int] | None:
    """Year (common era), month, day, and where the date starts and ends, of a Vietnamese or
    Thai date in ``folded`` (lowered, ASCII digits); ``None`` for any other text."""
    if "th" in folded:
        match = _VIETNAMESE_DATE.search(folded)
        if match and 1 <= int(match["month"]) <= 12:
            year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
            return year, month, day, match.start(), match.end()
    if _THAI_LETTER.search(folded) is None:
        return None
    match = _THAI_DATE.search(folded)
    if match is None:
        return None
    year = int(match["year"])
    if len(match["year"]) == 2:
        # Two digits are the Buddhist era's (no Thai byline shortens the common era's year).
        year = _SHORT_ERA_CENTURY + year
    elif match["era"] == "ค":
        # "ค.ศ. 2026": the common era, as written.
        return year, _THAI_MONTH[match["month"]], int(match["day"]), match.start(), match.end()
    return common_era(year), _THAI_MONTH[match["month"]], int(match["day"]), *match.span()
