"""The body's texts in page order, read once a page as strings for the rules that scan them all.

Two rules read every non-empty text of the body for a label ("Published", "Author:"), and
need a text's node only for the rare text that is one: by the parser's walk, each made a node
object for every element and text of the page (~150 ns each, ~1,700 a page on wcxb-dev), on
the two pages in five that no earlier source dates or signs. The parser joins the same texts
in C (``text(deep=True, skip_empty=True)``, the walk's texts in the walk's order); joined by a
character no text node holds and split, they are a list of strings that costs a fraction of
the walk and that both rules share. The node of a text that turns out to be a label is found
by one walk to it (``TextNodes``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from selectolax.lexbor import LexborNode

# The HTML parser drops U+0000 from the page's text or makes it U+FFFD (the standard's
# tokenizer and tree builder, which lexbor follows): no text node holds it.
_SEPARATOR: Final = "\x00"


def joined_texts(body: LexborNode | None) -> list[str]:
    """The non-empty (not only ASCII white space) text nodes' texts under ``body``, in page
    order: those of ``body.traverse(include_text=True, skip_empty=True)``."""
    if body is None:
        return []
    joined = body.text(deep=True, separator=_SEPARATOR, skip_empty=True)
    return joined.split(_SEPARATOR) if joined else []


# A text's first character after white space, when it is printable ASCII, and the ASCII letter
# right after it, if any.
_OPENING: Final = re.compile(r"\s*([!-~])([A-Za-z]?)")
# The characters of a text read for its opening after white space (see ``may_open_with``).
_HEAD: Final = 24


def may_open_with(raw: str, initials: frozenset[str], openings: frozenset[str]) -> bool:
    """Whether a text node's text (``raw``) may, once cleaned (``textnorm.clean_line``), open
    with a word that begins with a letter of ``initials`` and whose first two letters are one
    of ``openings`` (both lower-case; matched in any case). The clean-up only removes or spaces
    characters other than letters, digits and ASCII marks, and strips white space, so a text
    whose first character after white space is printable ASCII opens its cleaned text with it
    (and with the letter after it, side by side as they are): a mark or a digit opens no word,
    and two letters that are none of ``openings`` open none of them. Any other first character
    (a letter beyond ASCII, which a case-blind pattern may match in other ways; a zero-width
    character that the clean-up removes) may. A rule reading every text of the body for a
    label passes over most of them so (a script's code, a price, a menu's words) without
    cleaning or matching them."""
    # Read from the first two characters after white space (``str.lstrip`` strips what ``\s``
    # matches), without the pattern's match and groups: a Python step each, on every text of
    # the body (~4 in 5 on wcxb-dev open with no white space; the others' first _HEAD
    # characters are stripped, and a longer run of white space is left to the pattern).
    head = raw
    if not "!" <= raw[:1] <= "~":
        head = raw[:_HEAD].lstrip()
        if len(head) < 2 and len(raw) > _HEAD:
            return _opens_with(raw, initials, openings)
    first = head[:1]
    if not "!" <= first <= "~":
        return True
    if not first.isalpha():
        return False
    pair = head[:2]
    second = pair[1:]
    if "a" <= second <= "z" or "A" <= second <= "Z":
        return pair.lower() in openings
    return first.lower() in initials


def _opens_with(raw: str, initials: frozenset[str], openings: frozenset[str]) -> bool:
    """``may_open_with`` by the pattern."""
    opening = _OPENING.match(raw)
    if opening is None:
        return True
    first, second = opening.group(1), opening.group(2)
    if not first.isalpha():
        return False
    if second:
        return (first + second).lower() in openings
    return first.lower() in initials


class TextNodes:
    """The text nodes of ``joined_texts(body)``'s texts (``texts``), found by one walk that goes
    on from the last one found: a rule asks for its texts' nodes in page order."""

    def __init__(self, body: LexborNode | None, texts: list[str]) -> None:
        self._walk: Iterator[LexborNode] | None = (
            body.traverse(include_text=True, skip_empty=True) if body is not None else None
        )
        self._texts = texts
        #: The index of the last text whose node was found (the walk stands right after it).
        self._found = -1

    def node(self, index: int) -> LexborNode | None:
        """The node of ``texts[index]``, a non-empty text after the last one asked: the text
        node after the last found that holds that text as many times before it as the list
        does (a text node with no data, which the join leaves out, holds none)."""
        walk = self._walk
        if walk is None or index <= self._found:
            return None
        wanted = self._texts[index]
        before = self._texts[self._found + 1 : index].count(wanted)
        for node in walk:
            if node.is_text_node and node.text_content == wanted:
                if not before:
                    self._found = index
                    return node
                before -= 1
        self._walk = None
        return None
