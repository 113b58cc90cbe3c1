"""Probabilities rounded to a few decimal places as ``round`` rounds them, without its dtoa pass.

``round(value, 4)`` (the events' ``language_confidence`` and ``page_type_confidence``) is
correctly rounded: CPython writes the value's exact binary expansion to decimal digits (dtoa,
big-integer arithmetic) and reads the rounded digits back (strtod). Right after an extraction
that code is out of the CPU's caches: ~10 µs a call, two calls a page. Scaled by a power of ten
in one multiplication, a probability's error is under 2**-32 (``_MAX_PLACES``), so its nearest
integer is the exact value's whenever the scaled value is not within ``_MARGIN`` of a half, and
that integer divided by the power of ten (both exact doubles, one correctly rounded division) is
the double nearest the rounded decimal: ``round``'s answer. Near a half (a tie of the exact
value, such as 0.03125, or a value too close to tell) and outside [0, 1] (negative zero, NaN,
larger magnitudes, zero) ``round`` itself decides.
"""

from __future__ import annotations

import math
from typing import Final

#: Places up to which the fast path holds: 10**6 scales [0, 1] under 2**20, where a double's
#: rounding error (half its spacing, 2**-33) is far under ``_MARGIN``.
_MAX_PLACES: Final = 6
#: Distance from a half under which the scaled value's nearest integer is left to ``round``.
_MARGIN: Final = 1e-9


def rounded(value: float, places: int) -> float:
    """``round(value, places)``, to the last bit."""
    # Zero left to ``round`` too: -0.0 passes ``0.0 <= value`` and must stay negative.
    if not (0.0 < value <= 1.0 and 0 <= places <= _MAX_PLACES):
        return round(value, places)
    scale = 10.0**places
    scaled = value * scale
    whole = math.floor(scaled)
    fraction = scaled - whole
    if abs(fraction - 0.5) <= _MARGIN:
        return round(value, places)
    return (whole + 1 if fraction > 0.5 else whole) / scale
