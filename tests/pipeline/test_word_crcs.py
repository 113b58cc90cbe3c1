"""The compiled build's one-pass word hashes are zlib's seeded CRC-32s of the ``str.lower``-cased
``\\w+`` words, or None exactly when a character is left to the caller's ``str.lower``."""

from __future__ import annotations

import os
import re
import zlib

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire import native
from newswire.pipeline import fingerprint
from newswire.pipeline.word_crcs import word_hashes

EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500")) // 5

_CLASSES = fingerprint._CLASS_BYTES
_LOWER_CASES = fingerprint._LOWER_CASES
_SEED = fingerprint._SEED_HIGH
_PIECES = st.sampled_from(
    ["news", "İstanbul", "straße", "日本語の文章", "Привет", "١٢٣", "½", "a_b", "😀", " ", "\n\n",
     ", ", "—", "’", "\u200b", "x" * 70, "é" * 40, "\ud800", "Éf", "NEWS",
     "𝐀𝟎", "𠀀", "𐐀", "𐐨", "🇦🇧", "_😀_", "ΣΑΣ", "Σ", "\u212a", "\u2126", "Ⱥ", "ÉCOLE",
     "ДОМ", "ǅ", "Ⅻ", "Ꞵ"]
)  # fmt: skip
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=60).map("".join),
)


def _expected(lowered: bytes) -> list[int]:
    words = re.findall(r"\w+", lowered.decode("utf-8", "surrogatepass"))
    return [zlib.crc32(w.encode(), 0) | zlib.crc32(w.encode(), _SEED) << 32 for w in words[:50]]


@settings(max_examples=EXAMPLES, deadline=None)
@given(_TEXTS)
def test_same_hashes_as_zlib_per_word_or_none_when_flagged(text: str) -> None:
    """Every word's pair of seeded CRC-32s as zlib computes them on ``text.lower()``'s bytes
    (the first 50 words, as a limit of 50 asks; the pass lowers "A"-"Z" itself and other
    capitals by the table, whose lower case may be shorter or longer in UTF-8), unless a
    character flagged in the table (a surrogate, "İ" or "Σ") or one beyond the Basic
    Multilingual Plane that str.lower changes is present: then None; an emoji or an astral
    letter or digit without case (a CJK extension's, a mathematical one) is read as re reads
    it."""
    utf8 = text.encode("utf-8", "surrogatepass")
    found = word_hashes(utf8, _CLASSES, _LOWER_CASES, _SEED, 50)
    flagged = any(
        chr(p).lower() != chr(p) if p > 0xFFFF else 0xD800 <= p < 0xE000 or p in (0x130, 0x3A3)
        for p in map(ord, text)
    )
    if flagged:
        assert found is None
    else:
        assert found is not None
        lowered = text.lower().encode("utf-8", "surrogatepass")
        assert np.frombuffer(memoryview(found), dtype=np.uint64).tolist() == _expected(lowered)


def test_capitals_lowered_by_the_table_hash_as_their_lower_case() -> None:
    """Capitals of Latin, Cyrillic and Greek text, and those whose lower case takes fewer UTF-8
    bytes (the Kelvin sign's "k") or more ("Ⱥ"'s "ⱥ"), hash as ``str.lower``'s words."""
    text = "ÉCOLE Дом ΑΘΗΝΑ \u212aelvin \u2126hm Ⱥb"
    found = word_hashes(text.encode(), _CLASSES, _LOWER_CASES, _SEED, 50)
    assert found is not None
    assert np.frombuffer(memoryview(found), dtype=np.uint64).tolist() == _expected(
        text.lower().encode()
    )


def test_only_capitals_with_a_longer_or_placed_lower_case_are_left_to_the_caller() -> None:
    """Of the Basic Multilingual Plane's non-surrogate code points, the table leaves to the
    caller exactly "İ" (lower case of two characters) and "Σ" (its lower case depends on its
    place); every other capital is read as its lower case, whose ``\\w`` it carries."""
    classes = np.frombuffer(_CLASSES, dtype=np.uint8)
    lower_cases = np.frombuffer(_LOWER_CASES, dtype="<u2")
    flagged = [p for p in range(0x10000) if 2 <= classes[p] < 4 and not 0xD800 <= p < 0xE000]
    assert flagged == [0x130, 0x3A3]
    for point in (classes >= 4).nonzero()[0].tolist():
        lower = chr(point).lower()
        assert point >= 0x80
        assert lower != chr(point)
        assert lower_cases[point] == ord(lower)
        assert classes[point] - 4 == bool(re.fullmatch(r"\w", lower))


def test_the_fingerprint_takes_the_compiled_pass_exactly_when_the_build_runs() -> None:
    """``fingerprint`` asks the compiled pass first only in the compiled build (interpreted, a
    Python step per byte would cost more than the numpy path)."""
    assert (native.MODE == "compiled") == fingerprint._COMPILED
