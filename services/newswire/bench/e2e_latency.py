"""``make bench-e2e``, part 4: latency at a fixed offered rate, from the producer's
acknowledgement of an input to a read_committed consumer receiving its output."""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import orjson

from newswire.bench.e2e_cpu import account, load_share, snapshot, workers_and_broker_ms
from newswire.bench.e2e_pipeline import SPEED_RECORDS
from newswire.bench.e2e_receipts import (
    Receipts,
    batch_metrics,
    early_and_late,
    quantile,
    record_ack,
    split_at_start,
    start_words,
    transactions_per_1000,
)
from newswire.bench.e2e_repeats import RunSpec, latency_plan, load_base
from newswire.bench.e2e_report import Latency
from newswire.bench.e2e_service import PARTITIONS, rss_mb, service_env, topics_of
from newswire.bench.e2e_speed import Offer, reference_speed, stamp
from newswire.bench.e2e_variants import variant_label, variant_plan
from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.dev.harness import (
    ServiceProcess,
    assign_from_beginning,
    committed_consumer,
    http_get,
    kafka_producer,
)

#: Offered rates of the latency runs, as fractions of the capacity (issue 19).
LOADS = (0.5, 0.8)
#: The saturation probe's offered rate, as a fraction of the capacity from a preloaded topic: above
#: what the service can sustain with the load generator and the latency consumer running, so the
#: rate it delivers is what it sustains in the latency runs' configuration.
PROBE_LOAD = 1.1


#: Seconds of each latency run's load offered before its timed window (``--start-seconds``): the
#: start window. Each run starts new workers on new topics, a new group and new transactional
#: ids, and their first seconds carry the first-time costs of all of them (the pipeline's first
#: pass over the corpus, each producer's and the broker's first transactions) into a queue that at
#: 80% load (93-95% of the cores asked) drains at a few percent of spare capacity: session 60's
#: run "first 10 s 896 ms, rest 224". The window's inputs are offered at the run's own rate (no
#: step between it and the timed window), each checked to come out exactly once, and its p99 is
#: printed apart: a new worker's start, not the latency at load the floors judge.
START_S = 10.0

#: Messages offered before each latency run's measured load (``warm_up``): each worker sees
#: about one cycle of the corpus's distinct inputs.
WARMUP_MESSAGES = SPEED_RECORDS


async def latencies(
    bootstrap: str,
    values: list[bytes],
    args: argparse.Namespace,
    log: Path,
    *,
    best_per_s: float,
    loads: tuple[float, ...] = LOADS,
    speed: Callable[[], float] | None = None,
) -> list[Latency]:
    """The saturation probe (unless ``--probe-seconds 0``), then (4) at each load of the
    capacity (``load_base``: the lower of the probe's and ``best_per_s``) in ``_runs``' plan.

    ``best_per_s`` (exactly_once, 2 workers, from a preloaded topic) is measured without the
    load generator and the latency consumer, which share the same cores in (4): in session 11,
    80% of it was past what the service sustained with them (143 of 149 msgs/s delivered).
    The probe offers more than that for ``--probe-seconds``; the rate delivered over the middle
    80% of the time is the capacity in the latency runs' own configuration, unless the
    preloaded rate is lower (session 18: the probe's 30 s in a faster stretch).

    ``speed`` (pipeline-only msgs/s, short passes, no service running) is taken just before
    each run: this VM's speed moves by 30% within minutes (session 14's probe: every process,
    the broker and the load generator too, cost ~30% more CPU per message than in session 13's
    probe with batches of the same size), so each row carries the machine's speed of its own
    minute, comparable with the throughput phase's pipeline only, and (with ``--speed-scaling``)
    scales the run's offered rate by it against the speed just before the probe (``e2e_speed``:
    off by default since session 30's reference reading was itself the outlier)."""
    probe = await _probe(bootstrap, values, args, log, best_per_s, speed=speed)
    capacity, which = load_base(probe[0].received_per_s if probe else None, best_per_s)
    print(f"100% load = {capacity:.0f} msgs/s (the {which}'s; preloaded {best_per_s:.0f})")
    reference, scaled = reference_speed(probe, speed), getattr(args, "speed_scaling", False)
    await _warm_up_row(bootstrap, values, args, log, capacity=capacity, loads=loads)
    latencies = []
    for (load, batch_ms, fill_ms), settings in _runs(args, loads):
        offer = Offer(capacity * load, speed() if speed else 0.0, reference, scaled)
        print(
            f"latency at {load:.0%} load{_with(batch_ms, fill_ms, settings)}, "
            f"{offer.words()} for {args.latency_seconds:.0f} s …",
            flush=True,
        )
        latencies.append(
            await latency_run(
                bootstrap,
                values,
                load=load,
                rate_per_s=offer.per_s,
                seconds=args.latency_seconds,
                workers=2,
                log=log,
                batch_ms=batch_ms,
                fill_ms=fill_ms,
                warmup=_warmup_of(args),
                settings=settings,
                start_s=float(getattr(args, "start_seconds", 0.0)),
            )
        )
        stamp(latencies[-1], offer)
    for latency in probe + latencies:
        latency.capacity_per_s, latency.preloaded_capacity_per_s = capacity, best_per_s
    return probe + latencies


def _with(batch_ms: int | None, fill_ms: int | None, settings: Mapping[str, str]) -> str:
    """A latency run's setting in its progress line ("": the default)."""
    words = "" if batch_ms is None else f" with a fixed batch bound of {batch_ms} ms"
    words += "" if fill_ms is None else f" with a fill wait of {fill_ms} ms"
    return words + (f" with {variant_label(settings)}" if settings else "")


def _runs(
    args: argparse.Namespace, loads: tuple[float, ...]
) -> list[tuple[RunSpec, dict[str, str]]]:
    """(load, fixed batch bound, fill wait) and extra settings of each latency run: with
    ``--variant``, the default and each variant at every load, taking turns
    (``e2e_variants.variant_plan``); else the default at every load, then each ``--batch-ms``
    and ``--fill-ms`` at the highest, the latter ``--latency-repeats`` times
    (``e2e_repeats.latency_plan``)."""
    repeats = getattr(args, "latency_repeats", 1)
    if variants := getattr(args, "variant", []):
        return [
            ((load, None, None), settings)
            for load, settings in variant_plan(loads, variants, repeats)
        ]
    return [(spec, {}) for spec in latency_plan(loads, args.batch_ms, args.fill_ms, repeats)]


async def _warm_up_row(
    bootstrap: str,
    values: list[bytes],
    args: argparse.Namespace,
    log: Path,
    *,
    capacity: float,
    loads: tuple[float, ...],
) -> None:
    """``--warmup-seconds``: a short unmeasured run at the lowest load before the first
    measured row. Without it (and without a probe) the first row alone meets whatever a broker
    fresh from its start does first: session 26's A/B at 50% load gave the row that ran first a
    p99 of 651 ms against 508 for the second, so the order of the runs may have decided p99 at
    50% rather than the setting."""
    seconds = float(getattr(args, "warmup_seconds", 0) or 0)
    if seconds <= 0 or not loads:
        return
    load = min(loads)
    print(f"warm-up row: {load:.0%} load for {seconds:.0f} s, not measured …", flush=True)
    await latency_run(
        bootstrap,
        values,
        load=load,
        rate_per_s=capacity * load,
        seconds=seconds,
        workers=2,
        log=log,
        warmup=_warmup_of(args),
    )


def _warmup_of(args: argparse.Namespace) -> int:
    return int(getattr(args, "warmup_messages", 0))


async def _probe(
    bootstrap: str,
    values: list[bytes],
    args: argparse.Namespace,
    log: Path,
    best_per_s: float,
    *,
    speed: Callable[[], float] | None,
) -> list[Latency]:
    """The saturation probe with the machine's speed just before it; none at
    ``--probe-seconds 0``."""
    if args.probe_seconds <= 0:
        return []
    machine = speed() if speed else 0.0
    rate, seconds = best_per_s * PROBE_LOAD, args.probe_seconds
    print(
        f"capacity probe: {rate:.0f} msgs/s ({PROBE_LOAD:.0%} of the preloaded capacity "
        f"{best_per_s:.0f}) for {seconds:.0f} s …",
        flush=True,
    )
    probe = await latency_run(
        bootstrap,
        values,
        load=PROBE_LOAD,
        rate_per_s=rate,
        seconds=seconds,
        workers=2,
        log=log,
        probe=True,
        warmup=_warmup_of(args),
    )
    probe.machine_per_s = machine
    return [probe]


async def latency_run(
    bootstrap: str,
    values: list[bytes],
    *,
    load: float,
    rate_per_s: float,
    seconds: float,
    workers: int,
    log: Path,
    batch_ms: int | None = None,
    probe: bool = False,
    fill_ms: int | None = None,
    warmup: int = 0,
    settings: Mapping[str, str] | None = None,
    start_s: float = 0.0,
) -> Latency:
    service, (raw, articles, dlq) = await _service(
        bootstrap, workers, log, batch_ms, fill_ms, settings=settings
    )
    sent: dict[tuple[int, int], float] = {}
    receipts = Receipts()
    received = receipts.received
    cpu = metrics = ""
    total = int(rate_per_s * (seconds + start_s))  # the start window first, then the timed one
    try:
        if not await service.wait_ready():
            raise RuntimeError(f"service not ready; see {log}")
        # The broker answers a waiting read_committed fetch as soon as a commit marker makes
        # records visible, so a long wait costs no latency (A/B at 10 msgs/s: EndTxn -> receipt
        # p50 11 ms at 100 ms, 12-17 ms at 5 ms), while a 5 ms one polled the broker ~200 times
        # a second, CPU the service then lacked at 80% load.
        consumer = committed_consumer(bootstrap, fetch_max_wait_ms=100)
        await consumer.start()
        await assign_from_beginning(consumer, [articles, dlq], PARTITIONS)
        producer = kafka_producer(
            bootstrap, acks="all", linger_ms=0, max_request_size=8 * 1024 * 1024
        )
        await producer.start()
        # RSS per worker at 20% and at half of the run, then at the end: the pipeline alone grows
        # ~20% over its first ~750 records (caches, the allocator's arenas) and is flat after
        # (README, Performance), so the growth is taken after half the run.
        marks = {int(total * 0.2): 0.2, int(total * 0.5): 0.5}
        rss: dict[float, list[float]] = {0.2: [], 0.5: [], 1.0: []}

        async def produce() -> None:
            started = time.perf_counter()
            tick = 0.01
            for i in range(total):
                due = started + i / rate_per_s
                delay = due - time.perf_counter()
                if delay > tick:
                    await asyncio.sleep(delay)
                future = await producer.send(raw, values[i % len(values)])
                future.add_done_callback(record_ack(sent))
                if i in marks:
                    rss[marks[i]] = [rss_mb(pid) for pid in service.worker_pids()]

        async def consume() -> None:
            deadline = time.monotonic() + start_s + seconds + 120
            while len(received) < total and time.monotonic() < deadline:
                fetched = await consumer.getmany(timeout_ms=100)
                now = time.time()
                for messages in fetched.values():
                    for message in messages:
                        receipts.take(orjson.loads(message.value), message.timestamp, now)

        await warm_up(producer, consumer, raw, values[:warmup])
        cpu_before = snapshot(service.process.pid)
        await asyncio.gather(produce(), consume())
        # Per output received: a run that its deadline ended early (a probe far past capacity on a
        # busy machine) processed fewer than it was offered.
        after = snapshot(service.process.pid)
        cpu, cpu_parts, share = (
            account(cpu_before, after, len(received), offered_per_s=rate_per_s),
            workers_and_broker_ms(cpu_before, after, len(received)),
            load_share(cpu_before, after, len(received), rate_per_s),
        )
        rss[1.0] = [rss_mb(pid) for pid in service.worker_pids()]
        metrics = http_get(f"{service.base_url}/metrics")[1]
        await producer.stop()
        await consumer.stop()
    finally:
        service.stop(timeout=60)
    start_samples, samples = split_at_start(sent, received, start_s)
    breakdown = (
        f"{batch_metrics(metrics)}; {receipts.breakdown(sent)}; {receipts.tail(sent)};"
        f" {early_and_late(sent, received)}{start_words(start_s, start_samples, total, receipts)}"
    )
    print(f"    {breakdown}\n    {cpu}", flush=True)
    if not samples:
        raise RuntimeError(f"no latency samples; see {log}")
    return Latency(
        load=load,
        offered_per_s=rate_per_s,
        seconds=seconds,
        messages=len(samples),
        p50_ms=quantile(samples, 0.50),
        p95_ms=quantile(samples, 0.95),
        p99_ms=quantile(samples, 0.99),
        max_ms=samples[-1],
        rss_after_warmup_mb=rss[0.5],
        rss_early_mb=rss[0.2],
        rss_end_mb=rss[1.0],
        samples_ms=samples,
        batch_max_processing_ms=batch_ms,
        batch_fill_ms=fill_ms,
        received_per_s=_received_per_s(received.values(), min(sent.values()) + start_s, seconds),
        breakdown=breakdown,
        cpu=cpu,
        probe=probe,
        settings=dict(settings or {}),
        transactions_per_1000=transactions_per_1000(metrics),
        workers_cpu_ms=cpu_parts[0],
        broker_cpu_ms=cpu_parts[1],
        cpu_share=share,
        start_seconds=start_s,
        start_p99_ms=quantile(start_samples, 0.99) if start_samples else 0.0,
    )


#: Seconds after a warm-up for the worker's recent-busy share (``batchbound.BusyShare``, a 2 s
#: average) to forget the warm-up's backlog before the measured load starts.
WARMUP_SETTLE_S = 3.0


async def warm_up(producer: Any, consumer: Any, topic: str, values: list[bytes]) -> None:
    """Offer ``values`` at once and wait for all their outputs (at most 2 minutes), then let the
    workers settle: each latency run starts new workers, whose first records pay the process's
    cold start (models and caches loaded, each partition's transactional producer's first
    transaction) on top of the offered load; at 80% load a backlog drains at a fifth of the
    rate it grew, so a second of cold start sets several seconds of the tail (``early_and_late``
    shows it per run). No warm-up (``--warmup-messages 0``) measures the cold start as well."""
    if not values:
        return
    for value in values:
        await producer.send(topic, value)
    await producer.flush()
    received, deadline = 0, time.monotonic() + 120
    while received < len(values) and time.monotonic() < deadline:
        fetched = await consumer.getmany(timeout_ms=100)
        received += sum(len(messages) for messages in fetched.values())
    await asyncio.sleep(WARMUP_SETTLE_S)


async def _service(
    bootstrap: str,
    workers: int,
    log: Path,
    batch_ms: int | None,
    fill_ms: int | None = None,
    *,
    settings: Mapping[str, str] | None = None,
) -> tuple[ServiceProcess, tuple[str, str, str]]:
    """The service on new topics (raw, articles, dead letters), starting; ``settings`` (a
    ``--variant``) on top of the bench's."""
    tag = uuid.uuid4().hex[:8]
    topics = topics_of(tag)
    await ensure_topics(
        Connection(bootstrap), list(topics), partitions=PARTITIONS, replication_factor=1
    )
    env = service_env(tag, "exactly_once")
    if batch_ms is not None:  # a fixed bound: floor and ceiling the same
        env["NEWSWIRE_BATCH_MAX_PROCESSING_MS"] = str(batch_ms)
        env["NEWSWIRE_BATCH_MIN_PROCESSING_MS"] = str(batch_ms)
    if fill_ms is not None:
        env["NEWSWIRE_BATCH_FILL_MS"] = str(fill_ms)
    env.update(settings or {})
    return ServiceProcess(bootstrap, env=env, workers=workers, log_path=log), topics


def _received_per_s(received: Iterable[float], started: float, seconds: float) -> float:
    """Outputs per second received between 10% and 90% of the time the load was offered."""
    low, high = started + seconds * 0.1, started + seconds * 0.9
    return sum(1 for at in received if low <= at < high) / (high - low)
