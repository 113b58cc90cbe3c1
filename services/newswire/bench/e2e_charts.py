"""``make bench-e2e``'s two PNG charts: throughput by run and the latency CDF by load."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newswire.bench.e2e_report import Throughput


def charts(results: dict[str, Any], out: Path) -> list[Path]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed (pip install -e '.[bench]'): no charts")
        return []
    rows: list[Throughput] = results["throughput"]
    figure, axis = plt.subplots(figsize=(8, 4))
    axis.barh([r.name for r in rows], [r.per_s for r in rows], color="#4a7ab5")
    axis.set_xlabel("messages / s")
    axis.set_title(f"Throughput — {results['machine']}", fontsize=9)
    axis.invert_yaxis()
    figure.tight_layout()
    throughput = out / "throughput.png"
    figure.savefig(throughput, dpi=110)
    plt.close(figure)
    figure, axis = plt.subplots(figsize=(8, 4))
    for latency, color in zip(
        results["latencies"], ("#b5564a", "#4a7ab5", "#5a9a5a", "#9a5a9a", "#9a8a3a"), strict=False
    ):
        samples = latency.samples_ms
        axis.plot(
            samples,
            [i / len(samples) for i in range(len(samples))],
            color=color,
            label=f"{latency.load:.0%} load ({latency.offered_per_s:.0f} msgs/s"
            + (f", {latency.setting}" if latency.setting else "")
            + "): "
            f"p50 {latency.p50_ms:.0f}, p99 {latency.p99_ms:.0f} ms",
        )
        axis.axvline(latency.p99_ms, linestyle="--", color=color, linewidth=0.8)
    axis.set_xscale("log")
    axis.set_xlabel("produce -> committed output (ms, log scale)")
    axis.set_ylabel("fraction of messages")
    axis.legend(fontsize=8, loc="lower right")
    axis.set_title(f"Latency CDF, exactly_once — {results['machine']}", fontsize=9)
    figure.tight_layout()
    latency_png = out / "latency.png"
    figure.savefig(latency_png, dpi=110)
    plt.close(figure)
    return [throughput, latency_png]
