"""The bench-e2e report printed from rows a test makes, shared by the e2e report tests."""

from __future__ import annotations

from typing import Any

from newswire.bench import e2e_report


def latency_row(load: float, p99: float, **fields: Any) -> e2e_report.Latency:
    """A 60 s latency run at ``load`` of 100 msgs/s, every message received, its other
    percentiles fixed shares of ``p99``; ``fields`` set the rest (settings, batch metrics)."""
    return e2e_report.Latency(
        load=load,
        offered_per_s=100.0 * load,
        seconds=60.0,
        messages=int(6000 * load),
        p50_ms=p99 / 4,
        p95_ms=p99 / 2,
        p99_ms=p99,
        max_ms=p99 * 2,
        rss_after_warmup_mb=[170.0],
        rss_end_mb=[171.0],
        received_per_s=100.0 * load,
        **fields,
    )


def report_of(
    throughput: list[e2e_report.Throughput],
    latencies: list[e2e_report.Latency],
    *,
    rounds: int = 1,
    stage_us: dict[str, float] | None = None,
) -> str:
    """The full table of a bench-e2e run of 100 messages on a 2-core test machine."""
    return e2e_report.report(
        {
            "machine": "2 cores, test",
            "messages": 100,
            "corpus_mb": 3.0,
            "latency_workers": 2,
            "stage_us": stage_us or {},
            "rounds": rounds,
            "throughput": throughput,
            "latencies": latencies,
        }
    )
