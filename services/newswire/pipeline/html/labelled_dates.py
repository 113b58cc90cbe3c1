"""A date the page labels as the story's publication in words, wherever it sits: a facts column
far from the headline ("<h4>Published</h4><div>July 8, 2025</div>", "<p>Published</p><p>Feb 2,
2023</p>", "<dt>Posted on</dt><dd>…</dd>"), or one short line saying both ("Published: 8 July
2025"), or the date a line gives before its labelled update ("December 3, 2025. <i>Updated:
December 7, 2025</i>"). The label, not a class name, says what the date is: a page whose classes are hashed
(CSS modules, utility-class builds) or say nothing still labels its date for its reader, and no
teaser of another story labels its date as the publication. ``dates`` asks it of a page that
gives no other date (no markup, no date element, no line by the headline).
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.date_words import PUBLISHED_WORDS, UPDATE_WORDS
from newswire.pipeline.dates import is_date_like, parse_date
from newswire.pipeline.html.body_texts import TextNodes, may_open_with
from newswire.pipeline.html.date_labels import (
    LABEL_INITIALS,
    LABEL_OPENINGS,
    NEAR_LINE_CHARS,
    is_publication_label,
)
from newswire.pipeline.html.page_elements import body_texts
from newswire.pipeline.html.stated_origin import labelled_publication
from newswire.pipeline.textnorm import clean_line_within
from newswire.pipeline.update_lines import UPDATED_PREFIX

# A label of the form "Posted" / "Posted on", the blog engines' word, beside the publication's
# own words of ``is_publication_label``.
_POSTED_LABEL: Final = re.compile(r"^posted(?:\s+on)?\s*:?$", re.IGNORECASE)
# The longest label read: "Data di pubblicazione:".
_MAX_LABEL_CHARS: Final = 30
# The page's menus and footer: a "Published" there is a site's own date (a policy's footer).
_FURNITURE_TAGS: Final = frozenset({"nav", "footer"})
_FURNITURE_LEVELS: Final = 8
# A text read here is one of the labels (``is_publication_label``, ``_POSTED_LABEL``) or a line
# opening with one (``labelled_publication``: "posted", "post date", a published word), each
# matched from the cleaned text's first character: a text that cannot open with one of their
# words is passed over uncleaned (see ``may_open_with``). This step walks every text node of the
# body on the pages no earlier rule dates (~2 in 5 of wcxb-dev's), and cleaning and matching
# each cost more than the walk itself. By the first letter alone, on wcxb-dev and SH: the same
# dates on every page; the step ~17% cheaper (pure Python), the page ~0.6% (cost_ab, as
# built). By the first two letters, and passing over a text opening with an ASCII mark or digit
# (a script's code or JSON: "{", "("), ~5 in 6 of the texts the first letter let through are
# passed over too, the longest among them; the same dates on every page.
_LABEL_WORDS: Final = ("posted", "post", *PUBLISHED_WORDS)
_INITIALS: Final = LABEL_INITIALS | {word[0].lower() for word in _LABEL_WORDS}
_OPENINGS: Final = LABEL_OPENINGS | {word[:2].lower() for word in _LABEL_WORDS}
# The openings of an update's label ("Updated: …", "Last modified …", ``UPDATED_PREFIX``), read
# for the publication written before it in the same line (see ``_date_before``): kept apart
# from the publication's labels, whose texts are the only ones cleaned for them.
_UPDATE_LABEL_WORDS: Final = ("last", "update", *UPDATE_WORDS)
_UPDATE_INITIALS: Final = frozenset(word[0].lower() for word in _UPDATE_LABEL_WORDS)
_UPDATE_OPENINGS: Final = frozenset(word[:2].lower() for word in _UPDATE_LABEL_WORDS)
_ANY_INITIALS: Final = _INITIALS | _UPDATE_INITIALS
_ANY_OPENINGS: Final = _OPENINGS | _UPDATE_OPENINGS


def labelled_dates(tree: LexborHTMLParser, locale: str | None) -> list[str]:
    """The first date the page labels as its publication, as ISO text (empty when none): the
    date alone in the element right after a label alone, a short line opening with the label
    and holding the date, or the date alone just before a short update line (see
    ``_date_before``)."""
    # The texts as strings, a node found only for a label's text (see ``body_texts``).
    texts = body_texts(tree)
    nodes = TextNodes(tree.body, texts)
    for index, raw in enumerate(texts):
        if not may_open_with(raw, _ANY_INITIALS, _ANY_OPENINGS):
            continue
        # Every text node of the body is read, a script's or a style's too (a page's longest
        # texts, most of them with line breaks and runs of spaces that the clean-up's patterns
        # scan): a line longer than the limit is known from a prefix's clean-up.
        text = clean_line_within(raw, NEAR_LINE_CHARS)
        if not text:
            continue
        if len(text) <= _MAX_LABEL_CHARS and _is_label(text):
            node = nodes.node(index)
            value = _date_after(node, locale) if node is not None else None
        elif labelled_publication(text) and is_date_like(text):
            value = _parsed(text, locale)
            node = nodes.node(index) if value is not None else None
        elif UPDATED_PREFIX.match(text) and is_date_like(text):
            node = nodes.node(index)
            value = _date_before(node, text, locale) if node is not None else None
        else:
            continue
        if value is not None and node is not None and not _in_furniture(node):
            return [value]
    return []


def _is_label(text: str) -> bool:
    return is_publication_label(text) or _POSTED_LABEL.match(text) is not None


def _date_after(label: LexborNode, locale: str | None) -> str | None:
    """The date alone in the element after the label's text, in the same parent ("Published
    <span>…</span>"), or else after the label's element ("<h4>Published</h4><div>…</div>")."""
    for node in (label, label.parent):
        following = _next_element(node) if node is not None else None
        if following is not None:
            text = clean_line_within(following.text(deep=True), NEAR_LINE_CHARS)
            return _parsed(text, locale) if text is not None and is_date_like(text) else None
    return None


def _date_before(update: LexborNode, text: str, locale: str | None) -> str | None:
    """The date alone just before an update's line in the same line, as a page prints the pair
    ("December 3, 2025. <i>Updated: December 7, 2025</i>", "<span>Oct 10, 2023</span> -
    <span>Updated Dec 3, 2025</span>"): the story's publication, the update labelled as a
    later change to it. Where names are hashed (CSS modules), the date element that held the
    pair is no longer known by its name, and the markup may give only the modification (an
    ``article:modified_time`` alone): the page's own line still says which is which. The text
    before the update's node, or before its element where the label opens that; a date not
    after the update's."""
    updated = parse_date(text, language=locale)
    for node in (update, update.parent):
        if node is None:
            return None
        previous = node.prev
        while previous is not None and previous.is_text_node and not _shown(previous):
            previous = previous.prev
        if previous is None:
            continue
        before = clean_line_within(previous.text(deep=True), _MAX_LABEL_CHARS)
        if before is None or not is_date_like(before):
            return None
        parsed = parse_date(before.rstrip(_PAIR_SEPARATORS), language=locale)
        if parsed is None or (updated is not None and parsed.date() > updated.date()):
            return None
        return parsed.isoformat()
    return None


# What stands between a publication and its update in one line: dots, dashes, bars, brackets.
_PAIR_SEPARATORS: Final = " .-|·•,;([–—"


def _shown(node: LexborNode) -> bool:
    """Whether a text node holds more than the pair's separators (" - " between two spans)."""
    return bool((node.text_content or "").strip(_PAIR_SEPARATORS))


def _next_element(node: LexborNode) -> LexborNode | None:
    """The next sibling that is not blank text; None when it is text (the label's sentence goes
    on) or there is none."""
    following = node.next
    while following is not None and following.is_text_node:
        if (following.text_content or "").strip():
            return None
        following = following.next
    return following


def _parsed(text: str, locale: str | None) -> str | None:
    parsed = parse_date(text, language=locale)
    return parsed.isoformat() if parsed is not None else None


def _in_furniture(node: LexborNode) -> bool:
    parent = node.parent
    for _ in range(_FURNITURE_LEVELS):
        if parent is None or parent.tag in {"body", "html"}:
            return False
        if parent.tag in _FURNITURE_TAGS:
            return True
        parent = parent.parent
    return False
