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
import statistics
from collections import Counter
from collections.abc import Sequence

SCRAPE_NAMES = (
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
NO_SCRAPE = (0.0,) * len(SCRAPE_NAMES)

#: How a line ends that ends a sentence or a quote (a headline or a menu entry does not).
_ENDS = tuple(".!?。！？\"”')")
#: Characters under which a line is short (a menu entry, a headline, a date, a button).
_SHORT_LINE = 80
#: A teaser's headline (characters, words) and the excerpt under it (characters).
_HEADLINE_CHARS = (15, 120)
_HEADLINE_MIN_WORDS = 3
_EXCERPT_CHARS = (60, 400)
#: Share of a line's words, capitalised, from which it is title case ("Best Laptops for Students").
_TITLECASE_SHARE = 0.75
#: Times a line is printed from which it is a repeated button or label ("Read more", "Buy Now").
_REPEATED = 3
#: A year or a month's name before a day: a short line dated as a teaser's or a post's date is.
#: Both hold a figure: only lines with one are searched (``_FIGURE``, a C-level scan).
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d")


def _titlecase(line: str) -> bool:
    """A line of two words or more (opening on a letter), most of them capitalised, that ends
    no sentence."""
    if line.endswith(_ENDS):
        return False
    # The words' first letters (a split word is never empty), then one C-level count.
    letters = [word[0] for word in line.split() if word[0].isalpha()]
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= _TITLECASE_SHARE * len(letters)


def _teaser(headline: str, excerpt: str) -> bool:
    """A teaser: a headline-long line that ends no sentence, then an excerpt-long sentence."""
    return (
        _HEADLINE_CHARS[0] <= len(headline) <= _HEADLINE_CHARS[1]
        and not headline.endswith(_ENDS)
        and len(headline.split()) >= _HEADLINE_MIN_WORDS
        and _EXCERPT_CHARS[0] <= len(excerpt) <= _EXCERPT_CHARS[1]
        and excerpt.endswith(_ENDS)
    )


def scrape_values(lines: Sequence[str]) -> list[float]:
    """The numbers of ``SCRAPE_NAMES`` for a scrape's non-empty, stripped lines: the median and
    90th-percentile line length (log), the share of short title-case lines, teaser pairs
    (headline then excerpt: share and log count), the share of lines printed more than once and
    the (log) count of lines printed three times or more, the share of short dated lines."""
    count = len(lines)
    if not count:
        return list(NO_SCRAPE)
    lengths = sorted(map(len, lines))
    short = [line for line in lines if len(line) < _SHORT_LINE]
    teasers = sum(map(_teaser, lines, lines[1:]))
    printed = Counter(lines).values()
    log = math.log1p
    return [
        log(statistics.median(lengths)),
        log(lengths[int(0.9 * (count - 1))]),
        sum(map(_titlecase, short)) / count,
        teasers / count,
        log(teasers),
        sum(times for times in printed if times > 1) / count,
        log(sum(1 for times in printed if times >= _REPEATED)),
        sum(1 for line in short if _FIGURE.search(line) and _DATE.search(line)) / count,
    ]
