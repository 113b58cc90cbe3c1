"""What the lines of a text scrape say about its page's kind, beyond the layout read from them.

A text scrape has no tags, links or class names: its lines are all the classifier has of the
page's layout (``structure.summarize_columns`` reads them as paragraphs). Read as a reader skims
them, a section front or a shop is runs of short title-case lines (menu entries, teaser
headlines, product names), headline-and-excerpt pairs one after another, and lines printed again
and again ("Read more", "Buy Now", a price), while a story is long lines of prose. Domain-grouped
CV of the text model on wcxb-dev's 1,497 pages rendered as text (session 14, with these numbers
added to its features, same training): 7-class 0.754 -> 0.763 with a URL (half A 0.753 -> 0.766,
B 0.754 -> 0.760), 0.687 -> 0.712 without (A 0.685 -> 0.711, B 0.689 -> 0.713); article-vs-rest
accuracy at 97.6% article recall 0.818 -> 0.825 with a URL, 0.745 -> 0.777 without.

An HTML page has these from its tags and links (the layout's teaser and link features): its
vector holds zeros here, which its model does not split on.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

SCRAPE_NAMES: Final = (
    "scrape_line_median",
    "scrape_line_p90",
    "scrape_titlecase_share",
    "scrape_teaser_share",
    "scrape_teasers",
    "scrape_repeat_share",
    "scrape_repeated_lines",
    "scrape_date_share",
)
#: An HTML page's values (see the module docstring).
NO_SCRAPE: Final = (0.0,) * len(SCRAPE_NAMES)

#: How a line ends that ends a sentence or a quote (a headline or a menu entry does not).
_ENDS: Final = tuple(".!?。！？\"”')")
#: The same as a set of characters.
_END_CHARS: Final = frozenset(_ENDS)
#: Characters under which a line is short (a menu entry, a headline, a date, a button).
_SHORT_LINE: Final = 80
#: A teaser's headline (characters, words) and the excerpt under it (characters).
_HEADLINE_CHARS: Final = (15, 120)
_HEADLINE_MIN_WORDS: Final = 3
_EXCERPT_CHARS: Final = (60, 400)
#: Share of a line's words, capitalised, from which it is title case ("Best Laptops for Students").
_TITLECASE_SHARE: Final = 0.75
#: Times a line is printed from which it is a repeated button or label ("Read more", "Buy Now").
_REPEATED: Final = 3
#: A year or a month's name before a day: a short line dated as a teaser's or a post's date is.
#: Both hold a figure: only lines with one are searched (``_FIGURE``, a C-level scan).
_DATE: Final = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d",
    re.IGNORECASE,
)
_FIGURE: Final = re.compile(r"\d")
#: What any ``_DATE`` match holds: a year's first two figures or a month's first three letters.
#: In an ASCII line the only characters IGNORECASE matches to those letters are their capitals,
#: so a lower-cased ASCII line without any of these has no match, and ``_dated`` skips the
#: search: ``_DATE`` costs ~15k instructions a line with a figure (no literal prefix for the
#: regex engine to scan for; callgrind on the e2e corpus's 21 text scrapes), 264 of whose 476
#: such lines (phone numbers, prices, counts) hold none of these.
_DATE_HINTS: Final = (
    *("19", "20", "jan", "feb", "mar", "apr", "may", "jun"),
    *("jul", "aug", "sep", "oct", "nov", "dec"),
)


def _titlecase(line: str) -> bool:
    """A line of two words or more (opening on a letter), most of them capitalised, that ends
    no sentence."""
    # The last character looked up in a set: ``endswith`` of the tuple's answer (an empty line
    # ends in none of them), at a fifth of its cost compiled (~460 instructions a line,
    # callgrind).
    if line[-1:] in _END_CHARS:
        return False
    # The words' first letters (a split word is never empty), then one C-level count.
    letters = [word[0] for word in line.split() if word[0].isalpha()]
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= _TITLECASE_SHARE * len(letters)


def _dated(line: str) -> bool:
    """``_DATE`` finds a date in the line (a year, a month's name before a day): searched only
    where a figure is and, in an ASCII line, one of ``_DATE_HINTS`` (the same answers)."""
    if not _FIGURE.search(line):
        return False
    if line.isascii():
        lowered = line.lower()
        if not any(hint in lowered for hint in _DATE_HINTS):
            return False
    return _DATE.search(line) is not None


def _teaser(headline: str, excerpt: str) -> bool:
    """A teaser: a headline-long line that ends no sentence, then an excerpt-long sentence."""
    return (
        _HEADLINE_CHARS[0] <= len(headline) <= _HEADLINE_CHARS[1]
        and not headline.endswith(_ENDS)
        and len(headline.split()) >= _HEADLINE_MIN_WORDS
        and _EXCERPT_CHARS[0] <= len(excerpt) <= _EXCERPT_CHARS[1]
        and excerpt.endswith(_ENDS)
    )


def _teaser_count(lines: Sequence[str], lengths: Sequence[int]) -> int:
    """``_teaser`` pairs of consecutive lines, tested only where the second line is excerpt-long
    (``lengths``: the lines' lengths, in order): few lines of a page are."""
    low, high = _EXCERPT_CHARS
    return sum(
        1
        for index, size in enumerate(lengths)
        if index and low <= size <= high and _teaser(lines[index - 1], lines[index])
    )


def _median(ordered: Sequence[int]) -> float:
    """``statistics.median`` of a sorted, non-empty list: the same arithmetic, no second sort."""
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def scrape_values(lines: Sequence[str]) -> list[float]:
    """The numbers of ``SCRAPE_NAMES`` for a scrape's non-empty, stripped lines: the median and
    90th-percentile line length (log), the share of short title-case lines, teaser pairs
    (headline then excerpt: share and log count), the share of lines printed more than once and
    the (log) count of lines printed three times or more, the share of short dated lines.

    A line printed again (a menu entry, "Read more", a teaser's date) is tested once and counted
    as often as printed, and a teaser only where an excerpt-long line follows: the same numbers
    as line-by-line tests, for fewer Python calls (session 18, all 1,497 wcxb-dev pages rendered
    as text, their first 7 and 50 lines and their lines reversed: every value equal)."""
    count = len(lines)
    if not count:
        return list(NO_SCRAPE)
    in_order = list(map(len, lines))
    lengths = sorted(in_order)
    teasers = _teaser_count(lines, in_order)
    printed = Counter(lines)
    short = [(line, times) for line, times in printed.items() if len(line) < _SHORT_LINE]
    titlecase = sum(times for line, times in short if _titlecase(line))
    dated = sum(times for line, times in short if _dated(line))
    log = math.log1p
    return [
        log(_median(lengths)),
        log(lengths[int(0.9 * (count - 1))]),
        titlecase / count,
        teasers / count,
        log(teasers),
        sum(times for times in printed.values() if times > 1) / count,
        log(sum(1 for times in printed.values() if times >= _REPEATED)),
        dated / count,
    ]
