"""The pipeline alone, no broker: ``make bench-e2e``'s baseline row (``pipeline_only``: msgs/s,
CPU ms per message and µs per stage, the figures the service's rows are divided by) and the
machine's speed just before each latency run (``machine_speed``, a short pass); and what
``--pipeline-only`` prints of it (``pipeline_only_report``)."""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from newswire.bench.e2e_cpu import thread_sched
from newswire.bench.e2e_pieces import gc_like_a_worker
from newswire.bench.e2e_report import ENRICH_PER_EXTRACT_CEILING, PIPELINE, Throughput
from newswire.bench.e2e_service import PARTITIONS
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
from newswire.settings import Settings


def pipeline_only(values: list[bytes]) -> tuple[Throughput, dict[str, float]]:
    """msgs/s and CPU ms per message over the middle 80% of the records, like the service's
    rows (``steady``: its first 10% hold a new worker's cold start); µs per stage over all. The
    garbage collector is set as the default worker sets its own (``gc_like_a_worker``, the
    environment's settings: a ``--variant`` applies to the service's runs only)."""
    pipeline = Pipeline(PipelineOptions())
    records = [InRecord("bench.raw", i % PARTITIONS, i, -1, None, v) for i, v in enumerate(values)]
    for record in records[:50]:  # warm caches (language model, regexes)
        pipeline.process(record, now=datetime.now(UTC))
    with gc_like_a_worker(pipeline, Settings()):
        return _timed(pipeline, records, values)


def _timed(
    pipeline: Pipeline, records: list[InRecord], values: list[bytes]
) -> tuple[Throughput, dict[str, float]]:
    stage_totals: dict[str, float] = {}
    low, high = len(records) // 10, len(records) - len(records) // 10
    marks: dict[int, tuple[float, float]] = {}
    sched: dict[int, tuple[int, int, int] | None] = {}
    me = (os.getpid(), threading.get_native_id())
    for i, record in enumerate(records):
        if i in (low, high):
            marks[i], sched[i] = (time.perf_counter(), time.thread_time()), thread_sched(*me)
        outcome = pipeline.process(record, now=datetime.now(UTC))
        for stage, seconds in outcome.stage_seconds.items():
            stage_totals[stage] = stage_totals.get(stage, 0.0) + seconds
    marks.setdefault(high, (time.perf_counter(), time.thread_time()))
    count = max(1, high - low)
    (wall_low, cpu_low), (wall_high, cpu_high) = marks[low], marks[high]
    row = Throughput(
        PIPELINE,
        count,
        wall_high - wall_low,
        corpus_mb(values) * count / len(values),
        cpu_ms=(cpu_high - cpu_low) / count * 1000,
    )
    row.pipeline_cpu_ms = row.cpu_ms
    if (first := sched.get(low)) and (last := sched.get(high, thread_sched(*me))):
        moves, waits, preempted = (
            (now - then) / count for now, then in zip(last, first, strict=True)
        )
        row.pipeline_sched = (moves, waits, preempted)
    per_stage_us = {stage: total / len(records) * 1e6 for stage, total in stage_totals.items()}
    return row, per_stage_us


#: Records of ``machine_speed``'s pass: two cycles of the corpus's distinct inputs, ~1.5 s.
SPEED_RECORDS = 280
#: Passes per speed reading, the median kept. The reading sets each latency run's offered rate
#: (``e2e_speed``), and one 1.5 s pass can catch a hiccup rather than the machine's minute:
#: sessions 25 and 26 read 149 and 134 msgs/s (against 198 and 205 before the probe) just
#: before 80% runs that then kept up with the best p99s of their three (515 and 1,203 ms,
#: the same worker CPU a message as the other two). A hiccup shorter than a pass moves one
#: of three; a slower minute moves all three.
SPEED_PASSES = 3


def machine_speed(values: list[bytes], passes: int = SPEED_PASSES) -> Callable[[], float]:
    """Pipeline-only msgs/s, the median of ``passes`` short passes of ``SPEED_RECORDS``, one
    warm pipeline for every pass (a new one's cold caches would read as a slower machine)."""
    pipeline = Pipeline(PipelineOptions())
    records = [InRecord("bench.raw", 0, i, -1, None, v) for i, v in enumerate(values)]
    records = records[:SPEED_RECORDS]

    def once() -> float:
        started = time.perf_counter()
        for record in records:
            pipeline.process(record, now=datetime.now(UTC))
        return len(records) / (time.perf_counter() - started)

    once()
    return lambda: median_of(once, passes)


def median_of(measure: Callable[[], float], passes: int) -> float:
    """The median of ``passes`` (at least one) calls of ``measure``, made in turn."""
    return statistics.median(measure() for _ in range(max(1, passes)))


def corpus_mb(values: list[bytes]) -> float:
    return sum(len(v) for v in values) / 1e6


def pipeline_only_report(runs: list[tuple[Throughput, dict[str, float]]]) -> str:
    """``--pipeline-only``: step (1) alone, no broker: msgs/s and µs per stage (medians over
    the runs) and enrich's cost as a share of extract's against issue 19's ceiling."""
    per_s = statistics.median(run[0].per_s for run in runs)
    stages = {stage: statistics.median(run[1][stage] for run in runs) for stage in runs[0][1]}
    lines = [
        f"pipeline only, {runs[0][0].messages} messages (the middle 80%), median of {len(runs)} rounds: "
        f"{per_s:.0f} msgs/s",
        "µs per message by stage: " + ", ".join(f"{k} {v:.0f}" for k, v in stages.items()),
    ]
    if stages.get("extract"):
        share = stages.get("enrich", 0.0) / stages["extract"]
        lines.append(
            f"enrich / extract: {share:.3f} (ceiling {ENRICH_PER_EXTRACT_CEILING}: "
            f"{'holds' if share <= ENRICH_PER_EXTRACT_CEILING else 'over'})"
        )
    return "\n".join(lines)
