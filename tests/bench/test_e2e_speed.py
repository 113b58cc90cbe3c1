"""``make bench-e2e``, part 4: the offered rate's factor from the machine's speed."""

from __future__ import annotations

import pytest

from newswire.bench import e2e_speed
from newswire.bench.e2e_speed import Offer, factor_cell, scaling_line, speed_factor
from tests.bench.reports import latency_row


def test_the_factor_is_the_speed_now_over_the_reference() -> None:
    """Session 29's second 80% run: the pipeline alone at 160 msgs/s against 175 before the
    probe gives a factor of 0.914; 165 against 150, 1.1."""
    assert speed_factor(175.0, 160.0) == pytest.approx(160 / 175)
    assert speed_factor(150.0, 165.0) == pytest.approx(1.1)


@pytest.mark.parametrize(
    ("now", "expected"),
    [(50.0, 0.85), (130.0, 0.85), (169.0, 0.85), (231.0, 1.15), (400.0, 1.15)],
)
def test_the_factor_stops_at_the_bounds(now: float, expected: float) -> None:
    """A pass far from the reference (a hiccup more than the machine's speed) moves the rate
    no further than ``SPEED_FACTOR_RANGE``."""
    assert e2e_speed.SPEED_FACTOR_RANGE == (0.85, 1.15)
    assert speed_factor(200.0, now) == pytest.approx(expected)


@pytest.mark.parametrize(("reference", "now"), [(0.0, 150.0), (150.0, 0.0), (0.0, 0.0)])
def test_an_unmeasured_speed_leaves_the_rate_nominal(reference: float, now: float) -> None:
    """Without either pass (a test, a caller with no speed function) the factor is 1."""
    assert speed_factor(reference, now) == 1.0
    assert Offer(237.0, now, reference, scaled=True).per_s == 237.0


def test_the_offered_rate_is_nominal_times_the_factor() -> None:
    """80% of 296 msgs/s at 160 against 175 msgs/s offers 236.8 x 0.914 = 216.5 msgs/s, and
    the progress line shows the nominal rate, the factor and both speeds."""
    offer = Offer(296.0 * 0.8, 160.0, 175.0, scaled=True)
    assert offer.factor == pytest.approx(160 / 175)
    assert offer.per_s == pytest.approx(296 * 0.8 * 160 / 175)
    assert offer.words() == (
        "237 msgs/s nominal x 0.91 (pipeline alone 160 msgs/s now, 175 at the reference) "
        "= 217 msgs/s"
    )


def test_without_scaling_the_rate_is_nominal_and_the_factor_still_shown() -> None:
    """Without ``--speed-scaling`` a run offers capacity x load and names the factor it did not
    apply."""
    offer = Offer(237.0, 160.0, 175.0, scaled=False)
    assert offer.factor == 1.0
    assert offer.would_be_factor == pytest.approx(160 / 175)
    assert offer.per_s == 237.0
    assert "237 msgs/s (nominal, unscaled; the factor would be 0.91" in offer.words()


def test_the_factor_cell_marks_a_clamp_and_an_unapplied_factor() -> None:
    """The table's cell: the factor applied, a star where clamped, brackets when scaling was
    off, and a dash for the probe or a row without the passes."""
    row = latency_row(0.8, 900.0)
    assert factor_cell(row) == "-"
    row.machine_per_s, row.speed_reference_per_s = 160.0, 175.0
    row.speed_factor, row.speed_scaled = 160 / 175, True
    assert factor_cell(row) == "0.91"
    row.machine_per_s, row.speed_factor = 143.0, 0.85
    assert factor_cell(row) == "0.85*"
    row.speed_factor, row.speed_scaled = 1.0, False
    assert factor_cell(row) == "(0.85*)"
    row.probe = True
    assert factor_cell(row) == "-"


def test_the_scaling_line_says_whether_the_factor_was_applied() -> None:
    """The note under the table names the reference speed and the bounds, and says plainly
    when the factor was not applied; no note when no row measured the speed."""
    assert scaling_line([latency_row(0.8, 900.0)]) == ""
    row = latency_row(0.8, 900.0, speed_reference_per_s=175.0, machine_per_s=143.0)
    assert "NOT applied" in scaling_line([row])
    row.speed_scaled = True
    line = scaling_line([row])
    assert "/ 175 just before the probe" in line
    assert "[0.85, 1.15]" in line
    assert "applied: offered = nominal x factor" in line
