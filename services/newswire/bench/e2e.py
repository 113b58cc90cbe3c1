"""``make bench-e2e``: throughput, latency and memory on a real broker, each against a baseline
measured in the same run on the same machine.

Runs, in order, on one corpus (``bench_corpus``: the 118 dev HTML pages of the extraction
benchmark as gzip-compressed JSON envelopes, the 21 text seeds as bare text, ~10% bad inputs,
cycled to ``--messages``, 5,000 by default; without ../shared/bench, the seed HTML pages):

1. pipeline only: ``Pipeline.process`` over the corpus in this process; articles/s, µs per stage;
2. raw bus: a plain aiokafka consume -> produce loop copying the bytes between two topics with the
   service's batching (500 records / 100 ms, idempotent acks=all producer, commit after the acks);
   throughput in (2) and (3) is the steady state over the middle 80% of the outputs, from the
   end of a burst (one batch's commits) to the end of a burst (``e2e_report.steady``);
3. newswire end to end, ``--workers 1`` and ``2``, ``exactly_once`` and ``at_least_once``, and
   ``exactly_once --workers 1`` once more with batches bounded by count only
   (``NEWSWIRE_BATCH_MAX_PROCESSING_MS=0``): the topic (4 partitions) is loaded first, then the
   service starts; output record timestamps give the rate; peak RSS per worker sampled every
   0.25 s;
(1)-(3) run in ``--rounds`` interleaved rounds (``e2e_rounds``: 5 by default; every other round
in reverse order; the pipeline alone on both sides of exactly_once with 1 worker, at_least_once
on both sides of exactly_once with 2: A B A) and each row is its median round; a ratio is the
median of its rounds' ratios, every round printed: this VM's speed drifts by +-15 % within
minutes, and a ratio must compare like with like.

4. latency: exactly_once, 2 workers. First a saturation probe (``--probe-seconds``, offered at
   110% of (3)'s rate): what the service delivers with the load generator and the latency
   consumer on the same cores, or (3)'s preloaded rate if lower, is 100% load
   (``e2e_repeats.load_base``); then 50% and 80% of it for ``--latency-seconds``
   each: from the producer's acknowledgement of an input to a read_committed consumer receiving
   its output; RSS at 20%, at half the run (after warm-up) and at the end; CPU ms per message of
   the workers, the broker and the apparatus (``e2e_cpu``); before each run, the machine's speed
   of that minute (pipeline only, three short passes: ``e2e_pipeline.machine_speed``), which scales
   the run's offered rate against the same pass just before the probe with ``--speed-scaling``
   (``e2e_speed``; off by default: a single reading can be the outlier), so 80% load is 80% of
   what the machine can do in that minute.

Prints one table (``e2e_report``) with the machine's speed in this run (pipeline-only msgs/s, µs
per stage, CPU ms per message of each throughput row) and the ratios and ceilings of issues 6 and
19; writes JSON and two PNG charts. ``--throughput-only`` runs (1) and (3)'s exactly_once
``--workers 1`` rows alone, round after round (``e2e_throughput``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from newswire.bench.e2e_args import arguments
from newswire.bench.e2e_charts import charts
from newswire.bench.e2e_cpu import WorkerSampler, snapshot, window_cpu, window_sched
from newswire.bench.e2e_cpu import preloaded_account as cpu_account
from newswire.bench.e2e_latency import latencies
from newswire.bench.e2e_pipeline import (
    corpus_mb,
    machine_speed,
    pipeline_only,
    pipeline_only_report,
)
from newswire.bench.e2e_receipts import batch_metrics
from newswire.bench.e2e_report import (
    EOS2,
    RAW_BUS,
    Throughput,
    report,
    steady,
)
from newswire.bench.e2e_rounds import full_rounds
from newswire.bench.e2e_service import PARTITIONS, bench_corpus, machine, service_env, topics_of
from newswire.bench.e2e_throughput import (
    beside_busy_core,
    throughput_report,
    throughput_rounds,
    variant_name,
)
from newswire.bench.txcost import warm_broker
from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.dev.harness import (
    ServiceProcess,
    assign_from_beginning,
    cluster,
    committed_consumer,
    http_get,
    kafka_consumer,
    kafka_producer,
    publish,
)
from newswire.dev.stopsignals import stops_on_signals
from newswire.settings import Settings

# -- 2. raw bus baseline -------------------------------------------------------------------------


async def raw_bus(bootstrap: str, values: list[bytes]) -> Throughput:
    """Copy bytes raw -> out with the service's batching and at-least-once commit protocol."""
    tag = uuid.uuid4().hex[:8]
    raw, out, _ = topics_of(tag)
    await ensure_topics(
        Connection(bootstrap), [raw, out], partitions=PARTITIONS, replication_factor=1
    )
    await publish(bootstrap, raw, values)
    consumer = kafka_consumer(
        bootstrap,
        raw,
        group_id=f"bench{tag}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
        max_partition_fetch_bytes=16 * 1024 * 1024,
    )
    producer = kafka_producer(
        bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        compression_type="zstd",
        max_request_size=16 * 1024 * 1024,
    )
    await consumer.start()
    await producer.start()
    copied = 0
    try:
        while copied < len(values):
            batches = await consumer.getmany(timeout_ms=100, max_records=500)
            if not batches:
                continue
            futures = [
                await producer.send(out, message.value)
                for messages in batches.values()
                for message in messages
            ]
            await asyncio.gather(*futures)
            await consumer.commit({tp: ms[-1].offset + 1 for tp, ms in batches.items()})
            copied += len(futures)
    finally:
        await consumer.stop()
        await producer.stop()
    stamps = await _output_timestamps(bootstrap, [out], copied, time.monotonic() + 120)
    return steady(RAW_BUS, stamps, corpus_mb(values), {})


# -- 3. newswire end to end ----------------------------------------------------------------------


async def _output_timestamps(
    bootstrap: str, topics: list[str], expect: int, deadline: float
) -> list[float]:
    consumer = committed_consumer(bootstrap)
    await consumer.start()
    stamps: list[float] = []
    try:
        await assign_from_beginning(consumer, topics, PARTITIONS)
        while len(stamps) < expect and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=500)
            stamps.extend(m.timestamp / 1000 for ms in batches.values() for m in ms)
    finally:
        await consumer.stop()
    return stamps


def service_runner(
    bootstrap: str, values: list[bytes], log: Path
) -> Callable[[int, str, bool, Mapping[str, str]], Awaitable[Throughput]]:
    """``newswire_run`` on this bench's corpus and broker, called as (workers, guarantee, time
    bound, settings): the full run, ``--latency-only`` and ``--throughput-only`` start their
    service rows the same way."""

    def run(
        workers: int, guarantee: str, time_bound: bool, settings: Mapping[str, str]
    ) -> Awaitable[Throughput]:
        return newswire_run(
            bootstrap,
            values,
            workers=workers,
            guarantee=guarantee,
            log=log,
            time_bound=time_bound,
            settings=settings,
        )

    return run


async def newswire_run(
    bootstrap: str,
    values: list[bytes],
    *,
    workers: int,
    guarantee: str,
    log: Path,
    time_bound: bool = True,
    settings: Mapping[str, str] | None = None,
) -> Throughput:
    """One service row: the topic loaded first, then the service started on it; ``settings``
    (NEWSWIRE_* variables) on top of the bench's, named in the row (``--variant``)."""
    tag = uuid.uuid4().hex[:8]
    raw, articles, dlq = topics_of(tag)
    await ensure_topics(
        Connection(bootstrap), [raw, articles, dlq], partitions=PARTITIONS, replication_factor=1
    )
    await publish(bootstrap, raw, values)
    env = {**service_env(tag, guarantee), **(settings or {})}
    name = variant_name(_run_name(workers, guarantee, time_bound), settings or {})
    if not time_bound:
        env["NEWSWIRE_BATCH_MAX_PROCESSING_MS"] = "0"
    service = ServiceProcess(bootstrap, env=env, workers=workers, log_path=log)
    try:
        before = snapshot(service.process.pid)
        with WorkerSampler(service.worker_pids) as sampler:
            stamps = await _output_timestamps(
                bootstrap, [articles, dlq], len(values), time.monotonic() + 600
            )
        cpu = cpu_account(before, snapshot(service.process.pid), len(stamps))
        batches = f"{batch_metrics(http_get(f'{service.base_url}/metrics')[1])}; whole run {cpu}"
    finally:
        service.stop(timeout=60)
    if len(stamps) < len(values):
        raise RuntimeError(f"only {len(stamps)} of {len(values)} outputs arrived; see {log}")
    row = steady(name, stamps, corpus_mb(values), sampler.peak)
    row.cpu_ms, row.pipeline_cpu_ms = window_cpu(sampler.trace, *row.window, row.messages)
    row.pipeline_sched = window_sched(sampler.trace, *row.window, row.messages)
    row.batches = batches
    return row


# -- report --------------------------------------------------------------------------------------


def _run_name(workers: int, guarantee: str, time_bound: bool) -> str:
    return f"newswire {guarantee} --workers {workers}" + ("" if time_bound else ", no time bound")


async def run_all(bootstrap: str, args: argparse.Namespace) -> dict[str, Any]:
    values = bench_corpus(args.messages)
    log = args.out / "bench-service.log"
    await warm_broker(bootstrap, args.warm_transactions)
    rows, stage_us = await full_rounds(
        args.rounds,
        lambda: pipeline_only(values),
        lambda: raw_bus(bootstrap, values),
        service_runner(bootstrap, values, log),
    )
    best = next(r.per_s for r in rows if r.name == EOS2)
    return {
        **_report_head(values, stage_us, rounds=args.rounds, warmed=args.warm_transactions),
        "throughput": rows,
        "latencies": await latencies(
            bootstrap,
            values,
            args,
            log,
            best_per_s=best,
            loads=args.loads,
            speed=machine_speed(values),
        ),
    }


async def latency_only(bootstrap: str, args: argparse.Namespace) -> dict[str, Any]:
    """A partial run for A/B work on a busy machine: the machine's speed (1), the capacity (one
    ``exactly_once --workers 2`` run of (3), unless ``--capacity`` gives it) and (4) at
    ``--loads``; the same table, without the rows and ratios it did not measure. The broker is
    warmed as for a full run: without it the first row met a broker whose JIT compiler took half
    its CPU (session 51's JFR reading), a cost a production broker has long behind it."""
    values = bench_corpus(args.messages)
    log = args.out / "bench-service.log"
    await warm_broker(bootstrap, args.warm_transactions)
    pipeline, stage_us = pipeline_only(values)
    rows = [pipeline]
    if args.capacity is None:
        print("capacity: newswire exactly_once --workers 2 …", flush=True)
        rows.append(await service_runner(bootstrap, values, log)(2, "exactly_once", True, {}))
        capacity = rows[-1].per_s
    else:
        capacity = args.capacity
    return {
        **_report_head(values, stage_us, rounds=1, warmed=args.warm_transactions),
        "throughput": rows,
        "latencies": await latencies(
            bootstrap,
            values,
            args,
            log,
            best_per_s=capacity,
            loads=args.loads,
            speed=machine_speed(values),
        ),
    }


async def throughput_only(bootstrap: str, args: argparse.Namespace) -> str:
    """``--throughput-only`` (``e2e_throughput``): the throughput ratios' runs in turn."""
    values = bench_corpus(args.messages)
    log = args.out / "bench-service.log"

    alone = lambda: pipeline_only(values)[0]  # noqa: E731 - the same run twice below
    await warm_broker(bootstrap, args.warm_transactions)
    found = await throughput_rounds(
        args.rounds,
        alone,
        service_runner(bootstrap, values, log),
        args.variant,
        (lambda: beside_busy_core(alone)) if args.busy_neighbour else None,
        aa=args.aa,
        two_workers=args.two_workers,
    )
    head = f"# {machine()}{_warmed(args.warm_transactions)}; {len(values)} messages, {corpus_mb(values):.1f} MB"
    return throughput_report(found, head, args.variant)


def _warmed(transactions: int) -> str:
    """The report head's word on the broker's warm-up before the first throughput run."""
    return f"; broker warmed by {transactions} unmeasured transactions" if transactions else ""


def _report_head(
    values: list[bytes], stage_us: dict[str, float], *, rounds: int, warmed: int = 0
) -> dict[str, Any]:
    """The report's head, the same for a full and a partial run: the machine, the corpus, the
    machine's speed per stage in this run and how many throughput rounds the rows are medians of."""
    return {
        "machine": machine() + _warmed(warmed),
        "messages": len(values),
        "corpus_mb": corpus_mb(values),
        "latency_workers": 2,
        "stage_us": stage_us,
        "rounds": rounds,
    }


@stops_on_signals
def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, (__doc__ or "").splitlines()[0])
    if args.pipeline_only:
        values = bench_corpus(args.messages)
        print(pipeline_only_report([pipeline_only(values) for _ in range(args.rounds)]))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    if args.throughput_only:
        with cluster(
            Settings(), args.bootstrap, prefix="newswire-bench-broker-", heap_mb=1024
        ) as bootstrap:
            print(asyncio.run(throughput_only(bootstrap, args)))
        return 0
    if args.latency_only:
        with cluster(
            Settings(), args.bootstrap, prefix="newswire-bench-broker-", heap_mb=1024
        ) as bootstrap:
            print(report(asyncio.run(latency_only(bootstrap, args))))
        return 0
    with cluster(
        Settings(), args.bootstrap, prefix="newswire-bench-broker-", heap_mb=1024
    ) as bootstrap:
        results = asyncio.run(run_all(bootstrap, args))
    text = report(results)
    print()
    print(text)
    (args.out / "e2e.txt").write_text(text + "\n")
    serializable = {
        **results,
        "throughput": [
            {**asdict(r), "per_s": r.per_s, "mb_per_s": r.mb_per_s} for r in results["throughput"]
        ],
        "latencies": [
            {k: v for k, v in asdict(latency).items() if k != "samples_ms"}
            for latency in results["latencies"]
        ],
    }
    (args.out / "e2e.json").write_text(json.dumps(serializable, indent=2) + "\n")
    for path in charts(results, args.out):
        print(f"chart: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
