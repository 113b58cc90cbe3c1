"""The compiled build's SimHash vote sets exactly the bits that more than half of the features
have set, as the numpy vote it replaces there does."""

from __future__ import annotations

import os

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.bit_vote import majority_bits

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
