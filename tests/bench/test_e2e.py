"""``python -m newswire.bench.e2e --pipeline-only``: the per-stage cost without a broker."""

from __future__ import annotations

import re

import pytest

from newswire.bench import (
    e2e,
    e2e_latency,
    e2e_ratios,
    e2e_receipts,
    e2e_report,
    e2e_service,
    e2e_throughput,
)
from newswire.dev import harness
from tests.bench.reports import report_of

#: The stage costs of a report whose enrich / extract ratio is under test.
_STAGES = {"decode": 900.0, "extract": 5000.0, "enrich": 1000.0, "normalize": 90.0}


def _report(
    throughput: list[e2e_report.Throughput],
    latencies: list[e2e_report.Latency],
    *,
    rounds: int = 1,
    stages: bool = False,
) -> str:
    """The full table of a bench-e2e run of 100 messages with these rows."""
    return report_of(throughput, latencies, rounds=rounds, stage_us=_STAGES if stages else None)


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
    printed = _report(
        [
            e2e_report.Throughput(e2e_report.PIPELINE, 100, 1.0, 3.0),
            e2e_report.Throughput(e2e_report.EOS2, 100, 0.5, 3.0),
        ],
        [latency],
        stages=True,
    )
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
    assert e2e_ratios.round_ratios(top, bottom) == pytest.approx([1.0, 0.8, 0.9])
    printed = _report([top, bottom], [], rounds=3)
    assert re.search(
        r"time bound / count only .* 0\.90 \[>= 0\.95\] BELOW FLOOR  \(rounds 1\.00/0\.80/0\.90\)",
        printed,
    )


def test_a_latency_runs_breakdown_splits_each_output_at_its_batch_start_and_its_send() -> None:
    """For each output the latency consumer received, the breakdown splits its latency at the
    batch's processing start (``processed_at``, or a DeadLetter's ``failed_at``) and at step 3's
    send (the record's timestamp): three parts that add up to the latency; inputs whose ack was
    not seen are left out."""
    receipts = e2e_receipts.Receipts()
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


def test_the_tail_line_averages_the_slowest_inputs_parts_and_their_batches_size() -> None:
    """Of 100 inputs, the slowest 1% is the one whose batch began late: its parts are its own
    (900 ms before its batch, 100 ms in it, 50 ms to the consumer), and its batch's size (1)
    stands beside the mean batch size over every input (99 in one batch, 1 in the other)."""
    receipts = e2e_receipts.Receipts()
    start = 1767225600.0  # 2026-01-01T00:00:00Z
    sent = {}
    for offset in range(100):
        late = offset == 42
        began = "2026-01-01T00:00:01+00:00" if late else "2026-01-01T00:00:00.200000+00:00"
        event = {"provenance": {"partition": 0, "offset": offset, "processed_at": began}}
        send = (start + 1.1) if late else (start + 0.3)
        receipts.take(event, timestamp_ms=int(send * 1000), now=send + (0.05 if late else 0.01))
        sent[(0, offset)] = start + 0.1
    assert receipts.tail(sent) == (
        "slowest 1% (1): mean ms ack -> batch 900, batch -> send 100, send -> receipt 50;"
        " in batches of 1.0 records (every input: 98.0)"
    )


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
    assert e2e_receipts.batch_metrics(text) == (
        "batches 20, mean 2.0 records, mean commit 25 ms, cut 2"
    )


def test_the_batches_line_counts_transactions_per_thousand_records() -> None:
    """With exactly_once's committed transactions in /metrics (summed over workers), the line
    says how many each 1,000 records paid."""
    text = "\n".join(
        [
            "newswire_batch_size_sum 400.0",
            "newswire_batch_size_count 4.0",
            'newswire_transactions_total{result="committed"} 10.0',
            'newswire_transactions_total{result="aborted"} 3.0',
            'newswire_transactions_total{result="committed"} 6.0',
        ]
    )
    assert e2e_receipts.batch_metrics(text).endswith(", 40.0 transactions per 1,000 records")


def _latency(load: float, offered: float, received: float, **extra: object) -> e2e_report.Latency:
    return e2e_report.Latency(
        load=load,
        offered_per_s=offered,
        seconds=30.0,
        messages=int(offered * 30),
        p50_ms=90.0,
        p95_ms=300.0,
        p99_ms=400.0,
        max_ms=900.0,
        rss_after_warmup_mb=[170.0],
        rss_end_mb=[171.0],
        received_per_s=received,
        rss_early_mb=[150.0],
        **extra,  # type: ignore[arg-type]
    )


def test_the_report_says_what_100_percent_load_is_and_keeps_the_probe_out_of_the_ceilings() -> None:
    """With a saturation probe, the report prints both capacities (delivered with the load
    generator and the latency consumer running, and from a preloaded topic) and which one is
    100% load (the lower), each row's offered
    rate as a share of the preloaded one, the probe's row and CPU line, and judges only the
    latency runs against issue 19's ceilings (the probe's 5 s p99 is not a 50% or 80% figure)."""
    capacities = {"capacity_per_s": 150.0, "preloaded_capacity_per_s": 200.0}
    probe = _latency(
        1.1, 220.0, 150.0, probe=True, cpu="CPU ms per message: probe line", **capacities
    )
    probe.p99_ms = 5000.0
    half = _latency(0.5, 75.0, 75.0, cpu="CPU ms per message: half line", **capacities)
    printed = _report(
        [e2e_report.Throughput(e2e_report.EOS2, 200, 1.0, 3.0)], [probe, half], stages=True
    )
    assert "100% load = 150 msgs/s" in printed
    assert "the lower of the capacity probe's 150" in printed
    assert "the preloaded topic's 200 (newswire exactly_once --workers 2 above" in printed
    assert ": the probe's." in printed
    assert re.search(r"probe\s+220\s+150\s+30\s+6600\s.*\s110%", printed)
    assert re.search(r" 50%\s+75\s+75\s+30\s+2250\s.*\s38%", printed)
    assert "probe: CPU ms per message: probe line" in printed
    assert " 50%: CPU ms per message: half line" in printed
    assert re.search(r"p99 latency at 50% load\s+400 ms \[<= 500 ms\] ok", printed)
    assert "p99 latency at 110% load" not in printed
    assert "5000" not in printed.split("floors and ratios")[1]


def _round(name: str, per_s: float, cpu_ms: float, pipeline_ms: float) -> e2e_report.Throughput:
    row = e2e_report.Throughput(name, int(per_s), 1.0, 1.0, cpu_ms=cpu_ms)
    row.pipeline_cpu_ms = pipeline_ms
    return row


def test_throughput_only_reports_each_ratio_by_rate_and_by_cpu_round_by_round() -> None:
    """Each ratio is the median of its rounds' ratios, by msgs/s (judged against its floor) and
    by CPU per message (the denominator's CPU / the numerator's); each run shows its pipeline
    thread's and other threads' CPU and how busy its pipeline thread was."""
    found = {
        e2e_report.PIPELINE: [_round(e2e_report.PIPELINE, 100, 8.0, 8.0)] * 2,
        e2e_report.EOS1: [
            _round(e2e_report.EOS1, 80, 10.0, 9.0),
            _round(e2e_report.EOS1, 90, 8.0, 7.5),
        ],
        e2e_report.EOS1_UNBOUNDED: [
            _round(e2e_report.EOS1_UNBOUNDED, 100, 10.0, 9.0),
            _round(e2e_report.EOS1_UNBOUNDED, 90, 8.0, 7.5),
        ],
    }
    printed = e2e_throughput.throughput_report(found, "# head")
    section = printed.split("end to end")[1].split("time bound / count only")[0]
    assert "by msgs/s 0.85 [0.80-0.90] (0.80/0.90) BELOW FLOOR" in section
    assert "by CPU per message 0.90 [0.80-1.00] (0.80/1.00)" in section
    bound = printed.split("time bound / count only")[1]
    assert "by msgs/s 0.90 [0.80-1.00] (0.80/1.00) BELOW FLOOR" in bound
    assert "by CPU per message 1.00 [1.00-1.00] (1.00/1.00)" in bound
    assert "other threads 0.75 [0.50-1.00] (1.00/0.50)" in printed
    # Pipeline thread busy: 9 ms x 80/s = 0.72 s per s; 7.5 x 90 = 0.675.
    assert "pipeline thread busy (CPU s per s of the window) 0.70 [0.68-0.72]" in printed


def test_a_fill_wait_run_is_printed_beside_the_default_and_kept_out_of_the_ceilings() -> None:
    """A latency run with ``--fill-ms`` shows its setting on its row and its breakdown; only
    the default runs are judged against issue 19's ceilings."""
    default = _latency(0.8, 160.0, 160.0)
    filled = _latency(0.8, 160.0, 160.0, batch_fill_ms=50, breakdown="batches 10")
    filled.p99_ms = 3000.0
    printed = _report([], [default, filled])
    assert re.search(
        r" 80%\s+160\s+160\s.*3000\s.*\(fill wait: NEWSWIRE_BATCH_FILL_MS=50\)", printed
    )
    assert " 80% (fill wait: NEWSWIRE_BATCH_FILL_MS=50): batches 10" in printed
    assert re.search(r"p99 latency at 80% load\s+400 ms \[<= 1000 ms\] ok", printed)
    assert "3000" not in printed.split("floors and ratios")[1]


def test_the_full_table_shows_cpu_per_message_and_each_ratio_by_cpu_round_by_round() -> None:
    """Each service row prints its workers' CPU ms per message (pipeline threads in brackets)
    and its batches; a ratio whose rows measured CPU in every round is also given by CPU (the
    denominator's CPU / the numerator's), the median of the rounds'."""
    top = e2e_report.Throughput(
        e2e_report.EOS1, 90, 1.0, 1.0, rounds_per_s=[90.0, 90.0], cpu_ms=8.0
    )
    top.pipeline_cpu_ms, top.rounds_cpu_ms, top.batches = 7.5, [8.0, 10.0], "batches 9"
    bottom = e2e_report.Throughput(
        e2e_report.PIPELINE, 100, 1.0, 1.0, rounds_per_s=[100.0, 100.0], cpu_ms=7.2
    )
    bottom.rounds_cpu_ms = [7.2, 8.0]
    printed = _report([bottom, top], [], rounds=2)
    assert re.search(r"newswire exactly_once --workers 1 .* 8\.00 \(7\.50\)", printed)
    assert "newswire exactly_once --workers 1 (median round): batches 9" in printed
    assert re.search(r"the same by CPU ms per message\s+0\.85  \(rounds 0\.90/0\.80\)", printed)


def test_a_figure_beside_a_verdict_has_the_digits_to_agree_with_it() -> None:
    """0.8996 against a floor of 0.90 prints as 0.8996 (not 0.90 beside BELOW FLOOR), a p99 of
    1000.4 ms against a 1000 ms ceiling as 1000.4; figures clear of their bound keep their usual
    digits."""
    assert e2e_ratios.shown(0.8996, 2, floor=0.90) == "0.8996"
    assert e2e_ratios.shown(0.9004, 2, floor=0.90) == "0.90"
    assert e2e_ratios.shown(0.93, 2, floor=0.90) == "0.93"
    assert e2e_ratios.shown(1000.4, 0, ceiling=1000) == "1000.4"
    assert e2e_ratios.shown(999.6, 0, ceiling=1000) == "1000"
    top = e2e_report.Throughput(e2e_report.EOS1, 8996, 100.0, 1.0)
    bottom = e2e_report.Throughput(e2e_report.PIPELINE, 10000, 100.0, 1.0)
    table = _report([top, bottom], [])
    assert re.search(r"end to end .* 0\.8996 \[>= 0\.90\] BELOW FLOOR", table)
    found = {
        e2e_report.PIPELINE: [bottom],
        e2e_report.EOS1: [top],
    }
    printed = e2e_throughput.throughput_report(found, "# head")
    assert "by msgs/s 0.8996 [0.90-0.90] (0.90) BELOW FLOOR" in printed


def test_the_report_head_names_the_settings_the_service_inherits() -> None:
    """A ``NEWSWIRE_*`` variable in the bench's environment reaches every run's service, so the
    report's head lists it; the ones each run sets itself (topics, group, guarantee) and other
    variables are not listed, and with none the head says nothing more."""
    environ = {
        "NEWSWIRE_COMMIT_INTERVAL_MS": "100",
        "NEWSWIRE_GROUP_ID": "mine",
        "PATH": "/bin",
    }
    assert e2e_service.inherited_settings(environ) == (
        "; service settings from the environment: NEWSWIRE_COMMIT_INTERVAL_MS=100"
    )
    assert e2e_service.inherited_settings({"PATH": "/bin"}) == ""


def test_the_inherited_settings_leave_out_what_the_service_process_sets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bench's environment reaches its services, except the bootstrap servers and metrics
    port each ``ServiceProcess`` sets itself: those are not reported as inherited."""
    monkeypatch.setenv("NEWSWIRE_COMMIT_INTERVAL_MS", "100")
    monkeypatch.setenv("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9")
    inherited = harness.inherited_settings()
    assert inherited["NEWSWIRE_COMMIT_INTERVAL_MS"] == "100"
    assert "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS" not in inherited
