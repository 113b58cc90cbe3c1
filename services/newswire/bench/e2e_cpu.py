"""``make bench-e2e``, part 4's CPU account: CPU seconds per message of each process during a
latency run, read from /proc, so that the load generator's and the latency consumer's own cost
(they run in this process, on the same cores as the service) is a measured figure, not a guess.

A latency on a 2-core machine depends on the CPU everything else takes; a CPU-second count does
not depend on the machine's speed or on the others' load the way a p99 does (issue 19)."""

from __future__ import annotations

import contextlib
import os
import resource
from dataclasses import dataclass
from pathlib import Path

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


def _machine_busy_s() -> float:
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
        machine=_machine_busy_s(),
    )


def account(before: CpuSnapshot, after: CpuSnapshot, messages: int) -> str:
    """One line: CPU ms per message of each part over the run, and each part's share of the
    machine's busy CPU in that time (the rest: other users' processes)."""
    parts = {
        "workers": after.workers - before.workers,
        "supervisor": after.supervisor - before.supervisor,
        "broker": after.broker - before.broker,
        "load generator + latency consumer": after.apparatus - before.apparatus,
    }
    busy = max(after.machine - before.machine, 1e-9)
    parts["anything else on the machine"] = max(0.0, busy - sum(parts.values()))
    return "CPU ms per message (share of the machine's busy CPU): " + ", ".join(
        f"{name} {seconds / max(messages, 1) * 1000:.2f} ({seconds / busy:.0%})"
        for name, seconds in parts.items()
    )
