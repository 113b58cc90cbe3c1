"""Poster counters: a thread's lines, each of its own, that frame its posts rather than say
anything: a poster card's counters given as a label line then a number line ("Reaction score",
"310"), bare numbers, a post's number beside its date ("#2 · Jan 3, 2024"), a control split in
two lines ("Back", "Top") and a poster's presence label ("Offline")."""

from __future__ import annotations

import re
from typing import Final

# A poster's card beside each post gives its counters as a <dl> (XenForo, vBulletin and the
# like): the label ("Reaction score", "Points") and the number each on a line of its own,
# which furniture_lines (label and number on one line) does not see. A counter label
# followed by a bare number is the pair, dropped both. Half A forum 0.7148 -> 0.7162 (3 pages
# better), half B 0.8326 -> 0.8341 (4 better), none worse on any page type or on ScrapingHub.
_COUNTER_LABEL: Final = re.compile(
    r"(?:reaction score|points|age|solutions|trophies|messages|posts|likes(?: received)?"
    r"|joined|reputation|credits|threads|replies|views|post count|karma|answers|questions"
    r"|followers|following)\W*",
    re.IGNORECASE,
)
# On a page that says it is a discussion (its JSON-LD: a forum thread, a Q&A page), any line
# that is a bare number is such a counter, or a post's likes or its number in the thread
# ("#12"): a post of a number alone says nothing a reader keeps. Half A forum +0.001 (5 pages
# better), half B +0.0008 (3 better), none worse.
_BARE_NUMBER: Final = re.compile(r"#?[\d.,]+[km]?", re.IGNORECASE)
MAX_NUMBER_CHARS: Final = 16


def is_bare_number(text: str) -> bool:
    """Whether a clean line is a number alone ("1,204", "3.2k", "#12")."""
    return len(text) < MAX_NUMBER_CHARS and _BARE_NUMBER.fullmatch(text) is not None


# A thread's post may show its number and its date as one line ("#2 · Jan 3, 2024": XenForo's
# "message card" themes, both links to the post), with an edit mark after ("(Edited)"). The
# thread's text keeps each post's date over it, never its number (see ``is_bare_number``): on
# a page that says it is a discussion, such a line gives its date alone (figures with the
# poster's name: ``post_headers.post_header_lines``).
_NUMBERED_DATE: Final = re.compile(r"#\d+\s*[·•|–—-]\s*(.*?\d.*?)(?:\s*\(edited\))?", re.IGNORECASE)
_NUMBERED_DATE_CHARS: Final = 60


def numbered_date(text: str) -> str | None:
    """The date of a clean line that is a post's number and date ("#2 · Jan 3, 2024"), else
    None."""
    if not text.startswith("#") or len(text) > _NUMBERED_DATE_CHARS:
        return None
    found = _NUMBERED_DATE.fullmatch(text)
    return found.group(1) if found else None


# A forum platform's "Back to top" link under each post or at the thread's end, its words in
# two elements ("Back", "Top": XenForo's and phpBB's themes), each a line of its own: the pair
# is the control, never a post's text (a post's "Back" or "Top" alone stays). Half A forum
# 0.748737 -> 0.748768 with the status labels below (3 pages better), half B forum 0.893323 ->
# 0.893508 (5 better, 1 worse by 0.0002); the other types, articles and ScrapingHub unchanged.
_SPLIT_CONTROLS: Final = frozenset({("back", "top")})


def is_counter(label: str, text: str) -> bool:
    """Whether ``text``, the line right after ``label``, is a bare number under a counter
    label (a poster's "Reaction score" then "310") or ends a control split in two lines
    ("Back" then "Top")."""
    if is_bare_number(text):
        return _COUNTER_LABEL.fullmatch(label) is not None
    return len(text) < 4 and (label.lower(), text.lower()) in _SPLIT_CONTROLS


# On a page that says it is a discussion, a poster's presence or status label beside the
# name, a line of its own ("Offline", "Online": FluxBB's and punBB's poster cards; "Status":
# XenForo's label of the poster's status message): no post is that word alone, and no forum
# truth of dev keeps such a line (figures with the pair above).
_POSTER_STATUS: Final = frozenset({"status", "offline", "online"})


def is_poster_status(text: str) -> bool:
    """Whether a clean line is a poster's presence or status label alone ("Offline")."""
    return len(text) < 8 and text.lower() in _POSTER_STATUS
