"""The guard's watchdog: a record over the CPU budget or a process over the memory ceiling ends
the worker; a budget of 0 (the loop options' default, for a loop run inside another process)
never does."""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime

import pytest

from newswire import guard as guard_module
from newswire.guard import Guard
from newswire.pipeline import Outcome, Pipeline, PipelineOptions
from newswire.records import InRecord


class _Ended(Exception):
    """Stands for the worker's exit, so the test process lives on."""


class _Spinning(Pipeline):
    """Burns CPU on the record until told to stop: a record that loops in Python."""

    def __init__(self, stop: threading.Event) -> None:
        super().__init__(PipelineOptions())
        self._stop = stop

    def process(self, record: InRecord, *, now: datetime | None = None) -> Outcome:
        while not self._stop.is_set():
            sum(range(1000))
        return super().process(record, now=now)


def _guard(cpu_budget_s: float, memory_limit_mb: int) -> Guard:
    return Guard(
        inflight_path=None,
        poison_path=None,
        cpu_budget_s=cpu_budget_s,
        memory_limit_mb=memory_limit_mb,
        poison_after_crashes=2,
    )


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The reasons the watchdog would have ended the worker with (it raises instead)."""
    reasons: list[str] = []

    def _record(why: str) -> None:
        reasons.append(why)
        raise _Ended(why)

    monkeypatch.setattr(guard_module, "_exit_over_budget", _record)
    monkeypatch.setattr(guard_module, "_WATCH_INTERVAL_S", 0.01)
    return reasons


async def _watch_while_spinning(guard: Guard, watch_for_s: float) -> None:
    """Runs the watchdog while a record spins on the pipeline thread, until the watchdog would
    end the worker or ``watch_for_s`` has passed; the spinning record is released afterwards."""
    stop = threading.Event()
    record = InRecord("raw", 0, 0, -1, None, b"x", ())
    worker = asyncio.create_task(asyncio.to_thread(guard.process, _Spinning(stop), [record]))
    try:
        async with asyncio.timeout(watch_for_s):
            await guard.watch()
    except (_Ended, TimeoutError):
        pass
    finally:
        stop.set()
        await worker


async def test_a_record_over_the_cpu_budget_ends_the_worker(exits: list[str]) -> None:
    """A record that keeps the pipeline thread busy past the CPU budget ends the worker, with
    the CPU it used as the reason."""
    await _watch_while_spinning(_guard(cpu_budget_s=0.05, memory_limit_mb=0), watch_for_s=60)
    assert len(exits) == 1
    assert "of CPU" in exits[0]


async def test_a_process_over_the_memory_ceiling_ends_the_worker(exits: list[str]) -> None:
    """Any Python process holds more than 1 MB resident: with that ceiling the watchdog ends it,
    naming the resident memory."""
    with pytest.raises(_Ended):
        async with asyncio.timeout(60):
            await _guard(cpu_budget_s=0, memory_limit_mb=1).watch()
    assert len(exits) == 1
    assert "resident memory" in exits[0]


async def test_budgets_of_zero_never_end_the_process(exits: list[str]) -> None:
    """With no CPU budget and no memory ceiling, a spinning record in a process of any size is
    left alone for as long as the watchdog looks (many looks at 10 ms)."""
    await _watch_while_spinning(_guard(cpu_budget_s=0, memory_limit_mb=0), watch_for_s=0.5)
    assert exits == []
