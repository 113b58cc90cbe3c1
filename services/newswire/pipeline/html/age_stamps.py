"""A feed's age stamps: the short "3 hours ago" lines that a listing's items or a thread's
posts each carry, dropped where the page carries several."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Final

from newswire.pipeline.relative_dates import RELATIVE_KEYED, RELATIVE_WORD, relative_date
from newswire.pipeline.textnorm import lacks_keyed_words

# A listing of links, jobs or stories, or a thread, that stamps each item with its age counted
# from the moment the page was served ("1 point by breve 0 minutes ago | hide | past |
# discuss", "Alan Woinski | 2 weeks ago", "9 hrs ago", "2 years ago#1", "16 minutes ago, Kerbart
# said:") gives a line of furniture per item: the age says when the page was rendered, not
# what the item is, and the reader skips it as a card's date line. Three such short lines or
# more are that feed's stamps (a story says "three years ago" in a sentence, rarely on a line
# of its own, and never three times); fewer stay (a post's own date line). A stamp is a line
# of at most _STAMP_WORDS words whose date is relative ("ago", "vor", "hace", "3天前", a
# standing "yesterday"). On wcxb-dev 17 pages carry three or more, 13 of whose truths leave
# the stamps out (news aggregators, job boards, forum threads, a collection's reviews) and 4
# keep them (a job board's and a jobs list's bare ages, a model hub's "Updated 6 days ago •
# 868k", a forum's quote header). Half A all types 0.891197 -> 0.891311 (listing 0.796963 ->
# 0.797820, forum 0.750819 -> 0.751767; 7 pages better, 3 worse), half B 0.901537 -> 0.901719
# (listing 0.759061 -> 0.760201, forum +0.0008, collection +0.0005, service -0.0001; 7
# better, 1 worse); articles, metadata and ScrapingHub unchanged on every page. (Bare ages
# only: half A -0.0003; ages beside other words only: half B -0.00001.)
_STAMP_WORDS: Final = 14
_MIN_STAMPS: Final = 3
# A stamp counts its age in digits ("3 hours ago", "9 hrs ago", "3天前"): only a short line with
# a digit and one of the relative words is read as a date, so most lines cost a length check
# and one character scan (reading every line as a date, the words' alternation tried at each
# position, cost ten times as much: 3.2 ms against 0.3 ms a page over wcxb-dev, pure Python
# on a busy machine). "An hour ago" and a bare "yesterday" are left to stand: the feed's
# other stamps have digits.
_STAMP_CHARS: Final = 200
_DIGIT: Final = re.compile(r"\d")
_WORD: Final = re.compile(r"\w+")
# Any moment will do: only whether the line names a relative date is asked.
_REFERENCE: Final = datetime(2000, 1, 1, tzinfo=UTC)


def _stamp(line: str) -> bool:
    """``line`` is short and its date is a relative one (see above)."""
    if (
        len(line) > _STAMP_CHARS
        or _DIGIT.search(line) is None
        or lacks_keyed_words(line, RELATIVE_KEYED)
    ):
        return False
    if len(_WORD.findall(line)) > _STAMP_WORDS:
        return False
    # Every relative date holds a ``RELATIVE_WORD`` (each of ``relative_date``'s patterns is
    # one of its branches, searched in the same folded line), and one search of it costs about
    # 0.4x ``relative_date``'s several: the short lines with a digit that ``lacks_keyed_words`` lets
    # through are mostly beyond ASCII (curly quotes, other scripts: 87% on wcxb-dev), almost
    # none of them relative (2.6 lines a page read as dates, 1 page in 25 holding one).
    folded = line.casefold()
    return (
        RELATIVE_WORD.search(folded) is not None and relative_date(folded, _REFERENCE) is not None
    )


def without_age_stamps(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without their age stamps when there are ``_MIN_STAMPS`` or more."""
    stamps = [_stamp(line) for line in paragraphs]
    if sum(stamps) < _MIN_STAMPS:
        return paragraphs
    return [line for line, stamp in zip(paragraphs, stamps, strict=True) if not stamp]
