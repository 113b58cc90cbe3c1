"""``make bench-e2e --latency-only --variant NEWSWIRE_NAME=value``: a latency A/B inside one run."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from newswire.bench import e2e, e2e_args, e2e_latency, e2e_receipts, e2e_report, e2e_variants
from tests.bench.reports import latency_row, report_of

INTERVAL = {"NEWSWIRE_COMMIT_INTERVAL_MS": "100"}


def _latency(
    load: float, p99: float, settings: dict[str, str] | None = None, *, tx: float | None = None
) -> e2e_report.Latency:
    return latency_row(
        load,
        p99,
        settings=dict(settings or {}),
        transactions_per_1000=tx,
        workers_cpu_ms=7.5,
        broker_cpu_ms=1.25,
    )


def test_a_latency_variant_is_parsed_and_turns_both_warm_ups_on() -> None:
    """``--latency-only --variant`` keeps the variant's settings and warms: a warm-up burst before
    each run and an unmeasured warm-up row before the first; without a variant both stay off."""
    args = e2e_args.arguments(
        ["--latency-only", "--variant", "NEWSWIRE_COMMIT_INTERVAL_MS=100"], "test"
    )
    assert args.variant == [INTERVAL]
    assert args.warmup_messages == e2e_latency.WARMUP_MESSAGES
    assert args.warmup_seconds == e2e_variants.WARMUP_ROW_S
    plain = e2e_args.arguments(["--latency-only"], "test")
    assert (plain.warmup_messages, plain.warmup_seconds) == (0, 0.0)


def test_explicit_warm_ups_win_over_the_variants_defaults() -> None:
    """A ``--warmup-messages`` / ``--warmup-seconds`` given on the command line is kept as given,
    0 included; ``--throughput-only`` variants turn no latency warm-up on."""
    args = e2e_args.arguments(
        [
            *("--latency-only", "--variant", "NEWSWIRE_COMMIT_INTERVAL_MS=100"),
            *("--warmup-messages", "0", "--warmup-seconds", "5"),
        ],
        "test",
    )
    assert (args.warmup_messages, args.warmup_seconds) == (0, 5.0)
    throughput = e2e_args.arguments(
        ["--throughput-only", "--variant", "NEWSWIRE_COMMIT_INTERVAL_MS=100"], "test"
    )
    assert (throughput.warmup_messages, throughput.warmup_seconds) == (0, 0.0)


def test_a_latency_variant_refuses_the_batch_and_fill_plans(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A variant's latency runs replace the ``--fill-ms`` / ``--batch-ms`` plan: asking for both
    is a usage error, not a silently dropped setting; a bad variant is one too."""
    for extra in (["--fill-ms", "25"], ["--batch-ms", "200"]):
        with pytest.raises(SystemExit):
            e2e_args.arguments(["--latency-only", "--variant", "NEWSWIRE_X=1", *extra], "test")
    with pytest.raises(SystemExit):
        e2e_args.arguments(["--latency-only", "--variant", "COMMIT_INTERVAL_MS=100"], "test")
    assert "--batch-ms" in capsys.readouterr().err


def test_the_default_and_each_variant_take_turns_at_every_load() -> None:
    """Every load runs the default and the variant; the order flips at every turn, across loads
    too (AB BA), so neither side always runs first."""
    plan = e2e_variants.variant_plan((0.5, 0.8), [INTERVAL])
    assert plan == [(0.5, {}), (0.5, INTERVAL), (0.8, INTERVAL), (0.8, {})]
    repeated = e2e_variants.variant_plan((0.5,), [INTERVAL], repeats=3)
    assert [settings for _, settings in repeated] == [{}, INTERVAL, INTERVAL, {}, {}, INTERVAL]


def test_latencies_warm_up_once_then_run_the_variants_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a variant: the unmeasured warm-up row at the lowest load first (not in the result),
    then each load with the default and the variant in turn, each run warmed and the variant's
    settings passed to the service."""
    calls: list[tuple[str, float, dict[str, str], int]] = []

    async def run(*_: Any, load: float, seconds: float, **extra: Any) -> e2e_report.Latency:
        settings = dict(extra.get("settings") or {})
        calls.append((f"{load:.0%}", seconds, settings, extra["warmup"]))
        return _latency(load, 500.0, settings)

    monkeypatch.setattr(e2e_latency, "latency_run", run)
    args = e2e_args.arguments(
        ["--latency-only", "--probe-seconds", "0", "--variant", "NEWSWIRE_COMMIT_INTERVAL_MS=100"],
        "test",
    )
    found = asyncio.run(
        e2e_latency.latencies("bootstrap", [b"x"], args, Path("log"), best_per_s=100.0)
    )
    warm = e2e_latency.WARMUP_MESSAGES
    assert calls == [
        ("50%", e2e_variants.WARMUP_ROW_S, {}, warm),
        ("50%", 60.0, {}, warm),
        ("50%", 60.0, INTERVAL, warm),
        ("80%", 60.0, INTERVAL, warm),
        ("80%", 60.0, {}, warm),
    ]
    assert [latency.setting for latency in found] == [
        "",
        "NEWSWIRE_COMMIT_INTERVAL_MS=100",
        "NEWSWIRE_COMMIT_INTERVAL_MS=100",
        "",
    ]


def test_the_report_sets_each_variant_beside_the_default_at_each_load() -> None:
    """Per load, one line for the default and one per variant: the median p99 with each run's,
    transactions per 1,000 records, workers' and broker's CPU ms per message, and the variant's
    p99 against the default's; the ceilings still judge the default alone."""
    runs = [
        _latency(0.5, 400.0, tx=480.0),
        _latency(0.5, 300.0, INTERVAL, tx=200.0),
        _latency(0.8, 700.0, INTERVAL, tx=190.0),
        _latency(0.8, 1400.0, tx=220.0),
    ]
    printed = report_of([], runs)
    assert "# variants side by side" in printed
    assert re.search(r"^  50%  default\s+400\s+400\s+480\.0\s+7\.50\s+1\.25\s+50$", printed, re.M)
    assert re.search(
        r"^  50%  NEWSWIRE_COMMIT_INTERVAL_MS=100\s+300\s+300\s+200\.0\s+7\.50\s+1\.25\s+50"
        r"  p99 0\.75x the default's$",
        printed,
        re.M,
    )
    assert re.search(r"^  80%  NEWSWIRE_COMMIT_INTERVAL_MS=100\s+700 .*0\.50x", printed, re.M)
    assert re.search(r"p99 latency at 80% load\s+1400 ms \[<= 1000 ms\] ABOVE CEILING", printed)


def test_no_variant_prints_no_side_by_side_section() -> None:
    """A run without variants keeps its report as before: no side-by-side section."""
    assert "variants side by side" not in report_of([], [_latency(0.5, 400.0)])


def test_transactions_per_thousand_come_from_the_summed_worker_metrics() -> None:
    """Committed transactions over records batched, over both workers' samples; none when the
    workers committed no transaction (at_least_once)."""
    text = "\n".join(
        [
            "newswire_batch_size_sum 600.0",
            "newswire_batch_size_sum 400.0",
            'newswire_transactions_total{result="committed"} 30.0',
            'newswire_transactions_total{result="committed"} 20.0',
        ]
    )
    assert e2e_receipts.transactions_per_1000(text) == pytest.approx(50.0)
    assert e2e_receipts.transactions_per_1000("newswire_batch_size_sum 600.0") is None


def test_the_broker_is_warmed_by_default_and_the_head_says_so() -> None:
    """A run warms the fresh broker's transaction path by default (``--warm-transactions``,
    0 for none) and its report's head says how many unmeasured transactions it spent."""
    assert e2e_args.arguments([], "").warm_transactions == e2e_args.WARM_TRANSACTIONS > 0
    assert e2e_args.arguments(["--warm-transactions", "0"], "").warm_transactions == 0
    assert e2e._warmed(1000) == "; broker warmed by 1000 unmeasured transactions"
    assert e2e._warmed(0) == ""
