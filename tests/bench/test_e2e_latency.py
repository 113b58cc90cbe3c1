"""``make bench-e2e``, part 4: the machine's speed beside each latency run."""

from __future__ import annotations

import argparse
import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from newswire.bench import e2e_latency, e2e_report
from tests.bench.reports import report_of


def _latency(load: float, *, probe: bool = False, machine: float = 0.0) -> e2e_report.Latency:
    latency = e2e_report.Latency(
        load=load,
        offered_per_s=100.0 * load,
        seconds=30.0,
        messages=int(3000 * load),
        p50_ms=90.0,
        p95_ms=300.0,
        p99_ms=400.0,
        max_ms=900.0,
        rss_after_warmup_mb=[170.0],
        rss_end_mb=[171.0],
        received_per_s=100.0 * min(load, 1.0),
        probe=probe,
    )
    latency.machine_per_s = machine
    return latency


def test_each_run_carries_the_machines_speed_measured_just_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The short pipeline-only pass runs right before the probe and before each latency run,
    and each row keeps the figure of its own pass."""
    calls: list[str] = []
    speeds = iter([150.0, 120.0, 180.0])

    def speed() -> float:
        calls.append("speed")
        return next(speeds)

    async def run(*_: Any, load: float, probe: bool = False, **__: Any) -> e2e_report.Latency:
        calls.append("probe" if probe else f"{load:.0%}")
        return _latency(load, probe=probe)

    monkeypatch.setattr(e2e_latency, "latency_run", run)
    args = argparse.Namespace(probe_seconds=30.0, latency_seconds=60.0, batch_ms=[], fill_ms=[])
    found = asyncio.run(
        e2e_latency.latencies("bootstrap", [b"x"], args, Path("log"), best_per_s=100.0, speed=speed)
    )
    assert calls == ["speed", "probe", "speed", "50%", "speed", "80%"]
    assert [latency.machine_per_s for latency in found] == [150.0, 120.0, 180.0]


def test_the_latency_table_shows_each_runs_machine_speed_or_a_dash() -> None:
    """Each latency row ends with the pipeline-only msgs/s of its minute; a run without the
    pass (an older JSON, a test) shows a dash instead of a zero."""
    printed = report_of([], [_latency(0.5, machine=163.4), _latency(0.8)])
    assert "pipeline msgs/s" in printed
    assert re.search(r" 50%\s+50\s+50\s.*\s163$", printed, re.MULTILINE)
    assert re.search(r" 80%\s+80\s+80\s.*\s-$", printed, re.MULTILINE)
