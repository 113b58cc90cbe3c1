"""The date over each post of a forum thread, which the post's <header> holds among its tools."""

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
