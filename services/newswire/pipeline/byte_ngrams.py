"""py3langid's language model, scored with whole-array numpy instead of a Python step per byte.

py3langid finds its features (byte n-grams of 1 to 6 bytes) with an Aho-Corasick automaton walked
one byte at a time in Python; that walk was ~60% of its ~300 µs on a 600-character sample. An
Aho-Corasick state is the longest suffix of the bytes read so far that is a node of the n-gram
trie, and no node is deeper than ``WINDOW`` bytes, so the state after byte ``i`` is the state
reached from the root over bytes ``i - WINDOW + 1 .. i`` alone. Those windows are walked for all
positions at once: one gather in a table of the state after every pair of bytes, then
``WINDOW - 2`` gathers, whatever the text's length. Right after extraction those gathers miss the
CPU's caches (the transition table is 39 MB); the table lives in numpy's own memory, which the
kernel backs with huge pages, so that they do not miss the TLB as well.

The feature counts are the same as py3langid's (same features, same first-seen order), and the
scoring below is its own arithmetic on the same arrays, so the language and the confidence are
bit-identical to ``LanguageIdentifier.classify`` (a property test compares the two; ``make
bench-meta`` compares them on every page of the corpora). py3langid is pinned for that reason.
"""

from __future__ import annotations

import math
import struct
import unicodedata
from collections.abc import Sequence
from typing import Final

import numpy as np
import numpy.typing as npt
from librt.vecs import vec
from mypy_extensions import i32, i64
from py3langid.langid import MODEL_DIR, MODEL_FILE
from py3langid.modelio import load_model

from newswire import native
from newswire.pipeline.byte_walk import ByteWalk

#: Depth of py3langid 0.4's n-gram trie (its longest feature, in bytes); a test recomputes it
#: from the model by breadth-first search (2 s, too slow for every worker's start).
WINDOW: Final = 6
#: One float32, native byte order: ``_single``'s rounding.
_FLOAT32: Final = struct.Struct("f")
# The softmax's numpy functions, bound once. ``ndarray.max()`` and ``.sum()`` are the same
# reductions (``maximum.reduce``, ``add.reduce``, whole array, same dtype: the same pairwise sum)
# reached through numpy's Python wrappers, whose bytecode and frame are cold right after an
# extraction; and in the compiled build each ``np.name`` is a look-up in numpy's module dict.
_MAXIMUM: Final = np.maximum.reduce
_TOTAL: Final = np.add.reduce
_SUBTRACT: Final = np.subtract
_EXP: Final = np.exp
# So are the calls before it on the compiled build's path (each a module-dict look-up a call), and
# their dtypes made dtype objects once (numpy's fastest path to a dtype).
_FROM_BUFFER: Final = np.frombuffer
_LOG1P: Final = np.log1p
_NORMALIZE: Final = unicodedata.normalize
_INTP: Final = np.dtype(np.intp)
_SINGLES: Final = np.dtype(np.float32)
#: ``log1p`` of every count a sample of fewer bytes can give (a feature is counted at most once a
#: byte), made by the same ufunc on the same integers as ``classify``'s counts: a sample's weights
#: gathered by ``take``, the call the rows' gather has just made warm, not by a ufunc of its own,
#: which right after an extraction pays for its cold code.
LOG_COUNTS: Final = _LOG1P(np.arange(1 << 12, dtype=_INTP), dtype=_SINGLES)


class ByteNgramClassifier:
    """``classify(text) -> (language, probability)`` with py3langid's shipped model
    (142 labels, normalised probabilities as ``LanguageIdentifier(norm_probs=True)``)."""

    #: Rows of the float32 copy allocated at the first call (2.3 MB); it doubles when full.
    FIRST_ROWS = 4096

    def __init__(self) -> None:
        ptc, pc, classes, nextmove, rows, output = load_model(MODEL_DIR / MODEL_FILE)
        # The per-class log-probabilities are float16 (28 MB). numpy converts float16 to float32
        # in software (~2 ns a value: 100 µs for a sample's ~350 features x 142 labels, more
        # than all the rest); a 65,536-entry table of every float16's float32 value (exact)
        # does it with one gather, and the product then runs in float32 as py3langid's does.
        self._ptc_bits: npt.NDArray[np.uint16] = np.asarray(ptc, dtype=np.float16).view(np.uint16)
        self._half_to_single = (
            np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16)
        ).astype(np.float32)
        # Even by table, converting a sample's ~360 rows x 142 labels was ~100 µs a call, a
        # fifth of the classifier. The rows of the features seen so far are kept in float32
        # (``_slot[feature]`` is the row's index in ``_rows``, -1 before its first use): the
        # same exact values, fetched with one row gather. Texts share most of their n-grams, so
        # the copy stays a part of the whole matrix (568 bytes a feature: all 1,615 pages of
        # both benchmark corpora and the seeds meet 22,406 of 100,053 features, 12.7 of 57 MB).
        # Not safe to share between threads: each Pipeline has its own detector and runs one
        # batch at a time.
        self._slot: npt.NDArray[np.intp] = np.full(len(self._ptc_bits), -1, dtype=np.intp)
        # Scratch for ``features`` (only the entries of one call's features are read).
        self._first: npt.NDArray[np.intp] = np.empty(len(self._ptc_bits), dtype=np.intp)
        self._rows: npt.NDArray[np.float32] = np.empty((0, ptc.shape[1]), dtype=np.float32)
        self._cached = 0
        self._pc: npt.NDArray[np.float32] = np.asarray(pc)
        self._classes: list[str] = list(classes)
        # A copy in numpy's own memory, not a view of py3langid's ``array``: numpy asks the
        # kernel for huge pages for allocations of 4 MB and more (transparent huge pages in
        # "madvise" mode), and the walk's gathers land at random in these 39 MB: in 4 KB pages
        # nearly every one also misses the TLB (~10,000 pages), in 2 MB pages (20) almost none.
        self._nextmove = np.array(
            np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"), dtype=np.uint32
        )
        self._walk, self._nextmove = _compiled_walk(self._nextmove, rows, output)
        # Row offset per state (py3langid shares identical 256-byte rows between states). The
        # walk runs in uint32 (offsets < 2**24), the transition table's own type: every gather
        # writes straight into its destination (``take(out=)`` needs the same type) and no add
        # mixes two integer types (each a cast of its own).
        self._rowbase = np.frombuffer(rows, dtype=f"u{rows.itemsize}").astype(np.uint32) << 8
        self._output = np.asarray(output, dtype=np.intp)
        # The state after two bytes read from the root, for every pair of bytes (256 KB): the
        # first two of the WINDOW passes in one gather. In the pipeline, right after extraction,
        # each numpy call costs several times its warm cost, so calls count more than bytes.
        self._after_one = self._nextmove.take(self._rowbase[0] + np.arange(256, dtype=np.uint32))
        self._after_two = self._nextmove.take(
            (
                self._rowbase.take(self._after_one)[:, None] + np.arange(256, dtype=np.uint32)
            ).reshape(-1)
        )
        # 0, 1, 2, ... for ``features`` to slice instead of a new ``arange`` a call.
        self._positions = np.arange(1 << 12, dtype=np.intp)
        first: dict[str, int] = {}
        # Labels listed twice (a language in two scripts): their probabilities are summed
        # into the first column, as py3langid does.
        self._aliases = [
            (first[label], i)
            for i, label in enumerate(self._classes)
            if first.setdefault(label, i) != i
        ]

    def features(self, data: bytes) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        """(feature ids in order of first occurrence, their counts) of UTF-8 bytes: by the
        compiled walk when the build runs, else all positions at once (``features_at_once``)."""
        if self._walk is None:
            return self.features_at_once(data)
        ids, counts = self._walk.features(data)
        return (
            np.frombuffer(memoryview(ids), dtype=np.intp),
            np.frombuffer(memoryview(counts), dtype=np.intp),
        )

    def features_at_once(self, data: bytes) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        """``features`` by whole-array numpy calls (the pure-Python build's way)."""
        text = np.frombuffer(data, dtype=np.uint8).astype(np.uint32)
        size = len(text)
        states = np.zeros(size, dtype=np.uint32)
        moved = np.empty(size, dtype=np.uint32)
        nextmove, rowbase = self._nextmove, self._rowbase
        # Positions at least WINDOW - 1 bytes in start from the state their window's first two
        # bytes lead to, position WINDOW - 2 from its first byte's, the nearer ones from the root.
        deep = size - WINDOW + 1
        if deep > 0:
            pairs = moved[:deep]
            np.left_shift(text[:deep], 8, out=pairs)
            pairs += text[1 : deep + 1]
            self._after_two.take(pairs, out=states[WINDOW - 1 :], mode="wrap")
        if deep >= 0:
            states[WINDOW - 2] = self._after_one[text[0]]
        for offset in range(min(WINDOW - 2, size) - 1, -1, -1):
            # Every position at least ``offset`` bytes in reads the byte ``offset`` back: three
            # calls, each gather into its destination ("wrap": the indices are in range, and
            # unlike the default it needs no buffer for ``out``).
            walked = moved[: size - offset]
            rowbase.take(states[offset:], out=walked, mode="wrap")
            walked += text[: size - offset]
            nextmove.take(walked, out=states[offset:], mode="wrap")
        found = self._output.take(states)
        found = found[found >= 0]
        # np.unique(return_index, return_counts) in first-seen order, without sorting: each
        # feature's first position (a minimum per feature in a scratch array; ufunc.at applies
        # repeated indices one by one, unlike plain assignment), its first occurrences in order,
        # and how many positions share each first position. Two argsorts and the run finding
        # they needed were ~25% of this method.
        if not len(found):
            return found, found
        position = (
            self._positions[: len(found)]
            if len(found) <= len(self._positions)
            else np.arange(len(found))
        )
        first = self._first
        first[found] = len(found)
        np.minimum.at(first, found, position)
        at = first.take(found)
        heads = (at == position).nonzero()[0]
        return found.take(heads), np.bincount(at, minlength=len(found)).take(heads)

    def _float_rows(self, ids: npt.NDArray[np.intp]) -> npt.NDArray[np.float32]:
        """The float32 rows of ``ids`` (in their order), converting those never seen before."""
        slots = self._slot.take(ids)
        # Once the texts' common n-grams are cached a sample rarely brings a new one: one
        # reduction tells (right after an extraction each numpy call pays for its evicted code,
        # and the mask and its selection were two).
        if len(slots) and slots.min() < 0:
            new = ids[slots < 0]
            start = self._cached
            self._convert(new, start)
            self._slot[new] = np.arange(start, self._cached, dtype=np.intp)
            slots = self._slot.take(ids)
        return self._rows.take(slots, axis=0)

    def _walked_rows(
        self, walk: ByteWalk, found: vec[i64], slots: vec[i64], missing: i64
    ) -> npt.NDArray[np.float32]:
        """``_float_rows`` of the walk's features ``found``, their slots kept and read by the
        walk (``slots``, ``missing``: ``ByteWalk.slots_of`` them): the same slots given in the
        same order, so the same rows."""
        if missing:
            ids = np.frombuffer(memoryview(found), dtype=np.intp)
            start = self._cached
            self._convert(ids[np.frombuffer(memoryview(slots), dtype=np.intp) < 0], start)
            walk.place(found, start)
            slots, _ = walk.slots_of(found)
        return self._rows.take(_FROM_BUFFER(memoryview(slots), dtype=_INTP), axis=0)

    def _convert(self, new: npt.NDArray[np.intp], start: int) -> None:
        """The float32 rows of the features ``new`` written from row ``start`` of the copy
        (grown as needed), and the copy's count of rows moved past them."""
        end = start + len(new)
        if end > len(self._rows):
            grown = np.empty(
                (max(end, 2 * len(self._rows), self.FIRST_ROWS), self._rows.shape[1]),
                np.float32,
            )
            grown[:start] = self._rows[:start]
            self._rows = grown
        self._rows[start:end] = self._half_to_single.take(self._ptc_bits.take(new, axis=0))
        self._cached = end

    def classify(self, text: str) -> tuple[str, float]:
        # py3langid's _encode, _raw_score, _decide and classify, in its order of operations.
        if text.isupper():
            text = text.lower()
        data = _NORMALIZE("NFC", text).encode("utf8", errors="surrogatepass")
        walk = self._walk
        rows: npt.NDArray[np.float32] | None = None
        if walk is None:
            ids, counts = self.features_at_once(data)
            if len(ids):
                rows = self._float_rows(ids)
        else:
            found, totals, slots, missing = walk.slotted_features(data)
            # The walk's ids stay a native array (read as numpy's only for new features, in
            # ``_walked_rows``): right after an extraction each numpy call pays for its evicted
            # code, and their array was made only for its length.
            counts = _FROM_BUFFER(memoryview(totals), dtype=_INTP)
            if len(found):
                rows = self._walked_rows(walk, found, slots, missing)
        if rows is not None:
            weights = (
                LOG_COUNTS.take(counts)
                if len(data) < len(LOG_COUNTS)
                else _LOG1P(counts, dtype=_SINGLES)
            )
            scores = weights @ rows
            scores += self._pc
        else:
            scores = np.full(len(self._classes), 0.0, dtype=np.float32)
        scores *= 1.0 / math.sqrt(len(data) or 1)
        _SUBTRACT(scores, _MAXIMUM(scores), out=scores)
        _EXP(scores, out=scores)
        scores /= _TOTAL(scores)
        # The first best in a plain list (argmax's choice among equals; the probabilities are
        # finite) rather than two more numpy calls.
        probabilities = scores.tolist()
        # The aliased pairs folded in the list, not by fancy indexing (five numpy operations,
        # each paying for its evicted code right after an extraction): the sum of two float32
        # values made in double and rounded to float32 is their float32 sum (rounding twice is
        # harmless for an addition when the wider type has at least 2 * 24 + 2 bits; double has
        # 53). No column is both a source and a target, nor listed twice (a test checks), so
        # these are py3langid's sums, one pair at a time.
        for into, away in self._aliases:
            probabilities[into] = _single(probabilities[into] + probabilities[away])
            probabilities[away] = 0.0
        best = probabilities.index(max(probabilities))
        return self._classes[best], probabilities[best]


def _single(value: float) -> float:
    """``value`` rounded to the nearest float32 (ties to even, as the CPU's conversion does)."""
    result: float = _FLOAT32.unpack(_FLOAT32.pack(value))[0]
    return result


def _compiled_walk(
    nextmove: npt.NDArray[np.uint32], rows: Sequence[int], output: Sequence[int]
) -> tuple[ByteWalk | None, npt.NDArray[np.uint32]]:
    """In the compiled build, the compiled walk (``byte_walk``) over native copies of the tables,
    and the transition table as a numpy view of the walk's copy (one 39 MB table per process,
    not two); else no walk and the table as it is."""
    if native.MODE != "compiled":
        return None, nextmove
    moves = vec[i32](nextmove.view(np.int32).data)
    starts = np.asarray(rows, dtype=np.int32) << 8
    walk = ByteWalk(moves, vec[i32](starts.data), vec[i32](np.asarray(output, dtype=np.int32).data))
    return walk, np.frombuffer(memoryview(moves), dtype=np.uint32)
