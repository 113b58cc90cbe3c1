"""``python -m newswire.bench.e2e --throughput-only``: rounds, variants and verdicts."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from newswire.bench import e2e_args, e2e_cpu, e2e_report, e2e_throughput


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


def test_a_variant_is_newswire_settings_and_every_run_defaults_to_five_rounds() -> None:
    """``--variant`` takes NEWSWIRE_NAME=value settings (several per value, repeatable) and
    refuses anything else; five rounds unless told, ``--throughput-only`` and a full run alike."""
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
    assert e2e_args.arguments([], "test").rounds == 5
    assert e2e_args.arguments(["--throughput-only", "--rounds", "2"], "test").rounds == 2
    with pytest.raises(ValueError, match="NEWSWIRE_NAME=value"):
        e2e_throughput.parse_variant("COMPRESSION=lz4")


def test_window_sched_counts_each_workers_busiest_thread_per_message() -> None:
    """Per worker, the thread with the most CPU in the window is its pipeline thread; its
    migrations, voluntary and involuntary switches between the samples around the window are
    summed over the workers and divided by the messages; without the kernel's counts there is no
    figure."""
    trace = [
        e2e_cpu.ThreadSample(
            10.0, {(1, 1): 0.0, (1, 2): 0.0}, {(1, 1): (5, 5, 5), (1, 2): (0, 0, 2)}
        ),
        e2e_cpu.ThreadSample(
            14.0,
            {(1, 1): 0.1, (1, 2): 3.0, (2, 7): 2.0},
            {(1, 1): (9, 50, 90), (1, 2): (10, 20, 12), (2, 7): (30, 10, 5)},
        ),
    ]
    assert e2e_cpu.window_sched(trace, 10.0, 14.0, 10) == (4.0, 3.0, 1.5)
    bare = [e2e_cpu.ThreadSample(s.at, s.threads) for s in trace]
    assert e2e_cpu.window_sched(bare, 10.0, 14.0, 10) is None


def test_a_threads_voluntary_switches_count_its_waits() -> None:
    """A thread that sleeps has waited: its voluntary switch count grows."""
    me = (os.getpid(), threading.get_native_id())
    before = e2e_cpu.thread_sched(*me)
    if before is None:
        pytest.skip("this kernel gives no per-thread scheduler counts")
    time.sleep(0.01)
    after = e2e_cpu.thread_sched(*me)
    assert after is not None
    assert after[1] > before[1]


def test_the_report_gives_the_pipeline_threads_moves_and_waits_when_every_round_has_them() -> None:
    """Each run prints its pipeline thread's migrations, voluntary and involuntary switches per
    message (median, spread, rounds) when every round measured them, and nothing when one did
    not."""
    rows = [_row(e2e_report.EOS1, 90), _row(e2e_report.EOS1, 80)]
    rows[0].pipeline_sched, rows[1].pipeline_sched = (0.5, 2.0, 1.0), (0.25, 4.0, 3.0)
    found = {e2e_report.PIPELINE: [_row(e2e_report.PIPELINE, 100)] * 2, e2e_report.EOS1: rows}
    printed = e2e_throughput.throughput_report(found, "# head")
    assert (
        "pipeline thread per message: migrations between cores 0.375 [0.250-0.500] "
        "(0.500/0.250); voluntary switches (waits: GIL, I/O) 3.000 [2.000-4.000] (2.000/4.000); "
        "involuntary switches (preempted) 2.000 [1.000-3.000] (1.000/3.000)"
    ) in printed
    rows[1].pipeline_sched = None
    assert "migrations" not in e2e_throughput.throughput_report(found, "# head")


def _children() -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == os.getpid():
                found.add(int(stat.parent.name))
    return found


def test_the_busy_neighbour_runs_only_while_the_pipeline_does() -> None:
    """``beside_busy_core`` starts one process beside the run, ends it afterwards, and names the
    row as the pipeline beside a busy core."""
    before = _children()
    during: set[int] = set()

    def run() -> e2e_report.Throughput:
        during.update(_children() - before)
        return _row(e2e_report.PIPELINE, 50)

    row = e2e_throughput.beside_busy_core(run)
    assert row.name == e2e_throughput.PIPELINE_BUSY
    assert len(during) == 1
    assert not (_children() & during)


def test_the_busy_pipeline_runs_after_the_pipeline_and_its_ratios_carry_no_verdict() -> None:
    """Each round runs the pipeline beside a busy core right after the pipeline alone; its
    ratios are printed without a floor and stay out of the verdicts."""
    order: list[str] = []

    def pipeline() -> e2e_report.Throughput:
        order.append("alone")
        return _row(e2e_report.PIPELINE, 100, cpu_ms=5.0)

    def busy() -> e2e_report.Throughput:
        order.append("busy")
        return _row(e2e_throughput.PIPELINE_BUSY, 80, cpu_ms=6.0)

    async def service(
        workers: int, guarantee: str, bound: bool, settings: Mapping[str, str]
    ) -> e2e_report.Throughput:
        order.append("service")
        return _row(e2e_report.EOS1 if bound else e2e_report.EOS1_UNBOUNDED, 88, cpu_ms=6.0)

    found = asyncio.run(e2e_throughput.throughput_rounds(2, pipeline, service, None, busy))
    assert order[:2] == ["alone", "busy"]
    assert order[-2:] == ["alone", "busy"]
    printed = e2e_throughput.throughput_report(found, "# head")
    section = printed.split("/ pipeline only, other core busy")[1]
    assert section.splitlines()[1].strip() == "by msgs/s 1.10 [1.10-1.10] (1.10/1.10)"
    assert "other core busy" not in printed.split("settings that pass")[1]


def test_aa_puts_the_time_bound_between_two_count_only_runs_and_names_the_second_again() -> None:
    """``--aa``: each round runs count only, the time bound, count only again (reversed every
    other round); whichever count-only run comes second in its round is the "again" one."""
    steps = e2e_throughput.round_steps(1, [], aa=True)
    unbounded: e2e_throughput.ServiceStep = (1, "exactly_once", False, {})
    assert steps[1:4] == [unbounded, (1, "exactly_once", True, {}), unbounded]
    assert e2e_throughput.round_steps(2, [], aa=True) == steps[::-1]

    async def service_run(
        workers: int, guarantee: str, bound: bool, settings: Mapping[str, str]
    ) -> e2e_report.Throughput:
        del workers, settings
        name = e2e_report.EOS1 if bound else e2e_report.EOS1_UNBOUNDED
        return _row(name if guarantee == "exactly_once" else e2e_report.ALO1, 10)

    found = asyncio.run(
        e2e_throughput.throughput_rounds(
            2, lambda: _row(e2e_report.PIPELINE, 1), service_run, aa=True
        )
    )
    assert len(found[e2e_report.EOS1_UNBOUNDED]) == 2
    assert len(found[e2e_throughput.EOS1_UNBOUNDED_AGAIN]) == 2


def test_aa_reports_the_noise_of_a_pair_and_the_time_bound_against_both_neighbours() -> None:
    """The A/A ratio is count only again / count only, round by round; the ABA ratio is the time
    bound over the mean of the two count-only runs of its round; neither carries a verdict, the
    floor's stays on the time bound / count only pair."""
    found = {
        e2e_report.PIPELINE: [_row(e2e_report.PIPELINE, 100)] * 3,
        e2e_report.EOS1: [_row(e2e_report.EOS1, v) for v in (90, 95, 100)],
        e2e_report.ALO1: [_row(e2e_report.ALO1, 100)] * 3,
        e2e_report.EOS1_UNBOUNDED: [_row(e2e_report.EOS1_UNBOUNDED, 100)] * 3,
        e2e_throughput.EOS1_UNBOUNDED_AGAIN: [
            _row(e2e_report.EOS1_UNBOUNDED, v) for v in (80, 90, 100)
        ],
    }
    ratios = e2e_throughput.throughput_report(found, "# head").split("ratios (")[1]
    aa = ratios.split("count only again / count only (A/A")[1].splitlines()
    assert aa[1].strip() == "by msgs/s 0.90 [0.80-1.00] (0.80/0.90/1.00)"
    aba = ratios.split("the count-only runs before and after it (ABA)")[1].splitlines()
    assert aba[1].strip() == "by msgs/s 1.00 [1.00-1.00] (1.00/1.00/1.00)"
    plain = ratios.split("time bound / count only (exactly_once, 1 worker) [>= 0.95]")[1]
    assert plain.splitlines()[1].strip() == "by msgs/s 0.95 [0.90-1.00] (0.90/0.95/1.00) ok"


FETCH = {"NEWSWIRE_MAX_PARTITION_FETCH_BYTES": "4194304"}


def test_two_workers_runs_exactly_once_between_two_at_least_once_runs_and_variants_at_two() -> None:
    """With two_workers a round adds at_least_once, exactly_once, at_least_once at 2 workers,
    and each variant runs both guarantees at 2 workers instead of exactly_once at 1."""
    steps = e2e_throughput.round_steps(1, [FETCH], two_workers=True)
    assert steps[4:7] == list(e2e_throughput.TWO_WORKERS)
    assert steps[7:] == [(2, "exactly_once", True, FETCH), (2, "at_least_once", True, FETCH)]
    assert e2e_throughput.round_steps(2, [FETCH], two_workers=True) == steps[::-1]


def test_two_workers_judges_exactly_once_against_both_neighbours_and_prints_the_noise() -> None:
    """The round's second at_least_once run is its "(again)" row; the A B A ratio (90 against
    the mean of 100 and 80: 1.00) carries the floor, the A/A ratio (0.80) is printed beside it,
    and a variant is judged on its own exactly_once / at_least_once pair at 2 workers."""
    speeds = iter([100.0, 90.0, 80.0, 95.0, 100.0] * 2)

    async def service_run(
        workers: int, guarantee: str, bound: bool, settings: Mapping[str, str]
    ) -> e2e_report.Throughput:
        base = {
            (1, "exactly_once", True): e2e_report.EOS1,
            (1, "exactly_once", False): e2e_report.EOS1_UNBOUNDED,
            (1, "at_least_once", True): e2e_report.ALO1,
            (2, "exactly_once", True): e2e_report.EOS2,
            (2, "at_least_once", True): e2e_report.ALO2,
        }[(workers, guarantee, bound)]
        speed = next(speeds) if workers == 2 else 100.0
        return _row(e2e_throughput.variant_name(base, settings), speed)

    async def rounds() -> dict[str, list[e2e_report.Throughput]]:
        return await e2e_throughput.throughput_rounds(
            1, lambda: _row(e2e_report.PIPELINE, 100), service_run, [FETCH], two_workers=True
        )

    found = asyncio.run(rounds())
    assert [r.per_s for r in found[e2e_report.ALO2_AGAIN]] == [80.0]
    printed = e2e_throughput.throughput_report(found, "# head", [FETCH])
    aba = printed.split("(2 workers), A B A: against the mean of both [>= 0.90]")[1]
    assert aba.splitlines()[1].strip().startswith("by msgs/s 1.00")
    noise = printed.split("at_least_once again / at_least_once (2 workers; A/A")[1]
    assert noise.splitlines()[1].strip().startswith("by msgs/s 0.80")
    variant = printed.split("with NEWSWIRE_MAX_PARTITION_FETCH_BYTES=4194304")[1]
    assert "by msgs/s 0.95 [0.95-0.95] (0.95) ok" in variant
