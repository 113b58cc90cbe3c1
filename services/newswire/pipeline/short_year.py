"""A date line of two-digit fields: "14.11.24" over a blog post's headline."""

from __future__ import annotations

import re
from typing import Final

# A date line that is a day, a month and a year of two digits each, by dots and nothing else:
# a European template's short "d.m.y", read day first in the 2000s. Only the whole text: in a
# longer one, three pairs of digits are a version, a score or a time as often; by slashes the
# order is the US's as often as Europe's.
_SHORT_YEAR_LINE: Final = re.compile(r"(?P<a>\d\d)\.(?P<b>\d\d)\.(?P<year>\d\d)")


def short_year_line(folded: str) -> tuple[int, int, int, int, int] | None:
    """Year, month, day, and where the date starts and ends, of a whole text written
    "dd.mm.yy"; ``None`` for any other text. On wcxb-dev's date probe (date markup stripped):
    date right +1 article on half A, none on B, none lost."""
    match = _SHORT_YEAR_LINE.fullmatch(folded)
    if match is None:
        return None
    day, month = int(match["a"]), int(match["b"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return 2000 + int(match["year"]), month, day, 0, len(folded)
