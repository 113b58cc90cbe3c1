"""Runs of "Label: value" lines in a page's story: a spec sheet, a product's or a school's facts."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.text.lines import promo_title, word_count
from newswire.pipeline.text.patterns import CREDIT, CREDIT_LABEL

#: A line "Label: value": a capitalised label without a sentence's stop, a colon, then its value
#: on the same line ("Median GMAT: 740", "Battery life: 7.5+ hours", "Franchise fee: $55K-$70K").
LABEL_VALUE: Final = re.compile(r"^[A-Z][^:.!?]{0,40}:\s+\S")
#: The most words of such a line's label: a field's name, not a sentence announcing a list.
LABEL_MAX_WORDS: Final = 4
#: A picture's credit label, repeated under every picture of a gallery ("Credit: The Spruce Eats").
_CREDIT: Final = re.compile(r"^(?:(?:photo|image|picture)\s+)?credits?\s*:", re.IGNORECASE)
#: The fewest such lines in a row, each under a label of its own, that make a sheet of facts.
RUN_MIN_LINES: Final = 3


def label_value(line: str) -> bool:
    """Whether ``line`` is one fact of a sheet ("Location: Boston, Massachusetts"): a short
    label and its value, neither a promo ("Read more: …") nor a credit ("Credit: The Spruce
    Eats", printed under every picture of a gallery)."""
    return (
        bool(LABEL_VALUE.match(line))
        and word_count(line.split(":", 1)[0]) <= LABEL_MAX_WORDS
        and promo_title(line) is None
        and not CREDIT.match(line)
        and not CREDIT_LABEL.match(line)
        and not _CREDIT.match(line)
    )


def label_value_runs(run: list[str], *, article: bool) -> list[str]:
    """The lines of a page's run of short lines, dropped as a menu (``menu_runs.unless_menu``), that
    are its story's facts: ``RUN_MIN_LINES`` "Label: value" lines or more in a row, under as
    many different labels. A buyer's guide, a ranking or a franchise list prints each entry's
    facts this way ("Location: …" / "Median GMAT: 740" / "Average GPA: 3.69" / "Class Size:
    930"), then links of its own ("Learn more about …"); each fact a few words, the run read
    as a menu and the facts went with its links. A menu's entries and a share bar have no
    colon inside; a gallery's credits repeat one label. Blocks renderings of wcxb-dev
    articles, body F1: A 0.9340 -> 0.9343 (4 pages up, 2 down), B 0.9211 -> 0.9213 (10 up, 1
    down: a page's contact links); all types A +0.0001 (a documentation and a product page
    up), B +0.0001 (two forums and a service page down, at most 0.024); ScrapingHub and the
    clean renderings unchanged. One article's text (``article``) keeps its lists already."""
    if article:
        return []
    kept: list[str] = []
    start = 0
    while start < len(run):
        end = start
        while end < len(run) and label_value(run[end]):
            end += 1
        facts = run[start:end]
        labels = {line.split(":", 1)[0].casefold() for line in facts}
        if len(facts) >= RUN_MIN_LINES and len(labels) >= RUN_MIN_LINES:
            kept.extend(facts)
        start = max(end, start + 1)
    return kept
