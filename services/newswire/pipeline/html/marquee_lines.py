"""A line that is one short phrase said over and over: a scrolling ribbon, dropped."""

from __future__ import annotations

from typing import Final

# A marquee or ticker ribbon ("Book Now * Book Now * Book Now * ...", "Free shipping -- Free
# shipping -- ...") repeats its phrase many times in the markup so that the scroll loops
# without a gap; the walk joins the copies into one line. A reader sees decoration, not text.
# A line is that when it is, whole, a phrase of at most 60 characters with at least three
# letters repeated at least ten times (the last copy may be cut short, its trailing space
# stripped). A phrase said twice is ``doubled_lines``' shape; a rule of dashes has no
# letters. A table row may repeat its cells a few times ("Best Best Best Best Best Best",
# "n Mean (SD)" over six groups: at four copies two such rows, in the truth, were lost on
# half B), hence ten. Seen on a design studio's service page (a 100-fold "Book Now" ribbon).
_MAX_PHRASE: Final = 60
_MIN_COPIES: Final = 10
_MIN_LETTERS: Final = 3


def _period(line: str) -> int:
    """The length of the shortest phrase ``line`` repeats (at most ``_MAX_PHRASE``), or 0."""
    start = 1
    while True:
        period = line.find(line[0], start)
        if period <= 0 or period > _MAX_PHRASE:
            return 0
        if line[period:] == line[:-period]:
            return period
        start = period + 1


def is_marquee(line: str) -> bool:
    """Whether ``line`` is one short phrase said at least ten times over (see above)."""
    line = line.strip()
    period = _period(line) if line else 0
    return (
        period > 0
        # The last copy's trailing space went with the strip.
        and len(line) >= _MIN_COPIES * period - 1
        and sum(character.isalpha() for character in line[:period]) >= _MIN_LETTERS
    )


def without_marquees(lines: list[str]) -> list[str]:
    """``lines`` without the ribbons of one repeated phrase (see above)."""
    return [line for line in lines if not is_marquee(line)]
