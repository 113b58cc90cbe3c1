"""Small text helpers shared by the HTML modules."""

from __future__ import annotations

import re
from typing import Final

SPACE: Final = re.compile(r"\s+")
_DIGIT: Final = re.compile(r"\d")
_WORDS: Final = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower-case words only, for comparing a headline with the lines that may repeat it."""
    # The words joined by one space: ``\W+`` subbed by " " and stripped (no word character is
    # one ``strip`` removes), without the pattern's copy of every run between them (~0.85x).
    return " ".join(_WORDS.findall(text)).lower()


def has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)`` at C speed: ``\\d`` finds the decimal digits, and only
    a text beyond ASCII can hold the other digits ``isdigit`` knows (superscripts, circled)."""
    return _DIGIT.search(text) is not None or (not text.isascii() and any(map(str.isdigit, text)))


def squeeze(text: str) -> str:
    """``SPACE.sub(" ", text).strip()`` without the pattern (a third of its time on an
    element's text, spaced by its markup): ``split`` and ``strip`` cut at what ``\\s`` matches,
    the characters ``str.isspace`` calls space. ``clean_line(squeeze(raw))`` is also
    ``clean_line(SPACE.sub(" ", raw))``: the two differ by a space at either end, which
    ``clean_line`` strips, and the words between are the same."""
    # Most texts are already as shown (seven in ten of the walk's blocks: a paragraph's text
    # written on one line): every character ``str.isspace`` calls space but " " is one that
    # ``str.isprintable`` refuses, so a printable text without a double, leading or trailing
    # " " is its own squeeze, returned without splitting it into words and joining them again
    # (~40 µs a page). Either test stops at the first unprintable character, so a text that
    # needs the split costs little more.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def pre_lines(text: str) -> str:
    """The text of a <pre> block: its lines with their spaces squeezed, blank lines gone."""
    return "\n".join(line for line in (" ".join(row.split()) for row in text.splitlines()) if line)
