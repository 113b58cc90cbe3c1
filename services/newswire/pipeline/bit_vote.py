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

``gram_majority`` makes the 3-gram features from the word hashes as it votes (the products and
splitmix64's finaliser in i64 arithmetic, which wraps like numpy's uint64 under CPython's
-fwrapv): on the same 139 bodies the numpy features and this vote were 20.9M instructions, the
fused pass 11.0M (a property test compares it with numpy's features in the compiled build).
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


#: ``fingerprint``'s 3-gram multipliers and splitmix64's, as signed 64-bit integers (the same
#: bits), each held as (value - 1) / 2 (all four are odd): a literal beyond +-2**62 does not fit
#: mypyc's tagged integer, and ``_vote`` would convert a boxed one on every use (17.5M
#: instructions on the e2e corpus's 139 bodies), so ``_odd`` rebuilds each once a call.
_HALF_P1: Final = -3523014627193176566  # 0x9E3779B97F4A7C15
_HALF_P2: Final = -2208638353406265945  # 0xC2B2AE3D27D4EB4F
_HALF_M1: Final = -2329447640276503844  # 0xBF58476D1CE4E5B9
_HALF_M2: Final = -3861796146555352843  # 0x94D049BB133111EB
#: The bits an unsigned right shift by 30, 27 and 31 keeps (a signed shift fills the top ones).
_AFTER_30: Final = 0x3FFFFFFFF
_AFTER_27: Final = 0x1FFFFFFFFF
_AFTER_31: Final = 0x1FFFFFFFF


def majority_bits(features: bytes) -> int:
    """The 64-bit value (as an unsigned int) whose bit ``b`` is set when more than half of the
    64-bit little-endian ``features`` have bit ``b`` set."""
    return _vote(features, vec[i64](), len(features) // 8)


def gram_majority(hashes: vec[i64]) -> int:
    """``majority_bits`` of the 3-gram features of at least three word hashes, each made here as
    ``fingerprint`` makes them with numpy (the products and the finaliser wrap at 64 bits).

    Compiled build only: its i64 products wrap (CPython's C flags, which mypyc's build takes,
    hold -fwrapv); in pure Python they would grow. Making the features as they are voted spares
    the numpy path's eight calls and three arrays a body."""
    return _vote(b"", hashes, len(hashes) - 2)


def _odd(half: i64) -> i64:
    """``2 * half + 1``: an odd 64-bit constant from its half (see ``_HALF_P1``)."""
    return half * 2 + 1


def _vote(features: bytes, hashes: vec[i64], count: i64) -> int:
    """The majority of ``count`` features: the 3-grams of ``hashes`` when it holds any (the
    products wrap: compiled build only), else the 64-bit little-endian words of ``features``."""
    grams = len(hashes) > 0
    p1, p2, m1, m2 = _odd(_HALF_P1), _odd(_HALF_P2), _odd(_HALF_M1), _odd(_HALF_M2)
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
        x: i64 = 0
        if grams:
            # The 3-gram at word ``index``: its hashes combined, then splitmix64's finaliser
            # (``fingerprint._mix``; a logical shift is an arithmetic one masked), all wrapping.
            x = hashes[index] * p1 + hashes[index + 1] * p2 + hashes[index + 2]
            x ^= (x >> 30) & _AFTER_30
            x *= m1
            x ^= (x >> 27) & _AFTER_27
            x *= m2
            x ^= (x >> 31) & _AFTER_31
        else:
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
