"""``make bench-e2e``, part 4: the machine's speed beside each latency run."""

from __future__ import annotations

import argparse
import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from newswire.bench import e2e_args, e2e_latency, e2e_report
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
    pass (an older JSON, a test) shows a dash instead of a zero, and so do its factor and
    nominal rate."""
    printed = report_of([], [_latency(0.5, machine=163.4), _latency(0.8)])
    assert "pipeline msgs/s" in printed
    assert re.search(r" 50%\s+50\s+50\s.*\s163\s+-\s+-$", printed, re.MULTILINE)
    assert re.search(r" 80%\s+80\s+80\s.*\s-\s+-\s+-$", printed, re.MULTILINE)


def _plan(
    monkeypatch: pytest.MonkeyPatch,
    speeds: list[float],
    *,
    probe_seconds: float = 30.0,
    scaling: bool | None = None,
) -> tuple[list[str], dict[str, float], list[e2e_report.Latency]]:
    """Run ``latencies`` on fakes with a capacity of 100 msgs/s (no probe: the preloaded; a
    probe: its delivered 100 msgs/s): the calls in order, each run's offered rate, the rows."""
    calls: list[str] = []
    rates: dict[str, float] = {}
    passes = iter(speeds)

    def speed() -> float:
        calls.append("speed")
        return next(passes)

    async def run(
        *_: Any, load: float, rate_per_s: float, probe: bool = False, **__: Any
    ) -> e2e_report.Latency:
        name = "probe" if probe else f"{load:.0%}"
        calls.append(name)
        rates[name] = rate_per_s
        row = _latency(load, probe=probe)
        row.received_per_s = 100.0 if probe else row.received_per_s
        return row

    monkeypatch.setattr(e2e_latency, "latency_run", run)
    args = argparse.Namespace(
        probe_seconds=probe_seconds, latency_seconds=60.0, batch_ms=[], fill_ms=[]
    )
    if scaling is not None:
        args.speed_scaling = scaling
    found = asyncio.run(
        e2e_latency.latencies("bootstrap", [b"x"], args, Path("log"), best_per_s=100.0, speed=speed)
    )
    return calls, rates, found


def test_each_runs_offered_rate_follows_the_machines_speed_against_the_probes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the pipeline alone at 175 msgs/s before the probe, 160 before the 50% run and 350
    before the 80% one, the runs offer 50 x 160/175 and 80 x 1.15 (the clamp), and each row
    keeps its nominal rate, factor and reference."""
    _, rates, found = _plan(monkeypatch, [175.0, 160.0, 350.0], scaling=True)
    assert rates["probe"] == pytest.approx(110.0)
    assert rates["50%"] == pytest.approx(50.0 * 160 / 175)
    assert rates["80%"] == pytest.approx(80.0 * 1.15)
    runs = found[1:]
    assert [row.nominal_per_s for row in runs] == pytest.approx([50.0, 80.0])
    assert [row.speed_factor for row in runs] == pytest.approx([160 / 175, 1.15])
    assert [row.speed_reference_per_s for row in runs] == [175.0, 175.0]
    assert all(row.speed_scaled for row in runs)


def test_by_default_each_run_offers_the_nominal_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    """By default (no ``--speed-scaling``) every run offers capacity x load whatever the passes
    read, and the table shows in brackets the factor each would have had."""
    _, rates, found = _plan(monkeypatch, [175.0, 143.0, 160.0])
    assert rates["50%"] == pytest.approx(50.0)
    assert rates["80%"] == pytest.approx(80.0)
    assert [row.speed_factor for row in found[1:]] == [1.0, 1.0]
    printed = report_of([], found)
    assert re.search(r" 80%\s+80\s+80\s.*\s160\s+\(0\.91\)\s+80$", printed, re.MULTILINE)
    assert "NOT applied (no --speed-scaling)" in printed


def test_without_a_probe_the_reference_is_a_pass_at_the_phases_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``--probe-seconds 0``: one pass before the first run is the reference (the capacity was
    measured just before the phase), then one before each run."""
    calls, rates, found = _plan(monkeypatch, [200.0, 180.0, 220.0], probe_seconds=0.0, scaling=True)
    assert calls == ["speed", "speed", "50%", "speed", "80%"]
    assert rates["50%"] == pytest.approx(50.0 * 0.9)
    assert rates["80%"] == pytest.approx(80.0 * 1.1)
    assert [row.speed_reference_per_s for row in found] == [200.0, 200.0]


def test_the_command_line_scales_only_when_asked() -> None:
    """Speed scaling is off unless ``--speed-scaling`` (a single reading can be the outlier)."""
    assert e2e_args.arguments([], "bench").speed_scaling is False
    assert e2e_args.arguments(["--speed-scaling"], "bench").speed_scaling is True
    assert e2e_args.arguments(["--no-speed-scaling"], "bench").speed_scaling is False


def test_each_measured_run_gets_the_start_window_and_the_report_prints_it_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``--start-seconds`` (default 10) reaches every measured run, not the probe; the floors'
    line keeps judging the timed window and prints each run's start window p99 beside it."""
    assert e2e_args.arguments([], "bench").start_seconds == e2e_latency.START_S == 10.0
    assert e2e_args.arguments(["--start-seconds", "0"], "bench").start_seconds == 0.0
    starts: dict[str, float] = {}

    async def run(
        *_: Any, load: float, probe: bool = False, start_s: float = 0.0, **__: Any
    ) -> e2e_report.Latency:
        starts["probe" if probe else f"{load:.0%}"] = start_s
        row = _latency(load, probe=probe)
        row.start_seconds, row.start_p99_ms = start_s, 0.0 if probe else 900.0
        return row

    monkeypatch.setattr(e2e_latency, "latency_run", run)
    args = argparse.Namespace(
        probe_seconds=30.0, latency_seconds=60.0, batch_ms=[], fill_ms=[], start_seconds=10.0
    )
    found = asyncio.run(
        e2e_latency.latencies("bootstrap", [b"x"], args, Path("log"), best_per_s=100.0)
    )
    assert starts == {"probe": 0.0, "50%": 10.0, "80%": 10.0}
    printed = report_of([], found)
    assert re.search(
        r"p99 latency at 80% load +400 ms \[<= 1000 ms\] ok.*"
        r"\(start window, first 10 s, not timed: p99 900 ms\)",
        printed,
    )
