"""The lexicon's look-up of a body's words as one compact open-addressing table (compiled build).

Right after an extraction the lexicon's dict of ~29,000 word forms is out of the CPU caches, and
each of a page's 200 look-ups paid up to three cache misses: the dict's index, its entry, and
the key string compared with the word (CPU right after an extraction, compiled: ~105 µs of the
classifier's ~310 a page). Here each form is one 16-byte slot of a native array, its string's
hash and its row (the length of the form beside it), and the slots a look-up probes are side by
side: one miss a word. The words' hashes are Python's own (cached in each string; the lexicon's
voice count before it has already made them).

A slot matches a word by hash and length, not by comparing strings: two different strings of one
length share a 64-bit hash with a chance of one in 2**64 a pair (Python's ``str`` hash is
SipHash under a key drawn per process), far below anything a page could meet. The rows found
go into a set in the words' order, as ``set(map(dict.get, words, repeat(0)))`` adds them: the
same set, iterated in the same order, so the lexicon's sums are the same to the last bit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from librt.vecs import vec
from mypy_extensions import i64

#: Slots per form at least (a load of a half or less: a miss probes ~2.5 slots, most of them in
#: the same 64-byte line).
_SPARE: Final = 2
#: Bits of a slot's second number holding the row; the form's length sits above them.
_ROW_BITS: Final = 32
_ROW_MASK: Final = (1 << _ROW_BITS) - 1


class WordTable:
    """Word forms -> their row (> 0) as an open-addressing table with linear probing: slot ``i``
    is ``slots[2 * i]`` (the form's hash) and ``slots[2 * i + 1]`` (its row, its length
    above ``_ROW_BITS``; 0: an empty slot)."""

    def __init__(self, forms: Mapping[str, int]) -> None:
        """``forms``: each form's row, every row above 0 and below 2**32."""
        size = 1
        while size < _SPARE * max(1, len(forms)):
            size *= 2
        mask = size - 1
        slots = [0] * (2 * size)
        for form, row in forms.items():
            if not 0 < row <= _ROW_MASK:
                raise ValueError(f"row {row} of {form!r} outside 1..2**32 - 1")
            code = hash(form)
            at = code & mask
            while slots[2 * at + 1]:
                at = (at + 1) & mask
            slots[2 * at] = code
            slots[2 * at + 1] = row | len(form) << _ROW_BITS
        self.slots = vec[i64](slots)
        self.mask: i64 = mask

    def get(self, word: str) -> i64:
        """The row of ``word``, 0 when it is no form of the table."""
        slots = self.slots
        code: i64 = hash(word)
        length: i64 = len(word)
        at: i64 = code & self.mask
        while True:
            payload = slots[2 * at + 1]
            if payload == 0:
                return 0
            if slots[2 * at] == code and payload >> _ROW_BITS == length:
                return payload & _ROW_MASK
            at = (at + 1) & self.mask

    def rows(self, words: Sequence[str], span: i64) -> set[int]:
        """The rows of the first ``span`` words, 0 for those that are no form, added to a set
        in the words' order."""
        found: set[int] = set()
        count: i64 = min(len(words), span)
        index: i64 = 0
        while index < count:
            found.add(self.get(words[index]))
            index += 1
        return found
