"""The date over each post of a forum thread, which the post's <header> holds among its tools,
the poster's name and date, which its <aside> card holds, and both from a post item's header
box."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.junk import DROP_TAGS
from newswire.pipeline.html.page_elements import page_elements
from newswire.pipeline.html.thread_posts import PROFILE_HREF, is_post_id

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
_MAX_DATE_CHARS: Final = 40
# The tag of the walk's block of a post's date (no element the walk makes a block of): a bare
# date line is furniture elsewhere (``is_furniture_line``), not this one.
POST_DATE_TAG: Final = "time"


def post_header_date(header: LexborNode) -> str | None:
    """The text of the first ``<time>`` under a post's ``header`` when it is a date's length
    (not a whole line of prose marked up as a time), else None."""
    time = header.css_first("time")
    if time is None:
        return None
    text = " ".join(time.text(deep=True).split())
    return text if 0 < len(text) <= _MAX_DATE_CHARS else None


# Some forum themes (XenForo's "message card" themes) put the poster in the post's <header>
# too: the avatar, the name linked to the member's profile, the member's counters, the
# post's tools; the post's number and date follow it. The header is dropped whole, and with it
# the poster's name the thread's text keeps over each post (as it keeps Invision's). On a
# page that says it is a thread, a header's first link to a member's profile of a name's
# length gives the name, a line over the header's date (when it holds one). The avatar's link
# to the same profile holds no text, or one letter (a letter avatar): not a name. With the
# post's number and date line (``poster_counters.numbered_date``): half B forum 0.90333 ->
# 0.90426 (4 such threads better by 0.005 to 0.022, none worse), all types 0.909462 ->
# 0.909541; half A, articles and ScrapingHub unchanged.
_MIN_NAME_CHARS: Final = 2


def post_header_lines(header: LexborNode) -> list[tuple[str, str]]:
    """The lines (text, the walk's block tag) a thread's dropped post ``header`` gives: the
    poster's name (see above) and the post's date (``post_header_date``), either or both."""
    lines = []
    # A Person item's link first: the poster's (a header may hold a pinned notice's poster
    # before it).
    links = (
        header.css('[itemtype$="/Person"] a[href]') + header.css("a[href]")
        if in_post(header)
        else []
    )
    for link in links:
        if not PROFILE_HREF.search((link.attrs.get("href") or "").split("#", 1)[0]):
            continue
        name = " ".join(link.text(deep=True).split())
        if _MIN_NAME_CHARS <= len(name) <= _NAME_CHARS and len(name.split()) <= _NAME_WORDS:
            lines.append((name, "div"))
            break
    if date := post_header_date(header):
        lines.append((date, POST_DATE_TAG))
    return lines


# The levels read up from a header to its post's frame: the post's element by its id or its
# item (``_POST_ITEMS``), or a wrapper inside it. A page's masthead is in no post: its link to
# the list of members ("Members") is none of a post's poster.
_POST_LEVELS: Final = 3


def in_post(node: LexborNode) -> bool:
    """Whether ``node`` lies in a thread's post: within _POST_LEVELS of an element whose id is
    a post's (``is_post_id``) or which is a post's item."""
    parent = node.parent
    for _ in range(_POST_LEVELS):
        if parent is None:
            return False
        attrs = parent.attributes
        if is_post_id(attrs.get("id") or "") or is_post_item(attrs):
            return True
        parent = parent.parent
    return False


def is_post_item(attrs: dict[str, str | None]) -> bool:
    """Whether an element's ``attrs`` make it a thread's post item (``_POST_ITEMS``)."""
    return (
        "itemscope" in attrs
        and (attrs.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower() in _POST_ITEMS
    )


def post_element(attrs: dict[str, str | None], *, discussion: bool) -> bool:
    """Whether a block element (its ``attrs``) is a thread's post: by its software's post id
    (``is_post_id``), or, on a page that says it is a thread (``discussion``), as a post's item
    or by its number in a data attribute (``_POST_NUMBERS``), which a build that hashes class
    names and ids leaves as they are. Not on another page: a story's comment section marks its
    comments as Comment items and numbers them too."""
    # Every id the pattern matches starts with one of these letters: most ids are not tried.
    if (ident := attrs.get("id")) and ident[0] in "pmj" and is_post_id(ident):
        return True
    return discussion and (is_post_item(attrs) or _post_number(attrs))


# A forum's scripts find each post by its number in a data attribute (Invision's
# data-commentid, Discourse's and XenForo themes' data-post-id, Stack Exchange's
# data-comment-id, NodeBB's data-pid, Simple Machines' data-msgid), which a build that hashes
# class names and ids leaves as it is. Only on a page that says it is a thread: a blog's
# comments carry such numbers too. Measured with ``without_blocks_beside_posts``, the rule
# these posts serve: see the commit that added this.
_POST_NUMBERS: Final = (
    "data-post-id",
    "data-commentid",
    "data-comment-id",
    "data-pid",
    "data-msgid",
)


def _post_number(attrs: dict[str, str | None]) -> bool:
    """Whether ``attrs`` give a post's number in one of ``_POST_NUMBERS``."""
    return any((number := attrs.get(name)) and number.isdigit() for name in _POST_NUMBERS)


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
_NAME_CHARS: Final = 40
_NAME_WORDS: Final = 4


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


# The same card shows the post's date under the name (Invision Community 5: "ColdJ Members /
# June 14, 2024"), which the thread's text keeps over each post as it keeps XenForo's. Its
# <time> holds the date twice, long and short ("June 14, 2024" and "1 yr", one shown by the
# screen's width): the first is read. Not a date in the card's list of the member's facts
# (Invision 4's "Joined January 7, 2020"). Half A forum 0.76554 -> 0.76595 (a thread +0.027,
# one -0.005), half B forum 0.90059 -> 0.90086 (one +0.016); all else unchanged.
def post_aside_date(aside: LexborNode) -> str | None:
    """The post's date from its poster's card ``aside`` (asked after ``post_aside_name`` gave
    its name): the first <time> of the post's cards (the second, for another layout, may hold
    it alone), its first element's text or the time's own when it has none, when a date's
    length; else None."""
    post = aside.parent
    times = post.css("aside time") if post is not None else []
    time = next((time for time in times if not _in_facts(time)), None)
    if time is None:
        return None
    shown = next(time.iter(include_text=False), time)
    text = " ".join(shown.text(deep=True).split())
    return text if 0 < len(text) <= _MAX_DATE_CHARS else None


# A card's list of its member's facts ("10 posts", "Joined January 7, 2020": Invision 4) holds
# the member's dates, never the post's.
_FACT_TAGS: Final = frozenset({"li", "dl", "dd", "dt"})


def _in_facts(time: LexborNode) -> bool:
    node = time.parent
    while node is not None and node.tag != "aside":
        if node.tag in _FACT_TAGS:
            return True
        node = node.parent
    return False


# Forum software that serves its thread to crawlers as schema.org microdata (Discourse's view
# for readers without JavaScript, inside <noscript>) opens each post, a DiscussionForumPosting
# or Comment item, with a box holding the post's poster (an ``itemprop="author"`` Person: the
# name and the display name beside it) and the post's <time>, then its position counter. The
# box is named as a story's meta line is and dropped whole, and with it the poster and the date
# over each post, which the thread's text keeps as a reader follows it (as it keeps XenForo's
# dates and Invision's names). The items say what the box is whatever the names or whether
# the page's head declares a thread (this view's items are inside <noscript>, which the head's
# reading does not parse): a dropped box of a post's item, shorter than a header's line,
# holding both, gives the author's text and the time's text, each a line, the rest (the
# counter) still dropped. Half A forum 0.76354 -> 0.76554 (8 threads better by 0.008 to 0.054,
# 3 worse by 0.016 to 0.067: truths without the names or the dates), all types 0.899903 ->
# 0.900038; half B forum 0.90036 -> 0.90059 (3 better by 0.021 to 0.054, 3 worse by 0.033 to
# 0.040), all types 0.906679 -> 0.906698; articles, the other types and ScrapingHub
# unchanged. (The names alone: half A forum +0.0007, half B +0.0006, less in all.)
_POST_ITEMS: Final = frozenset({"discussionforumposting", "comment"})
# The levels read up from the box to the post's item: the item itself (a reply), or the item
# around the first post's frame.
_ITEM_LEVELS: Final = 2
_HEADER_CHARS: Final = 160
_POSTER_CHARS: Final = 60


def post_meta_lines(box: LexborNode) -> tuple[str, str] | None:
    """The poster's name and the post's date from a dropped post header ``box`` (see above):
    its post's item is a thread's post, and it holds an ``itemprop="author"`` element and a
    <time>; or its post is an element with its software's post id and it holds a member's
    profile link and a <time>; else None."""
    # Asked of each element dropped by its names: the item's attributes first (most boxes
    # are in no item), the box's subtree after.
    kind = _header_post(box)
    if kind is None:
        return None
    time = box.css_first("time")
    author = None if time is None else _author(box, itemized=kind == _ITEM)
    # The box's text collapsed: its markup's indents are most of what it holds.
    if time is None or author is None or len(" ".join(box.text(deep=True).split())) > _HEADER_CHARS:
        return None
    name = _once(" ".join(author.text(deep=True).split()))
    date = " ".join(time.text(deep=True).split())
    if not (0 < len(name) <= _POSTER_CHARS and 0 < len(date) <= _MAX_DATE_CHARS):
        return None
    return name, date


# A page stripped of its microdata (a forum theme that prints none, a cache that drops it)
# still shows the same box: its post is the element with the software's post id ("post_2"),
# its poster a link to the member's profile ("/u/name"). On any page, as the items are: the
# Discourse view for readers without JavaScript is inside <noscript>, which the reading of
# whether the page shows a thread (``thread_posts.shows_thread``) does not parse. bench.perturb
# --variants 'bare meta', forum threads: half A 0.7639 -> 0.7663 (9 Discourse threads better
# by 0.008 to 0.051, 3 worse by 0.016 to 0.067: truths without the names or the dates, as as
# is), half B 0.8865 -> 0.8867 (3 better, 3 worse); as is unchanged (A, B, ScrapingHub).
_ITEM: Final = "item"
_SHOWN: Final = "shown"


def _header_post(box: LexborNode) -> str | None:
    """``_ITEM`` when ``box`` is in a post's item, ``_SHOWN`` when in an element with a
    post's id, else None (read up ``_ITEM_LEVELS`` levels)."""
    parent = box.parent
    shown: str | None = None
    for _ in range(_ITEM_LEVELS):
        if parent is None:
            break
        attrs = parent.attributes
        if "itemscope" in attrs:
            kind = (attrs.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
            return _ITEM if kind.lower() in _POST_ITEMS else None
        # Most elements over a dropped box have no id: no pattern is tried on them.
        if shown is None and (ident := attrs.get("id")) and is_post_id(ident):
            shown = _SHOWN
        parent = parent.parent
    return shown


def _author(box: LexborNode, *, itemized: bool) -> LexborNode | None:
    """The poster's element in a header ``box``: its ``itemprop="author"`` in a post item,
    else its first link to a member's profile."""
    if itemized:
        return box.css_first('[itemprop="author"]')
    for link in box.css("a[href]"):
        if PROFILE_HREF.search((link.attributes.get("href") or "").split("#", 1)[0]):
            return link
    return None


def _once(name: str) -> str:
    """The poster's ``name`` without the display name beside it when that repeats it ("raoul
    (raoul)"): the thread shows a name once where the two are one (a display name that
    differs, even in case only, stays: "amondale (Amondale)")."""
    user, _, shown = name.partition(" (")
    return user if shown == f"{user})" else name


# A box gives lines only inside an element with a post's id or of a post's item type (see
# ``_header_post``), and most pages hold neither (5 in 6 of wcxb-dev): on those, the ~25 boxes
# a page drops are not read up to their parents, whose attributes selectolax builds anew on
# each read (a dict an element). The page's shared query holds every element that may be
# one: each with an ``itemtype``, each whose id starts as a post's (``POST_ID_PREFIXES``).
def may_frame_posts(root: LexborNode) -> bool:
    """Whether ``root``'s page holds an element with a post's id (``is_post_id``) or of a
    post's item type (``_POST_ITEMS``), as ``_header_post`` reads them."""
    for _, _, attrs in page_elements(root.parser):
        ident = attrs.get("id")
        if ident and is_post_id(ident):
            return True
        kind = attrs.get("itemtype")
        if kind and kind.rstrip("/").rsplit("/", 1)[-1].lower() in _POST_ITEMS:
            return True
    return False


def dropped_post_lines(
    node: LexborNode, tag: str, holds: Holds, *, discussion: bool
) -> list[tuple[str, str]]:
    """The lines (text, the walk's block tag) that a post's header or poster card ``node``
    (of tag ``tag``), dropped by the walk, gives the thread's text: on a page that says it is
    a thread (``discussion``), an <aside> card's name and date; a post item's header box's
    name and date on any page whose tree (``holds``) may frame posts (see ``post_meta_lines``)."""
    if tag == "aside":
        poster = post_aside_name(node) if discussion else None
        if poster is None:
            return []
        date = post_aside_date(node)
        return [(poster, "div")] + ([(date, POST_DATE_TAG)] if date else [])
    if (
        tag in DROP_TAGS
        or not holds.post_frames(may_frame_posts)
        or (header := post_meta_lines(node)) is None
    ):
        return []
    return [(header[0], "div"), (header[1], POST_DATE_TAG)]
