"""``make bench-e2e``'s latency plan: what 100% load is (``load_base``), and with
``--latency-repeats N`` the highest load's latency runs repeated, the default and each
``--batch-ms`` / ``--fill-ms`` setting taking turns, and the verdicts taken on medians.

One 60 s run at 80% load is one draw: on this VM the same settings gave a p99 of 354 ms and
701 ms twenty minutes apart (session 17), wider than any setting's effect, so a default chosen
on single runs follows the minute the runs fell in. Repeated runs interleave (every other
repetition in reverse order, ABC CBA ABC, so no setting always runs first or last) and the
report prints every run and the median per setting; the ceilings judge the default's median.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # e2e_report prints what this module computes
    from newswire.bench.e2e_report import Latency

#: (offered load as a fraction of the capacity, fixed batch bound ms, fill wait ms) of one run;
#: None: the service's default for that setting.
RunSpec = tuple[float, int | None, int | None]


def load_base(probe_per_s: float | None, preloaded_per_s: float) -> tuple[float, str]:
    """(msgs/s taken as 100% load, which measure gave it): the lower of the saturation probe's
    delivered rate and the preloaded topic's throughput (exactly_once, 2 workers), both from this
    run. Either one alone can overstate what the service sustains in the latency runs: the
    preloaded run has no load generator or latency consumer on the cores (session 11: 80% of it
    was not delivered), and the probe's 30 s can fall in a faster stretch than the backlog run
    (session 18: probe 305, preloaded 284 msgs/s, so "80%" was 86% of the backlog rate and the
    queue grew). Until session 18 the probe alone set 100% when it ran."""
    if probe_per_s is None or probe_per_s <= 0:
        return preloaded_per_s, "preloaded"
    if 0 < preloaded_per_s < probe_per_s:
        return preloaded_per_s, "preloaded"
    return probe_per_s, "probe"


def capacity_lines(probes: list[Latency], measured: list[Latency]) -> list[str]:
    """What 100% load is in this run (``load_base``): both capacities, which one was used, and
    the 80%-style offered rate the old definition (the probe alone) would have given."""
    if not measured:
        return []
    first = measured[0]
    preloaded = first.preloaded_capacity_per_s
    if not probes:
        return [
            f"100% load = {first.capacity_per_s:.0f} msgs/s, the capacity from a preloaded topic "
            "(or --capacity), without the load generator and the latency consumer on the cores"
        ]
    probe = probes[0]
    base, which = load_base(probe.received_per_s, preloaded)
    top = max(latency.load for latency in measured)
    return [
        f"100% load = {base:.0f} msgs/s = the lower of the capacity probe's "
        f"{probe.received_per_s:.0f} (delivered with the load generator and the latency consumer "
        f"running: {probe.offered_per_s:.0f} msgs/s offered for {probe.seconds:.0f} s, out msgs/s "
        f"over its middle 80%) and the preloaded topic's {preloaded:.0f} (newswire exactly_once "
        f"--workers 2 above, or --capacity): the {which}'s. A bench fix of session 19: until "
        f"session 18 the probe alone set 100%, which here would have offered "
        f"{probe.received_per_s * top:.0f} msgs/s at {top:.0%} instead of {base * top:.0f}; "
        "'of preloaded': each row's offered rate as a share of the preloaded capacity"
    ]


def headroom_lines(measured: list[Latency]) -> list[str]:
    """What "X% load" asked of the machine: per default load, the CPU share it asked
    (``e2e_cpu.load_share``) and the rate at which its own batch shape would fill the cores
    (offered / share). 100% load is a saturated rate, whose batches are larger and cheaper per
    message than a paced load's (session 25: 36 transactions per 1,000 records in the probe,
    225 at 80% load), so the two part at high load; the reader judges p99 against both."""
    lines = []
    for (load, setting), runs in by_setting(measured).items():
        shares = [run.cpu_share for run in runs if run.cpu_share > 0]
        if setting or not shares:
            continue
        share = statistics.median(shares)
        offered = statistics.median(run.offered_per_s for run in runs)
        lines.append(
            f"  {load:.0%} load asked {share:.0%} of the cores ({offered:.0f} msgs/s offered); "
            f"at its own CPU cost per message the cores fill at {offered / share:.0f} msgs/s, "
            f"against 100% load = {runs[0].capacity_per_s:.0f}"
        )
    if not lines:
        return []
    return [
        "CPU share: what the load asked of the machine's cores at its own CPU cost per message "
        "(workers, supervisor, broker, load generator and latency consumer: ms/msg x offered "
        "msgs/s / cores, e2e_cpu.load_share); read a row's p99 against it, not against its "
        "load: 'load' is a fraction of the saturated probe's rate, whose batches are larger "
        "and cheaper per message than a paced load's, so 80% load can ask ~100% of the cores",
        *lines,
    ]


def share_note(measured: list[Latency], load: float) -> str:
    """Beside a p99 verdict: the CPU share the default's runs at ``load`` asked (their median;
    ``headroom_lines``), the figure the p99 depends on more than on the load's name; "" when
    not measured."""
    shares = [
        run.cpu_share for run in measured if run.load == load and not run.setting and run.cpu_share
    ]
    return f"  (CPU share asked {statistics.median(shares):.0%})" if shares else ""


def start_note(measured: list[Latency], load: float) -> str:
    """Beside a p99 verdict: the p99 of each default run's start window at ``load`` (the new
    workers' first seconds, offered before the timed window and not judged); "" without one."""
    runs = [run for run in measured if run.load == load and not run.setting and run.start_seconds]
    if not runs:
        return ""
    p99s = " / ".join(f"{run.start_p99_ms:.0f}" for run in runs)
    return f"  (start window, first {runs[0].start_seconds:.0f} s, not timed: p99 {p99s} ms)"


def latency_plan(
    loads: tuple[float, ...], batch_ms: list[int], fill_ms: list[int], repeats: int = 1
) -> list[RunSpec]:
    """Every latency run in order: each lower load once with the defaults, then at the highest
    load the default and each setting, ``repeats`` times, every other repetition reversed
    (one repetition: the order of the runs before repeats existed)."""
    if not loads:
        return []
    settings: list[tuple[int | None, int | None]] = [(None, None)]
    settings += [(value, None) for value in batch_ms]
    settings += [(None, value) for value in fill_ms]
    plan: list[RunSpec] = [(load, None, None) for load in loads[:-1]]
    for repetition in range(max(1, repeats)):
        order = settings if repetition % 2 == 0 else settings[::-1]
        plan += [(loads[-1], bound, fill) for bound, fill in order]
    return plan


def by_setting(measured: list[Latency]) -> dict[tuple[float, str], list[Latency]]:
    """The latency runs (no probe) grouped by (load, setting), in the order they ran."""
    groups: dict[tuple[float, str], list[Latency]] = {}
    for latency in measured:
        if not latency.probe:
            groups.setdefault((latency.load, latency.setting), []).append(latency)
    return groups


def _median(runs: list[Latency], pick: Callable[[Latency], float]) -> float:
    return statistics.median(pick(run) for run in runs)


def median_lines(measured: list[Latency]) -> list[str]:
    """One line per (load, setting) that ran more than once: median p50 / p95 / p99 and every
    run's p99, offered rate (``e2e_speed``: it follows the machine's speed) and delivered rate
    in the order they ran."""
    lines = []
    for (load, setting), runs in by_setting(measured).items():
        if len(runs) < 2:
            continue
        label = f"{load:5.0%}" + (f" ({setting})" if setting else " (the default)")
        lines.append(
            f"{label}: median of {len(runs)} runs p50 / p95 / p99 "
            f"{_median(runs, lambda r: r.p50_ms):.0f} / {_median(runs, lambda r: r.p95_ms):.0f}"
            f" / {_median(runs, lambda r: r.p99_ms):.0f} ms (p99 of each run "
            + " / ".join(f"{run.p99_ms:.0f}" for run in runs)
            + "; offered -> out msgs/s "
            + " / ".join(f"{run.offered_per_s:.0f} -> {run.received_per_s:.0f}" for run in runs)
            + ")"
        )
    return lines


def default_p99s(measured: list[Latency]) -> list[tuple[float, float, list[float]]]:
    """Per load, in order: (load, the median p99 of the default's runs, each run's p99): what
    the ceilings judge (one run: its own p99)."""
    return [
        (load, _median(runs, lambda r: r.p99_ms), [run.p99_ms for run in runs])
        for (load, setting), runs in by_setting(measured).items()
        if not setting
    ]
