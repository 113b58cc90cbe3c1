"""``make bench-e2e --latency-only --variant NEWSWIRE_NAME=value``: a latency A/B inside one run.

The default and each variant run at every load, taking turns (ABBA: the order flips at every
turn, so neither side always runs first at a load or always after the other), after an
unmeasured warm-up row (``--warmup-seconds``) and each after a warm-up burst
(``--warmup-messages``); the report sets them side by side per load: the median p99 (and each
run's), the committed transactions per 1,000 records and the CPU ms per message of the workers
and of the broker. This VM's speed drifts by more than a setting's effect within minutes, and
session 26's commit-interval A/B at 50% load had cold first rows: the A/B runs in one run, warm.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # e2e_report prints what this module computes
    from newswire.bench.e2e_report import Latency

#: Seconds of the unmeasured warm-up row (``--warmup-seconds``) when variants are compared: a
#: quarter of a measured row's time (at 50% load some 2,000 inputs through a fresh broker).
WARMUP_ROW_S = 15.0


def variant_label(settings: Mapping[str, str]) -> str:
    """A variant's settings in one stable line (``NEWSWIRE_A=1 NEWSWIRE_B=2``)."""
    return " ".join(f"{name}={value}" for name, value in sorted(settings.items()))


def variant_plan(
    loads: tuple[float, ...], variants: list[dict[str, str]], repeats: int = 1
) -> list[tuple[float, dict[str, str]]]:
    """(load, settings) of every latency run: at each load in order, the default ({}) and each
    variant, ``repeats`` times; every other turn reversed, the turns counted across loads."""
    sides: list[dict[str, str]] = [{}, *variants]
    plan: list[tuple[float, dict[str, str]]] = []
    turn = 0
    for load in loads:
        for _ in range(max(1, repeats)):
            order = sides if turn % 2 == 0 else sides[::-1]
            plan += [(load, settings) for settings in order]
            turn += 1
    return plan


def variant_lines(measured: list[Latency]) -> list[str]:
    """The default and each variant side by side at each load (nothing when no variant ran)."""
    if not any(latency.settings for latency in measured if not latency.probe):
        return []
    groups: dict[float, dict[str, list[Latency]]] = {}
    for latency in measured:
        if not latency.probe and not latency.batch_max_processing_ms and not latency.batch_fill_ms:
            groups.setdefault(latency.load, {}).setdefault(latency.setting, []).append(latency)
    lines = [
        "",
        "# variants side by side: medians of each setting's runs at each load (runs: each run's "
        "p99 in the order they ran); committed transactions per 1,000 records; CPU ms per message",
        f"{'load':>5}  {'setting':40} {'p99 ms':>7} {'runs':>17} {'tx/1,000':>9} "
        f"{'CPU ms/msg workers':>18} {'broker':>7} {'out msgs/s':>10}",
    ]
    for load, by_setting in groups.items():
        default = by_setting.get("", [])
        for setting, runs in sorted(by_setting.items()):
            p99 = _median(runs, lambda r: r.p99_ms)
            txs = [run.transactions_per_1000 for run in runs if run.transactions_per_1000]
            lines.append(
                f"{load:5.0%}  {setting or 'default':40} {p99:7.0f} "
                + f"{'/'.join(f'{run.p99_ms:.0f}' for run in runs):>17} "
                + (f"{statistics.median(txs):9.1f} " if txs else f"{'-':>9} ")
                + f"{_median(runs, lambda r: r.workers_cpu_ms):18.2f} "
                + f"{_median(runs, lambda r: r.broker_cpu_ms):7.2f} "
                + f"{_median(runs, lambda r: r.received_per_s):10.0f}"
                + (
                    f"  p99 {p99 / base:.2f}x the default's"
                    if setting and (base := _p99(default))
                    else ""
                )
            )
    return lines


def _p99(runs: list[Latency]) -> float:
    return _median(runs, lambda r: r.p99_ms) if runs else 0.0


def _median(runs: list[Latency], pick: Callable[[Latency], float]) -> float:
    return statistics.median(pick(run) for run in runs)
