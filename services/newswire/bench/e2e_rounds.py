"""The full run's throughput rounds (``make bench-e2e``'s step 1-3): which runs a round holds, in
which order, and the pairs its ratios compare.

A ratio is only as good as its two runs saw the same machine: this VM's speed drifts by +-15%
within minutes, and one identical pair of runs spreads 0.96-1.24 (session 23, ``--aa``). So the
runs of a ratio with a floor run close together, rounds alternate their order (a pair's two
runs take turns going first), and the ratio is the median of the rounds' ratios. The two-worker
pair, whose floor was missed by the spread alone (session 23: exactly_once ÷ at_least_once 0.87,
rounds 0.82-1.07), and end to end ÷ pipeline only, the nearest its floor (0.92, rounds
0.75-1.20), run as A B A: the baseline on both sides. The run against the mean of both cancels
a drift that is linear over the three runs, and the baseline's two runs are an A/A pair whose
ratio, printed beside, is the bench's own noise.
"""

from __future__ import annotations

import statistics
from collections.abc import Awaitable, Callable, Mapping

from newswire.bench.e2e_report import (
    ALO1,
    ALO2,
    ALO2_AGAIN,
    EOS1,
    EOS1_UNBOUNDED,
    EOS2,
    PIPELINE,
    PIPELINE_AGAIN,
    RAW_BUS,
    Throughput,
    median_round,
)

Step = str | tuple[int, str, bool]

#: One round's runs in order ("pipeline": the pipeline alone, "raw": the raw bus, else a newswire
#: run as (workers, guarantee, time bound)): the two ratios nearest their floors A B A, the
#: pipeline alone on both sides of exactly_once with 1 worker and at_least_once on both sides of
#: exactly_once with 2; exactly_once with 1 worker two runs from count only and from
#: at_least_once.
ROUND: tuple[Step, ...] = (
    (1, "exactly_once", False),
    "pipeline",
    (1, "exactly_once", True),
    "pipeline",
    (1, "at_least_once", True),
    (2, "at_least_once", True),
    (2, "exactly_once", True),
    (2, "at_least_once", True),
    "raw",
)
#: The table's row order, whatever order a round ran in.
ROW_ORDER = (
    PIPELINE,
    PIPELINE_AGAIN,
    RAW_BUS,
    EOS1,
    ALO1,
    EOS2,
    ALO2,
    ALO2_AGAIN,
    EOS1_UNBOUNDED,
)
#: A run's second name when it runs twice in a round.
_AGAIN = {PIPELINE: PIPELINE_AGAIN, ALO2: ALO2_AGAIN}


def round_steps(round_no: int) -> list[Step]:
    """Round ``round_no``'s runs in order; every other round reversed."""
    return list(ROUND) if round_no % 2 == 1 else list(ROUND[::-1])


async def full_rounds(
    rounds_asked: int,
    pipeline_run: Callable[[], tuple[Throughput, dict[str, float]]],
    raw_run: Callable[[], Awaitable[Throughput]],
    service_run: Callable[[int, str, bool, Mapping[str, str]], Awaitable[Throughput]],
) -> tuple[list[Throughput], dict[str, float]]:
    """Every round's runs, each row its median round (the second run of a name in a round is
    its "(again)" row), and the median µs per pipeline stage."""
    rounds: dict[str, list[Throughput]] = {}
    stage_runs: list[dict[str, float]] = []
    for round_no in range(1, rounds_asked + 1):
        seen: set[str] = set()
        for step in round_steps(round_no):
            print(f"round {round_no}/{rounds_asked}: {_label(step)} …", flush=True)
            if step == "pipeline":
                row, stage_us = pipeline_run()
                stage_runs.append(stage_us)
            elif step == "raw":
                row = await raw_run()
            elif isinstance(step, tuple):
                row = await service_run(*step, {})
            if row.name in seen:
                row.name = _AGAIN.get(row.name, row.name)
            seen.add(row.name)
            rounds.setdefault(row.name, []).append(row)
            print(f"    {row.name}: {row.per_s:.0f} msgs/s", flush=True)
    stage_us_median = {
        stage: statistics.median(run[stage] for run in stage_runs) for stage in stage_runs[0]
    }
    ordered = sorted(rounds, key=ROW_ORDER.index)
    return [median_round(rounds[name]) for name in ordered], stage_us_median


def _label(step: Step) -> str:
    if isinstance(step, str):
        return {"pipeline": PIPELINE, "raw": RAW_BUS}.get(step, step)
    workers, guarantee, time_bound = step
    return f"newswire {guarantee} --workers {workers}" + ("" if time_bound else ", no time bound")
