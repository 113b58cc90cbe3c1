"""SimHash's per-bit vote in compiled code: the compiled build's way for ``fingerprint``.

A SimHash bit is set when more than half of the features have it set. ``fingerprint`` votes
with numpy (each feature unpacked into 64 bytes, then the columns summed): on the e2e corpus's
139 bodies ~22M instructions of unpacking, casting and summing, plus a handful of numpy calls a
body (callgrind, compiled build). Compiled by mypyc, one pass over the features' bytes adds
each feature's bits into eight accumulators of eight byte-wide counters (bit ``8k + j`` of a
feature counts in byte ``k`` of accumulator ``j``: one shift, mask and add per accumulator) and
spills the counters into 64 totals every ``_SPILL_EVERY`` features, before a byte can carry into
its neighbour: the same counts, about a third of the instructions. Every shift here is of a
variable, never of a literal (under mypyc a literal ``1 << n`` is a 32-bit C shift).
"""

from __future__ import annotations

from typing import Final

from librt.strings import read_i64_le
from librt.vecs import append, vec
from mypy_extensions import i64

#: The lowest bit of each byte.
_LANES: Final = 0x0101010101010101
#: Features added before the byte counters are spilled: at most 127 in a byte, so the top byte
#: of an accumulator stays under 0x80 and the signed 64-bit sums never overflow.
_SPILL_EVERY: Final = 127


def majority_bits(features: bytes) -> int:
    """The 64-bit value (as an unsigned int) whose bit ``b`` is set when more than half of the
    64-bit little-endian ``features`` have bit ``b`` set."""
    count: i64 = len(features) // 8
    totals = vec[i64]()
    for _ in range(64):
        totals = append(totals, 0)
    a0: i64 = 0
    a1: i64 = 0
    a2: i64 = 0
    a3: i64 = 0
    a4: i64 = 0
    a5: i64 = 0
    a6: i64 = 0
    a7: i64 = 0
    pending: i64 = 0
    for index in range(count):
        x = read_i64_le(features, index * 8)
        # (An arithmetic shift of a negative x fills the top bits: the mask reads bit 8k + j
        # of x only, k <= 7, and those are x's own bits.)
        a0 += x & _LANES
        a1 += (x >> 1) & _LANES
        a2 += (x >> 2) & _LANES
        a3 += (x >> 3) & _LANES
        a4 += (x >> 4) & _LANES
        a5 += (x >> 5) & _LANES
        a6 += (x >> 6) & _LANES
        a7 += (x >> 7) & _LANES
        pending += 1
        if pending == _SPILL_EVERY or index == count - 1:
            for bit, lanes in enumerate((a0, a1, a2, a3, a4, a5, a6, a7)):
                _spill(totals, lanes, bit)
            a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = 0
            pending = 0
    return _majority(totals, count // 2)


def _spill(totals: vec[i64], lanes: i64, bit: i64) -> None:
    """Add the eight byte counters of ``lanes`` (bits ``bit``, ``bit + 8``, ...) to ``totals``."""
    for k in range(8):
        at: i64 = bit + 8 * k
        totals[at] = totals[at] + ((lanes >> (8 * k)) & 0xFF)


def _majority(totals: vec[i64], half: i64) -> int:
    """Bit ``b`` set where ``totals[b] > half``, built as two 32-bit halves (doubling, no
    shift of a constant and no signed overflow)."""
    low: i64 = 0
    high: i64 = 0
    for bit in range(31, -1, -1):
        low = low * 2 + (1 if totals[bit] > half else 0)
        high = high * 2 + (1 if totals[bit + 32] > half else 0)
    # As Python ints: in an expression with an i64, mypyc would make the sum an i64 too.
    upper: int = high
    lower: int = low
    return upper * 0x100000000 + lower
