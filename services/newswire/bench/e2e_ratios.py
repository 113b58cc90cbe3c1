"""``make bench-e2e``'s throughput ratios round by round (``e2e_report`` prints them): a ratio is
the median of its rounds' ratios, and beside it how far this run's noise lets that median be
trusted.

Why the two-worker exactly_once / at_least_once rounds spread 0.83-1.09 (session 30): not an
order effect the A B A rounds leave in. Its rounds by CPU ms per message spread as wide as by
msgs/s (0.85-1.14), so in a low round the exactly_once workers paid more CPU for the same
messages: the machine's other load (shared caches and cores of a VM with ~8 agents on it), which
a per-CPU figure does not cancel either; and the at_least_once A/A pair of the same rounds spread
0.93-1.15, as wide as the ratio. On the quiet runs (sessions 28 and 29, pipeline only rounds
within +-6%) the same ratio's rounds were 0.94-1.00 and 0.95-1.00. The first round was the
lowest or next to it in 5 of the 7 A B A runs (sessions 24-30), but in the noisy ones only: a
sign test does not tell it from chance (p ~0.23 for 5 of 7), so no round is dropped.

So the estimate stays the median of the rounds (one odd round does not decide it), and the
report prints the interval the median lies in with ~90% or more confidence from the rounds'
order statistics (distribution-free: no assumption on how the machine's noise is shaped), and
says when a floor lies inside it: then this run does not decide the verdict, however it reads.
"""

from __future__ import annotations

import math
import statistics
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # e2e_report holds the rows these ratios compare
    from newswire.bench.e2e_report import Throughput

#: The interval of the median is the widest pair of order statistics with at least this
#: coverage (5 rounds: lowest to highest, 93.75%).
INTERVAL_COVERAGE = 0.90


def shown(
    value: float, digits: int, *, floor: float | None = None, ceiling: float | None = None
) -> str:
    """``value`` with ``digits`` decimals, or more where fewer would round it onto the other side
    of its ``floor`` (met when >=) or ``ceiling`` (met when <=): 0.8996 against a floor of 0.90
    reads 0.8996, not 0.90, so the number never contradicts the verdict printed beside it."""
    for places in range(digits, digits + 6):
        printed = round(value, places)
        if (floor is None or (printed >= floor) == (value >= floor)) and (
            ceiling is None or (printed <= ceiling) == (value <= ceiling)
        ):
            break
    return f"{value:.{places}f}"


def round_ratios(top: Throughput, bottom: Throughput) -> list[float]:
    """``top`` / ``bottom`` round by round (the rounds interleave the runs, so a round's two
    runs saw the machine at the same minutes); empty unless both have the same rounds."""
    if len(top.rounds_per_s) < 2 or len(top.rounds_per_s) != len(bottom.rounds_per_s):
        return []
    return [t / b for t, b in zip(top.rounds_per_s, bottom.rounds_per_s, strict=True) if b]


def cpu_ratios(top: Throughput, bottom: Throughput) -> list[float]:
    """``bottom``'s CPU ms per message / ``top``'s, round by round (as msgs/s: above 1, ``top``
    is the cheaper); empty unless both measured CPU in the same rounds."""
    pairs = list(zip(top.rounds_cpu_ms, bottom.rounds_cpu_ms, strict=False))
    if len(top.rounds_cpu_ms) != len(bottom.rounds_cpu_ms) or not all(t and b for t, b in pairs):
        return []
    return [b / t for t, b in pairs]


def median_interval(values: list[float]) -> tuple[float, float, float]:
    """(low, high, coverage): the order statistics k-th from each end that hold the median of
    what ``values`` are drawn from with probability ``coverage`` = 1 - 2 P(Binomial(n, 1/2) <
    k), the largest k with coverage >= ``INTERVAL_COVERAGE`` (lowest to highest when none
    reaches it: 3 rounds, 75%)."""
    ordered, n = sorted(values), len(values)

    def coverage(k: int) -> float:
        return 1 - 2 * sum(math.comb(n, i) for i in range(k)) / (1 << n)

    k = max([k for k in range(1, (n + 1) // 2 + 1) if coverage(k) >= INTERVAL_COVERAGE] or [1])
    return ordered[k - 1], ordered[n - k], coverage(k)


def interval_line(per_round: list[float], floor: float) -> str:
    """The median's interval (``median_interval``) and whether it decides ``floor``; "" under
    two rounds."""
    if len(per_round) < 2:
        return ""
    low, high, covered = median_interval(per_round)
    if low >= floor:
        word = f"all of it >= {floor:.2f}: the verdict holds through this run's noise"
    elif high < floor:
        word = f"all of it < {floor:.2f}: the verdict holds through this run's noise"
    else:
        word = f"{floor:.2f} lies inside it: this run's noise does not decide the verdict"
    name = f"  the median's {covered:.0%} interval ({len(per_round)} rounds)"
    return f"  {name:56} {low:.2f}-{high:.2f}  ({word})"


def pair_lines(label: str, top: Throughput, bottom: Throughput, floor: float | None) -> list[str]:
    """``top`` / ``bottom`` measured as a plain pair: the median of the rounds' ratios (one
    round: the rows' ratio), every round, and under a floor the median's interval and the same
    by CPU ms per message."""
    per_round = round_ratios(top, bottom)
    value = statistics.median(per_round) if per_round else top.per_s / bottom.per_s
    verdict = "" if floor is None else (" ok" if value >= floor else " BELOW FLOOR")
    bracket = f" [>= {floor:.2f}]" if floor is not None else ""
    spread = f"  (rounds {'/'.join(f'{r:.2f}' for r in per_round)})" if per_round else ""
    lines = [f"  {label:56} {shown(value, 2, floor=floor):>6}{bracket}{verdict}{spread}"]
    if floor is not None and (interval := interval_line(per_round, floor)):
        lines.append(interval)
    # A floor's ratio is a cost comparison, which CPU per message also makes; workers 2 / 1 is
    # a scaling figure, which it does not.
    if floor is not None and (cpu := cpu_ratios(top, bottom)):
        lines.append(
            f"  {'  the same by CPU ms per message':56} "
            f"{statistics.median(cpu):6.2f}  (rounds {'/'.join(f'{r:.2f}' for r in cpu)})"
        )
    return lines


def aba_lines(
    by_name: dict[str, Throughput], label: str, runs: tuple[str, str, str], floor: float
) -> list[str]:
    """``runs`` (top, baseline, baseline again) measured A B A (``e2e_rounds``): top judged
    against the mean of the baseline's runs on both sides (a linear drift of the machine's speed
    cancels), by msgs/s, with the interval of that median, and by CPU; then against the first
    run alone (the plain pair) and the A/A pair of the baseline's two runs (the bench's noise)."""
    top, before, after = (by_name[name] for name in runs)
    mean_per_s = [(a + b) / 2 for a, b in zip(before.rounds_per_s, after.rounds_per_s, strict=True)]
    mean_cpu = [(a + b) / 2 for a, b in zip(before.rounds_cpu_ms, after.rounds_cpu_ms, strict=True)]

    def rates(a: list[float], b: list[float]) -> list[float]:
        # Round by round, a single round included (round_ratios wants two).
        return [x / y for x, y in zip(a, b, strict=True) if y]

    by_cpu = (
        [m / t for t, m in zip(top.rounds_cpu_ms, mean_cpu, strict=True)]
        if len(top.rounds_cpu_ms) == len(mean_cpu) and all(top.rounds_cpu_ms + mean_cpu)
        else []
    )
    judged = rates(top.rounds_per_s, mean_per_s)
    rows = [
        (f"{label}, A B A", judged, floor),
        ("  the same by CPU ms per message", by_cpu, None),
        (
            "  against the baseline's first run alone",
            rates(top.rounds_per_s, before.rounds_per_s),
            None,
        ),
        (
            "  the baseline's second run / its first (A/A: noise)",
            rates(after.rounds_per_s, before.rounds_per_s),
            None,
        ),
    ]
    lines = []
    for name, per_round, bar in rows:
        if not per_round:
            continue
        value = statistics.median(per_round)
        verdict = (
            "" if bar is None else f" [>= {bar:.2f}]" + (" ok" if value >= bar else " BELOW FLOOR")
        )
        every = "/".join(f"{r:.2f}" for r in per_round)
        if bar is not None:
            # How many rounds agree with the verdict: all of them, and no one round decided it.
            above = sum(r >= bar for r in per_round)
            every += f"; {above} of {len(per_round)} rounds >= {bar:.2f}"
        lines.append(f"  {name:56} {shown(value, 2, floor=bar):>6}{verdict}  (rounds {every})")
        if bar is not None and (interval := interval_line(per_round, bar)):
            lines.append(interval)
    return lines
