"""The latency section of ``make bench-e2e``'s report: the probe and every latency run as rows,
what 100% load was, the repeated runs' medians and the variants beside the default, and each
run's batches and CPU (``e2e_report.report`` prints it between the throughput and the ratios)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newswire.bench.e2e_repeats import capacity_lines, headroom_lines, median_lines
from newswire.bench.e2e_speed import factor_cell, scaling_line
from newswire.bench.e2e_variants import variant_lines

if TYPE_CHECKING:
    from newswire.bench.e2e_report import Latency


def latency_table(every_latency: list[Latency], workers: int) -> list[str]:
    """The probe and latency rows, what 100% load is, and each run's batches and CPU."""
    probes = [latency for latency in every_latency if latency.probe]
    measured = [latency for latency in every_latency if not latency.probe]
    latencies = [latency for latency in measured if not latency.setting]
    lines: list[str] = []
    lines += [
        "",
        f"# latency, exactly_once, --workers {workers}: from the producer's "
        "acknowledgement of an input to a read_committed consumer receiving its output",
        *capacity_lines(probes, measured),
        "",
        f"{'load':>5} {'offered msgs/s':>15} {'out msgs/s':>11} {'seconds':>8} {'messages':>9} "
        f"{'p50':>6} {'p95':>6} {'p99':>6} {'max':>6}  ms  {'CPU share':>9} {'of preloaded':>12} "
        f"{'pipeline msgs/s':>15} {'factor':>7} {'nominal msgs/s':>14}",
    ]

    def latency_row(latency: Latency) -> str:
        preloaded = latency.preloaded_capacity_per_s
        return (
            ("probe" if latency.probe else f"{latency.load:5.0%}")
            + f" {latency.offered_per_s:15.0f} {latency.received_per_s:11.0f} "
            f"{latency.seconds:8.0f} {latency.messages:9d} {latency.p50_ms:6.0f} "
            f"{latency.p95_ms:6.0f} {latency.p99_ms:6.0f} {latency.max_ms:6.0f}      "
            + (f"{latency.cpu_share:9.0%} " if latency.cpu_share else f"{'-':>9} ")
            + (f"{latency.offered_per_s / preloaded:12.0%}" if preloaded else f"{'-':>12}")
            + (f" {latency.machine_per_s:15.0f}" if latency.machine_per_s else f" {'-':>15}")
            + f" {factor_cell(latency):>7}"
            + (f" {latency.nominal_per_s:14.0f}" if latency.nominal_per_s else f" {'-':>14}")
        )

    lines += [latency_row(latency) for latency in probes + latencies]
    lines += [
        latency_row(latency) + f"  ({latency.setting})" for latency in measured if latency.setting
    ]
    lines += median_lines(measured)
    lines += variant_lines(measured)
    lines.append(
        "out msgs/s: outputs received per second over the middle 80% of the offered time; below "
        "the offered rate, the service fell behind (the load was past its capacity with the load "
        "generator and the latency consumer on the same cores); pipeline msgs/s: the machine's "
        "speed just before the run (pipeline only, the median of three short passes), against "
        "the throughput phase's"
    )
    lines += headroom_lines(measured)
    if scaling := scaling_line(measured):
        lines.append(scaling)
    for latency in probes + measured:
        label = "probe" if latency.probe else f"{latency.load:5.0%}"
        fixed = f" ({latency.setting})" if latency.setting else ""
        if latency.breakdown:
            lines.append(f"{label}{fixed}: {latency.breakdown}")
        if latency.cpu:
            lines.append(f"{label}{fixed}: {latency.cpu}")
    return lines
