"""``make bench-e2e``'s command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from newswire.bench.e2e_latency import LOADS, START_S, WARMUP_MESSAGES, WARMUP_SETTLE_S
from newswire.bench.e2e_throughput import THROUGHPUT_ONLY_ROUNDS, parse_variant
from newswire.bench.e2e_variants import WARMUP_ROW_S
from newswire.settings import REPO_ROOT

#: Throughput rounds of a full run: five, the fewest whose median a single odd round does not
#: decide (session 23's quiet run: 5 rounds, each ~3 minutes on a quiet 2-core machine).
FULL_ROUNDS = 5
#: Unmeasured transactions before the first throughput run: past the ~900 over which a fresh
#: broker's transaction CPU halves (session 27's bench.txcost on three fresh brokers).
WARM_TRANSACTIONS = 1000


def arguments(argv: list[str] | None, description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--bootstrap",
        default=None,
        help="cluster (default: NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS, else a temporary local broker)",
    )
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--latency-seconds", type=float, default=60.0)
    parser.add_argument(
        "--probe-seconds",
        type=float,
        default=30.0,
        help="saturation probe before (4): the capacity with the load generator and the latency "
        "consumer running; 100%% load is the lower of it and the preloaded topic's (0: no probe, "
        "the capacity from a preloaded topic)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=None,
        help=f"throughput rounds, the median kept (default {FULL_ROUNDS}; --throughput-only: "
        f"{THROUGHPUT_ONLY_ROUNDS}, its ratios' rounds spread wider than their margins)",
    )
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "bench")
    parser.add_argument(
        "--batch-ms",
        type=lambda value: [int(v) for v in value.split(",") if v],
        default=[],
        help="also measure latency at 80%% load with a fixed batch bound "
        "(NEWSWIRE_BATCH_MIN_PROCESSING_MS = NEWSWIRE_BATCH_MAX_PROCESSING_MS) of each of these "
        "values, against the default adaptive bound (comma-separated; ~1.5 min each)",
    )
    parser.add_argument(
        "--fill-ms",
        type=lambda value: [int(v) for v in value.split(",") if v],
        default=[],
        help="also measure latency at the highest load with a fill wait (NEWSWIRE_BATCH_FILL_MS) "
        "of each of these values, against the default (comma-separated; ~1.5 min each)",
    )
    _repeats_and_warm_up(parser)
    _partial_runs(parser)
    _rates(parser)
    args = parser.parse_args(argv)
    if args.rounds is None:
        args.rounds = THROUGHPUT_ONLY_ROUNDS if args.throughput_only else FULL_ROUNDS
    _warm_when_comparing(parser, args)
    return args


def _warm_when_comparing(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """The warm-ups' defaults: none for the default alone (measured as the runs before them
    were), both when the latency phase compares ``--variant``s, whose A/B a cold row would
    decide (session 26: the first row's p99 at 50% load 651 ms, the second's 508). A variant's
    latency runs replace the ``--batch-ms`` / ``--fill-ms`` plan, so the two do not mix."""
    comparing = bool(args.variant) and not args.throughput_only
    if comparing and (args.batch_ms or args.fill_ms):
        parser.error(
            "--variant in the latency phase runs its own plan: not with --batch-ms/--fill-ms"
        )
    if args.warmup_messages is None:
        args.warmup_messages = WARMUP_MESSAGES if comparing else 0
    if args.warmup_seconds is None:
        args.warmup_seconds = WARMUP_ROW_S if comparing else 0.0


def _rates(parser: argparse.ArgumentParser) -> None:
    """The latency runs' offered rates: ``--loads``, ``--capacity``, ``--speed-scaling``."""
    parser.add_argument(
        "--loads",
        type=lambda value: tuple(float(v) for v in value.split(",") if v),
        default=LOADS,
        help="offered loads of (4), as fractions of the capacity (default 0.5,0.8)",
    )
    parser.add_argument(
        "--capacity",
        type=float,
        default=None,
        help="--latency-only: msgs/s taken as the preloaded capacity instead of measuring it "
        "(100%% load with --probe-seconds 0, else the lower of it and the probe's)",
    )
    parser.add_argument(
        "--speed-scaling",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="scale each latency run's offered rate (capacity x load) by the pipeline alone's "
        "speed just before the run against just before the probe (bench.e2e_speed); off by "
        "default (one short reading can be the outlier: session 30's reference read 121 "
        "msgs/s against 163-188 around it), the table prints the factor either way",
    )


def _partial_runs(parser: argparse.ArgumentParser) -> None:
    """The partial runs: ``--pipeline-only``, ``--latency-only``, ``--throughput-only`` (and its
    ``--variant``)."""
    only = "only (1), no broker: µs per stage and enrich / extract (issue 19)"
    parser.add_argument("--pipeline-only", action="store_true", help=only)
    parser.add_argument(
        "--latency-only",
        action="store_true",
        help="a partial run: (1) once, one exactly_once --workers 2 run for the capacity (unless "
        "--capacity), then (4) at --loads; prints the table, writes no files",
    )
    parser.add_argument(
        "--throughput-only",
        action="store_true",
        help="only the ratios end to end / pipeline, exactly_once / at_least_once and time bound / "
        "count only: --rounds rounds of pipeline only, exactly_once and at_least_once --workers "
        "1, exactly_once without the time bound (and each --variant), in turn; msgs/s and CPU ms "
        "per message of each, median and spread, which settings meet the floors; prints the "
        "table, writes no files",
    )
    parser.add_argument(
        "--busy-neighbour",
        action="store_true",
        help="--throughput-only: also run the pipeline alone beside a process that keeps the "
        "other core busy copying memory, each round (is the service's extra CPU per message "
        "its own, or its neighbours' on the machine?)",
    )
    parser.add_argument(
        "--aa",
        action="store_true",
        help="--throughput-only: also run count only (exactly_once, 1 worker) before the time "
        "bound each round, so the time bound runs between two count-only runs: prints the A/A "
        "ratio of those two (the noise one pair of runs carries) and the time bound against "
        "their mean (a drift of the machine's speed over the three runs cancels)",
    )
    parser.add_argument(
        "--two-workers",
        action="store_true",
        help="--throughput-only: also run exactly_once --workers 2 between two at_least_once "
        "--workers 2 runs each round (A B A, as the full run does), and run each --variant at 2 "
        "workers with both guarantees instead of exactly_once at 1",
    )
    parser.add_argument(
        "--variant",
        type=parse_variant,
        action="append",
        default=[],
        help="--throughput-only: also run exactly_once --workers 1 with these settings each "
        "round ('NEWSWIRE_COMPRESSION_TYPE=lz4'; several in one value, space-separated; repeat "
        "for more variants) and report its ratios beside the default's; in the latency phase "
        "(--latency-only, or a full run's part 4): run every load with the default and each variant, taking turns "
        "(--latency-repeats times each), warm, and print them side by side (p99, transactions "
        "per 1,000 records, CPU ms per message)",
    )


def _repeats_and_warm_up(parser: argparse.ArgumentParser) -> None:
    """How the runs warm up and the latency runs repeat: ``--warm-transactions``,
    ``--latency-repeats``, ``--warmup-messages``."""
    parser.add_argument(
        "--warm-transactions",
        type=int,
        default=WARM_TRANSACTIONS,
        help="before the first measured run (throughput, or latency with --latency-only), this many unmeasured transactions on the fresh "
        "broker (bench.txcost.warm_broker): its transaction path costs about twice the CPU over "
        f"its first ~900 (JIT warming), which a production broker has long behind it (default "
        f"{WARM_TRANSACTIONS}; 0: none, as until session 27)",
    )
    parser.add_argument(
        "--latency-repeats",
        type=int,
        default=1,
        help="run the highest load's latency runs (the default and each --batch-ms / --fill-ms) "
        "this many times, taking turns (every other repetition reversed); the report prints "
        "each run and the medians, and the ceiling judges the default's median (~1.5 min a run)",
    )
    parser.add_argument(
        "--warmup-messages",
        type=int,
        default=None,
        help="before the probe and each latency run, offer this many messages at once, wait for "
        f"their outputs and {WARMUP_SETTLE_S:.0f} s more, so the new workers' cold start stays out "
        f"of the percentiles (e.g. {WARMUP_MESSAGES}: about one cycle of the corpus per worker; "
        "default 0: measured as before, and with --variant in the latency phase "
        f"{WARMUP_MESSAGES}; each run prints its p99 for the first 10 s against the rest, which "
        "says whether a start is slow)",
    )
    parser.add_argument(
        "--start-seconds",
        type=float,
        default=START_S,
        help="each latency run offers its load this long before its timed window (the start "
        "window: new workers' first seconds, their inputs checked to come out once and their "
        f"p99 printed apart; default {START_S:.0f}; 0: timed from the first input, as until "
        "session 61)",
    )
    parser.add_argument(
        "--warmup-seconds",
        type=float,
        default=None,
        help="before the first measured latency row, an unmeasured run at the lowest load for "
        "this long: the broker fresh from its start no longer meets the first row alone "
        f"(default 0, and with --variant in the latency phase {WARMUP_ROW_S:.0f})",
    )
