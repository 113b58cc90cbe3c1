"""``make bench-e2e``'s throughput ratios (``e2e_ratios``): the median of the rounds, the
interval it lies in, and whether that interval decides a floor."""

from __future__ import annotations

import re

import pytest

from newswire.bench import e2e_ratios, e2e_report
from tests.bench.reports import report_of


def _row(name: str, rounds: list[float]) -> e2e_report.Throughput:
    row = e2e_report.Throughput(name, int(rounds[0]), 1.0, 1.0, rounds_per_s=rounds)
    row.rounds_cpu_ms = [5.0] * len(rounds)
    return row


def test_the_medians_interval_is_the_widest_order_statistics_that_cover_it() -> None:
    """5 rounds: lowest to highest, 1 - 2/32 = 93.75% (one pair inward would be 62.5%); 10
    rounds: second lowest to second highest (97.9%, the third pair inward 89.1% < 90%); 3
    rounds reach no 90%: lowest to highest, 75%, said so."""
    assert e2e_ratios.median_interval([0.9, 1.1, 0.8, 1.0, 0.95]) == (0.8, 1.1, 0.9375)
    low, high, covered = e2e_ratios.median_interval([float(v) for v in range(10)])
    assert (low, high) == (1.0, 8.0)
    assert covered == pytest.approx(1 - 2 * 11 / 1024)
    assert e2e_ratios.median_interval([3.0, 1.0, 2.0]) == (1.0, 3.0, 0.75)


def test_the_interval_line_says_whether_the_noise_decides_the_floor() -> None:
    """An interval wholly above or below the floor holds the verdict; one across it does not;
    one round has no interval."""
    assert "holds through" in e2e_ratios.interval_line([0.95, 0.97, 1.0], 0.90)
    assert "holds through" in e2e_ratios.interval_line([0.80, 0.85, 0.88], 0.90)
    across = e2e_ratios.interval_line([0.85, 1.04, 1.09, 0.83, 0.90], 0.90)
    assert re.search(r"94% interval \(5 rounds\)\s+0\.83-1\.09  \(0\.90 lies inside it", across)
    assert e2e_ratios.interval_line([0.95], 0.90) == ""


def test_the_report_prints_the_interval_under_each_floors_ratio_and_every_round() -> None:
    """Session 30's two-worker rounds (exactly_once between two at_least_once runs): the
    median 0.90 reads ok, every round is printed, and the interval under it (0.83-1.09) says
    the floor lies inside it; a ratio without a floor (workers 2 / 1) gets no interval."""
    rows = [
        _row(e2e_report.EOS1, [141.0, 156.0, 158.0, 159.0, 170.0]),
        _row(e2e_report.EOS2, [239.0, 282.0, 311.0, 230.0, 285.0]),
        _row(e2e_report.ALO2, [275.0, 264.0, 264.0, 283.0, 326.0]),
        _row(e2e_report.ALO2_AGAIN, [291.0, 278.0, 305.0, 271.0, 305.0]),
    ]
    printed = report_of(rows, [], rounds=5).split("floors and ratios")[1]
    assert re.search(
        r"A B A\s+0\.90 \[>= 0\.90\] ok  \(rounds 0\.84/1\.04/1\.09/0\.83/0\.90; 3 of 5", printed
    )
    assert re.search(r"interval \(5 rounds\)\s+0\.83-1\.09  \(0\.90 lies inside it", printed)
    assert printed.count("interval (") == 1
