"""The compiled build's SimHash vote sets exactly the bits that more than half of the features
have set, as the numpy vote it replaces there does."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from librt.vecs import vec
from mypy_extensions import i64

from newswire import native
from newswire.pipeline.bit_vote import gram_majority, majority_bits
from newswire.pipeline.fingerprint import _mix

EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500")) // 5

_WORDS = st.integers(min_value=0, max_value=(1 << 64) - 1)


def _expected(features: list[int]) -> int:
    """Bit b set when more than half of the features have bit b set, counted one by one."""
    return sum(
        1 << bit
        for bit in range(64)
        if sum(feature >> bit & 1 for feature in features) > len(features) // 2
    )


def _encoded(features: list[int]) -> bytes:
    return np.array(features, dtype="<u8").tobytes()


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=400))
def test_majority_of_each_bit_as_counted_one_by_one(features: list[int]) -> None:
    """Any features (bit 63 set or not, counts either side of the 127-feature spills) give the
    value whose bits are the per-bit majorities."""
    assert majority_bits(_encoded(features)) == _expected(features)


def test_ties_and_counts_that_would_fill_a_byte() -> None:
    """Exactly half is no majority; 255 and 256 identical features (a byte-wide counter would
    wrap without the spills) keep every bit; all ones gives all 64 bits."""
    ones, top = (1 << 64) - 1, 1 << 63
    assert majority_bits(_encoded([ones, 0])) == 0
    assert majority_bits(_encoded([ones, 0, ones])) == ones
    assert majority_bits(_encoded([ones] * 255)) == ones
    assert majority_bits(_encoded([top | 1] * 256 + [0] * 255)) == top | 1
    assert majority_bits(_encoded([5])) == 5


def _grams(hashes: list[int]) -> list[int]:
    """The 3-gram features as ``fingerprint.simhash`` makes them with numpy (uint64 wrapping)."""
    words = np.array(hashes, dtype=np.uint64)
    features = words[:-2] * np.uint64(0x9E3779B97F4A7C15)
    features += words[1:-1] * np.uint64(0xC2B2AE3D27D4EB4F)
    features += words[2:]
    return [int(feature) for feature in _mix(features)]


def _signed(word: int) -> int:
    return word - (1 << 64) if word >> 63 else word


@pytest.mark.skipif(native.MODE != "compiled", reason="i64 products wrap only when compiled")
@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=400))
def test_gram_majority_votes_the_features_numpy_makes(hashes: list[int]) -> None:
    """Any word hashes (top bit set or not, past a 127-feature spill) give the majority of the
    3-gram features that numpy's wrapping products and finaliser make from them."""
    words = vec[i64]([_signed(word) for word in hashes])
    assert gram_majority(words) == _expected(_grams(hashes))
