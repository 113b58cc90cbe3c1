"""A body's whitespace-split words as its readers need them: how many there are (the event's
``word_count``, the classifier's sizes) and the first few hundred (the classifier's lexicon and
voice), without a ``str`` object for every word of the body.

``str.split`` makes one object per word: ~60 µs for a body of 9,500 characters (wcxb-dev's mean),
most of it allocating words nobody reads past the opening, and every one of them counts towards
the garbage collector's next young collection. Counted here with numpy over the code points and
split only as far as the opening: the same numbers, ~25 µs.
"""

from __future__ import annotations

from typing import Final

import numpy as np

#: Opening words any reader takes: ``pagetype.features``' voice span, the largest (the lexicon
#: reads 200, its script test 50).
OPENING: Final = 400

#: The last code point ``str.isspace`` holds true (U+3000, the ideographic space).
_LAST_SPACE: Final = 0x3000
#: ``str.isspace`` of every code point up to ``_LAST_SPACE``, then one False for all above it:
#: ``str.split()`` splits on exactly these (CPython's ``Py_UNICODE_ISSPACE``), so a text's words
#: are its runs of code points outside the table, and their number is the number of runs.
_SPACE: Final = np.array(
    [chr(point).isspace() for point in range(_LAST_SPACE + 1)] + [False], dtype=np.bool_
)
_ABOVE: Final = np.uint32(_LAST_SPACE + 1)


def word_count(text: str) -> int:
    """``len(text.split())``, without making the words."""
    if not text:
        return 0
    # "surrogatepass": a lone surrogate is a character like any other, as ``str.split`` sees it.
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = _SPACE.take(np.minimum(points, _ABOVE))
    # A word starts at every character that is not a space and follows one (``>`` on booleans:
    # True then False), and at the first character unless it is a space.
    return int(np.count_nonzero(space[:-1] > space[1:])) + (not space[0])


def opening_words(text: str) -> list[str]:
    """``text.split()[:OPENING]``: the split stops there, the rest of the text left in one piece."""
    words = text.split(maxsplit=OPENING)
    del words[OPENING:]
    return words
