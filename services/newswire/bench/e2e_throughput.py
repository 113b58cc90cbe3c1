"""``python -m newswire.bench.e2e --throughput-only``: issue 19's throughput ratios alone (end to
end ÷ pipeline only, exactly_once ÷ at_least_once and time bound ÷ count only, one worker), for
A/B work on a busy machine, and the same ratios for other settings of the service (``--variant``).

The compared runs take turns round after round, every other round in reverse order (ABCD DCBA
...), so each round's runs saw the machine within minutes of each other and neither side of a
pair always goes first; a ratio is the median of its rounds' ratios, with its spread and every
round printed. The rounds of one ratio spread wider (0.76-1.03 in one quiet minute, session 14)
than its distance to the floor, so a verdict needs five rounds or more, not three. Beside msgs/s,
each run's CPU ms per message (``e2e_cpu.window_cpu``: the workers' threads over the same steady
window as the rate; pipeline only: its thread's CPU clock): on a machine other jobs share, msgs/s
says how much of a core a run got, CPU per message what the work cost, and the latter is what a
change to the service moves.

``--aa`` makes each round's time-bound run the middle of three: count only, time bound, count
only again (ABA). The two count-only runs compared are an A/A pair, identical settings minutes
apart: their ratio is the bench's own noise, printed beside the A/B ratio it has to resolve.
The time bound is also compared with the mean of the two runs around it, which cancels a drift
of the machine's speed that is linear over the three runs; the floor's verdict stays on the
plain pair, as without ``--aa``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections.abc import Awaitable, Callable, Mapping

from newswire.bench.e2e_ratios import shown
from newswire.bench.e2e_report import (
    ALO1,
    ALO2,
    ALO2_AGAIN,
    EOS1,
    EOS1_UNBOUNDED,
    EOS2,
    PIPELINE,
    Throughput,
)
from newswire.bench.e2e_variants import variant_label

#: Rounds of ``--throughput-only`` unless ``--rounds`` says (one round: ~1.5 minutes, quiet).
THROUGHPUT_ONLY_ROUNDS = 5

#: A service run: (workers, guarantee, time bound, extra settings as NEWSWIRE_* variables).
ServiceStep = tuple[int, str, bool, Mapping[str, str]]

#: One round's service runs, in order, after the pipeline alone (the default settings); the
#: time bound next to count only, as in the full run's rounds: the pair with the floor nearest
#: its ratio is compared within the shortest time.
SERVICE_RUNS: tuple[ServiceStep, ...] = (
    (1, "exactly_once", True, {}),
    (1, "exactly_once", False, {}),
    (1, "at_least_once", True, {}),
)
#: ``--aa``: count only once more, before the time bound (ABA, see the module's docstring).
COUNT_ONLY: ServiceStep = (1, "exactly_once", False, {})
#: ``--two-workers``: exactly_once between two at_least_once runs, 2 workers (A B A, as in the
#: full run: ``e2e_rounds``); each variant then runs both guarantees with 2 workers too.
TWO_WORKERS: tuple[ServiceStep, ...] = (
    (2, "at_least_once", True, {}),
    (2, "exactly_once", True, {}),
    (2, "at_least_once", True, {}),
)
#: The second run of count only in a round (``--aa``).
EOS1_UNBOUNDED_AGAIN = f"{EOS1_UNBOUNDED} (again)"
#: The runs a round may hold twice (``--aa``, ``--two-workers``): the second's row name.
_AGAIN = {EOS1_UNBOUNDED: EOS1_UNBOUNDED_AGAIN, ALO2: ALO2_AGAIN}
#: ``--busy-neighbour``'s row: the pipeline alone while another process keeps the other core
#: busy copying memory, as the broker and the bench do beside the service's one worker.
PIPELINE_BUSY = "pipeline only, other core busy"
#: (label, numerator run, denominator run, floor or None) of each ratio the mode reports.
RATIOS: tuple[tuple[str, str, str, float | None], ...] = (
    ("end to end (exactly_once, 1 worker) / pipeline only", EOS1, PIPELINE, 0.90),
    ("exactly_once / at_least_once (1 worker)", EOS1, ALO1, 0.90),
    ("time bound / count only (exactly_once, 1 worker)", EOS1, EOS1_UNBOUNDED, 0.95),
    (
        "end to end (exactly_once, 1 worker) / pipeline only, other core busy",
        EOS1,
        PIPELINE_BUSY,
        None,
    ),
    ("pipeline only, other core busy / pipeline only", PIPELINE_BUSY, PIPELINE, None),
)


#: The other core's load for ``--busy-neighbour``: copying 16 MB again and again (more than a
#: core's 2 MB L2), memory traffic like the broker's and the bench's beside a worker.
_NEIGHBOUR = "b = bytearray(16 << 20)\nwhile True:\n    bytes(b)"


def beside_busy_core(run: Callable[[], Throughput]) -> Throughput:
    """``run`` (the pipeline alone) while another process keeps the other core busy, renamed."""
    neighbour = subprocess.Popen([sys.executable, "-c", _NEIGHBOUR])
    try:
        row = run()
    finally:
        neighbour.kill()
        neighbour.wait()
    row.name = PIPELINE_BUSY
    return row


def parse_variant(text: str) -> dict[str, str]:
    """``--variant``'s value: space- or comma-separated ``NEWSWIRE_NAME=value`` settings."""
    settings: dict[str, str] = {}
    for item in text.replace(",", " ").split():
        name, sep, value = item.partition("=")
        if not sep or not name.startswith("NEWSWIRE_"):
            raise ValueError(f"a variant is NEWSWIRE_NAME=value settings, not {item!r}")
        settings[name] = value
    if not settings:
        raise ValueError("an empty variant")
    return settings


def variant_name(base: str, settings: Mapping[str, str]) -> str:
    """A run's name with its extra settings (none: the default's name)."""
    return f"{base} [{variant_label(settings)}]" if settings else base


def round_steps(
    round_no: int, variants: list[dict[str, str]], aa: bool = False, two_workers: bool = False
) -> list[ServiceStep | None]:
    """Round ``round_no``'s runs in order (``None``: the pipeline alone): the default runs (with
    ``aa``, count only before the time bound too; with ``two_workers``, the A B A pair of 2
    workers), then exactly_once with each variant's settings (with ``two_workers``: at 2
    workers, then at_least_once beside it); every other round reversed."""
    steps: list[ServiceStep | None] = [None, *([COUNT_ONLY] if aa else []), *SERVICE_RUNS]
    steps += TWO_WORKERS if two_workers else ()
    for settings in variants:
        if two_workers:
            steps += [(2, "exactly_once", True, settings), (2, "at_least_once", True, settings)]
        else:
            steps.append((1, "exactly_once", True, settings))
    return steps if round_no % 2 == 1 else steps[::-1]


async def throughput_rounds(
    rounds: int,
    pipeline_run: Callable[[], Throughput],
    service_run: Callable[[int, str, bool, Mapping[str, str]], Awaitable[Throughput]],
    variants: list[dict[str, str]] | None = None,
    busy_pipeline_run: Callable[[], Throughput] | None = None,
    *,
    aa: bool = False,
    two_workers: bool = False,
) -> dict[str, list[Throughput]]:
    """Every run of every round, by run name, in round order; ``busy_pipeline_run`` (the
    pipeline beside a busy core) right after the pipeline alone; the round's second run of
    count only (``aa``) or of at_least_once with 2 workers (``two_workers``) as its "(again)"
    row."""
    found: dict[str, list[Throughput]] = {}
    for round_no in range(1, rounds + 1):
        seen: set[str] = set()
        for step in round_steps(round_no, variants or [], aa, two_workers):
            if step is not None:
                rows = [await service_run(*step)]
            else:
                rows = [pipeline_run(), *([busy_pipeline_run()] if busy_pipeline_run else [])]
            for row in rows:
                if row.name in seen:
                    row.name = _AGAIN.get(row.name, row.name)
                seen.add(row.name)
                found.setdefault(row.name, []).append(row)
                print(
                    f"round {round_no}/{rounds}: {row.name}: {row.per_s:.0f} msgs/s, CPU "
                    f"{row.cpu_ms:.2f} ms/msg (pipeline thread {row.pipeline_cpu_ms:.2f})",
                    flush=True,
                )
    return found


def _spread(values: list[float], digits: int, floor: float | None = None) -> str:
    """Median [min-max] (every value, in round order); the median with the digits it needs to
    agree with ``floor``'s verdict (``e2e_ratios.shown``)."""
    every = "/".join(f"{v:.{digits}f}" for v in values)
    return (
        f"{shown(statistics.median(values), digits, floor=floor)} [{min(values):.{digits}f}-"
        f"{max(values):.{digits}f}] ({every})"
    )


def _sched_lines(sched: list[tuple[float, float, float] | None]) -> list[str]:
    """The pipeline thread's migrations, waits and preemptions per message, when every round
    measured them: the same code costs more CPU after a move to the other core (a cold cache), a
    wait for the GIL shows as a voluntary switch, the core given to another thread or process as
    an involuntary one (session 14: 6.59 CPU ms per message in the worker against 5.43 alone,
    cause not isolated; session 26: the CPU rose with the preemptions)."""
    if not sched or any(counts is None for counts in sched):
        return []
    measured = [counts for counts in sched if counts is not None]
    return [
        "    pipeline thread per message: migrations between cores "
        f"{_spread([m for m, _, _ in measured], 3)}; voluntary switches (waits: GIL, I/O) "
        f"{_spread([w for _, w, _ in measured], 3)}; involuntary switches (preempted) "
        f"{_spread([p for _, _, p in measured], 3)}"
    ]


def _ratios(
    found: dict[str, list[Throughput]], settings: Mapping[str, str]
) -> list[tuple[str, float | None, list[float], list[float]]]:
    """(label, floor, per-round ratios by msgs/s, by CPU) of each ratio whose runs are in
    ``found``. A variant changes only its exactly_once run: its ratios are that run against the
    pipeline alone (the floor applies) and against the default's run of the same rounds."""
    chosen = RATIOS
    if settings and variant_name(EOS2, settings) in found:
        eos, alo = variant_name(EOS2, settings), variant_name(ALO2, settings)
        chosen = (
            ("exactly_once / at_least_once (2 workers)", eos, alo, 0.90),
            ("this variant / the default (exactly_once, 2 workers)", eos, EOS2, None),
            ("this variant / the default (at_least_once, 2 workers)", alo, ALO2, None),
        )
    elif settings:
        ours = variant_name(EOS1, settings)
        chosen = (
            (RATIOS[0][0], ours, PIPELINE, RATIOS[0][3]),
            ("this variant / the default (exactly_once, 1 worker)", ours, EOS1, None),
        )
    measured = []
    for label, top, bottom, floor in chosen:
        if top not in found or bottom not in found:
            continue
        pairs = list(zip(found[top], found[bottom], strict=False))
        wall = [t.per_s / b.per_s for t, b in pairs if b.per_s]
        cpu = [b.cpu_ms / t.cpu_ms for t, b in pairs if t.cpu_ms]
        measured.append((label, floor, wall, cpu))
    if not settings and EOS1_UNBOUNDED_AGAIN in found:
        measured += _aa_ratios(found)
    if not settings and ALO2_AGAIN in found:
        measured += _aba_two_workers(found)
    return measured


def _aba_two_workers(
    found: dict[str, list[Throughput]],
) -> list[tuple[str, float | None, list[float], list[float]]]:
    """``--two-workers``: exactly_once against the mean of the at_least_once runs on both sides
    (the floor applies), and the A/A pair of those two runs (the noise)."""
    eos, once, again = (found[name] for name in (EOS2, ALO2, ALO2_AGAIN))
    triples = list(zip(eos, once, again, strict=False))
    return [
        (
            "exactly_once / at_least_once (2 workers), A B A: against the mean of both",
            0.90,
            [e.per_s / ((a.per_s + b.per_s) / 2) for e, a, b in triples if a.per_s + b.per_s],
            [(a.cpu_ms + b.cpu_ms) / 2 / e.cpu_ms for e, a, b in triples if e.cpu_ms],
        ),
        (
            "at_least_once again / at_least_once (2 workers; A/A: the noise of one pair)",
            None,
            [b.per_s / a.per_s for _, a, b in triples if a.per_s],
            [a.cpu_ms / b.cpu_ms for _, a, b in triples if b.cpu_ms],
        ),
    ]


def _aa_ratios(
    found: dict[str, list[Throughput]],
) -> list[tuple[str, float | None, list[float], list[float]]]:
    """``--aa``'s two ratios (see the module's docstring), by msgs/s and by CPU per message:
    count only again / count only, and the time bound / the mean of both count-only runs."""
    bound, once, again = (found[name] for name in (EOS1, EOS1_UNBOUNDED, EOS1_UNBOUNDED_AGAIN))
    pairs = list(zip(once, again, strict=False))
    triples = list(zip(bound, once, again, strict=False))
    return [
        (
            "count only again / count only (A/A: identical settings, the noise of one pair)",
            None,
            [b.per_s / a.per_s for a, b in pairs if a.per_s],
            [a.cpu_ms / b.cpu_ms for a, b in pairs if b.cpu_ms],
        ),
        (
            "time bound / the mean of the count-only runs before and after it (ABA)",
            None,
            [t.per_s / ((a.per_s + b.per_s) / 2) for t, a, b in triples if a.per_s + b.per_s],
            [(a.cpu_ms + b.cpu_ms) / 2 / t.cpu_ms for t, a, b in triples if t.cpu_ms],
        ),
    ]


def throughput_report(
    found: dict[str, list[Throughput]], head: str, variants: list[dict[str, str]] | None = None
) -> str:
    """Per run: msgs/s and CPU ms per message (all the workers' threads, the pipeline thread,
    the rest: the event loop's Kafka work and commits) as median [min-max] (rounds); then each
    ratio by wall clock and by CPU per message, medians of the rounds' ratios, for the default
    settings and each variant; last, which settings meet every floor."""
    rounds = max(len(rows) for rows in found.values())
    lines = [
        head,
        f"# throughput only: {rounds} rounds, each running {', '.join(found)} (every other "
        "round in reverse order); median [min-max] (every round)",
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
            *_sched_lines([r.pipeline_sched for r in rows]),
            *(f"    round {i}: {r.batches}" for i, r in enumerate(rows, 1) if r.batches),
        ]
    lines += ["", "ratios (median of the rounds' ratios; by CPU: the denominator's CPU ms per "]
    lines[-1] += "message / the numerator's, above 1 when the numerator's work is cheaper):"
    verdicts: list[str] = []
    for settings in [{}, *(variants or [])]:
        measured = _ratios(found, settings)
        if settings and measured:
            lines.append(f"with {variant_label(settings)} (its exactly_once run as numerator):")
        below = []
        for label, floor, wall, cpu in measured:
            verdict = ""
            if floor is not None:
                verdict = "ok" if wall and statistics.median(wall) >= floor else "BELOW FLOOR"
                if verdict != "ok":
                    below.append(label.split(" (")[0])
            lines.append(f"  {label}" + (f" [>= {floor:.2f}]" if floor is not None else ""))
            if wall:
                lines.append(f"    by msgs/s {_spread(wall, 2, floor)} {verdict}".rstrip())
            if cpu:
                lines.append(f"    by CPU per message {_spread(cpu, 2)}")
        if measured:
            name = variant_label(settings) or "default settings"
            verdicts.append(
                f"  {name}: " + ("every floor met" if not below else "below: " + "; ".join(below))
            )
    return "\n".join([*lines, "", f"settings that pass ({rounds} rounds, medians):", *verdicts])
