"""``python -m newswire.bench.e2e_pieces``: the pipeline thread's CPU per message, piece by piece."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from newswire import warmup
from newswire.bench import e2e_pieces
from newswire.records import InRecord
from newswire.settings import Settings
from tests.support import SEED


def _records(count: int) -> list[InRecord]:
    return [InRecord("raw", 0, i, -1, None, SEED.read_bytes()) for i in range(count)]


def test_the_meter_times_only_its_window_and_stops_the_service_once() -> None:
    """The result appears once the window's last message is processed, not before, and the
    stop callback runs exactly once, after the last message."""
    meter = e2e_pieces.MeteredPipeline(low=1, high=3, total=4)
    stops: list[int] = []
    meter.done = lambda: stops.append(meter.count)
    records = _records(4)
    for record in records[:2]:
        meter.process(record, now=datetime.now(UTC))
    assert meter.result is None
    for record in records[2:]:
        meter.process(record, now=datetime.now(UTC))
    assert stops == [4]
    assert meter.result is not None
    assert meter.result.thread_ms >= meter.result.process_ms > 0
    assert meter.result.loop_ms == 0.0  # no loop beside it


def test_the_meter_reads_the_brokers_cpu_over_its_window() -> None:
    """The CPU of the processes listed as the broker is read over the window (here this very
    process, busy processing): a positive figure per message; what the rest of the machine did is
    never negative."""
    meter = e2e_pieces.MeteredPipeline(low=0, high=30, total=30)
    meter.broker_pids = [os.getpid()]
    for record in _records(30):
        meter.process(record, now=datetime.now(UTC))
    assert meter.result is not None
    assert meter.result.broker_ms > 0
    assert meter.result.others_ms >= 0


def test_the_pipeline_alone_processes_every_record_on_another_thread() -> None:
    """``alone`` returns the window's figures for a corpus processed on a thread of its own."""
    values = [SEED.read_bytes()] * 10
    cpu = e2e_pieces.alone(values)
    assert cpu.process_ms > 0
    assert cpu.per_s > 0


def test_the_report_gives_each_piece_its_medians_and_every_round() -> None:
    """One line per piece measured: median figures, and the pipeline thread's every round in
    round order; pieces without a run are left out."""
    runs = [
        e2e_pieces.PieceCpu(process_ms=5.0, thread_ms=5.1, loop_ms=0.0, per_s=190.0),
        e2e_pieces.PieceCpu(process_ms=6.0, thread_ms=6.1, loop_ms=0.0, per_s=160.0),
        e2e_pieces.PieceCpu(process_ms=4.0, thread_ms=4.1, loop_ms=0.0, per_s=240.0),
    ]
    text = e2e_pieces.report({"alone": runs, "exactly_once": []}, 1000)
    assert text.splitlines() == [
        "pipeline thread per piece, messages 100-900 of 1000, medians:",
        "  alone: CPU ms/msg process() 5.00, pipeline thread 5.10 (5.10/6.10/4.10), loop thread "
        "0.00; 190 msgs/s; pipeline thread per message: GC 0.000 ms, GIL/I-O waits 0.00, "
        "preempted 0.00, moved core 0.000; beside it CPU ms/msg: broker 0.00, other jobs 0.00",
    ]


def test_each_piece_starts_like_a_worker_without_counting_the_warm_up_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With ``gc_freeze`` on, a piece's pipeline runs the worker's warm-up page (not counted as
    one of its messages) and then freezes the heap; off, it does neither; both set the young
    generation's threshold, as a worker does."""
    freezes: list[int] = []
    warmed: list[e2e_pieces.MeteredPipeline] = []
    real_warm = warmup.warm

    def warm(meter: e2e_pieces.MeteredPipeline) -> None:
        warmed.append(meter)
        real_warm(meter)

    monkeypatch.setattr(warmup, "warm", warm)
    monkeypatch.setattr(warmup, "freeze_heap", lambda: freezes.append(1))
    before = gc.get_threshold()
    try:
        on = e2e_pieces.MeteredPipeline(low=1, high=3, total=4)
        e2e_pieces.start_like_a_worker(on, Settings(gc_freeze=True, gc_gen0_threshold=1234))
        assert (on.count, warmed, freezes, gc.get_threshold()[0]) == (0, [on], [1], 1234)
        off = e2e_pieces.MeteredPipeline(low=1, high=3, total=4)
        e2e_pieces.start_like_a_worker(off, Settings(gc_freeze=False, gc_gen0_threshold=700))
        assert (off.count, warmed, freezes, gc.get_threshold()[0]) == (0, [on], [1], 700)
    finally:
        gc.set_threshold(*before)


def test_the_pipeline_thread_hook_runs_once_and_never_on_the_main_thread() -> None:
    """``on_pipeline_thread`` is left alone by messages on the main thread (the warm-up page)
    and runs once, on the first message of another thread."""
    meter = e2e_pieces.MeteredPipeline(low=0, high=3, total=3)
    calls: list[str] = []
    meter.on_pipeline_thread = lambda: calls.append(threading.current_thread().name)
    records = _records(3)
    meter.process(records[0], now=datetime.now(UTC))
    assert calls == []
    thread = threading.Thread(
        target=lambda: [meter.process(r, now=datetime.now(UTC)) for r in records[1:]],
        name="pipeline-test",
    )
    thread.start()
    thread.join()
    assert calls == ["pipeline-test"]


def test_no_dedicated_core_changes_nothing() -> None:
    """Without a core the context yields no step-down call and leaves affinity and policy."""
    affinity, policy = os.sched_getaffinity(0), os.sched_getscheduler(0)
    with e2e_pieces.dedicated_core(None) as step_down:
        assert step_down is None
        assert os.sched_getaffinity(0) == affinity
        assert os.sched_getscheduler(0) == policy


def test_a_dedicated_core_pins_and_prioritises_the_threads_started_inside_then_restores() -> None:
    """Inside, the caller and a thread it starts run on the core alone at real-time priority
    2; the thread's step-down puts it at 1; outside, the caller's affinity and policy are back."""
    affinity, policy = os.sched_getaffinity(0), os.sched_getscheduler(0)
    core = max(affinity)
    seen: list[tuple[set[int], int, int, int]] = []

    def pipeline_thread(step_down: Callable[[], None]) -> None:
        inherited = os.sched_getparam(0).sched_priority
        step_down()
        seen.append(
            (
                os.sched_getaffinity(0),
                os.sched_getscheduler(0),
                inherited,
                os.sched_getparam(0).sched_priority,
            )
        )

    try:
        with e2e_pieces.dedicated_core(core) as step_down:
            assert step_down is not None
            assert os.sched_getaffinity(0) == {core}
            assert os.sched_getscheduler(0) == os.SCHED_FIFO
            thread = threading.Thread(target=pipeline_thread, args=(step_down,))
            thread.start()
            thread.join()
    except PermissionError:
        pytest.skip("real-time scheduling needs root or CAP_SYS_NICE")
    assert seen == [({core}, os.SCHED_FIFO, e2e_pieces.LOOP_PRIORITY, e2e_pieces.PIPELINE_PRIORITY)]
    assert os.sched_getaffinity(0) == affinity
    assert os.sched_getscheduler(0) == policy


def test_gc_like_a_worker_freezes_inside_and_leaves_the_collector_as_it_found_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Inside, the heap is frozen after the warm-up page and the young threshold is the
    settings'; outside, nothing is frozen and the thresholds are those from before. With
    ``gc_freeze`` off, nothing is warmed or frozen."""
    warmed: list[object] = []
    monkeypatch.setattr(warmup, "warm", warmed.append)
    before = gc.get_threshold()
    pipeline = e2e_pieces.MeteredPipeline(low=0, high=1, total=1)
    with e2e_pieces.gc_like_a_worker(pipeline, Settings(gc_freeze=True, gc_gen0_threshold=999)):
        assert warmed == [pipeline]
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == 999
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
    with e2e_pieces.gc_like_a_worker(pipeline, Settings(gc_freeze=False, gc_gen0_threshold=999)):
        assert warmed == [pipeline]
        assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
