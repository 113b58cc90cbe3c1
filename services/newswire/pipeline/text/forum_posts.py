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

from newswire.pipeline.text.lines import date_line_only, is_paragraph, word_count
from newswire.pipeline.text.patterns import LEGAL_LINE

#: A line of a forum poster's card: a count of posts, messages or reputation, the date the
#: poster joined, or a Q&A site's badge counts (their digits run into the words).
MEMBER_STAT = re.compile(
    r"^(?:(?:posts|messages|reputation|reaction score|points|solutions)\s*:?\s*[\d.,]+[km]?"
    r"|[\d.,]+[km]?\s+(?:posts|messages|reputation|solutions|reaction score|points)"
    r"|(?:joined|registered|member since)\b.{0,20}\d"
    r"|[\d.,k]+\s*(?:gold|silver|bronze) badges?.*)$",
    re.IGNORECASE,
)
#: A post's number in its thread ("#2"), which forum software prints under the post's date.
POST_NUMBER = re.compile(r"^#\d{1,5}$")
#: The longest line of a poster's card (a Q&A site's reputation and its three badge counts).
MEMBER_STAT_MAX_CHARS = 80
#: The fewest poster cards' lines that make a page a forum thread: two were on an article
#: (its author's box) and on two product pages of half A; no article of A, B or ScrapingHub
#: has three.
MEMBER_STATS_MIN = 3
#: The most short lines in a row inside the last post (a quote's "Click to expand...", a
#: signature): a longer run is the page's footer (a share bar, "TRENDING THREADS", the reply
#: form's buttons), and the prose under it (the reply form's notice, the publisher's line) is
#: no post. Measured on the blocks renderings of wcxb-dev forum pages against 12: 3 and 4 give
#: A +0.010 / +0.007, B +0.012 / +0.007 (one thread down, whose last post has a long list);
#: 2 loses on both halves (a quoted post's lines).
POST_GAP_MAX = 4
#: The fewest words of a one-line post (a card's name, title and date have fewer).
POST_LINE_MIN_WORDS = 4


def member_stat(line: str) -> bool:
    """A line of a forum poster's card ("2.8k posts", "Joined: Jan 2010") or a post's
    number ("#2")."""
    return len(line) <= MEMBER_STAT_MAX_CHARS and bool(
        MEMBER_STAT.match(line) or POST_NUMBER.match(line)
    )


def forum_thread(lines: list[str]) -> bool:
    """Whether a page's text is a forum thread or a Q&A page: at least ``MEMBER_STATS_MIN``
    lines of posters' cards, or of posts' numbers right under the post's date ("Jul 9, 2022"
    then "#2"). A ranking numbers its entries too ("#2" over a university's name, a product
    under "Compare:"), never under a date."""
    found = 0
    for index, line in enumerate(lines):
        if (len(line) <= MEMBER_STAT_MAX_CHARS and MEMBER_STAT.match(line)) or (
            index and POST_NUMBER.match(line) and date_line_only(lines[index - 1])
        ):
            found += 1
        if found >= MEMBER_STATS_MIN:
            return True
    return False


def thread_span(lines: list[str], span: tuple[int, int]) -> tuple[int, int]:
    """A forum thread's posts, given its densest stretch of prose (``span``): from the first
    post (the prose under the first poster's card, when it stands above the stretch) to the
    last (the prose under the last card), stopping at the page's footer (a legal line, or more
    than ``POST_GAP_MAX`` short lines in a row)."""
    cards = [index for index, line in enumerate(lines) if member_stat(line)]
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
