"""The poster a link-sharing or forum post's header names: "via scvalex 1 year ago | caches",
"Dessalines to Announcements · 1 year ago", "submitted 17 hours ago by InsaneSnow45"; and the
asker a question-and-answer page's owner card names ("asked Jun 29, 2012 at 10:51" / "Pup").

Such sites (Lobsters, Lemmy, Reddit and their kin) declare no author in their markup, and their
poster's name is an account name that the name checks take for no person's. The header line
under the post's title links the name to the poster's profile and dates the post; the same
shape further down is a comment's header. A page of many such lines (a front page of submitted
links, each "by" its poster) is signed by none of them.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.dates import is_date_like
from newswire.pipeline.html.body_texts import may_open_with
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.page_elements import body_texts
from newswire.pipeline.html.thread_posts import PROFILE_HREF, PROFILE_LINKS
from newswire.pipeline.textnorm import clean_line

# How far below the headline the post's header sits: its title link, domain and tags, then the
# header line. Further down come the post's text and its comments' headers.
_TEXTS_READ: Final = 20
# The elements that hold a line of the header: the link's nearest one of these is its line.
_LINE_TAGS: Final = frozenset(
    {"p", "div", "li", "dd", "td", "header", "footer", "section", "article"}
)
# How far up the link's line is looked for, and how long a header line is: a longer one is a
# paragraph that mentions a member.
_LINE_HOPS: Final = 4
_MAX_LINE_CHARS: Final = 150
# The link's own text is a name: not a label ("Log in", "Members area: beginners").
_MAX_NAME_CHARS: Final = 40


def poster_line(near: HeadlineTexts) -> list[str]:
    """The one name that the dated header lines under the headline link to a member's profile
    (see the module); none where they name two or more. On wcxb-dev (forum pages whose truth
    names the poster and whose markup names no one): author right +2 on half A; no page of any
    type is given a name its truth lacks."""
    names: list[str] = []
    for item in near.after_headline(_TEXTS_READ):
        link = _profile_link(item.node)
        if link is None or len(item.text) > _MAX_NAME_CHARS:
            continue
        if clean_line(link.text(deep=True)) != item.text or not _dated_line(link):
            continue
        if item.text not in names:
            names.append(item.text)
    return names if len(names) == 1 else []


def _profile_link(node: LexborNode) -> LexborNode | None:
    """The link to a member's profile that holds the text ``node``, if any (the name may sit
    in a <span> or <strong> inside it)."""
    parent = node.parent
    for _ in range(_LINE_HOPS):
        if parent is None:
            return None
        if parent.tag == "a":
            href = (parent.attrs.get("href") or "").split("#", 1)[0]
            return parent if PROFILE_HREF.search(href) else None
        parent = parent.parent
    return None


def _dated_line(link: LexborNode) -> bool:
    """Whether the link's line is a short one that dates the post ("1 year ago", "May 26,
    2025")."""
    line = link.parent
    for _ in range(_LINE_HOPS):
        if line is None:
            return False
        if line.tag in _LINE_TAGS:
            text = clean_line(line.text(deep=True))
            return len(text) <= _MAX_LINE_CHARS and is_date_like(text)
        line = line.parent
    return False


# The owner card of a question-and-answer page (Stack Exchange's engine on its hundreds of
# sites, and the Q&A boards built like it): "asked" and the question's time, then the asker's
# avatar and profile link. The cards beside it say "edited …" (the last editor) and, under
# each answer, "answered …"; the header's "Asked 13 years ago" links no one.
_ASKED: Final = re.compile(r"^asked\s+\w{0,9}\.?\s*\d", re.IGNORECASE)
# From the profile link up to the card that holds the "asked" line: the link's box, the card.
_CARD_HOPS: Final = 3


def question_asker(tree: LexborHTMLParser) -> list[str]:
    """The name the first "asked <time>" card links to a member's profile: the question's
    asker, who signs a Q&A thread, where the page declares no author (its microdata gone, as
    on a page whose template prints none) and no other source named one. Asked last: each
    profile link's card is read (a few per page; the cards are short), on a page where some
    text may open one (``may_open_asked``: the test costs a fraction of the links' query)."""
    if not may_open_asked(_head_opening(tree), body_texts(tree)):
        return []
    for link in tree.css(PROFILE_LINKS):  # the links PROFILE_HREF may find a profile in
        href = (link.attrs.get("href") or "").split("#", 1)[0]
        if not PROFILE_HREF.search(href):
            continue
        name = clean_line(link.text(deep=True))
        if not 2 <= len(name) <= _MAX_NAME_CHARS:
            continue
        card = link.parent
        for _ in range(_CARD_HOPS):
            if card is None:
                break
            if _ASKED.match(clean_line(card.text(deep=True))[:_MAX_NAME_CHARS]):
                return [name]
            card = card.parent
    return []


# What a text opening a card that reads "asked" may open with (see ``may_open_asked``).
_ASKED_WORD: Final = "asked"
_ASKED_INITIALS: Final = frozenset({"a"})
_ASKED_FIRSTS: Final = frozenset({"a", "A"})
_ASKED_OPENINGS: Final = frozenset({"as"})
_PREFIX_CHARS: Final = 64


def may_open_asked(head: str, texts: list[str]) -> bool:
    """Whether the text that opens some card may open it with "asked" once cleaned
    (``clean_line``, matched in any case as ``_ASKED`` is): ``head``, the head's first text
    holding a character the clean-up keeps ("" when none), or one of ``texts``, the body's
    non-empty texts. ``question_asker`` asks it first, on ~3 pages in 8 (no other source signed
    them): its query of the profile links and their cards cost ~250 µs a call (median, ~500
    mean), and 82 of every other page of wcxb-dev and SH (808) hold a text that may open
    "asked": ~100 µs (~190 mean), compiled, the body's texts read before it (as they were on
    every page it was asked on).

    A card's text joins its text nodes, and its cleaned text opens with the first node's that
    holds a character the clean-up keeps (the nodes before it, white space and removed
    characters, clean to nothing): cleaned, that node opens with the card's first letters
    (the clean-up removes or spaces characters one by one, so a node's cleaned text is a
    prefix of its card's), which "asked" opens or which open "asked" (the rest in the next
    node, "as<b>ked</b>"). A card is an element of the body, or the root whose text opens with
    the head's (a link right under the body)."""
    if head and _may_open(head):
        return True
    for raw in texts:
        first = raw[0]  # (the texts are not empty)
        # Most texts open with printable ASCII, which opens their cleaned text: one test each.
        if (first in _ASKED_FIRSTS or not "!" <= first <= "~") and _may_open(raw):
            return True
    return False


def _may_open(raw: str) -> bool:
    """Whether ``raw``, cleaned, may open with "asked" or with the first letters of it."""
    if not may_open_with(raw, _ASKED_INITIALS, _ASKED_OPENINGS):
        return False
    # A prefix cleans to a prefix of the whole's cleaned text (see ``clean_line_within``).
    opening = clean_line(raw[:_PREFIX_CHARS]) or clean_line(raw)
    # U+017F (the long s) is an "s" to a case-blind pattern, and lower-case as it is; the Kelvin
    # sign, the other letter beyond ASCII that is one of these, lowers to "k".
    # (A text that cleans to nothing opens no card's text: the next text does.)
    opening = opening[: len(_ASKED_WORD)].lower().replace("\u017f", "s")
    return bool(opening) and _ASKED_WORD.startswith(opening)


def _head_opening(tree: LexborHTMLParser) -> str:
    """The head's first text holding a character the clean-up keeps, "" when none."""
    head = tree.head
    if head is None:
        return ""
    for node in head.traverse(include_text=True, skip_empty=True):
        if node.is_text_node:
            text = node.text_content or ""
            if clean_line(text):
                return text
    return ""
