"""The date over each post of a forum thread, which the post's <header> holds among its tools,
and the poster's name, which its <aside> card holds."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# A thread's forum software (XenForo and its themes) opens each post with a <header>: the
# post's date as a <time> in its permalink, then its number ("#12"), share and bookmark
# links. A <header> is dropped whole as a page's masthead or a story's byline box, and with
# it each post's date, which the thread's text keeps over every post as a reader follows it
# (as it keeps the poster's name). On a page that says it is a thread, a header's first
# <time> of a date's length is kept alone, its tools still dropped. (Keeping the whole
# header: half B forum -0.0022, its post numbers and share lines come with it.) Half A forum
# 0.73241 -> 0.73291 (3 XenForo threads better by 0.015 to 0.028, 2 worse by 0.016 to 0.019:
# truths without the dates), all types 0.88580 -> 0.88584; half B forum 0.86610 -> 0.86886
# (9 better by up to 0.075, 8 worse by up to 0.028), all types 0.89213 -> 0.89236;
# articles, the other types, metadata and ScrapingHub unchanged (no such page changed).
_MAX_DATE_CHARS = 40
# The tag of the walk's block of a post's date (no element the walk makes a block of): a bare
# date line is furniture elsewhere (``is_furniture_line``), not this one.
POST_DATE_TAG = "time"


def post_header_date(header: LexborNode) -> str | None:
    """The text of the first ``<time>`` under a post's ``header`` when it is a date's length
    (not a whole line of prose marked up as a time), else None."""
    time = header.css_first("time")
    if time is None:
        return None
    text = " ".join(time.text(deep=True).split())
    return text if 0 < len(text) <= _MAX_DATE_CHARS else None


# Invision Community lays each post out as an <article> whose poster's card is an <aside>
# (its name in a heading, then the rank, the counters, the badges), dropped whole by its tag
# as a page's sidebar is, and with it the poster's name, which the thread's text keeps over
# each post as it keeps XenForo's. On a page that says it is a thread, the first <aside> of a
# post gives its heading's name alone (its first link's text: the heading may add the rank,
# "ColdJ Members"), a name's length, the card still dropped. Only the first: the same post's
# second <aside> repeats the name for another layout. Half A forum 0.749637 -> 0.750296 (5
# Invision threads better by up to 0.013, 2 worse by <= 0.004: truths cut short or without the
# names), all types 0.889012 -> 0.889056; half B forum 0.893599 -> 0.893631 (1 better, 1
# worse by 0.0001); articles, the other types and ScrapingHub unchanged. (Every <aside>'s
# whole heading: half A forum +0.0003, half B forum -0.0004, each name given twice, once with
# its rank.)
_NAME_CHARS = 40
_NAME_WORDS = 4


def post_aside_name(aside: LexborNode) -> str | None:
    """The poster's name from a post's first <aside> (its heading's first link, else the
    heading), when it is a name's length; None for any other <aside>."""
    parent = aside.parent
    if parent is None or parent.tag != "article":
        return None
    first = parent.css_first("aside")
    if first is None or first.mem_id != aside.mem_id:
        return None
    heading = aside.css_first("h2, h3, h4")
    if heading is None:
        return None
    link = heading.css_first("a")
    text = " ".join((link or heading).text(deep=True).split())
    return text if 0 < len(text) <= _NAME_CHARS and len(text.split()) <= _NAME_WORDS else None
