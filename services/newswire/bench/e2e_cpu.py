"""``make bench-e2e``, part 4's CPU account: CPU seconds per message of each process during a
latency run, read from /proc, so that the load generator's and the latency consumer's own cost
(they run in this process, on the same cores as the service) is a measured figure, not a guess.

A latency on a 2-core machine depends on the CPU everything else takes; a CPU-second count does
not depend on the machine's speed or on the others' load the way a p99 does (issue 19)."""

from __future__ import annotations

import contextlib
import os
import resource
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newswire.bench.e2e_service import rss_mb

_TICK_S = 1 / os.sysconf("SC_CLK_TCK")


def _process_table() -> dict[int, tuple[int, float]]:
    """pid -> (parent pid, CPU seconds user + system) of every process, from /proc."""
    table: dict[int, tuple[int, float]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            # After the name: state, ppid, ..., utime and stime are fields 14 and 15 of stat(5).
            table[int(stat.parent.name)] = (
                int(fields[1]),
                (int(fields[11]) + int(fields[12])) * _TICK_S,
            )
    return table


def machine_busy_s() -> float:
    """CPU seconds all cores spent busy since boot (every process, the other users' too)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) * _TICK_S


@dataclass(frozen=True, slots=True)
class CpuSnapshot:
    workers: float
    supervisor: float
    #: Other processes this one started (the temporary local broker), not the service's.
    broker: float
    #: This process: the load generator, the latency consumer and their Kafka clients.
    apparatus: float
    machine: float


def snapshot(supervisor: int) -> CpuSnapshot:
    table = _process_table()
    children: dict[int, list[int]] = {}
    for pid, (parent, _) in table.items():
        children.setdefault(parent, []).append(pid)

    def tree(root: int) -> list[int]:
        found, todo = [], [root]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo.extend(children.get(pid, []))
        return found

    service = set(tree(supervisor))
    workers = sum(table[pid][1] for pid in service if pid != supervisor)
    others = [pid for pid in tree(os.getpid()) if pid not in service and pid != os.getpid()]
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return CpuSnapshot(
        workers=workers,
        supervisor=table.get(supervisor, (0, 0.0))[1],
        broker=sum(table[pid][1] for pid in others),
        apparatus=usage.ru_utime + usage.ru_stime,
        machine=machine_busy_s(),
    )


#: This process's part in a latency run: it offers the load and times the outputs.
APPARATUS_LIVE = "load generator + latency consumer"
#: Its part in a throughput run: the topic was loaded before the service started, so only the
#: consumer timing the outputs and the /proc sampler run beside the service.
APPARATUS_PRELOADED = "output consumer + sampler (no load generator: topic preloaded)"


def account(
    before: CpuSnapshot,
    after: CpuSnapshot,
    messages: int,
    apparatus: str = APPARATUS_LIVE,
    *,
    offered_per_s: float = 0.0,
    cores: int | None = None,
) -> str:
    """One line: CPU ms per message of each part over the run, and each part's share of the
    machine's busy CPU in that time (the rest: other users' processes). With ``offered_per_s``
    (a latency run) also the CPU share the load meant: our parts' CPU ms per message x the
    offered rate / the cores. "80% load" is 80% of a capacity probed with large batches; at the
    load itself batches are small and each costs its transactions, so the share can be far
    above 80% (session 25: ~97% of 2 cores)."""
    parts = {
        "workers": after.workers - before.workers,
        "supervisor": after.supervisor - before.supervisor,
        "broker": after.broker - before.broker,
        apparatus: after.apparatus - before.apparatus,
    }
    busy = max(after.machine - before.machine, 1e-9)
    ours_ms = sum(parts.values()) / max(messages, 1) * 1000
    parts["anything else on the machine"] = max(0.0, busy - sum(parts.values()))
    line = "CPU ms per message (share of the machine's busy CPU): " + ", ".join(
        f"{name} {seconds / max(messages, 1) * 1000:.2f} ({seconds / busy:.0%})"
        for name, seconds in parts.items()
    )
    if offered_per_s > 0:
        cores = cores or os.cpu_count() or 1
        share = load_share(before, after, messages, offered_per_s, cores)
        line += (
            f"; CPU share of this load: {ours_ms:.2f} ms/msg x {offered_per_s:.0f} msgs/s offered"
            f" / {cores} cores = {share:.0%}"
        )
    return line


def load_share(
    before: CpuSnapshot,
    after: CpuSnapshot,
    messages: int,
    offered_per_s: float,
    cores: int | None = None,
) -> float:
    """The share of the machine's cores a latency run's load asks: the CPU ms per message of
    our parts (workers, supervisor, broker, load generator and latency consumer) at this load's
    own batch shape x the offered rate / the cores. What "80% load" means to a reader (a
    machine 80% busy, 20% to spare) is this figure, not the load's fraction of the probed
    capacity: the probe saturates, and saturated batches are larger and cheaper per message."""
    cores = cores or os.cpu_count() or 1
    ours = (
        after.workers
        - before.workers
        + after.supervisor
        - before.supervisor
        + after.broker
        - before.broker
        + after.apparatus
        - before.apparatus
    )
    return ours / max(messages, 1) * offered_per_s / cores


def workers_and_broker_ms(
    before: CpuSnapshot, after: CpuSnapshot, messages: int
) -> tuple[float, float]:
    """CPU ms per message of the workers and of the broker over a run: the two sides a setting
    of the service's commits moves (fewer transactions cost the broker less as well), set side
    by side for a latency ``--variant`` against the default."""
    per = 1000 / max(messages, 1)
    return (after.workers - before.workers) * per, (after.broker - before.broker) * per


def preloaded_account(before: CpuSnapshot, after: CpuSnapshot, messages: int) -> str:
    """``account`` of a throughput run (its topic loaded before the service started)."""
    return account(before, after, messages, APPARATUS_PRELOADED)


# -- CPU per message of a throughput run, per thread ---------------------------------------------


def thread_cpu(pid: int) -> dict[int, float]:
    """tid -> CPU seconds (user + system) of each thread of ``pid``, from /proc."""
    threads: dict[int, float] = {}
    for stat in Path(f"/proc/{pid}/task").glob("*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            threads[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) * _TICK_S
    return threads


#: ``thread_sched``'s counts, in its order.
_SCHED_COUNTS = ("se.nr_migrations", "nr_voluntary_switches", "nr_involuntary_switches")


def thread_sched(pid: int, tid: int) -> tuple[int, int, int] | None:
    """(migrations between CPUs, voluntary, involuntary context switches) of a thread so far,
    from /proc/PID/task/TID/sched (None where the kernel does not expose them). A voluntary
    switch is a wait: for the GIL, a lock or I/O; an involuntary one, the scheduler giving the
    core to another thread or process (session 26: the pipeline thread's CPU per message rose
    with them, under other users' load); a migration moves the thread to the other core and its
    cache behind, which the same code then pays for in CPU time."""
    found: dict[str, int] = {}
    with contextlib.suppress(OSError, ValueError):
        for line in Path(f"/proc/{pid}/task/{tid}/sched").read_text().splitlines():
            name, _, value = line.partition(":")
            if name.strip() in _SCHED_COUNTS:
                found[name.strip()] = int(float(value))
    if len(found) < len(_SCHED_COUNTS):
        return None
    migrations, waits, preempted = (found[name] for name in _SCHED_COUNTS)
    return migrations, waits, preempted


@dataclass(frozen=True, slots=True)
class ThreadSample:
    #: Wall clock (``time.time()``, the clock of the output records' timestamps).
    at: float
    #: (worker pid, thread id) -> CPU seconds so far.
    threads: dict[tuple[int, int], float]
    #: (worker pid, thread id) -> ``thread_sched`` so far, where the kernel gives it.
    sched: dict[tuple[int, int], tuple[int, int, int]] = field(default_factory=dict)


def _cpu_at(trace: list[ThreadSample], key: tuple[int, int], at: float) -> float:
    """A thread's CPU seconds at ``at``, interpolated between the samples around it."""
    before = [s for s in trace if s.at <= at and key in s.threads]
    after = [s for s in trace if s.at >= at and key in s.threads]
    if not before:
        return 0.0  # the thread started after ``at``
    low = before[-1]
    if not after or after[0].at <= low.at:
        return low.threads[key]
    high = after[0]
    share = (at - low.at) / (high.at - low.at)
    return low.threads[key] + share * (high.threads[key] - low.threads[key])


def window_cpu(
    trace: list[ThreadSample], start: float, end: float, messages: int
) -> tuple[float, float]:
    """CPU ms per message of the workers between ``start`` and ``end`` (a throughput run's steady
    window, from a burst of outputs to a burst), all threads together and the pipeline threads
    alone (per worker, its busiest thread in the window: step 2's one thread). CPU seconds do not
    depend on what else runs on the machine the way msgs/s does, so a loaded machine can still
    compare a run with the pipeline alone (a thread's figure has the ticks' 10 ms resolution)."""
    if messages <= 0 or end <= start or not trace:
        return 0.0, 0.0
    keys = {key for sample in trace for key in sample.threads}
    deltas = {key: _cpu_at(trace, key, end) - _cpu_at(trace, key, start) for key in keys}
    busiest: dict[int, float] = {}
    for (pid, _), seconds in deltas.items():
        busiest[pid] = max(busiest.get(pid, 0.0), seconds)
    per_message = 1000 / messages
    return sum(deltas.values()) * per_message, sum(busiest.values()) * per_message


def window_sched(
    trace: list[ThreadSample], start: float, end: float, messages: int
) -> tuple[float, float, float] | None:
    """Migrations, voluntary and involuntary switches per message of the workers' pipeline
    threads (each worker's busiest thread) from the last sample at or before ``start`` to the
    first at or after ``end``; None without the kernel's counts."""
    before = [s for s in trace if s.at <= start and s.sched]
    after = [s for s in trace if s.at >= end and s.sched]
    if messages <= 0 or not before or not after:
        return None
    low, high = before[-1], after[0]
    busiest: dict[int, tuple[float, tuple[int, int, int]]] = {}
    for key, counts in high.sched.items():
        cpu = high.threads.get(key, 0.0) - low.threads.get(key, 0.0)
        was = low.sched.get(key, (0, 0, 0))
        if cpu > busiest.get(key[0], (-1.0, (0, 0, 0)))[0]:
            moves, waits, preempted = (now - then for now, then in zip(counts, was, strict=True))
            busiest[key[0]] = (cpu, (moves, waits, preempted))
    if not busiest:
        return None
    return (
        sum(counts[0] for _, counts in busiest.values()) / messages,
        sum(counts[1] for _, counts in busiest.values()) / messages,
        sum(counts[2] for _, counts in busiest.values()) / messages,
    )


class WorkerSampler:
    """The service's workers sampled on a thread: peak and latest RSS (MB) per worker and the CPU
    of each of their threads (``trace``, for ``window_cpu``)."""

    def __init__(self, pids: Callable[[], list[int]], interval_s: float = 0.25) -> None:
        self._pids = pids
        self._interval = interval_s
        self.peak: dict[int, float] = {}
        self.latest: dict[int, float] = {}
        self.trace: list[ThreadSample] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> WorkerSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            threads: dict[tuple[int, int], float] = {}
            sched: dict[tuple[int, int], tuple[int, int, int]] = {}
            for pid in self._pids():
                threads.update(((pid, tid), cpu) for tid, cpu in thread_cpu(pid).items())
                for _, tid in [key for key in threads if key[0] == pid]:
                    if (counts := thread_sched(pid, tid)) is not None:
                        sched[pid, tid] = counts
                rss = rss_mb(pid)
                if rss:
                    self.latest[pid] = rss
                    self.peak[pid] = max(self.peak.get(pid, 0.0), rss)
            self.trace.append(ThreadSample(time.time(), threads, sched))
