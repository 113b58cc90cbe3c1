"""What the words and names around a date element say of it: a label that names it the
publication ("Published", a heading before it or the text just before it), a name that makes
it the page's clock (today's date in a header). ``shown_dates`` asks these of the date
elements it reads."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.date_words import PUBLISHED_WORDS
from newswire.pipeline.html.names import TOKEN_PARTS
from newswire.pipeline.textnorm import clean_line, clean_line_within
from newswire.pipeline.update_lines import split_update

# The nouns of a "publication date" label ("Date published", "Publish date", "Date de
# publication", "Fecha de publicación", "Data di pubblicazione", "Data de publicação",
# "Veröffentlichungsdatum", "Data publikacji", Turkish's, "Tanggal terbit").
_PUBLICATION_DATE: Final = (
    r"date\s+published|publish(?:ed)?\s+date|publication\s+date|date\s+de\s+publication"
    r"|fecha\s+de\s+publicación|data\s+di\s+pubblicazione|data\s+de\s+publicação"
    r"|veröffentlichungsdatum|data\s+publikacji|yayın(?:lanma)?\s+tarihi|tanggal\s+terbit"
)
# The short word a label may put between its word and the date: "on", "am", "le", "el", "en",
# "il", "em", "op", "pada", "den", "dne".
_LABEL_PREPOSITIONS: Final = r"on|am|le|el|en|il|em|op|pada|den|dne"
# A heading or label that names the date after it as the publication ("Published", "Publish
# date", "Date published:", "Veröffentlicht am", "Publié le :", Japanese "公開日" with the
# full-width colon, U+FF1A, of Japanese and Chinese text).
_PUBLISHED_LABEL: Final = re.compile(
    rf"^(?:{_PUBLICATION_DATE}|(?:publish|{'|'.join(PUBLISHED_WORDS)})"
    rf"(?:\s+(?:{_LABEL_PREPOSITIONS}))?)\s*[:\uff1a]?$",
    re.IGNORECASE,
)
#: The letters a publication's label may open with (its words' first letters, lowered): a
#: text that opens with another letter is no such label, known before it is cleaned.
LABEL_INITIALS: Final = frozenset(
    word[0].lower() for word in (*_PUBLICATION_DATE.split("|"), "publish", *PUBLISHED_WORDS)
)
#: The two letters a publication's label may open with (its words' first two, lowered): a text
#: that opens with two others is no such label either.
LABEL_OPENINGS: Final = frozenset(
    word[:2].lower() for word in (*_PUBLICATION_DATE.split("|"), "publish", *PUBLISHED_WORDS)
)
# The longest label read (a heading, a text before the date): "Data di pubblicazione:".
_MAX_LABEL_CHARS: Final = 30


def is_publication_label(text: str) -> bool:
    """Whether a short text is a label alone naming the date after it the publication
    ("Published", "Date published:", "Veröffentlicht am")."""
    return len(text) <= _MAX_LABEL_CHARS and _PUBLISHED_LABEL.match(text) is not None


def labelled_published(node: LexborNode) -> bool:
    """Whether a date in a sidebar or an aside is labelled as the page's publication by the
    heading just before it (``<aside><h3>Published</h3><p><time>…``): a page whose facts
    column holds its own date. Other stories' dates there are not so labelled. On wcxb-dev's
    articles: date right +1 on each half, none lost."""
    for element in (node, node.parent):
        if element is None:
            return False
        before = element.prev
        while (
            before is not None and before.tag == "-text" and not (before.text_content or "").strip()
        ):
            before = before.prev
        if before is not None and before.tag != "-text":
            label = clean_line(before.text(deep=True))
            if len(label) <= _MAX_LABEL_CHARS and _PUBLISHED_LABEL.match(label):
                return True
    return False


def published_label_before(node: LexborNode) -> bool:
    """Whether the text just before a date element, in the same parent, labels it as the
    publication ("<div>Published <time datetime="2025-08-13">August 13, 2025</time></div>"):
    the page tells its reader in words that this is the story's date (see
    ``shown_over_markup.republished``)."""
    before = node.prev
    while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
        before = before.prev
    if before is None or before.tag != "-text":
        return False
    label = clean_line(before.text_content or "")
    return len(label) <= _MAX_LABEL_CHARS and _PUBLISHED_LABEL.match(label) is not None


# Class or id parts of a widget showing the day the page was served ("<p id="todays-date-
# custom">Friday, December 19, 2025</p>" in a magazine's header): a clock, not the story's date.
_CLOCK_PARTS: Final = frozenset({"today", "todays"})
_CLOCK_NAMES: Final = '[class*="today" i], [id*="today" i]'
# Wrappers above a date element checked for a clock's name.
_CLOCK_LEVELS: Final = 2


def clock(node: LexborNode) -> bool:
    """Whether a date element is, holds or sits in an element named for today's date (see
    ``_CLOCK_PARTS``). Asked only of elements whose text is a date, so the query under the
    element is rare."""
    element: LexborNode | None = node
    for _ in range(_CLOCK_LEVELS + 1):
        if element is None or not element.is_element_node:
            break
        if _clock_named(element):
            return True
        element = element.parent
    inner = node.css_first(_CLOCK_NAMES)
    return inner is not None and _clock_named(inner)


def _clock_named(node: LexborNode) -> bool:
    names = f"{node.attrs.get('class') or ''} {node.attrs.get('id') or ''}"
    # A part that is a clock's word leaves "today" in the lowered names: most hold none, known
    # before they are split into parts (each date element's wrappers are asked).
    return "today" in names.lower() and any(
        part.lower() in _CLOCK_PARTS for token in names.split() for part in TOKEN_PARTS.split(token)
    )


# The label of a member's join date on a forum post's user card ("<dt>Joined</dt><dd>Dec 23,
# 2009</dd>", an icon titled "Joined" as the term, "Join Date", "Member since"): a fact of the
# poster, not the date of the thread.
_JOINED_LABEL: Final = re.compile(r"\b(?:joined|join date|member since)\b", re.IGNORECASE)
_JOINED_LINE: Final = re.compile(rf"^\s*{_JOINED_LABEL.pattern}", re.IGNORECASE)


def joined_date(parent: LexborNode, text: str) -> bool:
    """Whether a date line is a member's join date: labelled so in its own words ("Joined: Dec
    2009") or by the definition term before its ``<dd>``, in the term's text or in the title
    of an icon standing for it. On wcxb-dev's forum threads (XenForo user cards beside the
    first post), the date line under the headline on 6 pages (A 3, B 3), read as a
    republication before the markup's date: date right (all types) A +2, B +3, none lost."""
    if _JOINED_LINE.match(text):
        return True
    if parent.tag != "dd":
        return False
    # The label in the same <dd>, in an element of its own (phpBB's "<dd><strong>Joined:
    # </strong> 4. Jul 2012, 16:09</dd>"): the date's text node alone does not say it.
    if _JOINED_LINE.match(parent.text(deep=True)):
        return True
    term = parent.prev
    while term is not None and term.tag == "-text":
        term = term.prev
    if term is None or term.tag != "dt":
        return False
    # An icon's tooltip: "title", or XenForo 2's "data-original-title".
    titles = " ".join(
        f"{node.attrs.get('title') or ''} {node.attrs.get('data-original-title') or ''}"
        for node in term.css("[title], [data-original-title]")
    )
    return _JOINED_LABEL.search(f"{term.text(deep=True)} {titles}") is not None


# The longest date line read near the headline, and the longest one holding the publication
# and the update, in either order ("Published January 16, 2026 10:30 AM, updated January 17,
# 2026 11:00 AM", "Publié le 16 janvier 2026 à 10:30, mis à jour le 17 janvier 2026 à 11:00",
# "Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET"):
# two dates and their labels, each of a date line's length.
NEAR_LINE_CHARS: Final = 60
_TWO_DATES_CHARS: Final = 2 * NEAR_LINE_CHARS


def date_line_length(text: str) -> bool:
    """Whether a text near the headline is short enough to be its date line: a line of one
    date, or one that gives the publication and the update in either order (``split_update``),
    whose publication's part ``near_headline`` reads."""
    if len(text) <= NEAR_LINE_CHARS:
        return True
    return len(text) <= _TWO_DATES_CHARS and split_update(text)[1] is not None


# A thread summary's line ("Last post by ggery Sep 26, 2024", "Last post: 01/12/2025", "Last
# reply …"): a forum's first post card, thread list or thread header gives the date of the
# thread's latest reply, never the publication of the thread or the page.
_LAST_POST: Final = re.compile(r"^\s*last (?:post|reply|message)\b", re.IGNORECASE)
# The longest such line read (a label, a poster's name, a date and a time).
_MAX_LAST_POST_CHARS: Final = 60


def last_post_line(node: LexborNode) -> bool:
    """Whether a date's element, or its parent, is a short line labelled as the thread's last
    post ("<span>last post by <a>ggery</a> <time>Sep 26, 2024</time></span>")."""
    element: LexborNode | None = node
    for _ in range(2):
        if element is None:
            return False
        # (The parent may be a whole column: its text is cleaned only when short enough.)
        line = clean_line_within(element.text(deep=True), _MAX_LAST_POST_CHARS)
        if line is not None and _LAST_POST.match(line):
            return True
        element = element.parent
    return False


def forum_aside(parent: LexborNode, text: str) -> bool:
    """Whether a date line is a forum's date of a member or of the thread's latest reply
    (``joined_date``, ``last_post_line``: "Joined: Dec 2009", "Last post: 01/12/2025" under a
    thread's title), neither the publication of the page."""
    return joined_date(parent, text) or last_post_line(parent)
