"""A body's whitespace-split words as its readers need them: how many there are (the event's
``word_count``, the classifier's sizes) and the first few hundred (the classifier's lexicon and
voice), without a ``str`` object for every word of the body.

``str.split`` makes one object per word: ~60 µs for a body of 9,500 characters (wcxb-dev's mean),
most of it allocating words nobody reads past the opening, and every one of them counts towards
the garbage collector's next young collection. Counted here over the UTF-8 bytes and split only
as far as the opening: the same numbers.
"""

from __future__ import annotations

import re
from typing import Final

#: Opening words any reader takes: ``pagetype.features``' voice span, the largest (the lexicon
#: reads 200, its script test 50).
OPENING: Final = 400

#: Per byte value, 1 for the ASCII characters ``str.isspace`` holds true (what ``str.split()``
#: splits on below U+0080), 0 for every other byte (each byte of a non-ASCII character is
#: >= 0x80, so a non-ASCII character reads as a run of non-space bytes: part of a word).
_ASCII_SPACES: Final = bytes(1 if byte < 0x80 and chr(byte).isspace() else 0 for byte in range(256))
#: The last code point ``str.isspace`` holds true (U+3000, the ideographic space; a test checks
#: every code point).
_LAST_SPACE: Final = 0x3000
#: The UTF-8 of every non-ASCII character ``str.isspace`` holds true (no-break, ideographic, line
#: separator...). UTF-8 is self-synchronizing: a match starts at a character's first byte.
_WIDE_SPACES: Final = re.compile(
    b"|".join(
        re.escape(chr(point).encode("utf-8"))
        for point in range(0x80, _LAST_SPACE + 1)
        if chr(point).isspace()
    )
)
#: The same characters as ``str`` (no-break space first: the one a body most often holds).
#: Finding none of them in the text (each test a C-level search, ~0.4 µs for 10,000
#: characters) spares the substitution's regex, which tries every byte of the body (~30 µs on
#: wcxb-dev's median body; most bodies hold a curly quote, so few are ASCII, but few hold a
#: wide space).
_WIDE_CHARACTERS: Final = tuple(
    sorted(
        (chr(point) for point in range(0x80, _LAST_SPACE + 1) if chr(point).isspace()),
        key=lambda space: space != "\xa0",
    )
)


def word_count(text: str, utf8: bytes | None = None) -> int:
    """``len(text.split())``, without making the words (``utf8``: the text's UTF-8, lone
    surrogates passed, when the caller has it).

    Counted over the UTF-8 bytes in C-level passes, with no numpy call: each non-ASCII space
    made an ASCII one (a regex's substitution, on texts that are not ASCII), each byte mapped to
    1 (space) or 0 (``bytes.translate``), and the words are the runs of 0 bytes, counted by
    their ends (see below). Right after an extraction the numpy count (a code-point table
    gathered over the text's UTF-32, five calls) cost ~120 µs a body on wcxb-dev, this ~80
    (every 4th dev+SH page, compiled, loaded machine), a third less; with the enrich stage's
    UTF-8, which the fingerprints read too, the encoding is not made twice."""
    if not text:
        return 0
    data = text.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    # ``isascii``: a flag CPython keeps on every str, no scan.
    if not text.isascii() and any(space in text for space in _WIDE_CHARACTERS):
        data = _WIDE_SPACES.sub(b" ", data)
    spaces = data.translate(_ASCII_SPACES)
    # Every word (a run of 0 bytes) has a start and an end, each a change between two
    # neighbouring bytes or an end of the text: the words are half of those. The changes are
    # the 1 bits of the bytes read as one big integer XOR itself shifted by a byte (its first
    # byte then compared with a 0 before it: ``spaces[0]`` more). ``bytes.count(b"\x01\x00")``
    # on these two-letter bytes found no byte to skip by and tested every position (~55 µs for
    # wcxb-dev's mean body of ~10,000 characters, warm); these C-level passes over the
    # integer's digits ~15.
    flags = int.from_bytes(spaces, "big")
    changes = (flags ^ (flags >> 8)).bit_count() - spaces[0]
    return (changes + (spaces[0] == 0) + (spaces[-1] == 0)) // 2


def opening_words(text: str) -> list[str]:
    """``text.split()[:OPENING]``: the split stops there, the rest of the text left in one piece."""
    words = text.split(maxsplit=OPENING)
    del words[OPENING:]
    return words
