"""``make bench-e2e``, part 4: latency at a fixed offered rate, from the producer's
acknowledgement of an input to a read_committed consumer receiving its output."""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from newswire.bench.e2e_report import Latency
from newswire.bench.e2e_service import PARTITIONS, rss_mb, service_env, topics_of
from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.dev.harness import (
    ServiceProcess,
    assign_from_beginning,
    committed_consumer,
    kafka_producer,
)

#: Offered rates of the latency runs, as fractions of the measured maximum (issue 19).
LOADS = (0.5, 0.8)


async def latencies(
    bootstrap: str,
    values: list[bytes],
    args: argparse.Namespace,
    log: Path,
    *,
    best_per_s: float,
    loads: tuple[float, ...] = LOADS,
) -> list[Latency]:
    """Run (4) at each load, then the time bound's default against other values at the highest
    load, where a longer batch shows in the tail first."""
    runs: list[tuple[float, int | None]] = [(load, None) for load in loads]
    runs += [(loads[-1], batch_ms) for batch_ms in args.batch_ms]
    latencies = []
    for load, batch_ms in runs:
        setting = "" if batch_ms is None else f" with a fixed batch bound of {batch_ms} ms"
        print(
            f"latency at {load:.0%} load{setting}, {best_per_s * load:.0f} msgs/s for "
            f"{args.latency_seconds:.0f} s …",
            flush=True,
        )
        latencies.append(
            await latency_run(
                bootstrap,
                values,
                load=load,
                rate_per_s=best_per_s * load,
                seconds=args.latency_seconds,
                workers=2,
                log=log,
                batch_ms=batch_ms,
            )
        )
    return latencies


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
) -> Latency:
    tag = uuid.uuid4().hex[:8]
    raw, articles, dlq = topics_of(tag)
    await ensure_topics(
        Connection(bootstrap), [raw, articles, dlq], partitions=PARTITIONS, replication_factor=1
    )
    env = service_env(tag, "exactly_once")
    if batch_ms is not None:  # a fixed bound: floor and ceiling the same
        env["NEWSWIRE_BATCH_MAX_PROCESSING_MS"] = str(batch_ms)
        env["NEWSWIRE_BATCH_MIN_PROCESSING_MS"] = str(batch_ms)
    service = ServiceProcess(bootstrap, env=env, workers=workers, log_path=log)
    sent: dict[tuple[int, int], float] = {}
    received: dict[tuple[int, int], float] = {}
    total = int(rate_per_s * seconds)
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
                future.add_done_callback(_record_ack(sent))
                if i in marks:
                    rss[marks[i]] = [rss_mb(pid) for pid in service.worker_pids()]

        async def consume() -> None:
            deadline = time.monotonic() + seconds + 120
            while len(received) < total and time.monotonic() < deadline:
                batches = await consumer.getmany(timeout_ms=100)
                now = time.time()
                for messages in batches.values():
                    for message in messages:
                        event = orjson.loads(message.value)
                        origin = event.get("provenance") or event["original"]
                        received[(int(origin["partition"]), int(origin["offset"]))] = now

        await asyncio.gather(produce(), consume())
        rss[1.0] = [rss_mb(pid) for pid in service.worker_pids()]
        await producer.stop()
        await consumer.stop()
    finally:
        service.stop(timeout=60)
    samples = sorted((received[k] - sent[k]) * 1000 for k in received if k in sent)
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
        received_per_s=_received_per_s(received.values(), min(sent.values()), seconds),
    )


def _received_per_s(received: Iterable[float], started: float, seconds: float) -> float:
    """Outputs per second received between 10% and 90% of the time the load was offered."""
    low, high = started + seconds * 0.1, started + seconds * 0.9
    return sum(1 for at in received if low <= at < high) / (high - low)


def _record_ack(sent: dict[tuple[int, int], float]) -> Any:
    def done(future: asyncio.Future[Any]) -> None:
        if not future.cancelled() and future.exception() is None:
            metadata = future.result()
            sent[(metadata.partition, metadata.offset)] = time.time()

    return done


def quantile(sorted_values: list[float], q: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]
