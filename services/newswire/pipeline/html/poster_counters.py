"""Poster counters: a thread's lines, each of its own, that frame its posts rather than say
anything: a poster card's counters given as a label line then a number line ("Reaction score",
"310"), bare numbers, a post's number beside its date ("#2 · Jan 3, 2024"), a control split in
two lines ("Back", "Top"), a poster's presence label ("Offline"), badge ("Original poster",
"Prominent Member"), location and join date ("Joined: 4. Jul 2012, 16:09")."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.dates import is_date_like
from newswire.pipeline.html.walk import Block
from newswire.pipeline.textnorm import clean_line

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


# A poster card's join date as a month and year under its label, each a line of its own
# ("Join Date", then "Aug 2004": vBulletin's cards print no day), where no class name drops
# the card: the label goes with its date, as a counter's with its number. Not the month and
# year after the label on one line ("Joined Oct 2018"): a marketplace's seller card prints
# it so, and the product pages' truths keep it (2 pages of half A, -0.001 and -0.007). As is
# half B forum 0.9093 -> 0.9096 (a vBulletin thread +0.018), hashed +0.0003; nothing else
# moved (half A, articles, ScrapingHub).
_MONTH_YEAR: Final = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{4}", re.IGNORECASE
)
_JOIN_TERM: Final = re.compile(r"(?:joined|join date)\W*", re.IGNORECASE)


def is_counter(label: str, text: str) -> bool:
    """Whether ``text``, the line right after ``label``, is a bare number under a counter
    label (a poster's "Reaction score" then "310"), a month and year under a join date's
    label ("Join Date" then "Aug 2004") or ends a control split in two lines ("Back" then
    "Top")."""
    if is_bare_number(text):
        return _COUNTER_LABEL.fullmatch(label) is not None
    if _MONTH_YEAR.fullmatch(text):
        return _JOIN_TERM.fullmatch(label) is not None
    return len(text) < 4 and (label.lower(), text.lower()) in _SPLIT_CONTROLS


# On a page that says it is a discussion, a poster's presence or status label beside the
# name, a line of its own ("Offline", "Online": FluxBB's and punBB's poster cards; "Status":
# XenForo's label of the poster's status message): no post is that word alone, and no forum
# truth of dev keeps such a line (figures with the pair above).
_POSTER_STATUS: Final = frozenset({"status", "offline", "online"})


def is_poster_status(text: str) -> bool:
    """Whether a clean line is a poster's presence or status label alone ("Offline")."""
    return len(text) < 8 and text.lower() in _POSTER_STATUS


# On a page that says it is a thread, a poster card's badge on a line of its own: the thread
# starter's ribbon ("Original poster", "OP", Invision Community's "Author"), the staff's ("Moderator", "Staff member",
# "Administrator") and the poster's rank as one word before "Member" ("Prominent Member",
# "Established Member", "Premium Member": each board names its ranks, the word "Member"
# stays). As is, the card's class names drop it; where they are hashed it stood among the
# posts. No forum truth of dev keeps such a line; outside threads truths do ("Administrator"
# as a role's name in documentation, a service page's "Talkspace member"): threads only.
# Badges and ranks, hashed: half A all types +0.00006 (6 threads better), half B +0.00007 (8
# better); as is, half B +0.00002 (2 threads); none worse, articles and ScrapingHub unchanged.
# "Author" (no forum truth of dev keeps it alone): hashed, half A +0.000006 (4 threads of 4
# sites), half B +0.000001 (1); as is unchanged.
_POSTER_BADGES: Final = frozenset(
    {"original poster", "op", "author", "moderator", "staff member", "administrator"}
)
_BADGE_CHARS: Final = 32
_RANK_WORD: Final = "member"


def is_poster_badge(text: str) -> bool:
    """Whether a clean line is a poster card's badge alone ("Original poster", "Prominent
    Member")."""
    if len(text) >= _BADGE_CHARS:
        return False
    folded = text.lower()
    if folded in _POSTER_BADGES:
        return True
    rank, _, word = folded.rpartition(" ")
    return word == _RANK_WORD and rank.isalpha()


# On a page that says it is a thread, a poster card's location field: the label alone
# ("Location", "Location (town/city + country)": its value in a line of its own, or none)
# or with a short value ("Location: SIN", "Location: United Kingdom"). The poster's, never
# the post's; as is the card's class names drop it, hashed it stood among the posts (on ten
# boards of dev). Outside threads truths keep such lines (a guide's "Location: Las Vegas,
# USA" per event, a school's): threads only. Hashed: half B +0.00003 (5 threads better), half
# A +0.000005; as is half B +0.00001; none worse.
_LOCATION_FIELD: Final = re.compile(
    r"location(?:\s*\([^)]{0,40}\))?\s*(?::\s*.{0,40})?", re.IGNORECASE
)


def is_poster_location(text: str) -> bool:
    """Whether a clean line is a poster card's location field ("Location: United Kingdom")."""
    return text[:1] in {"L", "l"} and _LOCATION_FIELD.fullmatch(text) is not None


# A poster's card beside each post (phpBB's profile column, its kin's) gives the day the poster
# joined as one line, the label and the date together ("Joined: 4. Jul 2012, 16:09"): the
# member's, not the post's. Where class names are hashed no name drops the card (as is,
# "postprofile" does) and the line stood among the posts, once a post. Read on any page: a
# thread whose head does not say it is one shows it too, and no truth of dev (either half,
# ScrapingHub) has such a line; "Member since" is left alone (a freelancer's card on a
# service page, whose truth keeps it). Hashed: half A all types +0.00006 (a phpBB thread
# 0.82 -> 0.87), half B unchanged; as is unchanged.
_JOINED_LABEL: Final = re.compile(r"(?:joined|registered|join date)\s*:?\s*", re.IGNORECASE)
_JOINED_CHARS: Final = 60


def is_join_date(text: str) -> bool:
    """Whether a clean line is a poster's join date alone ("Joined: 4. Jul 2012, 16:09")."""
    if not text or len(text) > _JOINED_CHARS or text[0] not in "JjRr":
        return False
    label = _JOINED_LABEL.match(text)
    return label is not None and label.end() < len(text) and is_date_like(text[label.end() :])


# A post's edit notice under its text, a line of its own: the forum engine's, naming who edited
# it and when ("Last edited by <name> on <date>, edited 4 times in total." phpBB's, "Last
# edited by <name>; <date>" vBulletin's, "Edited <date> by <name> (see edit history)"
# Invision Community's): the board's record of the post, never what the poster wrote. Read on
# any page, as the join date is (a thread whose head does not say it is one prints it too):
# "Last edited by" or "Edited <date> by" only, so an article's credit ("Edited by <editor>")
# is left to the byline rules. Not FluxBB's "Last edited by <name> (<date>)": one of its two
# threads of dev keeps it (a short one: -0.029, against +0.011 on the other). Half A forum
# 0.767600 -> 0.768146 (a phpBB thread +0.010, 2 Invision threads +0.012 and +0.010, 2 more
# -0.003 and -0.002, one whose truth keeps the notices), half B forum 0.907569 -> 0.907760 (a
# vBulletin thread +0.012); articles, the other types and ScrapingHub unchanged.
_EDIT_NOTICE: Final = re.compile(
    r"last edited by \S.{0,40}?(?: on |; ).{0,20}\d.{0,60}"
    r"|edited (?:on )?\S.{0,30}\d.{0,20} by \S.{0,40}",
    re.IGNORECASE,
)
_EDIT_NOTICE_CHARS: Final = 140


def is_edit_notice(text: str) -> bool:
    """Whether a clean line is a post's edit notice alone ("Last edited by Minoa on Tue Aug
    27, 2019 10:03 pm, edited 1 time in total.", "Edited May 22, 2024 by Mr_Enigmatic")."""
    if not text or len(text) > _EDIT_NOTICE_CHARS or text[0] not in "EeLl":
        return False
    return _EDIT_NOTICE.fullmatch(text) is not None


# On a page that says it is a thread, a reply's quote of an earlier post opens with
# vBulletin's attribution, a line of its own over the quoted words: "Originally Posted by
# <name>". The truths keep the quoted words and leave the attribution (8 lines on threads of 3
# boards, none kept). Not phpBB's "<name> wrote:" (no thread of dev moved) nor Invision
# Community's "On <date>, <name> said:" (a short thread's truth keeps it: half B forum -0.0006
# with it) nor XenForo's "<name> said:", kept by the truths of half its boards; threads only,
# as a story may credit a quoted letter so. Half B forum 0.907760 -> 0.907923 (3 threads of 3
# boards +0.002 to +0.004); half A, articles, the other types and ScrapingHub unchanged.
_QUOTE_ATTRIBUTION: Final = re.compile(r"originally posted by \S.{0,40}", re.IGNORECASE)
_ATTRIBUTION_CHARS: Final = 60


def is_quote_attribution(text: str) -> bool:
    """Whether a clean line is vBulletin's attribution of a quoted post alone ("Originally
    Posted by lowjhg")."""
    return (
        len(text) <= _ATTRIBUTION_CHARS
        and text[:1] in {"O", "o"}
        and _QUOTE_ATTRIBUTION.fullmatch(text) is not None
    )


def thread_counters(blocks: list[Block]) -> dict[int, str]:
    """A thread's bare numbers (``is_bare_number``), the counter labels over them
    (``is_counter``), its posters' status labels, badges and locations (``is_poster_status``,
    ``is_poster_badge``, ``is_poster_location``) and its quotes' attributions
    (``is_quote_attribution``), each with no line;
    its posts' number and date lines (``numbered_date``), each with its date alone."""
    lines = {}
    previous: Block | None = None
    for block in blocks:
        text = block.text.strip()
        if (
            is_bare_number(text)
            or is_poster_status(text)
            or is_poster_badge(text)
            or is_poster_location(text)
            or is_quote_attribution(text)
        ):
            lines[id(block)] = ""
            # A poster card's counter label over its number ("Reaction score", "310"): the
            # number has no line here, so ``_counter_dropped`` never sees the pair, and where
            # class names are hashed (no name drops the card) the label stood alone, once a
            # post. The label goes with its number. Hashed: half A all types +0.00005 (3
            # threads of 3 sites), half B +0.00017 (9); as is half B +0.00005 (3 threads); none
            # worse, articles and ScrapingHub unchanged.
            if previous is not None and is_counter(previous.text.strip(), text):
                lines[id(previous)] = ""
        elif text.startswith("#") and (date := numbered_date(clean_line(text))):
            lines[id(block)] = date
        previous = block
    return lines
