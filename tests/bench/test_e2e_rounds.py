"""The full run's throughput rounds: their order, the A B A pair and its report."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping

from newswire.bench import e2e_report, e2e_rounds
from tests.bench.reports import report_of


def _row(name: str, rounds: list[float], cpu: list[float]) -> e2e_report.Throughput:
    row = e2e_report.Throughput(name, int(rounds[0]), 1.0, 1.0, rounds_per_s=rounds)
    row.rounds_cpu_ms = cpu
    return row


def test_each_ratio_nearest_its_floor_runs_between_two_runs_of_its_baseline() -> None:
    """In either direction of a round, exactly_once with 2 workers sits between two
    at_least_once runs and exactly_once with 1 worker between two runs of the pipeline alone;
    every other round runs in reverse."""
    pairs = [
        ((2, "exactly_once", True), (2, "at_least_once", True)),
        ((1, "exactly_once", True), "pipeline"),
    ]
    for round_no in (1, 2):
        steps = e2e_rounds.round_steps(round_no)
        for top, base in pairs:
            middle = steps.index(top)
            assert steps[middle - 1] == base
            assert steps[middle + 1] == base
    assert e2e_rounds.round_steps(2) == e2e_rounds.round_steps(1)[::-1]


def test_the_second_run_of_a_pair_in_a_round_is_kept_as_its_again_row() -> None:
    """A round's second at_least_once --workers 2 run and second pipeline run become their
    "(again)" rows, so each row keeps one run a round and the rows come back in the table's
    order; the stage costs are the median over every pipeline run."""
    names = {
        (1, "exactly_once", True): e2e_report.EOS1,
        (1, "exactly_once", False): e2e_report.EOS1_UNBOUNDED,
        (1, "at_least_once", True): e2e_report.ALO1,
        (2, "exactly_once", True): e2e_report.EOS2,
        (2, "at_least_once", True): e2e_report.ALO2,
    }
    runs: list[str] = []

    async def service_run(
        workers: int, guarantee: str, bound: bool, settings: Mapping[str, str]
    ) -> e2e_report.Throughput:
        runs.append(names[(workers, guarantee, bound)])
        return e2e_report.Throughput(runs[-1], 100 + len(runs), 1.0, 1.0)

    async def raw_run() -> e2e_report.Throughput:
        return e2e_report.Throughput(e2e_report.RAW_BUS, 1000, 1.0, 1.0)

    extracts = iter([1.0, 3.0, 2.0, 2.0])

    def pipeline_run() -> tuple[e2e_report.Throughput, dict[str, float]]:
        row = e2e_report.Throughput(e2e_report.PIPELINE, 100, 1.0, 1.0)
        return row, {"extract": next(extracts)}

    rows, stages = asyncio.run(e2e_rounds.full_rounds(2, pipeline_run, raw_run, service_run))
    assert [row.name for row in rows] == list(e2e_rounds.ROW_ORDER)
    assert all(len(row.rounds_per_s) == 2 for row in rows)
    assert runs.count(e2e_report.ALO2) == 4
    assert stages == {"extract": 2.0}


def test_the_two_worker_ratio_is_judged_against_the_mean_of_the_runs_around_it() -> None:
    """exactly_once 90 between at_least_once 100 and 80 is 1.00 against their mean (a drift
    cancels) though 0.90 against the first alone; the A/A pair's ratio (0.80) is printed as the
    noise, and the floor's verdict follows the A B A ratio; by CPU the same mean is used."""
    rows = [
        _row(e2e_report.EOS2, [90.0, 90.0, 90.0], [6.0, 6.0, 6.0]),
        _row(e2e_report.ALO2, [100.0, 100.0, 100.0], [5.0, 5.0, 5.0]),
        _row(e2e_report.ALO2_AGAIN, [80.0, 80.0, 80.0], [7.0, 7.0, 7.0]),
    ]
    printed = report_of(rows, [], rounds=3).split("floors and ratios")[1]
    assert re.search(r"\(2 workers\), A B A\s+1\.00 \[>= 0\.90\] ok", printed)
    assert re.search(r"the same by CPU ms per message\s+1\.00", printed)
    assert re.search(r"the baseline's first run alone\s+0\.90  \(rounds 0\.90/", printed)
    assert re.search(r"A/A: noise\)\s+0\.80", printed)
    assert "exactly_once / at_least_once (2 workers)  " not in printed


def test_end_to_end_against_the_pipeline_on_both_sides_can_miss_its_floor_too() -> None:
    """End to end 80 between pipeline runs of 100 and 90 is 0.84 against their mean: below the
    floor, said so with how many rounds reach it (none), and the A/A ratio of the two pipeline
    runs (0.90) beside it."""
    rows = [
        _row(e2e_report.PIPELINE, [100.0, 100.0], [5.0, 5.0]),
        _row(e2e_report.PIPELINE_AGAIN, [90.0, 90.0], [5.0, 5.0]),
        _row(e2e_report.EOS1, [80.0, 80.0], [6.0, 6.0]),
    ]
    printed = report_of(rows, [], rounds=2).split("floors and ratios")[1]
    assert re.search(r"/ pipeline only, A B A\s+0\.84 \[>= 0\.90\] BELOW FLOOR", printed)
    assert "(rounds 0.84/0.84; 0 of 2 rounds >= 0.90)" in printed
    assert re.search(r"A/A: noise\)\s+0\.90", printed)


def test_without_the_second_run_the_two_worker_ratio_is_the_plain_pair() -> None:
    """A run that measured at_least_once once (a partial run) judges the plain pair."""
    rows = [
        _row(e2e_report.EOS2, [85.0, 85.0], [6.0, 6.0]),
        _row(e2e_report.ALO2, [100.0, 100.0], [5.0, 5.0]),
    ]
    printed = report_of(rows, [], rounds=2)
    assert re.search(
        r"exactly_once / at_least_once \(2 workers\)\s+0\.85 \[>= 0\.90\] BELOW", printed
    )
    assert "A B A" not in printed


def test_a_one_round_run_still_judges_the_a_b_a_ratio() -> None:
    """With one round (``--rounds 1``) the A B A ratio and its verdict are printed all the same."""
    rows = [
        _row(e2e_report.EOS2, [90.0], [6.0]),
        _row(e2e_report.ALO2, [100.0], [5.0]),
        _row(e2e_report.ALO2_AGAIN, [100.0], [5.0]),
    ]
    printed = report_of(rows, [], rounds=1)
    assert "(rounds 0.90; 1 of 1 rounds >= 0.90)" in printed
