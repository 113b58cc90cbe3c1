"""``make bench-e2e --latency-repeats N``: interleaved repeated latency runs, judged on medians."""

from __future__ import annotations

import argparse
import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from newswire.bench import e2e_args, e2e_latency, e2e_receipts, e2e_repeats, e2e_report
from tests.bench.reports import latency_row, report_of


def _latency(load: float, p99: float, *, fill_ms: int | None = None) -> e2e_report.Latency:
    return latency_row(load, p99, batch_fill_ms=fill_ms)


def test_one_repetition_keeps_the_order_of_the_runs_before_repeats() -> None:
    """Without repeats: the default at every load, then each bound and fill wait at the highest."""
    assert e2e_repeats.latency_plan((0.5, 0.8), [200], [0, 25]) == [
        (0.5, None, None),
        (0.8, None, None),
        (0.8, 200, None),
        (0.8, None, 0),
        (0.8, None, 25),
    ]


def test_repetitions_take_turns_every_other_one_reversed() -> None:
    """The highest load's runs repeat ABC CBA ABC (the lower loads run once, first), so no
    setting always runs first or last."""
    plan = e2e_repeats.latency_plan((0.5, 0.8), [], [25], repeats=3)
    assert plan == [
        (0.5, None, None),
        (0.8, None, None),
        (0.8, None, 25),
        (0.8, None, 25),
        (0.8, None, None),
        (0.8, None, None),
        (0.8, None, 25),
    ]


def test_no_loads_plan_no_runs_and_a_repeat_below_one_runs_once() -> None:
    """An empty ``--loads`` gives no latency run (not an index error); repeats under 1 run once."""
    assert e2e_repeats.latency_plan((), [200], [25], repeats=3) == []
    assert e2e_repeats.latency_plan((0.8,), [], [], repeats=0) == [(0.8, None, None)]


def test_the_ceiling_judges_the_median_of_the_defaults_runs() -> None:
    """Three default runs at 80% load of 1,214 / 620 / 880 ms: the verdict is on the median
    (880 ms, met), every run's p99 listed; the fill-wait runs have their own median line and do
    not enter the verdict."""
    runs = [
        _latency(0.5, 400.0),
        _latency(0.8, 1214.0),
        _latency(0.8, 3000.0, fill_ms=25),
        _latency(0.8, 2000.0, fill_ms=25),
        _latency(0.8, 620.0),
        _latency(0.8, 880.0),
        _latency(0.8, 2500.0, fill_ms=25),
    ]
    printed = report_of([], runs)
    assert re.search(
        r"p99 latency at 80% load, median of 3\s+880 ms \[<= 1000 ms\] ok\s+"
        r"\(runs 1214 / 620 / 880\)",
        printed,
    )
    assert re.search(r"p99 latency at 50% load\s+400 ms \[<= 500 ms\] ok$", printed, re.M)
    assert "80% (fill wait: NEWSWIRE_BATCH_FILL_MS=25): median of 3 runs" in printed
    assert "p99 of each run 3000 / 2000 / 2500" in printed
    assert " 50% (the default): median" not in printed


def test_latencies_run_the_plan_with_the_warm_up_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """``latencies`` runs the repeated plan in order, each run (the probe too) with
    ``--warmup-messages``."""
    calls: list[tuple[str, int]] = []

    async def run(
        *_: Any, load: float, probe: bool = False, warmup: int = 0, **extra: Any
    ) -> e2e_report.Latency:
        fill = extra.get("fill_ms")
        calls.append(("probe" if probe else f"{load:.0%} {fill}", warmup))
        return _latency(load, 500.0, fill_ms=fill)

    monkeypatch.setattr(e2e_latency, "latency_run", run)
    args = e2e_args.arguments(
        ["--latency-repeats", "2", "--fill-ms", "25", "--warmup-messages", "7"], "test"
    )
    asyncio.run(e2e_latency.latencies("bootstrap", [b"x"], args, Path("log"), best_per_s=100.0))
    assert calls == [
        ("probe", 7),
        ("50% None", 7),
        ("80% None", 7),
        ("80% 25", 7),
        ("80% 25", 7),
        ("80% None", 7),
    ]


def test_without_the_new_options_a_namespace_runs_once_and_cold() -> None:
    """An older caller's namespace (no repeats, no warm-up) keeps the old plan and no warm-up,
    and the command line's default is no warm-up either (the start measured, as before)."""
    args = argparse.Namespace(batch_ms=[], fill_ms=[25])
    assert e2e_latency._runs(args, (0.5, 0.8)) == [
        ((0.5, None, None), {}),
        ((0.8, None, None), {}),
        ((0.8, None, 25), {}),
    ]
    assert e2e_latency._warmup_of(args) == 0
    assert e2e_args.arguments([], "test").warmup_messages == 0


def test_early_and_late_splits_the_tail_at_the_runs_first_seconds() -> None:
    """Inputs sent in the first 10 s are judged apart from the rest: a slow start shows as an
    early p99 the rest does not have; no samples read as such, not as an error."""
    sent = {(0, i): 100.0 + i * 0.1 for i in range(200)}  # 20 s of sends
    received = {key: at + (2.0 if at < 110.0 else 0.1) for key, at in sent.items()}
    assert e2e_receipts.early_and_late(sent, received) == (
        "p99 ms by send time: first 10 s 2000, rest 100"
    )
    assert e2e_receipts.early_and_late({}, {}) == "p99 ms by send time: no samples"
    only_early = {(0, 0): 100.0}
    assert e2e_receipts.early_and_late(only_early, {(0, 0): 100.5}) == (
        "p99 ms by send time: first 10 s 500, rest -"
    )


def test_the_start_window_is_split_off_and_every_input_checked_to_come_out_once() -> None:
    """The inputs sent in the first ``start_s`` seconds are the start window, the rest the timed
    window (each sorted); the window's line gives its count and p99 and says whether every input
    of the run came out exactly once (a second receipt of an input keeps the first's time)."""
    sent = {(0, i): 100.0 + i * 0.1 for i in range(200)}  # 20 s of sends
    received = {key: at + (2.0 if at < 110.0 else 0.1) for key, at in sent.items()}
    start, timed = e2e_receipts.split_at_start(sent, received, 10.0)
    assert (len(start), len(timed)) == (100, 100)
    assert start[-1] == pytest.approx(2000.0)
    assert timed[-1] == pytest.approx(100.0)
    assert e2e_receipts.split_at_start(sent, received, 0.0)[0] == []

    receipts = e2e_receipts.Receipts()
    event = {"original": {"partition": 0, "offset": 1}, "failed_at": "2026-01-01T00:00:01Z"}
    receipts.take(event, 0, now=5.0)
    receipts.take(event, 0, now=9.0)
    assert receipts.received == {(0, 1): 5.0}
    assert receipts.duplicates == 1
    words = e2e_receipts.start_words(10.0, [50.0, 70.0], 2, receipts)
    assert words == (
        "; start window (new workers' first 10 s at this load, not timed): 2 inputs, p99 70 ms;"
        " 1 inputs without an output, 1 outputs received twice"
    )
    clean = e2e_receipts.Receipts()
    clean.take(event, 0, now=5.0)
    assert e2e_receipts.start_words(10.0, [50.0], 1, clean).endswith(
        "1 inputs, p99 50 ms; every input's output received once"
    )
    assert e2e_receipts.start_words(0.0, [], 1, clean) == ""


class _Producer:
    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.flushed = False

    async def send(self, topic: str, value: bytes) -> None:
        self.sent.append(value)

    async def flush(self) -> None:
        self.flushed = True


class _Consumer:
    def __init__(self, batches: list[int]) -> None:
        self._batches = batches

    async def getmany(self, timeout_ms: int) -> dict[str, list[int]]:
        return {"tp": [0] * self._batches.pop(0)} if self._batches else {}


def test_a_warm_up_waits_for_every_output_then_settles(monkeypatch: pytest.MonkeyPatch) -> None:
    """``warm_up`` sends its messages, waits until as many outputs came back, then pauses; with
    no messages it does nothing."""
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", sleep)
    producer, consumer = _Producer(), _Consumer([2, 0, 1, 5])
    asyncio.run(e2e_latency.warm_up(producer, consumer, "raw", [b"a", b"b", b"c"]))
    assert producer.sent == [b"a", b"b", b"c"]
    assert producer.flushed
    assert consumer._batches == [5]  # stopped reading once 3 outputs came back
    assert slept == [e2e_latency.WARMUP_SETTLE_S]
    idle = _Producer()
    asyncio.run(e2e_latency.warm_up(idle, _Consumer([]), "raw", []))
    assert idle.sent == []
    assert slept == [e2e_latency.WARMUP_SETTLE_S]


def test_load_base_takes_the_lower_of_the_probe_and_the_preloaded_capacity() -> None:
    """100% load is the lower of the two capacities measured in the run (session 18's probe of
    305 msgs/s against a preloaded 284 made "80%" 86% of what the service sustained), the
    probe's when it is the lower, the preloaded one's when no probe ran or it measured nothing."""
    assert e2e_repeats.load_base(305.0, 284.0) == (284.0, "preloaded")
    assert e2e_repeats.load_base(278.0, 297.0) == (278.0, "probe")
    assert e2e_repeats.load_base(None, 284.0) == (284.0, "preloaded")
    assert e2e_repeats.load_base(0.0, 284.0) == (284.0, "preloaded")
    assert e2e_repeats.load_base(150.0, 0.0) == (150.0, "probe")


def test_the_report_names_both_capacities_and_the_one_taken_as_100_percent() -> None:
    """With a probe above the preloaded capacity, the report prints both, says the preloaded
    one set 100% load, calls the change a bench fix and gives the rate the old definition (the
    probe alone) would have offered at the highest load."""
    probe = _latency(1.1, 5000.0)
    probe.probe, probe.received_per_s, probe.offered_per_s = True, 305.0, 312.0
    runs = [_latency(0.5, 300.0), _latency(0.8, 900.0)]
    for run in [probe, *runs]:
        run.capacity_per_s, run.preloaded_capacity_per_s = 284.0, 284.0
    lines = e2e_repeats.capacity_lines([probe], runs)
    assert "100% load = 284 msgs/s = the lower of the capacity probe's 305" in lines[0]
    assert "the preloaded topic's 284" in lines[0]
    assert "the preloaded's" in lines[0]
    assert "bench fix" in lines[0]
    assert "would have offered 244 msgs/s at 80% instead of 227" in lines[0]


def test_the_table_says_what_share_of_the_cores_each_load_asked_and_where_they_fill() -> None:
    """80% of a 250 msgs/s capacity asking 100% of the cores fills them at 200 msgs/s, not
    250: the table's CPU share column and the headroom line say so; the median of repeated
    runs is taken; a run without the figure shows a dash and no line."""
    runs = [_latency(0.5, 300.0), _latency(0.8, 900.0), _latency(0.8, 950.0)]
    for run, share in zip(runs, [0.6, 1.0, 1.1], strict=True):
        run.capacity_per_s, run.cpu_share = 250.0, share
    lines = e2e_repeats.headroom_lines(runs)
    assert lines[0].startswith("CPU share: what the load asked of the machine's cores")
    assert lines[1:] == [
        "  50% load asked 60% of the cores (50 msgs/s offered); at its own CPU cost per message "
        "the cores fill at 83 msgs/s, against 100% load = 250",
        "  80% load asked 105% of the cores (80 msgs/s offered); at its own CPU cost per message "
        "the cores fill at 76 msgs/s, against 100% load = 250",
    ]
    printed = report_of([], [runs[0], _latency(0.8, 900.0)])
    assert re.search(r" 50%\s+50\s+50\s.*\s600\s+60%\s+-", printed)
    assert re.search(r" 80%\s+80\s+80\s.*\s1800\s+-\s+-", printed)
    assert "CPU share: what the load asked" in printed
    assert e2e_repeats.headroom_lines([_latency(0.8, 900.0)]) == []
    # The p99 verdict carries the share its runs asked (the median of repeated runs).
    printed = report_of([], runs)
    assert re.search(
        r"p99 latency at 50% load\s+300 ms .* ok  \(CPU share asked 60%\)$", printed, re.M
    )
    assert re.search(
        r"median of 2\s+925 ms .*\(runs 900 / 950\)  \(CPU share asked 105%\)$", printed, re.M
    )
