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
from newswire.pipeline.html.headline_texts import HeadlineTexts
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
    profile link's card is read (a few per page; the cards are short)."""
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
