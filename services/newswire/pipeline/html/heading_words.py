"""A heading's words as a reader reads them: its texts joined, a decorated initial kept in its
word, a date, a button or a permalink anchor inside it left out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.text import SPACE
from newswire.pipeline.textnorm import clean_line, repair_mojibake

# Elements inside a heading that are not its words: a date shown in the headline's link
# ("<h1><a><time>Dec 18 2025</time> Preparing a transition</a></h1>"), scripts, buttons.
_NOT_HEADLINE_TAGS: Final = frozenset(
    {"time", "script", "style", "noscript", "button", "svg", "template"}
)
# A heading's permalink anchor: one symbol, no word ("¶", "#", "§", an icon font's glyph).
_PERMALINK: Final = re.compile(r"\s*[^\w\s]\s*")


# Marks that close on the word before them: a possessive's apostrophe, punctuation, a
# closing bracket or quote; a text that opens with one, written against the element before
# it, reads on with it (and a text after an opening mark with the mark).
_CLOSING_MARK: Final = re.compile(r"(?:['\u2019]s\b|[,.:;!?)\]\u201d\u00bb%])")
# Marks that open on the word after them ("Results for “<b>Cameras</b>”").
_OPENING_MARKS: Final = frozenset("([\u201c\u00ab")


def heading_text(node: LexborNode) -> str:
    """A heading's words as a reader reads them: its texts joined by spaces, but a decorated
    initial (``<span class="hand">C</span>ycle``) kept in its word; a date element inside
    it, a button ("Copy item path"), a permalink anchor ("¶") and a hidden element left out.
    A mark of a sentence in an element of its own between two of the heading's texts is
    kept, written against the words it touches in the markup (see ``_WORD_MARKS``)."""
    pieces: list[str] = []
    marks: dict[int, tuple[bool, bool]] = {}
    _collect(node, pieces, marks, depth=0)
    joined = ""
    tight_next = False
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        mark = marks.get(index)
        if mark is not None and index in {0, last}:
            continue  # a mark opening or closing the heading is its anchor's or decoration's
        glued = (
            tight_next
            or (mark is not None and mark[0])
            or (
                len(joined) >= 1
                and joined[-1].isalpha()
                and (len(joined) == 1 or joined[-2].isspace())
                and piece[:1].islower()
            )
            or (
                # "<a>Erik Demaine</a>'s <a>Folding</a>:" (see _CLOSING_MARK).
                bool(joined)
                and not joined[-1].isspace()
                and (_CLOSING_MARK.match(piece) is not None or joined[-1] in _OPENING_MARKS)
            )
        )
        tight_next = mark is not None and mark[1]
        joined += piece if glued else f" {piece}"
    return clean_line(SPACE.sub(" ", joined))


# Marks of a sentence that a template sets in an element of their own between a heading's
# words: MediaWiki's namespace separator ("<span>Category</span><span>:</span><span>
# Programming languages</span>"), a typography filter's ampersand ("Salt <span class="amp">
# &amp;</span> Pepper"). No permalink anchor is one of them (those are "¶", "#", "§", an icon).
_WORD_MARKS: Final = frozenset(":&,;/+-\u2013\u2014")


def _collect(
    node: LexborNode, pieces: list[str], marks: dict[int, tuple[bool, bool]], depth: int
) -> None:
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            if (child.text_content or "").strip():
                pieces.append(child.text_content or "")
        elif child.tag in _NOT_HEADLINE_TAGS or depth > 20 or "hidden" in child.attributes:
            # An element with the ``hidden`` attribute is not rendered: the bookmark tooltip a
            # documentation theme nests in its page's <h1> ("IAM overview <devsite-actions
            # hidden>… Stay organized with collections …"). On wcxb-dev: title exact +1 on
            # half A (documentation), none changed on half B.
            continue
        elif not _permalink(text := child.text(deep=True)):
            _collect(child, pieces, marks, depth + 1)
        elif (mark := text.strip()) in _WORD_MARKS and pieces:
            # Written against a neighbour with no space between them in the markup.
            marks[len(pieces)] = (_touches(child.prev, end=True), _touches(child.next, end=False))
            pieces.append(mark)


def _touches(sibling: LexborNode | None, *, end: bool) -> bool:
    """Whether a mark's sibling touches it: an element, or a text whose nearer end is not a
    space."""
    if sibling is None:
        return False
    if sibling.tag != "-text":
        return True
    text = sibling.text_content or ""
    return bool(text) and not (text[-1] if end else text[0]).isspace()


def _permalink(text: str) -> bool:
    """Whether an element's text is a permalink anchor's one symbol, also on a page stored
    double-encoded, where the symbol reads as two characters ("Â¶" for "¶", in a Sphinx
    page's <h1>): the repair a headline gets (``repair_mojibake``) would leave the symbol in
    it. Only a short non-ASCII text is repaired: the anchors are the texts it is about."""
    if _PERMALINK.fullmatch(text):
        return True
    return (
        not text.isascii()
        and len(text.strip()) <= 3
        and _PERMALINK.fullmatch(repair_mojibake(text)) is not None
    )


# A title's words, for where a one-word heading stands in it.
_TITLE_WORD: Final = re.compile(r"\w[\w'\u2019-]*")
# Where a title's words stop being its head: a page named by one word sets it among its
# title's first three ("Sudo - ArchWiki", "Buy Microphones at Thomann", "BBC Technology").
_HEAD_WORDS: Final = 3


def named_in_passing(heading: str, titles: Iterable[str | None]) -> bool:
    """Whether a one-word heading is a word the page's titles (og:title, <title>) use only past
    their head: a section of the story or a menu's entry that the title happens to mention
    ("<h1>Discord</h1>", one of the story's sections, under "How we pwned X (Twitter), Vercel,
    Cursor, Discord, and hundreds of companies …"; "<h1>Houston</h1>" above "Mountain Bike
    Trails near Houston"), not the page's own name, which a title leads with. A title without
    the word tells nothing. On wcxb-dev: title exact +2 on half B (an article, a listing),
    none changed on half A."""
    if len(heading.split()) != 1:
        return False
    word = heading.strip().casefold()
    found = False
    for title in titles:
        words = [each.casefold() for each in _TITLE_WORD.findall(title or "")]
        if word in words:
            if words.index(word) < _HEAD_WORDS:
                return False
            found = True
    return found


# The elements a heading may title instead of the page: a dialog's sheet, a form's fields.
_DIALOG_TAGS: Final = frozenset({"dialog", "modal-dialog"})
_DIALOG_ROLES: Final = frozenset({"dialog", "alertdialog"})
# A form holding more text than this wraps the page (ASP.NET's one <form> around the body),
# whose headline is the page's; a sign-up's or a search's form holds a few lines.
_FORM_MAX_CHARS: Final = 600


def form_heading(node: LexborNode) -> bool:
    """Whether a heading titles a form or a dialog, not the page: a newsletter sign-up's
    "<h1>Don't miss tomorrow's tech industry news</h1>" inside its <form> above a topic
    front's "<h1>Cloud</h1>"; a search overlay's "<h1>Search code, repositories, …</h1>"
    in a <modal-dialog> above a listing's own. The page's own headline stands outside both:
    a dialog pops over the page, and a form's heading names what it asks for."""
    parent = node.parent
    while parent is not None:
        attributes = parent.attributes
        if (
            parent.tag in _DIALOG_TAGS
            or (attributes.get("role") or "").lower() in _DIALOG_ROLES
            or (attributes.get("aria-modal") or "").lower() == "true"
        ):
            return True
        if parent.tag == "form":
            return len(parent.text(deep=True, strip=True)) <= _FORM_MAX_CHARS
        parent = parent.parent
    return False
