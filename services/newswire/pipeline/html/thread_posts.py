"""The first post of a forum thread, the date it shows and who posted it.

Forum software that predates structured data (vBulletin's ``<table id="post2017066">``,
phpBB's ``<div id="p36150000">``, SMF's ``<div id="msg4175227">``, XenForo 1's ``<li
id="post-123">``) gives each post of a thread an id of its word and number, and prints the
post's date in its header as plain text ("30th March 2025, 16:26", "by Minoa » Tue Aug 27, 2019
1:47 am", "June 04, 2024, 11:23:55 AM") in elements with no date name, or in a date element the
placement rules take for a comment's. The thread's date is its first post's. XenForo 2's posts
("<div class="message" id="js-post-63057301">") are read the same way where the page's markup
lost its date (a thread whose JSON-LD and ``itemprop="datePublished"`` are gone): session 41's
probe (dev pages with their date markup stripped): date right A 281 -> 286, B 288 -> 303 of 392
/ 390 dated pages, all gains forum threads, none lost; the dev pages with markup are unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Final
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.dates import is_date_like, parse_date
from newswire.pipeline.html.date_labels import joined_date, last_post_line
from newswire.pipeline.html.page_elements import Page, page_elements
from newswire.pipeline.html.page_links import member_links
from newswire.pipeline.html.text import has_digit
from newswire.pipeline.textnorm import clean_line

# A post's id: its word and number alone ("post2017066", "post-123", "p36150000",
# "msg4175227", XenForo 2's "js-post-63057301"). "post-123" is also a WordPress story's
# <article> (and its related stories'): see ``first_post_date`` for why that is no harm.
_POST_ID: Final = re.compile(r"^(?:js-post-|(?:post|msg|p)[-_]?)\d+$")
# A thread shows two posts or more: a page with one such element is a story, not a thread.
_MIN_POSTS: Final = 2
# Texts of the first post read for its date (its header comes before its message; a poster's
# card beside it holds a few lines), and the longest date line.
_TEXTS_READ: Final = 40
_MAX_LINE_CHARS: Final = 60


def first_post_date(
    tree: LexborHTMLParser, locale: str | None, *, unless: date | None = None
) -> list[str]:
    """The date of the thread's first post, as ISO text: its first short text that is a date
    (absolute: a relative "2 years ago" is the fetch's, and the header's exact date is there),
    not the poster's join date. Empty when the page shows fewer than two posts by id, or when
    the post's day is ``unless``: the date element already read for that day has its time and
    zone in its markup, which the post's text lacks ("11:23 AM" read as UTC)."""
    posts = _posts(tree)
    if len(posts) < _MIN_POSTS:
        posts = _posts_by_posters(tree)
    if not posts:
        return []
    found = _date_in(posts[0], locale)
    if found and unless is not None and found[0][:10] == unless.isoformat():
        return []
    return found


#: A member's profile address as forum and link-sharing software writes it: a path or query
#: word naming a member, a user or a profile ("memberlist.php?mode=viewprofile&u=72760" phpBB,
#: "member.php?u=805995" vBulletin, "members/pelex.1378134/" XenForo 1,
#: "index.php?action=profile;u=261870" SMF, "user-126792.html" MyBB, "/u/raoul" Discourse and
#: Lemmy, "/user/InsaneSnow45" Reddit), or a home directory's "/~scvalex". A share button's
#: "sharer.php?u=…" is none.
PROFILE_HREF: Final = re.compile(
    r"(?:^|[/.?&;=])(?:member(?:s|list)?|users?|profile)(?:[/.?&;=_-]|$)|(?:^|/)(?:u/|~)",
    re.IGNORECASE,
)
#: The links whose address ``PROFILE_HREF`` may find a profile in, for the rules reading each
#: such link of a page or a post: every match of the pattern holds one of its words, "u/" or
#: "~", in any case, which lexbor tests in C. lexbor's case is ASCII's; the pattern's takes
#: three letters beyond ASCII for "i" and "s" too (U+0130, U+0131, U+017F: the dotted capital
#: I, the dotless i, the long s), each looked for as itself. Over every other page of
#: wcxb-dev and ScrapingHub (~180 links a page), ``question_asker`` ~710 -> ~420 µs a page
#: (compiled, best of 3): ``a[href]`` and each link read and searched in Python, then this query.
PROFILE_LINKS: Final = "a:is({})".format(
    ", ".join(
        [
            *(f'[href*="{word}" i]' for word in ("member", "user", "profile", "u/", "~")),
            *(f'[href*="{letter}"]' for letter in ("\u0130", "\u0131", "\u017f")),
        ]
    )
)
# A forum user's name as its card links it: one letter is a letter avatar's ("F" over
# "FutureBSD"), longer than a name is a label or a sentence.
_MIN_NAME_CHARS: Final = 2
_MAX_NAME_CHARS: Final = 40


def first_poster(tree: LexborHTMLParser) -> list[str]:
    """The name of the thread's first poster: the first link to a member's profile inside the
    first post by id, where the page shows two posts or more (see the module). The poster's card
    and the post's header ("by galitsyn »") link the name; a quote's or a mention's link comes
    after them. Forum software that predates structured data declares no author otherwise, and
    its author links are every reply's poster too. The ids are the software's, so the rule
    holds whatever the class names say. On wcxb-dev (forum pages, where no markup names the
    opener): author right +2 on half A (phpBB, vBulletin), +6 on half B (phpBB, vBulletin,
    XenForo 1, SMF, MyBB); no page of another type has such a link in a first post."""
    posts = _posts(tree)
    if len(posts) < _MIN_POSTS:
        return []
    for link in posts[0].css(PROFILE_LINKS):
        if not PROFILE_HREF.search((link.attrs.get("href") or "").split("#", 1)[0]):
            continue
        name = clean_line(link.text(deep=True))
        if _MIN_NAME_CHARS <= len(name) <= _MAX_NAME_CHARS:
            return [name]
    # No profile link: the card's name as a term of its own ("<dl><dt><strong>chunix64</strong>
    # </dt><dd>Member</dd>"), where the forum shows no profile to a guest (FluxBB, PunBB).
    # The card comes before the message: a term after a paragraph is the message's (a story's
    # definition list, its <article id="post-12"> taken for a post). On wcxb-dev: author right
    # +2 forum pages on half B (one site), none on A, none invented.
    term = posts[0].css_first("dt, p")
    name = clean_line(term.text(deep=True)) if term is not None and term.tag == "dt" else ""
    return [name] if _MIN_NAME_CHARS <= len(name) <= _MAX_NAME_CHARS else []


# The links that may be a member's profile, for ``repeated_poster``, are those whose address
# holds one of ``page_links.MEMBER_WORDS`` (found in the page's links' shared query);
# ``PROFILE_HREF`` then reads each found link's address. "/u/" and "/~" (profiles by name,
# which ``_MEMBER_NUMBER`` passes over) cost that query as much again (~100 µs a page).

# A member's number as forum software writes it in the profile's address: a query's member
# parameter ("u=805995", "showuser=12") or a page of the number ("user-126792.html"). A
# profile named by a slug ("/profile/Mats-Andersson-16", a Q&A site's answerers), a page about
# the site's users ("/user/login", "register?productid=0") or a help page's number
# ("member-policies/user-agreement?id=4259", linked from menu and footer) is no poster's.
_MEMBER_NUMBER: Final = re.compile(
    r"(?:[?&;](?:u|uid|userid|user|memberid|member|showuser)=\d+(?:[&;]|$))|[/_-]\d+\.html?$",
    re.IGNORECASE,
)


def repeated_poster(tree: LexborHTMLParser) -> list[str]:
    """The thread's first poster told by its links alone, where no post carries an id of its
    software's (its ids and class names hashed, as a CSS-module build writes them): the first
    link named like a member to a profile that the page links twice or more (the poster's
    avatar and name, the "View Profile" under them, a second post of theirs), on a page where
    two members' profiles are so linked (a thread shows its posters, each linked from their
    post; a story's one author box is no thread). A link's text that other profiles' links
    share ("View Profile", "") is a label, not a name; a link to a profile linked once is a
    menu's ("Login", "Member List") or a mention's; the profile's address gives the member's
    number (see ``_MEMBER_NUMBER``). Asked after every other source: a page that declares or
    shows its author is read so. On wcxb-dev, class and id names hashed: author right B +5 and
    A +2 forum threads (phpBB, vBulletin, SMF, MyBB; 7 sites), none invented or lost; as is,
    the rule names no one (the posts' ids name the poster first), nor on ScrapingHub."""
    links: list[tuple[str, str]] = []
    for link in member_links(tree):
        href = (link.attrs.get("href") or "").split("#", 1)[0]
        if PROFILE_HREF.search(href) and _MEMBER_NUMBER.search(href):
            links.append((href, clean_line(link.text(deep=True))))
    counts = Counter(href for href, _ in links)
    repeated = {href for href, seen in counts.items() if seen > 1}
    if len(repeated) < _MIN_POSTS:
        return []
    hrefs_of: dict[str, set[str]] = {}
    for href, text in links:
        hrefs_of.setdefault(text, set()).add(href)
    for href, text in links:
        named = _MIN_NAME_CHARS <= len(text) <= _MAX_NAME_CHARS and len(hrefs_of[text]) == 1
        if href in repeated and named:
            return [text]
    return []


def _posts_by_posters(tree: LexborHTMLParser) -> list[LexborNode]:
    """The thread's first post told by its posters' links alone, where no post carries an id of
    its software's (ids and class names hashed, as a CSS-module build writes them): the first
    link to a profile the page links twice or more (see ``repeated_poster``) and the first
    such link to another member's profile sit in two posts, and the child of their nearest
    common element that holds the first is the first post (a vBulletin post's table with its
    header's "30th March 2025, 16:26", a phpBB post's "by Minoa » Tue Aug 27, 2019 1:47
    am"). Empty where the page links fewer than two members so (no thread)."""
    links: list[tuple[str, LexborNode]] = []
    for link in member_links(tree):
        href = (link.attrs.get("href") or "").split("#", 1)[0]
        if PROFILE_HREF.search(href) and _MEMBER_NUMBER.search(href):
            # One profile, linked by its full address and by its path ("https://…/user-37.html"
            # by the name, "user-37.html" by the avatar), is one member.
            address = urlsplit(href)
            links.append((f"{address.path.lstrip('/')}?{address.query}", link))
    counts = Counter(href for href, _ in links)
    repeated = [(href, link) for href, link in links if counts[href] > 1]
    if not repeated:
        return []
    first_href, first = repeated[0]
    other = next((link for href, link in repeated if href != first_href), None)
    chain: list[LexborNode] = []
    node = first.parent
    while node is not None:
        chain.append(node)
        node = node.parent
    depth = {node.mem_id: index for index, node in enumerate(chain)}
    common = other.parent if other is not None else None
    while common is not None and common.mem_id not in depth:
        common = common.parent
    # The first post is the common element's child on the first link's side (none where the
    # first link's own element holds the other: one card, not two posts).
    index = depth.get(common.mem_id, 0) if common is not None else 0
    return [chain[index - 1]] if index > 0 else []


# A thread shows its posts whether or not its markup declares them: each post an element with
# its software's id (see ``_POST_ID``) that links its poster's profile (``PROFILE_HREF``).
# Where the page declares nothing (no JSON-LD, no microdata: a small site's CMS, or a forum
# whose theme prints none), three such posts make it a thread as a declaration would (see
# ``story_pages.declares_discussion``): its replies and each post's header lines are its text.
# A WordPress page's <article id="post-123"> links its author's archive ("/author/…"), no
# member's profile.
_SHOWN_POSTS: Final = 3


def shows_thread(tree: LexborHTMLParser) -> bool:
    """Whether the page shows three posts or more by their software's ids, each linking a
    member's profile (see above)."""
    posts = _posts(tree)
    shown = 0
    for index, post in enumerate(posts):
        # Too few posts left to make three: their subtree queries are spared (of the pages
        # asked, ~1 in 6 holds a post's id, mostly one or two: a WordPress story's <article>).
        if shown + len(posts) - index < _SHOWN_POSTS:
            return False
        links = post.css(PROFILE_LINKS)
        if any(PROFILE_HREF.search((a.attrs.get("href") or "").split("#", 1)[0]) for a in links):
            shown += 1
            if shown >= _SHOWN_POSTS:
                return True
    return False


def is_post_id(ident: str) -> bool:
    """Whether an element's ``id`` is a forum post's, its word and number alone (see
    ``_POST_ID``)."""
    return _POST_ID.match(ident) is not None


def _posts(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's posts by id, in page order (see ``_posts_read``), read once on a ``Page``
    (three rules ask, ~2.4 times a page): callers share the list and must not change it."""
    if not isinstance(tree, Page):
        return _posts_read(tree)
    if tree.posts is None:
        tree.posts = _posts_read(tree)
    return tree.posts


def _posts_read(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's posts by id, in page order, read from the page's shared query, which holds
    every element whose id may be a post's (``page_elements.POST_ID_PREFIXES``: every id the
    pattern matches starts so)."""
    # An element without an id (most of the shared query's) is no post: no pattern is tried.
    return [
        node
        for node, _, attrs in page_elements(tree)
        if (ident := attrs.get("id")) and _POST_ID.match(ident)
    ]


def _date_in(post: LexborNode, locale: str | None) -> list[str]:
    read = 0
    for child in post.traverse(include_text=True, skip_empty=True):
        if not child.is_text_node:
            continue
        raw = child.text_content or ""
        if not raw.strip():
            continue
        read += 1
        if read > _TEXTS_READ:
            break
        if not has_digit(raw):
            continue
        text = clean_line(raw).strip(" »«|-–—,")
        parent = child.parent
        if len(text) > _MAX_LINE_CHARS or not is_date_like(text):
            continue
        if parent is None or joined_date(parent, text) or _in_poster_card(parent, post):
            continue
        if last_post_line(parent):
            continue
        parsed = parse_date(text, language=locale)
        if parsed is not None:
            return [_stamp(parent) or parsed.isoformat()]
    return []


def _stamp(node: LexborNode) -> str | None:
    """The ``datetime`` of the post's ``<time>`` holding the date text: the moment with its
    offset, where the text is a day in the server's zone (XenForo 2's "Jun 3, 2024" for
    "2024-06-02T20:22:24-0400")."""
    stamp = node.attrs.get("datetime") if node.tag == "time" else None
    return stamp if stamp and parse_date(stamp) is not None else None


def _in_poster_card(node: LexborNode, post: LexborNode) -> bool:
    """Whether ``node`` sits in a definition list inside the post: the poster's card of facts
    beside the message ("<dl class="postprofile">" with "Posts: 4032", "Founded: Dec 11,
    2021"), whose dates are the member's, never the post's (a post's header is no list)."""
    parent: LexborNode | None = node
    while parent is not None and parent.mem_id != post.mem_id:
        if parent.tag == "dl":
            return True
        parent = parent.parent
    return False
