"""A forum thread's replies in a page's text: its posts under their authors' cards.

On a page's text the story is the densest stretch of prose (``span.story_span``), and the
heading of a comment thread ("22 Comments") or a commenter's header ends it: under an article,
the comments are no story. A forum thread or a Q&A page is the other way round: the replies
are the page's content, each under its author's card, and the densest stretch kept one post
of them (blocks renderings of wcxb-dev forum pages: recall 0.05 to 0.3 on a dozen threads). What
tells such a page apart in a text scrape is the card: forum software prints each poster's
counts ("2.8k posts", "Messages: 1,234", "Joined: Jan 2010", "315 Reputation") and a Q&A site
its badges ("14.6k2020 gold badges8383 silver badges131131 bronze badges"), and many number
each post under its date ("Jul 9, 2022" then "#2"), which no article's comment form does.
"""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.text.lines import date_line_only, is_paragraph, word_count
from newswire.pipeline.text.patterns import LEGAL_LINE

#: A line of a forum poster's card: a count of posts, messages or reputation, the date the
#: poster joined, or a Q&A site's badge counts (their digits run into the words).
MEMBER_STAT: Final = re.compile(
    r"^(?:(?:posts|messages|reputation|reaction score|points|solutions)\s*:?\s*[\d.,]+[km]?"
    r"|[\d.,]+[km]?\s+(?:posts|messages|reputation|solutions|reaction score|points)"
    r"|(?:joined|join date|registered|member since)\b.{0,20}\d"
    r"|[\d.,k]+\s*(?:gold|silver|bronze) badges?.*)$",
    re.IGNORECASE,
)
#: A label of a poster's card alone on its line, its value on the next ("Join Date" then
#: "Nov 2024", "Posts" then "8,197"): forum software laying its card out as a table.
CARD_LABEL: Final = re.compile(
    r"^(?:join date|joined|posts|messages|reputation)\s*:?$", re.IGNORECASE
)
#: A card's value under its label: a count ("8,197", "2.8k") or a month ("Nov 2024").
CARD_VALUE: Final = re.compile(r"^(?:[\d.,]+[km]?|[a-z]{3,9}\.? \d{4})$", re.IGNORECASE)
#: A post's number in its thread ("#2"), which forum software prints under the post's date.
POST_NUMBER: Final = re.compile(r"^#\d{1,5}$")
#: A post's header alone on its line ("Posted", "Posted on"): forum software prints it over the
#: post's date, beside the poster's card. A blog prints one over its story's date, never one
#: per reply: only such lines right over a date count, and a thread needs several. With the
#: card's labels over their values (CARD_LABEL) and "Join Date", measured on the blocks
#: renderings of wcxb-dev forum pages: A +0.022 (4 threads up), B +0.010 (4 up; one down whose
#: annotation stops at the sixth of eleven posts); no article, A, B or ScrapingHub, moves.
POSTED: Final = re.compile(r"^posted(?:\s+on)?\s*:?$", re.IGNORECASE)
#: The longest line of a poster's card (a Q&A site's reputation and its three badge counts).
MEMBER_STAT_MAX_CHARS: Final = 80
#: The fewest poster cards' lines that make a page a forum thread: two were on an article
#: (its author's box) and on two product pages of half A; no article of A, B or ScrapingHub
#: has three.
MEMBER_STATS_MIN: Final = 3
#: The most short lines in a row inside the last post (a quote's "Click to expand...", a
#: signature): a longer run is the page's footer (a share bar, "TRENDING THREADS", the reply
#: form's buttons), and the prose under it (the reply form's notice, the publisher's line) is
#: no post. Measured on the blocks renderings of wcxb-dev forum pages against 12: 3 and 4 give
#: A +0.010 / +0.007, B +0.012 / +0.007 (one thread down, whose last post has a long list);
#: 2 loses on both halves (a quoted post's lines).
POST_GAP_MAX: Final = 4
#: The fewest words of a one-line post (a card's name, title and date have fewer).
POST_LINE_MIN_WORDS: Final = 4


def member_stat(line: str) -> bool:
    """A line of a forum poster's card ("2.8k posts", "Joined: Jan 2010"), a post's number
    ("#2") or its header ("Posted"), on a page already read as a thread."""
    return len(line) <= MEMBER_STAT_MAX_CHARS and bool(
        MEMBER_STAT.match(line) or POST_NUMBER.match(line) or POSTED.match(line)
    )


def card_at(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a line of a poster's card (``member_stat``), one read with
    the line beside it: a card's label over its value ("Join Date" then "Nov 2024"), a post's
    number right under its date ("Jul 9, 2022" then "#2") or a post's header right over it
    ("Posted" then "October 29, 2025")."""
    line = lines[index]
    if len(line) > MEMBER_STAT_MAX_CHARS:
        return False
    if MEMBER_STAT.match(line):
        return True
    if CARD_LABEL.match(line):
        return index + 1 < len(lines) and CARD_VALUE.match(lines[index + 1]) is not None
    if POST_NUMBER.match(line):
        return index > 0 and date_line_only(lines[index - 1])
    return bool(POSTED.match(line)) and index + 1 < len(lines) and date_line_only(lines[index + 1])


def forum_thread(lines: list[str]) -> bool:
    """Whether a page's text is a forum thread or a Q&A page: at least ``MEMBER_STATS_MIN``
    lines of posters' cards, of posts' numbers right under the post's date ("Jul 9, 2022"
    then "#2"), or of posts' headers right over it ("Posted" then "October 29, 2025"). A
    ranking numbers its entries too ("#2" over a university's name, a product under
    "Compare:"), never under a date; a blog dates its one story so, not each reply."""
    found = 0
    for index in range(len(lines)):
        if card_at(lines, index):
            found += 1
        if found >= MEMBER_STATS_MIN:
            return True
    return False


def first_card(lines: list[str]) -> int | None:
    """Where a forum thread's first poster's card stands (``card_at``), or None when the page
    is no thread (``forum_thread``)."""
    if not forum_thread(lines):
        return None
    return next(index for index in range(len(lines)) if card_at(lines, index))


def thread_span(lines: list[str], span: tuple[int, int]) -> tuple[int, int]:
    """A forum thread's posts, given its densest stretch of prose (``span``): from the first
    post (the prose under the first poster's card, when it stands above the stretch) to the
    last (the prose under the last card), stopping at the page's footer (a legal line, or more
    than ``POST_GAP_MAX`` short lines in a row)."""
    cards = [
        index for index, line in enumerate(lines) if member_stat(line) or card_at(lines, index)
    ]
    start, end = span
    first = next((i for i in range(cards[0] + 1, len(lines)) if _prose(lines[i])), start)
    last, gap = end, 0
    for index in range(max(cards[-1], end) + 1, len(lines)):
        line = lines[index]
        if LEGAL_LINE.match(line) or gap > POST_GAP_MAX:
            break
        if _prose(line):
            last, gap = index, 0
        elif line:
            gap += 1
    return min(start, first), max(end, last)


def _prose(line: str) -> bool:
    return is_paragraph(line) or word_count(line) >= 12


def post_lines(run: list[str]) -> list[str]:
    """What stays of a run of short lines holding a poster's card: the lines of one-line
    posts ("I've made lots of friends here."), sentences of ``POST_LINE_MIN_WORDS`` words or
    more with their final stop, not the card's name, title, counts, dates and buttons."""
    return [line for line in run if _post_line(line)]


def _post_line(line: str) -> bool:
    return (
        word_count(line) >= POST_LINE_MIN_WORDS
        and line.endswith((".", "!", "?"))
        and not member_stat(line)
    )
