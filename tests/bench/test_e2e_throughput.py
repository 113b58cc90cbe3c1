"""``python -m newswire.bench.e2e --throughput-only``: rounds, variants and verdicts."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import pytest

from newswire.bench import e2e_args, e2e_report, e2e_throughput


def _row(name: str, per_s: float, cpu_ms: float = 8.0) -> e2e_report.Throughput:
    row = e2e_report.Throughput(name, int(per_s), 1.0, 1.0, cpu_ms=cpu_ms)
    row.pipeline_cpu_ms = cpu_ms * 0.9
    return row


LZ4 = {"NEWSWIRE_COMPRESSION_TYPE": "lz4"}


def test_rounds_alternate_their_order_and_run_each_variant_as_exactly_once_one_worker() -> None:
    """Round 1 runs the pipeline, the three default service runs, then each variant; round 2 the
    same in reverse, so neither side of a pair always goes first."""
    first = e2e_throughput.round_steps(1, [LZ4])
    assert first[0] is None
    assert first[1:4] == list(e2e_throughput.SERVICE_RUNS)
    assert first[4] == (1, "exactly_once", True, LZ4)
    assert e2e_throughput.round_steps(2, [LZ4]) == first[::-1]


def test_every_round_of_every_run_is_kept_under_its_variants_name() -> None:
    """A variant's run is named after the default run and its settings; each run keeps its rows
    in round order."""
    calls: list[tuple[int, str, bool, Mapping[str, str]]] = []

    async def service_run(
        workers: int, guarantee: str, bound: bool, settings: Mapping[str, str]
    ) -> e2e_report.Throughput:
        calls.append((workers, guarantee, bound, settings))
        base = e2e_report.EOS1 if guarantee == "exactly_once" else e2e_report.ALO1
        if not bound:
            base = e2e_report.EOS1_UNBOUNDED
        return _row(e2e_throughput.variant_name(base, settings), 10.0 * len(calls))

    found = asyncio.run(
        e2e_throughput.throughput_rounds(
            2, lambda: _row(e2e_report.PIPELINE, 1), service_run, [LZ4]
        )
    )
    lz4 = f"{e2e_report.EOS1} [NEWSWIRE_COMPRESSION_TYPE=lz4]"
    assert set(found) == {
        e2e_report.PIPELINE,
        e2e_report.EOS1,
        e2e_report.ALO1,
        e2e_report.EOS1_UNBOUNDED,
        lz4,
    }
    assert [r.per_s for r in found[lz4]] == [40.0, 50.0]
    assert len(calls) == 8


def test_the_report_gives_each_ratio_and_says_which_settings_meet_every_floor() -> None:
    """exactly_once / at_least_once is reported beside the other two ratios; a variant's
    exactly_once run is judged against the pipeline alone and compared with the default's; the
    last lines name, per setting, the floors it missed or that it met them all."""
    found = {
        e2e_report.PIPELINE: [_row(e2e_report.PIPELINE, 100)] * 3,
        e2e_report.EOS1: [_row(e2e_report.EOS1, v) for v in (85, 88, 95)],
        e2e_report.ALO1: [_row(e2e_report.ALO1, v) for v in (90, 90, 90)],
        e2e_report.EOS1_UNBOUNDED: [_row(e2e_report.EOS1_UNBOUNDED, 88)] * 3,
        f"{e2e_report.EOS1} [NEWSWIRE_COMPRESSION_TYPE=lz4]": [
            _row(e2e_report.EOS1, v) for v in (91, 93, 99)
        ],
    }
    printed = e2e_throughput.throughput_report(found, "# head", [LZ4])
    ratios = printed.split("ratios (")[1]
    alo = ratios.split("exactly_once / at_least_once (1 worker) [>= 0.90]")[1]
    assert alo.splitlines()[1].strip() == "by msgs/s 0.98 [0.94-1.06] (0.94/0.98/1.06) ok"
    variant = ratios.split("with NEWSWIRE_COMPRESSION_TYPE=lz4")[1]
    assert "by msgs/s 0.93 [0.91-0.99] (0.91/0.93/0.99) ok" in variant
    assert "this variant / the default (exactly_once, 1 worker)" in variant
    verdicts = printed.split("settings that pass (3 rounds, medians):")[1].splitlines()
    assert [line.strip() for line in verdicts if line] == [
        "default settings: below: end to end",
        "NEWSWIRE_COMPRESSION_TYPE=lz4: every floor met",
    ]


def test_a_variant_is_newswire_settings_and_throughput_only_defaults_to_five_rounds() -> None:
    """``--variant`` takes NEWSWIRE_NAME=value settings (several per value, repeatable) and
    refuses anything else; ``--throughput-only`` runs five rounds unless told, a full run three."""
    args = e2e_args.arguments(
        [
            "--throughput-only",
            "--variant",
            "NEWSWIRE_A=1 NEWSWIRE_B=2",
            "--variant",
            "NEWSWIRE_C=3",
        ],
        "test",
    )
    assert args.variant == [{"NEWSWIRE_A": "1", "NEWSWIRE_B": "2"}, {"NEWSWIRE_C": "3"}]
    assert args.rounds == 5
    assert e2e_args.arguments([], "test").rounds == 3
    assert e2e_args.arguments(["--throughput-only", "--rounds", "2"], "test").rounds == 2
    with pytest.raises(ValueError, match="NEWSWIRE_NAME=value"):
        e2e_throughput.parse_variant("COMPRESSION=lz4")
