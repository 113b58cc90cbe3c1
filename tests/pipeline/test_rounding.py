"""Probabilities rounded to a few places, bit for bit as ``round`` rounds them."""

from __future__ import annotations

import math
import os
import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.rounding import rounded

EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500"))


def _bits(value: float) -> bytes:
    return struct.pack("<d", value)


def _neighbours(value: float) -> list[float]:
    """``value`` and the two doubles on each side of it."""
    code = struct.unpack("<q", _bits(value))[0]
    return [struct.unpack("<d", struct.pack("<q", code + step))[0] for step in range(-2, 3)]


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.floats(min_value=0.0, max_value=1.0), st.integers(min_value=0, max_value=6))
def test_any_probability_rounds_to_round_s_double(value: float, places: int) -> None:
    """Any value in [0, 1] at 0 to 6 places gives ``round``'s double, to the last bit."""
    assert _bits(rounded(value, places)) == _bits(round(value, places))


def test_halves_and_their_neighbours_round_as_round_does() -> None:
    """Values at or next to a half of the last place (exact binary ties such as 0.03125, which
    ``round`` takes to the even digit, and the doubles nearest a decimal half) give ``round``'s
    double."""
    for step in range(20_001):
        for value in _neighbours(step / 20_000):
            if 0.0 <= value <= 1.0:
                assert _bits(rounded(value, 4)) == _bits(round(value, 4))
    assert rounded(0.03125, 4) == round(0.03125, 4) == 0.0312


def test_values_outside_a_probability_s_range_are_round_s_own() -> None:
    """Negative values (negative zero kept), values above 1, more places than six, infinities
    and NaN give what ``round`` gives."""
    for value in (-0.0, -0.00001, -0.5, 1.00005, 12345.67895, math.inf, -math.inf):
        for places in (0, 4, 9):
            assert _bits(rounded(value, places)) == _bits(round(value, places))
    assert math.isnan(rounded(math.nan, 4))
