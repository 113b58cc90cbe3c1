"""A thread's poster cards known by their shape, not their names: the rank, the counters and the
member's fields beside each post's poster name."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.dates import is_date_like
from newswire.pipeline.html.thread_posts import PROFILE_HREF, PROFILE_LINKS
from newswire.pipeline.textnorm import clean_line

# Forum software sets a card beside each post: the poster's name (a link to their profile),
# then their rank ("macrumors 6502a", "7+ Year Member"), their counters, join date, location
# and the member fields a board asks for ("Native Language: Spanish"). The names drop it
# ("userTitle", "message-userExtras", "postprofile"); where a build hashes them the card's shape
# still says what it is: the profile link's highest ancestor that stays short (under
# _CARD_CHARS: the post beside it is not in it), of the same tag, class attribute and depth
# over the link in post after post (at least _MIN_CARDS: the thread's posts; hashed names
# repeat as the names did), whose lines the cards share (ranks, and fields by their labels:
# _SHARED_SHARE of them said in two cards or more, where replies' words are each their own).
# Each of its branches beside the way down to the name goes (a list of fields one field at a
# time); the name stays, as the truths keep it over each post. Not a card that dates its post
# (a <time>, "3 hours ago"): that is the header over a post (Lemmy's, NodeBB's), whose parts
# the choice of the thread's text reads. Only on a page that says it is a thread (``walk``'s
# ``discussion``). As is: half A, half B and ScrapingHub unchanged, no page moved; class/id
# hashed (bench.perturb): half A all types 0.889011 -> 0.889083 (forum 0.73858 -> 0.73966,
# 6 boards' threads better), half B 0.896510 -> 0.896949 (forum 0.85808 -> 0.86326, 9
# better, up to +0.10); no page worse. (Without the dated-card test: as is, a Lemmy thread
# -0.28, its comments' headers thinned and the choice lost the comments. Fields compared
# whole, not by label: half B hashed 0.896807, a board's member-field cards kept.)
#
# The shape is the most common one whose cards do not all date their post: a thread's list of
# similar threads below it (each item its starter's profile link, a date and a reply count:
# a card of the same shape as its neighbours') may have more items than the thread has posts,
# and as the most common shape, wholly dated, it left the posts' cards unread. A shape whose
# every card is dated is passed over for the next one of _MIN_CARDS or more. Half A forum
# 0.77352 -> 0.77370 (a board of 11 posts under 11 similar threads: its posters' badges go,
# +0.0095), all types 0.905317 -> 0.905329; half B, ScrapingHub unchanged, no other page moved;
# class/id hashed: half A forum 0.75141 -> 0.75159 (the same page), half B forum unchanged.
_CARD_CHARS: Final = 300
_AGO: Final = re.compile(r"\bago\b", re.IGNORECASE)
# A field is a label and its value: judged whole.
_FIELD_TAGS: Final = frozenset({"dl", "li", "tr"})
_CARD_LEVELS: Final = 8
_MIN_CARDS: Final = 3
_SHARED_SHARE: Final = 0.5
# A rank, a counter, a field: short; a branch saying more is a post's own words.
_DETAIL_CHARS: Final = 120
_OWN_CHARS: Final = 40
# A post's own words are paragraphs; its date a <time>; its tools (vote, reply, link, report)
# buttons and links, a header's parts that the choice of the thread's text reads.
_NOT_DETAILS: Final = frozenset({"p", "a", "button"})
_NOT_DETAIL_PARTS: Final = "p, button"
# A member field may link its value (a location's map); a branch of links is a post's tools.
_LINK_SHARE: Final = 0.5
_MIN_NAME_CHARS: Final = 2
_MAX_NAME_CHARS: Final = 40
_STOPS: Final = frozenset({"body", "html", "main", "article"})


def _card(link: LexborNode) -> tuple[LexborNode, int]:
    """The highest ancestor of ``link`` (or itself) whose text stays under _CARD_CHARS, and
    how many levels over the link it is."""
    node, levels = link, 0
    while levels < _CARD_LEVELS:
        parent = node.parent
        if parent is None or parent.tag in _STOPS:
            break
        if len(clean_line(parent.text(deep=True))) > _CARD_CHARS:
            break
        node, levels = parent, levels + 1
    return node, levels


def _details(card: LexborNode, link: LexborNode) -> list[LexborNode]:
    """The element branches of ``card`` beside the way down to ``link``, those with text."""
    chain: set[int] = set()
    node: LexborNode | None = link
    while node is not None and node.mem_id != card.mem_id:
        chain.add(node.mem_id)
        node = node.parent
    found: list[LexborNode] = []
    for holder in [card, *_between(card, link)]:
        for child in holder.iter():
            if child.mem_id in chain or child.tag in (None, "-text", "-comment"):
                continue
            if child.text(deep=True).strip():
                found.extend(_leaves(child))
    return found


def _leaves(node: LexborNode) -> list[LexborNode]:
    """``node``, or where it holds several elements with text (a list of member fields,
    each a label and its value), each of those as its own: one field is judged at a time."""
    held = [
        child
        for child in node.iter()
        if child.tag not in (None, "-text", "-comment") and child.text(deep=True).strip()
    ]
    if len(held) < 2 or node.tag in _FIELD_TAGS:
        return [node]
    return [leaf for child in held for leaf in _leaves(child)]


def _between(card: LexborNode, link: LexborNode) -> list[LexborNode]:
    """The elements from under ``card`` down to ``link``'s parent."""
    way: list[LexborNode] = []
    node = link.parent
    while node is not None and node.mem_id != card.mem_id:
        way.append(node)
        node = node.parent
    return way


def _said(node: LexborNode, line: str) -> str:
    """A detail's ``line`` as the cards are compared by it: a field's label ("Native
    Language"), its value being the member's own; another detail's whole line."""
    if node.tag in _FIELD_TAGS:
        parts = [part for child in node.iter() if (part := clean_line(child.text(deep=True)))]
        if len(parts) > 1:
            return parts[0]
    return line


def _dated(node: LexborNode, line: str) -> bool:
    """Whether a branch of a card dates a post: a <time>, or a date said as an age ("1 year
    ago"); a member's join date ("Joined Feb 16, 2015") is one of their fields."""
    return (
        node.tag == "time"
        or node.css_first("time") is not None
        or (_AGO.search(line) is not None and is_date_like(line))
    )


def _mostly_links(node: LexborNode, line: str) -> bool:
    """Whether links make up _LINK_SHARE of ``line``, the text of ``node``, or one of them is
    a member's (a mention, "last edited by" someone: about the post, not its poster)."""
    links = node.css("a")
    if any(PROFILE_HREF.search(link.attributes.get("href") or "") for link in links):
        return True
    linked = sum(len(clean_line(link.text(deep=True))) for link in links)
    return linked >= _LINK_SHARE * len(line)


def poster_details(root: LexborNode) -> frozenset[int]:
    """The ``mem_id`` of the poster cards' detail branches under ``root`` (see above)."""
    cards: dict[int, tuple[LexborNode, LexborNode, tuple[str, str, int]]] = {}
    for link in root.css(PROFILE_LINKS):  # the links PROFILE_HREF may find a profile in
        if not PROFILE_HREF.search((link.attributes.get("href") or "").split("#", 1)[0]):
            continue
        if not _MIN_NAME_CHARS <= len(clean_line(link.text(deep=True))) <= _MAX_NAME_CHARS:
            continue
        card, levels = _card(link)
        if levels and card.mem_id not in cards:
            shape = (card.tag or "", card.attributes.get("class") or "", levels)
            cards[card.mem_id] = (card, link, shape)
    # The most common shape whose cards are not all dated (a list of similar threads: above).
    for shape, count in Counter(shape for *_, shape in cards.values()).most_common():
        if count < _MIN_CARDS:
            break
        branches = _branches([(card, link) for card, link, of in cards.values() if of == shape])
        if branches:
            return _shared(branches)
    return frozenset()


def _branches(cards: list[tuple[LexborNode, LexborNode]]) -> list[list[tuple[LexborNode, str]]]:
    """The detail branches of each of ``cards`` (a card and its profile link) that dates no
    post, each with its line as the cards are compared by it (``_said``)."""
    branches: list[list[tuple[LexborNode, str]]] = []
    for card, link in cards:
        lines = [(node, clean_line(node.text(deep=True))) for node in _details(card, link)]
        if any(_dated(node, line) for node, line in lines):
            continue  # the poster and date over a post: its header, not a card beside it
        branches.append(
            [
                (node, _said(node, line))
                for node, line in lines
                if len(line) <= _DETAIL_CHARS
                and node.tag not in _NOT_DETAILS
                and node.css_first(_NOT_DETAIL_PARTS) is None
                and not _mostly_links(node, line)
            ]
        )
    return branches


def _shared(branches: list[list[tuple[LexborNode, str]]]) -> frozenset[int]:
    """The ``mem_id`` of the details of ``branches`` (one list a card), if the cards share
    _SHARED_SHARE of their lines (see above)."""
    said = Counter(line for lines in branches for line in {line for _, line in lines})
    every = [line for lines in branches for _, line in lines]
    if not every or sum(said[line] > 1 for line in every) < _SHARED_SHARE * len(every):
        return frozenset()
    # A line of one card alone is a detail when short (a location, a custom rank); a longer
    # one there may be a reply's own words (a comment's title, a short reply in the card).
    return frozenset(
        node.mem_id
        for lines in branches
        for node, line in lines
        if said[line] > 1 or len(line) <= _OWN_CHARS
    )
