"""``python -m newswire.bench.e2e --throughput-only``: issue 19's two throughput ratios alone
(end to end ÷ pipeline only, time bound ÷ count only), for A/B work on a busy machine.

The compared runs take turns round after round in one fixed order (pipeline only, exactly_once
``--workers 1``, the same without the time bound: ABC ABC ...), so each round's three runs saw the
machine within minutes of each other; a ratio is the median of its rounds' ratios, every round
printed. Beside msgs/s, each run's CPU ms per message (``e2e_cpu.window_cpu``: the workers'
threads over the same steady window as the rate; pipeline only: its thread's CPU clock): on a
machine other jobs share, msgs/s says how much of a core a run got, CPU per message what the work
cost, and the latter is what a change to the service moves.
"""

from __future__ import annotations

import statistics
from collections.abc import Awaitable, Callable

from newswire.bench.e2e_report import EOS1, EOS1_UNBOUNDED, PIPELINE, Throughput, shown

#: One round's runs, in order: the pipeline alone, then the service (workers, guarantee, time
#: bound) with and without the bound.
RUNS: tuple[tuple[int, str, bool] | None, ...] = (
    None,
    (1, "exactly_once", True),
    (1, "exactly_once", False),
)
#: (label, numerator run, denominator run, floor) of each ratio the mode reports.
RATIOS = (
    ("end to end (exactly_once, 1 worker) / pipeline only", EOS1, PIPELINE, 0.90),
    ("time bound / count only (exactly_once, 1 worker)", EOS1, EOS1_UNBOUNDED, 0.95),
)


async def throughput_rounds(
    rounds: int,
    pipeline_run: Callable[[], Throughput],
    service_run: Callable[[int, str, bool], Awaitable[Throughput]],
) -> dict[str, list[Throughput]]:
    """Every run of every round, by run name, in round order."""
    found: dict[str, list[Throughput]] = {}
    for round_no in range(1, rounds + 1):
        for step in RUNS:
            row = pipeline_run() if step is None else await service_run(*step)
            found.setdefault(row.name, []).append(row)
            print(
                f"round {round_no}/{rounds}: {row.name}: {row.per_s:.0f} msgs/s, CPU "
                f"{row.cpu_ms:.2f} ms/msg (pipeline thread {row.pipeline_cpu_ms:.2f})",
                flush=True,
            )
    return found


def _spread(values: list[float], digits: int, floor: float | None = None) -> str:
    """Median [min-max] (every value, in round order); the median with the digits it needs to
    agree with ``floor``'s verdict (``e2e_report.shown``)."""
    every = "/".join(f"{v:.{digits}f}" for v in values)
    return (
        f"{shown(statistics.median(values), digits, floor=floor)} [{min(values):.{digits}f}-"
        f"{max(values):.{digits}f}] ({every})"
    )


def throughput_report(found: dict[str, list[Throughput]], head: str) -> str:
    """Per run: msgs/s and CPU ms per message (all the workers' threads, the pipeline thread,
    the rest: the event loop's Kafka work and commits) as median [min-max] (rounds); then each
    ratio by wall clock and by CPU per message, medians of the rounds' ratios."""
    rounds = max(len(rows) for rows in found.values())
    lines = [
        head,
        f"# throughput only: {rounds} rounds, each running {', '.join(found)} in that order; "
        "median [min-max] (every round)",
        "",
    ]
    for name, rows in found.items():
        lines += [
            f"{name}",
            f"    msgs/s {_spread([r.per_s for r in rows], 0)}",
            f"    CPU ms/msg, all threads {_spread([r.cpu_ms for r in rows], 2)}",
            f"    CPU ms/msg, pipeline thread {_spread([r.pipeline_cpu_ms for r in rows], 2)}; "
            f"other threads {_spread([r.cpu_ms - r.pipeline_cpu_ms for r in rows], 2)}",
            # Below the others' share of a core: the pipeline thread waited (a commit, a fetch).
            "    pipeline thread busy (CPU s per s of the window) "
            + _spread([r.pipeline_cpu_ms * r.per_s / 1000 for r in rows], 2),
            *(f"    round {i}: {r.batches}" for i, r in enumerate(rows, 1) if r.batches),
        ]
    lines += ["", "ratios (median of the rounds' ratios; by CPU: the denominator's CPU ms per "]
    lines[-1] += "message / the numerator's, above 1 when the numerator's work is cheaper):"
    for label, top, bottom, floor in RATIOS:
        if top not in found or bottom not in found:
            continue
        pairs = list(zip(found[top], found[bottom], strict=False))
        wall = [t.per_s / b.per_s for t, b in pairs if b.per_s]
        cpu = [b.cpu_ms / t.cpu_ms for t, b in pairs if t.cpu_ms]
        verdict = "ok" if wall and statistics.median(wall) >= floor else "BELOW FLOOR"
        lines.append(f"  {label} [>= {floor:.2f}]")
        if wall:
            lines.append(f"    by msgs/s {_spread(wall, 2, floor)} {verdict}")
        if cpu:
            lines.append(f"    by CPU per message {_spread(cpu, 2)}")
    return "\n".join(lines)
