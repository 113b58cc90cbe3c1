"""py3langid's n-gram automaton walked byte by byte in compiled code: the compiled build's way to
find a sample's features (``byte_ngrams`` calls it only when the build runs).

``byte_ngrams``' whole-array walk makes some thirty numpy calls a sample, and right after an
extraction each kind of numpy call pays ~10-25 µs of cold code before it runs. Compiled by mypyc,
this loop over ``librt.vecs`` arrays (unboxed int32, read natively) makes no numpy call at all.
One automaton walked byte after byte would wait for each of its ~600 reads of the 39 MB
transition table in turn, and right after an extraction those reads miss the CPU's caches
(measured: 287 µs against numpy's 172). The state after byte ``i`` depends on bytes
``i - WINDOW + 1 .. i`` only (``byte_ngrams``' premise), so the sample is cut into ``CHAINS``
parts walked in lockstep, each part starting ``WINDOW - 1`` bytes early from the root: eight
independent reads in flight instead of one. The features are then counted in order of first
position, which is py3langid's order (a dict filled byte by byte).

Each step also reads two things of the state it reached, its row's offset (for the next step) and
its feature, from two tables of 418 KB; right after an extraction each read could miss on its own.
Both sit side by side in one 64-bit number a state (``steps``, 837 KB): one line a step.
"""

from __future__ import annotations

from typing import Final

from librt.vecs import append, vec
from mypy_extensions import i32, i64

#: Depth of py3langid 0.4's n-gram trie (``byte_ngrams.WINDOW``, which a test checks).
WINDOW: Final = 6
#: Parts walked in lockstep. Right after extraction, on the e2e corpus's 600-character samples:
#: 1 part 287 µs, 4 parts 144, 8 parts 109, 16 parts 110 (numpy's walk 172-209 in the same runs).
CHAINS: Final = 8
#: Bits of a ``ByteWalk.steps`` number holding the state's row offset (offsets are < 2**24).
_OFFSET_BITS: Final = 32
_OFFSET_MASK: Final = (1 << _OFFSET_BITS) - 1


class ByteWalk:
    """The automaton's tables as native arrays and the scratch of ``features`` (one thread)."""

    def __init__(self, nextmove: vec[i32], rowbase: vec[i32], output: vec[i32]) -> None:
        #: ``nextmove[rowbase[state] + byte]`` is the state after ``byte``; ``output[state]`` its
        #: feature, or -1.
        self.nextmove = nextmove
        self.rowbase = rowbase
        self.output = output
        #: Per state, its row's offset (low ``_OFFSET_BITS``) and its feature + 1 above (0: none).
        steps = vec[i64](capacity=len(output))
        for state in range(len(output)):
            steps = append(steps, i64(rowbase[state]) | (i64(output[state]) + 1) << _OFFSET_BITS)
        self.steps = steps
        #: Per feature, at ``2 * feature``: how many times this call met it (0 between calls),
        #: and beside it the feature's row in the classifier's float32 copy of the model
        #: (``byte_ngrams``), -1 before its first use. Side by side because a call reads the
        #: slot of each feature it counts, right after counting (one cache miss, not two).
        pairs: list[int] = [0, -1] * len(output)
        self.tally = vec[i64](pairs)
        #: Per byte of the sample, the feature that ends there or -1 (grown as samples need).
        self.found = vec[i64]()

    def forget_slots(self) -> None:
        """Every feature back without a slot (a classifier whose copy of the rows is new)."""
        tally = self.tally
        for feature in range(len(self.output)):
            tally[2 * feature + 1] = -1

    def slots_of(self, ids: vec[i64]) -> tuple[vec[i64], i64]:
        """The slot of each of ``ids`` (in their order), and how many of them have none yet."""
        tally = self.tally
        found = vec[i64](capacity=len(ids))
        missing: i64 = 0
        for feature in ids:
            slot = tally[2 * feature + 1]
            if slot < 0:
                missing += 1
            found = append(found, slot)
        return found, missing

    def place(self, ids: vec[i64], start: i64) -> i64:
        """Give each of ``ids`` without a slot the next one from ``start``, in their order;
        the slot after the last given."""
        tally = self.tally
        for feature in ids:
            if tally[2 * feature + 1] < 0:
                tally[2 * feature + 1] = start
                start += 1
        return start

    def features(self, data: bytes) -> tuple[vec[i64], vec[i64]]:
        """(feature ids in order of first occurrence, their counts) of UTF-8 bytes: py3langid's
        ``visit_counts``, its keys and values."""
        ids, totals, _, _ = self.slotted_features(data)
        return ids, totals

    def slotted_features(self, data: bytes) -> tuple[vec[i64], vec[i64], vec[i64], i64]:
        """``features`` of UTF-8 bytes, and ``slots_of`` their ids (read as they are counted)."""
        size: i64 = len(data)
        found = self.found
        while len(found) < size:
            found = append(found, -1)
        self.found = found
        nextmove, steps = self.nextmove, self.steps
        # Short samples are one part (a part must be longer than its WINDOW - 1 bytes of lead-in).
        part: i64 = size // CHAINS if size >= 4 * WINDOW * CHAINS else 0
        # Each part's walk carries its state's row offset (the root's to begin with).
        offsets = vec[i64]([i64(self.rowbase[0])] * CHAINS)
        if part:
            # Parts after the first begin at the root WINDOW - 1 bytes before their first byte.
            for lead in range(part - WINDOW + 1, part):
                for k in range(1, CHAINS):
                    at = lead + (k - 1) * part
                    step = steps[i64(nextmove[offsets[k] + data[at]])]
                    offsets[k] = step & _OFFSET_MASK
            for j in range(part):
                at = j
                for k in range(CHAINS):
                    step = steps[i64(nextmove[offsets[k] + data[at]])]
                    offsets[k] = step & _OFFSET_MASK
                    found[at] = (step >> _OFFSET_BITS) - 1
                    at += part
        # The bytes after the last whole part continue its walk (all of them for a short sample).
        offset = offsets[CHAINS - 1]
        for at in range(CHAINS * part, size):
            step = steps[i64(nextmove[offset + data[at]])]
            offset = step & _OFFSET_MASK
            found[at] = (step >> _OFFSET_BITS) - 1
        tally = self.tally
        ids = vec[i64]()
        for at in range(size):
            feature = found[at]
            if feature >= 0:
                seen = tally[2 * feature]
                if seen == 0:
                    ids = append(ids, feature)
                tally[2 * feature] = seen + 1
        totals = vec[i64](capacity=len(ids))
        slots = vec[i64](capacity=len(ids))
        missing: i64 = 0
        for feature in ids:
            totals = append(totals, tally[2 * feature])
            tally[2 * feature] = 0
            slot = tally[2 * feature + 1]
            if slot < 0:
                missing += 1
            slots = append(slots, slot)
        return ids, totals, slots, missing
