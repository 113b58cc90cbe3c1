"""``python -m newswire.bench.e2e --pipeline-only``: the per-stage cost without a broker."""

from __future__ import annotations

import re

import pytest

from newswire.bench import e2e, e2e_latency, e2e_report


def test_pipeline_only_prints_every_stage_and_enrichs_share_of_extract(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The report names each stage's µs per message and enrich / extract against the 0.25
    ceiling, computed from the same medians it prints; no broker is started."""
    assert e2e.main(["--pipeline-only", "--messages", "12", "--rounds", "1"]) == 0
    printed = capsys.readouterr().out
    stages = dict(re.findall(r"(decode|extract|enrich|normalize) (\d+)", printed))
    assert set(stages) == {"decode", "extract", "enrich", "normalize"}
    ratio = re.search(r"enrich / extract: ([\d.]+) \(ceiling 0.25: (holds|over)\)", printed)
    assert ratio is not None
    expected = int(stages["enrich"]) / int(stages["extract"])
    assert float(ratio.group(1)) == pytest.approx(expected, abs=0.01 + 1 / int(stages["extract"]))
    assert (ratio.group(2) == "holds") == (float(ratio.group(1)) <= 0.25)


def test_a_partial_latency_run_reports_its_ceilings_and_no_ratio_it_did_not_measure() -> None:
    """``--latency-only`` measures the pipeline, one two-worker run and latency at the loads
    asked: the report gives their p99 against issue 19's ceilings, the machine's speed, RSS
    growth after warm-up (half the run) beside the early figure, and leaves out the ratios whose
    runs were skipped instead of printing them from nothing."""
    latency = e2e_report.Latency(
        load=0.5,
        offered_per_s=50.0,
        seconds=30.0,
        messages=1500,
        p50_ms=90.0,
        p95_ms=300.0,
        p99_ms=620.0,
        max_ms=900.0,
        rss_after_warmup_mb=[170.0],
        rss_end_mb=[172.0],
        received_per_s=48.0,
        rss_early_mb=[150.0],
    )
    results = {
        "machine": "2 cores, test",
        "messages": 100,
        "corpus_mb": 3.0,
        "latency_workers": 2,
        "stage_us": {"decode": 900.0, "extract": 5000.0, "enrich": 1000.0, "normalize": 90.0},
        "rounds": 1,
        "throughput": [
            e2e_report.Throughput(e2e_report.PIPELINE, 100, 1.0, 3.0),
            e2e_report.Throughput(e2e_report.EOS2, 100, 0.5, 3.0),
        ],
        "latencies": [latency],
    }
    printed = e2e_report.report(results)
    assert "pipeline only 100 msgs/s" in printed
    assert re.search(r"p99 latency at 50% load\s+620 ms \[<= 500 ms\] ABOVE CEILING", printed)
    assert re.search(r" 50%\s+50\s+48\s+30\s+1500\s+90\s+300\s+620\s+900", printed)
    # RSS growth after warm-up is from half the run (170 -> 172 MB), the early figure beside it.
    assert (
        "150 -> 170 -> 172 (growth after warm-up, 50% -> end: +1.2%; 20% -> end: +14.7%)" in printed
    )
    assert re.search(r"RSS growth after warm-up\s+\+1\.2% \[<= 10%\] ok", printed)
    assert "end to end" not in printed
    assert "workers 2 / workers 1" not in printed


def test_received_rate_counts_outputs_of_the_middle_of_the_offered_time() -> None:
    """A service that kept up receives at the offered rate; outputs arriving after the load
    (a backlog drained late) or in the warm-up tenth are not counted."""
    kept_up = [100.0 + i / 10 for i in range(100)]  # 10 msgs/s for 10 s
    assert e2e_latency._received_per_s(kept_up, 100.0, 10.0) == pytest.approx(10.0)
    fell_behind = [100.0 + i / 5 for i in range(100)]  # 5 msgs/s: half arrive after the load
    assert e2e_latency._received_per_s(fell_behind, 100.0, 10.0) == pytest.approx(5.0, abs=0.2)


def _bursts(sizes: list[int], every_s: float) -> list[float]:
    """Output stamps of batches committed every ``every_s``: each batch's outputs 1 ms apart."""
    return [k * every_s + i / 1000 for k, size in enumerate(sizes) for i in range(size)]


def test_the_steady_rate_counts_whole_bursts_between_two_burst_ends() -> None:
    """Ten batches of 500 outputs, one every 5 s (100 msgs/s): the rate is 100; counting the
    outputs between the 10th and 90th percentile by index would take 3,500 of them against the
    time of 4,000 (the last burst's start, not its end). Uneven batches count whole; a trickle
    without pauses keeps the percentile points."""
    row = e2e_report.steady("run", _bursts([500] * 10, 5.0), 10.0, {})
    assert row.per_s == pytest.approx(100.0, rel=0.01)
    # Uneven batches: from the end of the 2nd to the end of the last, 6 batches in 6 intervals.
    sizes = [120, 500, 380, 500, 500, 120, 500, 500]
    uneven = e2e_report.steady("run", _bursts(sizes, 4.0), 1.0, {})
    assert uneven.messages == sum(sizes[2:])
    assert uneven.seconds == pytest.approx(6 * 4.0, abs=0.01)
    # Outputs with no pause (a steady trickle) have no bursts: the percentile points are kept.
    trickle = e2e_report.steady("run", [i / 100 for i in range(1000)], 1.0, {})
    assert trickle.per_s == pytest.approx(100.0, rel=0.01)


def test_a_ratio_is_the_median_of_its_rounds_and_every_round_is_printed() -> None:
    """Rounds 100/80/90 against 100/100/100: ratios 1.00/0.80/0.90, median 0.90, all printed;
    the ratio of the rows' medians would pair round 3 with round 1."""
    top = e2e_report.Throughput(e2e_report.EOS1, 90, 1.0, 1.0, rounds_per_s=[100.0, 80.0, 90.0])
    bottom = e2e_report.Throughput(
        e2e_report.EOS1_UNBOUNDED, 100, 1.0, 1.0, rounds_per_s=[100.0, 100.0, 100.0]
    )
    assert e2e_report.round_ratios(top, bottom) == pytest.approx([1.0, 0.8, 0.9])
    results = {
        "machine": "2 cores, test",
        "messages": 100,
        "corpus_mb": 3.0,
        "latency_workers": 2,
        "stage_us": {},
        "rounds": 3,
        "throughput": [top, bottom],
        "latencies": [],
    }
    printed = e2e_report.report(results)
    assert re.search(
        r"time bound / count only .* 0\.90 \[>= 0\.95\] BELOW FLOOR  \(rounds 1\.00/0\.80/0\.90\)",
        printed,
    )


def test_a_latency_runs_breakdown_splits_each_output_at_its_batch_start_and_its_send() -> None:
    """For each output the latency consumer received, the breakdown splits its latency at the
    batch's processing start (``processed_at``, or a DeadLetter's ``failed_at``) and at step 3's
    send (the record's timestamp): three parts that add up to the latency; inputs whose ack was
    not seen are left out."""
    receipts = e2e_latency.Receipts()
    article = {
        "provenance": {"partition": 0, "offset": 7, "processed_at": "2026-01-01T00:00:01+00:00"}
    }
    failed = {"original": {"partition": 1, "offset": 3}, "failed_at": "2026-01-01T00:00:01Z"}
    start = 1767225600.0  # 2026-01-01T00:00:00Z
    receipts.take(article, timestamp_ms=int((start + 1.5) * 1000), now=start + 1.6)
    receipts.take(failed, timestamp_ms=int((start + 1.5) * 1000), now=start + 1.6)
    receipts.take({**article, "provenance": {**article["provenance"], "offset": 8}}, 0, start)
    line = receipts.breakdown({(0, 7): start + 0.2, (1, 3): start + 0.2})
    assert line == "p50/p99 ms ack -> batch 800/800, batch -> send 500/500, send -> receipt 100/100"


def test_the_workers_batch_metrics_are_summed_over_workers() -> None:
    """The batches line sums the merged /metrics samples of all workers: count, mean size, mean
    commit duration, batches cut."""
    text = "\n".join(
        [
            "newswire_batch_size_sum 30.0",
            "newswire_batch_size_count 10.0",
            "newswire_batch_commit_seconds_sum 0.5",
            "newswire_batch_commit_seconds_count 10.0",
            "newswire_batches_cut_total 2.0",
            "newswire_batch_size_sum 10.0",
            "newswire_batch_size_count 10.0",
        ]
    )
    assert e2e_latency.batch_metrics(text) == (
        "batches 20, mean 2.0 records, mean commit 25 ms, cut 2"
    )
