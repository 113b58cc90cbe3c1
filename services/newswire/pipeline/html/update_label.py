"""Whether a page's short lines may say they are the last update, asked before reading each of
them with the update regexes: one search of their joined bytes instead of a regex per line."""

from __future__ import annotations

from itertools import product
from typing import Final

from newswire.pipeline.date_words import UPDATE_WORDS

# The words of ``UPDATE_LABEL`` and ``UPDATED_PREFIX`` ("update" alone opens a prefix line),
# which every line ``is_update_line`` takes holds in some case.
_WORDS: Final = (*UPDATE_WORDS, "update")
# The letters that ``re.IGNORECASE`` matches to a letter of an update word (i, s, k) and that
# neither ``bytes.lower`` nor ``str.lower`` turns into it: dotted and dotless I, long s, Kelvin.
_FOLDED_ELSEWHERE: Final = "\u0130\u0131\u017f\u212a"


def _casings(word: str) -> list[str]:
    """``word`` with each of its non-ASCII letters in either case, every mix of them: ASCII
    lower-casing leaves those letters as the page wrote them ("mis À jour"), and a word of two
    ("cập nhật", each "ậ" upper-cased or not: "Cập NHẬT") or three ("đăng lúc") may mix
    cases. A letter without case (Thai's) has one form."""
    options = [(c,) if c.isascii() else tuple(dict.fromkeys((c, c.upper()))) for c in word]
    return ["".join(letters) for letters in product(*options)]


# Each word lower-cased, in every casing of its non-ASCII letters, and the letters folded
# elsewhere, as UTF-8.
_NEEDLES: Final = tuple(
    dict.fromkeys(
        [casing.encode() for word in _WORDS for casing in _casings(word)]
        + [letter.encode() for letter in _FOLDED_ELSEWHERE]
    )
)


def may_hold_update_label(lines: list[str]) -> bool:
    """Whether one of ``lines`` may be an update line (``is_update_line``): false only when
    none is. The two regexes asked of each short line of a story cost ~150 µs a page that
    reaches the story's "Last updated" rule, and most such pages hold no update word at all:
    one search of their joined bytes, lower-cased as ASCII (``bytes.lower``, far cheaper than
    ``str.lower``), for each word settles them. A line the regexes take holds a word whose
    letters are each the word's own in either case, or one of the few other letters that
    ``re.IGNORECASE`` takes for one of them: either its lower-cased word or that letter is
    among the bytes."""
    joined = "\n".join(lines).encode("utf-8", "surrogatepass").lower()
    return any(needle in joined for needle in _NEEDLES)
