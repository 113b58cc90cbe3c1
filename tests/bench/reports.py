"""The bench-e2e report printed from rows a test makes, shared by the e2e report tests."""

from __future__ import annotations

from newswire.bench import e2e_report


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
