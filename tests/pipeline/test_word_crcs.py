"""The compiled build's one-pass word hashes are zlib's seeded CRC-32s of the lower-cased
``\\w+`` words, or None exactly when a character is left to the numpy path."""

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

_CLASSES = fingerprint._BMP_CLASSES.tobytes()
_SEED = fingerprint._SEED_HIGH
_PIECES = st.sampled_from(
    ["news", "İstanbul", "straße", "日本語の文章", "Привет", "١٢٣", "½", "a_b", "😀", " ", "\n\n",
     ", ", "—", "’", "\u200b", "x" * 70, "é" * 40, "\ud800", "Éf", "NEWS",
     "𝐀𝟎", "𠀀", "𐐀", "𐐨", "🇦🇧", "_😀_"]
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
    """Every word's pair of seeded CRC-32s as zlib computes them on the lower-cased bytes (the
    first 50 words, as a limit of 50 asks; the pass lowers "A"-"Z" itself), unless a character
    flagged in the table (a surrogate, a non-ASCII letter that str.lower changes) or one
    beyond the Basic Multilingual Plane that str.lower changes is present: then None; an
    emoji or an astral letter or digit without case (a CJK extension's, a mathematical one) is
    read as re reads it."""
    utf8 = text.encode("utf-8", "surrogatepass")
    lowered = utf8.lower()
    found = word_hashes(utf8, _CLASSES, _SEED, 50)
    points = [ord(c) for c in text]
    flagged = any(
        chr(p).lower() != chr(p) if p > 0xFFFF else fingerprint._BMP_CLASSES[p] >= 2 for p in points
    )
    if flagged:
        assert found is None
    else:
        assert found is not None
        assert np.frombuffer(memoryview(found), dtype=np.uint64).tolist() == _expected(lowered)


def test_the_fingerprint_takes_the_compiled_pass_exactly_when_the_build_runs() -> None:
    """``fingerprint`` asks the compiled pass first only in the compiled build (interpreted, a
    Python step per byte would cost more than the numpy path)."""
    assert (native.MODE == "compiled") == fingerprint._COMPILED
