"""The title of a forum thread's page in a text scrape: the line the forum prints over the thread's
starter ("Early ALS symptoms?" / "Thread starter lulug30" / "Start date" / "Apr 12, 2024")."""

from __future__ import annotations

import re

from newswire.pipeline.text.lines import date_line_only, word_count
from newswire.pipeline.text.patterns import MAX_TITLE_CHARS, NOT_HEADLINE

#: The label a forum prints under a thread's title, before the name of the member who started
#: it (XenForo and the boards built like it: "Thread starter lulug30").
THREAD_STARTER = re.compile(r"^Thread starter\b", re.IGNORECASE)
#: The most words of a thread's title (a question may run long; a post's paragraph is longer).
THREAD_TITLE_MAX_WORDS = 30


def thread_title(lines: list[str]) -> int | None:
    """The line right over the first "Thread starter …" line, when it reads as a title. A
    forum's page prints the thread's title, then its starter and start date, then the posts;
    the densest prose is a long post far down the thread, and the headline sought above it
    was a reply's first line, a reactions line ("Reactions: …") or none at all (blocks
    renderings of wcxb-dev: 22 forum pages print the label, on 18 boards; the title was
    missed on 4 of half A's and 9 of half B's). The first such line only: a thread's page
    lists other threads under it, each with its starter. None when the line above is empty,
    a date or no title (too long, page furniture)."""
    index = next((i for i, line in enumerate(lines) if THREAD_STARTER.match(line)), None)
    if index is None:
        return None
    above = index - 1
    while above >= 0 and not lines[above]:
        above -= 1
    if above < 0:
        return None
    line = lines[above]
    return (
        above
        if len(line) <= MAX_TITLE_CHARS
        and 1 <= word_count(line) <= THREAD_TITLE_MAX_WORDS
        and not date_line_only(line)
        and not NOT_HEADLINE.search(line)
        else None
    )
