"""``python -m newswire.bench.e2e_pieces``: the pipeline thread's CPU per message, piece by piece."""

from __future__ import annotations

import gc
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
        "0.00; 190 msgs/s",
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
