"""Per-thread clocks for ``e2e_pieces`` (issue 19): the CPU a thread spends in garbage
collections, and its context switches and core moves, read on the thread itself; what could make
the same code cost more CPU on one thread than on another."""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from pathlib import Path


class GcClock:
    """CPU seconds spent in garbage collections, by the thread that ran them (a collection runs
    on whichever thread's allocation crossed a threshold), while installed in ``gc.callbacks``."""

    def __init__(self) -> None:
        self._seconds: dict[int, float] = {}
        self._started: dict[int, float] = {}

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        thread = threading.get_ident()
        if phase == "start":
            self._started[thread] = time.thread_time()
        elif (started := self._started.pop(thread, None)) is not None:
            self._seconds[thread] = self._seconds.get(thread, 0.0) + time.thread_time() - started

    def seconds(self, thread: int) -> float:
        return self._seconds.get(thread, 0.0)

    def install(self) -> None:
        if self not in gc.callbacks:
            gc.callbacks.append(self)

    def remove(self) -> None:
        if self in gc.callbacks:
            gc.callbacks.remove(self)


def thread_switches() -> tuple[int, int, int]:
    """(migrations, voluntary, involuntary context switches) of the calling thread so far, from
    /proc/thread-self/sched (zeros where the kernel does not expose it)."""
    wanted = ("se.nr_migrations", "nr_voluntary_switches", "nr_involuntary_switches")
    found: dict[str, int] = {}
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/thread-self/sched").read_text().splitlines():
            name, _, value = line.partition(":")
            if name.strip() in wanted:
                found[name.strip()] = int(float(value))
    migrations, waits, preempted = (found.get(name, 0) for name in wanted)
    return migrations, waits, preempted
