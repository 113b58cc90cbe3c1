"""The title of a forum thread's page in a text scrape: the line the forum prints over the thread's
starter ("Early ALS symptoms?" / "Thread starter lulug30" / "Start date" / "Apr 12, 2024")."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from newswire.pipeline.text.lines import date_line_only, word_count
from newswire.pipeline.text.patterns import MAX_TITLE_CHARS, NOT_HEADLINE

#: The label a forum prints under a thread's title, before the name of the member who started
#: it (XenForo and the boards built like it: "Thread starter lulug30"), or a questions and
#: answers site under its question's title, on a line of its own before when it was asked
#: ("Asked" / "9 years, 7 months ago": the Stack Exchange sites and those built like them), or
#: the link to a thread's newest post a board prints right under its title, over the views
#: and replies counts and the "Discussion starter" ("Jump to Latest": the boards of one
#: hosting platform, many domains).
THREAD_STARTER: Final = re.compile(r"^(?:Thread starter\b|Asked$|Jump to latest$)", re.IGNORECASE)
#: The button a forum prints beside a thread's title to open a thread of one's own ("Ask
#: Question", "New Topic", "Post Thread"): it stands between the title and the label.
NEW_THREAD_BUTTON: Final = re.compile(
    r"^(?:Ask|Post|New|Start)(?: an?| New)? (?:Question|Thread|Topic|Discussion)$", re.IGNORECASE
)
#: The starter's line of a thread's card, as the boards of one forum software print it under the
#: thread's title, over the date it was started and the forum it stands in ("By Rabbids" /
#: "March 19, 2024" / "in Build Hardware Troubleshooting").
CARD_BY: Final = re.compile(r"^By \S")
#: The forum a thread stands in, on the card's third line ("in Evernote General Discussions").
CARD_IN: Final = re.compile(r"^in \S")
#: The most words of a thread's title (a question may run long; a post's paragraph is longer).
THREAD_TITLE_MAX_WORDS: Final = 30


def thread_title(lines: list[str]) -> int | None:
    """The line right over the first "Thread starter …" or "Asked" line (past a button to
    open a new thread: "Ask Question"), when it reads as a title. A
    forum's page prints the thread's title, then its starter and start date, then the posts;
    the densest prose is a long post far down the thread, and the headline sought above it
    was a reply's first line, a reactions line ("Reactions: …") or none at all (blocks
    renderings of wcxb-dev: 22 forum pages print the label, on 18 boards; the title was
    missed on 4 of half A's and 9 of half B's; a question's title under "Asked": 11 of 12
    questions, 5 of half A's and 6 of half B's, lost to a user card's reputation line, a
    comment or an answer's line). The first such line only: a thread's page
    lists other threads under it, each with its starter. None when the line above is empty,
    a date or no title (too long, page furniture)."""
    index = next(
        (i for i, line in enumerate(lines) if THREAD_STARTER.match(line) or starter_card(lines, i)),
        None,
    )
    if index is None:
        return None
    above = index - 1
    while above >= 0 and (not lines[above] or NEW_THREAD_BUTTON.match(lines[above])):
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


def starter_card(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` opens a thread's starter card: "By <member>", then the date
    the thread was started, then "in <forum>". Forums built on one software print it under the
    thread's title, where the page's densest prose is a reply far down and the headline sought
    over it was a post's date line or a member's name ("June 17, 2024", "Payam Montie 9"):
    blocks renderings of wcxb-dev, 5 pages print the card (A 4, B 1), over their title on 3."""
    return (
        index + 2 < len(lines)
        and bool(CARD_BY.match(lines[index]))
        and date_line_only(lines[index + 1])
        and bool(CARD_IN.match(lines[index + 2]))
    )


#: The fewest words of a thread's title printed twice (a menu's entries repeated by a page's
#: desktop and mobile menus have fewer: "Sign In", "Forums").
REPEATED_TITLE_MIN_WORDS: Final = 3


def repeated_title(lines: list[str], first_card: int) -> int | None:
    """A forum thread's title, given where its first poster's card stands: the last line above
    the card that the page prints twice or more there, when it reads as a title. A board
    prints the thread's title as the last crumb of its trail ("Home" / "Community" / "If the
    forum comes to an end soon." / "All Activity") and again as the thread's heading over
    its share bar; the headline sought above the densest prose stood among the posts (a
    post's date, "June 17, 20241 yr", or a reply's first line). Only for a headline found
    below the first card (``extractor.page_headline``): above it, the heading found is the
    thread's (blocks renderings of wcxb-dev forum pages: A 1 title gained, B 2, none lost)."""
    counts = Counter(lines[:first_card])
    return next(
        (
            index
            for index in range(first_card - 1, -1, -1)
            if counts[lines[index]] >= 2
            and word_count(lines[index]) >= REPEATED_TITLE_MIN_WORDS
            and len(lines[index]) <= MAX_TITLE_CHARS
            and not date_line_only(lines[index])
        ),
        None,
    )
