"""Per-thread clocks of ``e2e_pieces``: GC time by thread, context switches."""

from __future__ import annotations

import gc
import os
import threading
import time

import pytest

from newswire.bench import thread_clocks


def test_the_gc_clock_charges_a_collection_to_the_thread_that_ran_it_while_installed() -> None:
    """A collection run on another thread adds to that thread's seconds and not to the main
    thread's; once removed, the clock counts no further collection."""
    clock = thread_clocks.GcClock()
    ran_on: list[int] = []

    def collect() -> None:
        ran_on.append(threading.get_ident())
        for _ in range(3):
            gc.collect()

    clock.install()
    try:
        thread = threading.Thread(target=collect)
        thread.start()
        thread.join()
    finally:
        clock.remove()
    assert clock not in gc.callbacks
    spent = clock.seconds(ran_on[0])
    assert spent > 0
    assert clock.seconds(threading.get_ident()) == 0.0
    gc.collect()
    thread = threading.Thread(target=collect)
    thread.start()
    thread.join()
    # A new thread may reuse the first one's identifier: its seconds then stay the first's.
    assert clock.seconds(ran_on[1]) == (spent if ran_on[1] == ran_on[0] else 0.0)
    assert clock.seconds(ran_on[0]) == spent


def test_a_thread_that_sleeps_counts_voluntary_switches() -> None:
    """``thread_switches`` reads the calling thread's own counters: a thread that sleeps ten
    times has waited at least ten times more than when it started."""
    if not os.path.exists("/proc/thread-self/sched"):
        pytest.skip("the kernel does not expose per-thread scheduler counts")
    seen: list[tuple[tuple[int, int, int], tuple[int, int, int]]] = []

    def sleeper() -> None:
        before = thread_clocks.thread_switches()
        for _ in range(10):
            time.sleep(0.001)
        seen.append((before, thread_clocks.thread_switches()))

    thread = threading.Thread(target=sleeper)
    thread.start()
    thread.join()
    (moves0, waits0, preempted0), (moves1, waits1, preempted1) = seen[0]
    assert waits1 - waits0 >= 10
    assert moves1 >= moves0
    assert preempted1 >= preempted0
