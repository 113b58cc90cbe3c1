"""``python -m newswire.bench.e2e_pieces`` (issue 19): the pipeline thread's CPU per message with
the worker's loop rebuilt piece by piece, in ONE process, on the same records, the pieces taking
turns round after round (every other round reversed).

The service's pipeline thread costs ~20% more CPU per message in a worker process than the
pipeline alone (``bench-e2e --throughput-only``: 5.81 against 4.76 ms on a quiet machine,
session 15). The pieces here:

- ``alone``: the pipeline on a thread of its own, nothing else running in the process;
- ``at_least_once``: the worker's own loop (``wiring.build_service``) on a real broker, its
  pipeline thread fed by fetches, its outputs published and acknowledged, offsets committed;
- ``exactly_once``: the same with a transaction per input partition, at the worker's GIL switch
  interval and at longer ones (``NEWSWIRE_GIL_SWITCH_INTERVAL_MS``).

Each figure is ``time.thread_time()`` of the pipeline thread between its ``LOW``-th and
``HIGH``-th message (the middle 80%, like ``bench-e2e``'s rows): the pipeline's ``process``
calls alone, the whole thread (with the guard and metrics between the calls), and the event
loop's thread over the same messages. CPU seconds, not msgs/s: a busy machine shifts them less.
Beside them, per message of the window (session 26), what could make the same code cost more on
the pipeline thread: its own time in garbage collections (``gc.callbacks``, charged to the
thread that ran each collection), its voluntary context switches (waits: the loop taking the
GIL, I/O), its involuntary ones (the scheduler giving its core away) and its moves between
cores (``/proc/thread-self/sched``). And beside the thread, over the same window (session 38), the
CPU per message of the broker (this process's children: the temporary one; none with
``--bootstrap``) and of every other job on the machine (busy cores from ``/proc/stat`` minus this
process and the broker): what else kept the cores and their caches busy while the piece ran.

``--dedicated-core N`` (root, Linux) runs every piece on core N alone: the process pinned to it,
its threads ``SCHED_FIFO`` above every other job's (the event loop's thread at priority 2, the
pipeline's at 1, so a wake-up of the loop still interrupts the pipeline as in a worker), the
broker left to the other core. The other users' processes then no longer share the pipeline's
core (the kernel's real-time throttling still leaves them 5% of it), so what a piece adds on the
same core shows; what runs on the other core still moves every piece alike (session 22, load
~17: the pipeline alone 6.39 / 5.60 / 5.83 CPU ms a message in three rounds), hence the rounds.

Every piece, the pipeline alone included, starts as a worker does (``wiring.run_worker``): the
warm-up page and ``gc.freeze()`` when ``NEWSWIRE_GC_FREEZE`` is on (the default since session
20), and the young generation's threshold ``NEWSWIRE_GC_GEN0_THRESHOLD``. Until session 21 no
piece did, so the loop pieces measured a worker without its frozen heap.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import os
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from newswire import warmup, wiring
from newswire.bench.e2e_cpu import machine_busy_s
from newswire.bench.e2e_service import PARTITIONS, bench_corpus, service_env, topics_of
from newswire.bench.thread_clocks import GcClock, thread_switches
from newswire.bench.txcost import children_of, process_cpu_s
from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.dev.harness import cluster, publish
from newswire.pipeline import Outcome, Pipeline, PipelineOptions
from newswire.records import InRecord
from newswire.settings import Settings

#: (name, guarantee or None for the pipeline alone, GIL switch interval in ms).
PIECES: tuple[tuple[str, str | None, float], ...] = (
    ("pipeline alone on a thread", None, 1.0),
    ("+ loop, fetch, publish (at_least_once)", "at_least_once", 1.0),
    ("+ transactions (exactly_once)", "exactly_once", 1.0),
    ("exactly_once, switch interval 5 ms", "exactly_once", 5.0),
    ("exactly_once, switch interval 20 ms", "exactly_once", 20.0),
)


@dataclass(frozen=True, slots=True)
class PieceCpu:
    """CPU ms per message over the window, and the window's msgs/s; then, per message, what the
    pipeline thread did beside the pipeline's own work (issue 19's hypotheses: GC, GIL waits, the
    scheduler)."""

    process_ms: float
    thread_ms: float
    loop_ms: float
    per_s: float
    #: CPU ms the pipeline thread spent in garbage collections (the ones it triggered).
    gc_ms: float = 0.0
    #: Voluntary context switches: waits for the GIL (the loop taking it) or for I/O.
    waits: float = 0.0
    #: Involuntary context switches: the scheduler gave the core to another thread or process.
    preempted: float = 0.0
    #: Moves to the other core (the thread's cache left behind).
    migrations: float = 0.0
    #: CPU ms of the broker (this process's children) over the window, per message.
    broker_ms: float = 0.0
    #: CPU ms of everything else on the machine over the window (busy cores minus this process
    #: and the broker: other users' jobs), per message.
    others_ms: float = 0.0


class MeteredPipeline(Pipeline):
    """The pipeline, timing its thread between the ``low``-th and ``high``-th message it
    processes; ``done`` runs once ``total`` messages are processed (the service's stop)."""

    def __init__(self, *, low: int, high: int, total: int) -> None:
        super().__init__(PipelineOptions())
        self._low, self._high, self._total = low, high, total
        #: Called once ``total`` messages are processed (the service's stop).
        self.done: Callable[[], None] = lambda: None
        self.count = 0
        self._calls = 0.0
        #: The event loop thread's CPU clock, when a loop runs beside the pipeline.
        self.loop_clock: int | None = None
        #: Run once on the pipeline's own thread, at its first message (``--dedicated-core``).
        self.on_pipeline_thread: Callable[[], None] | None = None
        self._start: tuple[float, float, float] = (0.0, 0.0, 0.0)
        #: The pipeline thread's GC seconds and ``thread_switches`` at the window's start.
        self._gc = GcClock()
        self._start_gc = 0.0
        self._start_switches = (0, 0, 0)
        #: The broker's processes, whose CPU over the window is read beside the pipeline's
        #: (session 38: does the pipeline thread slow down with the broker's work?).
        self.broker_pids: list[int] = []
        self._start_around = (0.0, 0.0, 0.0)
        self.result: PieceCpu | None = None

    def _around(self) -> tuple[float, float, float]:
        """CPU seconds so far of the machine's busy cores, this process and the broker."""
        broker = sum(process_cpu_s(pid) for pid in self.broker_pids)
        return machine_busy_s(), time.process_time(), broker

    def _loop_cpu(self) -> float:
        return time.clock_gettime(self.loop_clock) if self.loop_clock is not None else 0.0

    def process(self, record: InRecord, *, now: datetime | None = None) -> Outcome:
        if self.on_pipeline_thread is not None and threading.current_thread() is not (
            threading.main_thread()
        ):
            setup, self.on_pipeline_thread = self.on_pipeline_thread, None
            setup()
        if self.count == self._low:
            self._gc.install()
            self._start_gc = self._gc.seconds(threading.get_ident())
            self._start_switches = thread_switches()
            self._start = (time.thread_time(), time.perf_counter(), self._loop_cpu())
            self._start_around = self._around()
        before = time.thread_time()
        outcome = super().process(record, now=now)
        if self._low <= self.count < self._high:
            self._calls += time.thread_time() - before
        self.count += 1
        if self.count == self._high:
            thread0, wall0, loop0 = self._start
            count = max(1, self._high - self._low)
            per_ms = 1000 / count
            machine, process, broker = (
                (now_ - then) * per_ms
                for now_, then in zip(self._around(), self._start_around, strict=True)
            )
            moves, waits, preempted = (
                (now_ - then) / count
                for now_, then in zip(thread_switches(), self._start_switches, strict=True)
            )
            self.result = PieceCpu(
                process_ms=self._calls * per_ms,
                thread_ms=(time.thread_time() - thread0) * per_ms,
                loop_ms=(self._loop_cpu() - loop0) * per_ms,
                per_s=(self._high - self._low) / max(time.perf_counter() - wall0, 1e-9),
                gc_ms=(self._gc.seconds(threading.get_ident()) - self._start_gc) * per_ms,
                waits=waits,
                preempted=preempted,
                migrations=moves,
                broker_ms=broker,
                # /proc/stat counts in clock ticks: never below 0 on a short window.
                others_ms=max(0.0, machine - process - broker),
            )
            self._gc.remove()
        if self.count == self._total:
            self.done()
        return outcome


def _result(meter: MeteredPipeline) -> PieceCpu:
    if meter.result is None:
        raise RuntimeError(f"the run ended after {meter.count} messages, before its window's end")
    return meter.result


def _window(total: int) -> tuple[int, int]:
    return total // 10, total - total // 10


def start_like_a_worker(meter: MeteredPipeline, settings: Settings) -> None:
    """A worker's start-up on ``meter`` (the warm-up page is not one of its messages): both
    sides of a comparison then run with the garbage collector set as the service sets it."""
    if settings.gc_freeze:
        warmup.warm(meter)
        meter.count = 0
        warmup.freeze_heap()
    warmup.collect_young_every(settings.gc_gen0_threshold)


@contextlib.contextmanager
def gc_like_a_worker(pipeline: Pipeline, settings: Settings) -> Iterator[None]:
    """Inside, this process's garbage collector is set as a worker's is after its start-up
    (``wiring.run_worker``): the warm-up page through ``pipeline`` and ``gc.freeze()`` when
    ``gc_freeze`` is on, the young generation's threshold; on the way out the heap is unfrozen
    and the thresholds are Python's again, so a bench's later runs start as they did. For a
    baseline run in the bench's own process (``bench-e2e``'s pipeline only), which until session
    26 ran unfrozen beside frozen workers."""
    thresholds = gc.get_threshold()
    if settings.gc_freeze:
        warmup.warm(pipeline)
        warmup.freeze_heap()
    warmup.collect_young_every(settings.gc_gen0_threshold)
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


#: ``--dedicated-core``'s real-time priorities: the loop's thread above the pipeline's.
LOOP_PRIORITY = 2
PIPELINE_PRIORITY = 1


def _real_time(priority: int) -> None:
    """The calling thread (Linux: pid 0 is the caller's thread) to ``SCHED_FIFO`` ``priority``."""
    os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(priority))


@contextlib.contextmanager
def dedicated_core(core: int | None) -> Iterator[Callable[[], None] | None]:
    """Inside, the calling thread and every thread it starts run on ``core`` alone at
    ``SCHED_FIFO`` ``LOOP_PRIORITY`` (threads inherit both); yields the call a pipeline thread
    makes to step down to ``PIPELINE_PRIORITY`` (None, and nothing changed, when ``core`` is
    None). The caller's affinity and policy come back on the way out."""
    if core is None:
        yield None
        return
    affinity = os.sched_getaffinity(0)
    policy, param = os.sched_getscheduler(0), os.sched_getparam(0)
    os.sched_setaffinity(0, {core})
    try:
        _real_time(LOOP_PRIORITY)
        yield lambda: _real_time(PIPELINE_PRIORITY)
    finally:
        os.sched_setscheduler(0, policy, param)
        os.sched_setaffinity(0, affinity)


def alone(
    values: list[bytes],
    settings: Settings | None = None,
    on_pipeline_thread: Callable[[], None] | None = None,
) -> PieceCpu:
    """The pipeline on a thread of its own (records in the order they were published), started
    like a worker with ``settings`` (default: the environment's)."""
    low, high = _window(len(values))
    meter = MeteredPipeline(low=low, high=high, total=len(values))
    meter.on_pipeline_thread = on_pipeline_thread
    meter.broker_pids = children_of(os.getpid())  # the temporary broker, idle here
    start_like_a_worker(meter, settings if settings is not None else Settings())
    records = [InRecord("raw", i % PARTITIONS, i, -1, None, v) for i, v in enumerate(values)]
    thread = threading.Thread(
        target=lambda: [meter.process(r, now=datetime.now(UTC)) for r in records]
    )
    thread.start()
    thread.join()
    return _result(meter)


def _settings(env: Mapping[str, str]) -> Settings:
    """Settings as a worker would read them from ``env`` (NEWSWIRE_* names)."""
    fields = {name.removeprefix("NEWSWIRE_").lower(): value for name, value in env.items()}
    return Settings(**fields)  # type: ignore[arg-type]  # pydantic validates the strings


async def in_loop(
    bootstrap: str,
    values: list[bytes],
    guarantee: str,
    on_pipeline_thread: Callable[[], None] | None = None,
) -> PieceCpu:
    """The worker's loop on fresh topics holding ``values``, stopped once all are processed."""
    tag = uuid.uuid4().hex[:8]
    raw, articles, dlq = topics_of(tag)
    await ensure_topics(
        Connection(bootstrap), [raw, articles, dlq], partitions=PARTITIONS, replication_factor=1
    )
    await publish(bootstrap, raw, values)
    settings = _settings({**service_env(tag, guarantee), "NEWSWIRE_CREATE_TOPICS": "false"})
    low, high = _window(len(values))
    meter = MeteredPipeline(low=low, high=high, total=len(values))
    meter.on_pipeline_thread = on_pipeline_thread
    meter.broker_pids = children_of(os.getpid())  # the temporary broker (none with --bootstrap)
    service = wiring.build_service(
        settings, wiring.connection(settings, bootstrap), 0, None, pipeline_=meter
    )
    # After the service exists, so its clients are frozen too, as in a worker.
    start_like_a_worker(meter, settings)
    meter.loop_clock = time.pthread_getcpuclockid(threading.get_ident())
    meter.done = service.request_stop
    await service.run()
    return _result(meter)


def run_rounds(
    bootstrap: str, values: list[bytes], rounds: int, core: int | None = None
) -> dict[str, list[PieceCpu]]:
    found: dict[str, list[PieceCpu]] = {name: [] for name, _, _ in PIECES}
    for round_no in range(rounds):
        order = PIECES if round_no % 2 == 0 else tuple(reversed(PIECES))
        for name, guarantee, interval_ms in order:
            sys.setswitchinterval(interval_ms / 1000)
            try:
                with dedicated_core(core) as step_down:
                    cpu = (
                        alone(values, on_pipeline_thread=step_down)
                        if guarantee is None
                        else asyncio.run(in_loop(bootstrap, values, guarantee, step_down))
                    )
            finally:
                sys.setswitchinterval(0.005)
            found[name].append(cpu)
            print(f"round {round_no + 1}/{rounds}: {name}: {_figures([cpu])}", flush=True)
    return found


def _figures(runs: list[PieceCpu]) -> str:
    def median(pick: Callable[[PieceCpu], float]) -> float:
        return statistics.median(pick(run) for run in runs)

    return (
        f"CPU ms/msg process() {median(lambda r: r.process_ms):.2f}, pipeline thread "
        f"{median(lambda r: r.thread_ms):.2f} ("
        + "/".join(f"{run.thread_ms:.2f}" for run in runs)
        + f"), loop thread {median(lambda r: r.loop_ms):.2f}; {median(lambda r: r.per_s):.0f} "
        f"msgs/s; pipeline thread per message: GC {median(lambda r: r.gc_ms):.3f} ms, GIL/I-O "
        f"waits {median(lambda r: r.waits):.2f}, preempted {median(lambda r: r.preempted):.2f}, "
        f"moved core {median(lambda r: r.migrations):.3f}; beside it CPU ms/msg: broker "
        f"{median(lambda r: r.broker_ms):.2f}, other jobs {median(lambda r: r.others_ms):.2f}"
    )


def report(found: dict[str, list[PieceCpu]], messages: int) -> str:
    """One line per piece: medians over the rounds (the pipeline thread's every round too)."""
    low, high = _window(messages)
    lines = [f"pipeline thread per piece, messages {low}-{high} of {messages}, medians:"]
    lines += [f"  {name}: {_figures(runs)}" for name, runs in found.items() if runs]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bootstrap", help="a running broker (default: a temporary one)")
    parser.add_argument(
        "--dedicated-core",
        type=int,
        help="run each piece on this core alone, real-time (root; see the module's docstring)",
    )
    args = parser.parse_args(argv)
    values = bench_corpus(args.messages)
    warm = Pipeline(PipelineOptions())
    for value in values[:50]:  # the language model and regexes, loaded once per process
        warm.process(InRecord("raw", 0, 0, -1, None, value), now=datetime.now(UTC))
    with cluster(Settings(), args.bootstrap, prefix="newswire-pieces-broker-") as bootstrap:
        found = run_rounds(bootstrap, values, args.rounds, args.dedicated_core)
    print(report(found, args.messages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
