"""Batches bounded by processing time on the real broker: a rebalance and a rewind while the rest
of a cut batch is held keep every input exactly once.

The loop runs in this process on the real Kafka adapters, so the test can give it a clock that
cuts every batch after a few records (``_clock``: wall time would cut at random on a busy
machine), count its metrics, and make one transaction fail. With batches of up to 20 records,
most are held after each cut while the backlog lasts: whatever moment a rebalance or rewind
comes, records fetched under the old epoch are in hand and must be dropped and re-read. Each
test runs with the fixed bound (2 records), with the adaptive one (the floor, 2 records, until
three batches in a row have seen more work in sight than its ceiling: the backlog, read from the
consumer's lag, then raises it to the ceiling, up to 7 records), and with the adaptive one on
small fetch responses ("topped": 16 KiB a partition, a few records each, so under the backlog a
batch processed whole tops up from what the consumer fetched meanwhile, ``batchfill.top_up``).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime

import pytest
from aiokafka import AIOKafkaConsumer
from prometheus_client import CollectorRegistry

from newswire.app import Service
from newswire.bus.connection import Connection
from newswire.bus.consumer import KafkaSource
from newswire.bus.transactional import KafkaTransactionalSink
from newswire.dev.harness import mixed_inputs
from newswire.errors import BrokerUnavailable
from newswire.loopoptions import LoopOptions
from newswire.metrics import Metrics
from newswire.pipeline import Outcome, Pipeline, PipelineOptions
from newswire.records import InRecord, OutRecord, TopicPartition
from tests.support import Topics, collect, create_topics, input_offset, produce

pytestmark = pytest.mark.kafka

#: The clock advances 100 ms per read: a 150 ms bound cuts every batch after 2 records.
BOUND_MS = 150
#: The adaptive bound's ceiling in the "adaptive" runs: under the backlog of these tests (hundreds
#: of records at ~100 ms of the clock each) the bound reaches it: cuts after up to 7 records.
ADAPTIVE_CEILING_MS = 650
#: Both tests run with the fixed bound, the adaptive one, and the adaptive one topping up.
BOUNDS = pytest.mark.parametrize("bound", ["fixed", "adaptive", "topped"])
#: "topped": one fetch response a partition holds one or two of the producer's record batches
#: (~4 records of ~4 KB each), under the 20 a batch may hold: room to top up.
TOPPED_FETCH_BYTES = 16 * 1024
#: ... and a ceiling with room for a few fetches (up to ~14 records of the clock's 100 ms).
TOPPED_CEILING_MS = 1500


def _clock() -> Callable[[], float]:
    ticks = itertools.count()
    return lambda: next(ticks) / 10


class _SlowPipeline(Pipeline):
    """The real pipeline, 10 ms slower per record, so the backlog outlasts the rebalance on a
    fast machine too (cuts come from the clock above, not from this)."""

    def process(self, record: InRecord, *, now: datetime | None = None) -> Outcome:
        time.sleep(0.01)
        return super().process(record, now=now)


class _FailingTransactions:
    """The real transactional sink; the commits numbered in ``failures`` raise BrokerUnavailable:
    ``lost-ack`` after really committing (the answer was lost), ``down`` without committing."""

    def __init__(
        self,
        inner: KafkaTransactionalSink,
        failures: dict[int, str],
        counting: Callable[[], bool] = lambda: True,
    ) -> None:
        self._inner = inner
        self._failures = failures
        #: Commits are numbered only once this holds (e.g. once the loop tops up batches).
        self._counting = counting
        self._commits = 0

    def is_open(self, tp: TopicPartition) -> bool:
        return self._inner.is_open(tp)

    def open_partitions(self) -> set[TopicPartition]:
        return self._inner.open_partitions()

    async def open(self, tp: TopicPartition) -> None:
        await self._inner.open(tp)

    async def close(self, tp: TopicPartition) -> None:
        await self._inner.close(tp)

    async def close_all(self) -> None:
        await self._inner.close_all()

    async def reset(self, tp: TopicPartition) -> None:
        await self._inner.reset(tp)

    async def commit(self, tp: TopicPartition, records: list[OutRecord], next_offset: int) -> None:
        self._commits += 1 if self._counting() else 0
        failure = self._failures.get(self._commits)
        if failure == "lost-ack":
            await self._inner.commit(tp, records, next_offset)
        if failure is not None:
            raise BrokerUnavailable(f"injected: {failure}")
        await self._inner.commit(tp, records, next_offset)


def _service(
    bootstrap: str,
    topics: Topics,
    metrics: Metrics,
    failures: dict[int, str] | None = None,
    *,
    bound: str = "fixed",
    fill_ms: int = 0,
    interval_ms: int = 0,
) -> Service:
    """The loop on the real adapters, batches of up to 20. ``bound`` "fixed", "adaptive" or
    "topped" (adaptive, small fetches): the slow pipeline on the test's clock (``_clock``);
    "none": batches bounded by count only, the real pipeline on wall time. ``fill_ms``: a fill
    wait, applied whatever the load; ``interval_ms``: a commit interval. ``failures``: by commit, counted from the first top-up with
    "topped"."""
    connection = Connection(bootstrap)
    transactions = KafkaTransactionalSink(
        connection, group_id=topics.group, transactional_id_prefix=f"test-{topics.group}"
    )
    timed = bound != "none"
    return Service(
        pipeline=_SlowPipeline(PipelineOptions()) if timed else Pipeline(PipelineOptions()),
        source=KafkaSource(
            connection,
            topic=topics.raw,
            group_id=topics.group,
            session_timeout_ms=6000,
            max_partition_fetch_bytes=TOPPED_FETCH_BYTES if bound == "topped" else 1024 * 1024,
        ),
        metrics=metrics,
        options=LoopOptions(
            articles_topic=topics.articles,
            deadletter_topic=topics.deadletter,
            batch_max_records=20,
            batch_max_processing_ms={
                "fixed": BOUND_MS,
                "adaptive": ADAPTIVE_CEILING_MS,
                "topped": TOPPED_CEILING_MS,
            }.get(bound, 0),
            batch_min_processing_ms=BOUND_MS,
            batch_commit_factor=0.0 if bound in ("fixed", "none") else 2.0,
            batch_fill_ms=fill_ms,
            batch_fill_busy=0.0,
            batch_top_up=bound == "topped",
            commit_interval_ms=interval_ms,
            retry_backoff_initial_s=0.05,
            retry_backoff_max_s=0.5,
        ),
        transactions=_FailingTransactions(
            transactions,
            failures or {},
            # "topped": the failures come once batches top up (a backlog seen, then a top-up).
            (lambda: metrics.batch_top_ups._value.get() > 0) if bound == "topped" else lambda: True,
        ),
        clock=_clock() if timed else time.monotonic,
    )


async def _until(condition: Callable[[], bool], within_s: float, what: str) -> None:
    deadline = time.monotonic() + within_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within_s} s: {what}")
        await asyncio.sleep(0.05)


async def _exactly_once(bootstrap: str, topics: Topics, count: int) -> None:
    events = await collect(
        bootstrap,
        [topics.articles, topics.deadletter],
        until=count,
        within_s=240,
        distinct=input_offset,
        settle_s=3,
    )
    seen = Counter(input_offset(event) for _, event in events)
    assert len(seen) == count, f"lost: {count - len(seen)}"
    assert max(seen.values()) == 1, f"duplicated: {sum(seen.values()) - len(seen)}"


def _batches_over_the_floor(metrics: Metrics) -> float:
    """Batches that processed more than BOUND_MS allows (2 records)."""
    samples = {
        (sample.name, sample.labels.get("le")): sample.value
        for family in metrics.batch_size.collect()
        for sample in family.samples
    }
    total = samples[("newswire_batch_size_count", None)]
    return float(total - samples[("newswire_batch_size_bucket", "2.0")])


def _discarded(metrics: Metrics) -> float:
    return float(
        sum(
            metrics.batches_discarded.labels(reason)._value.get()
            for reason in ("rebalance", "rewind", "remainder")
        )
    )


@BOUNDS
async def test_a_rebalance_while_a_cut_batchs_rest_is_held_keeps_exactly_once(
    kafka_bootstrap: str, bound: str
) -> None:
    """The loop cuts every batch (2 to 7 of up to 20 records processed, the rest held); a second
    group member joins while it does, takes a partition, then leaves: the records held or in
    hand at each rebalance are dropped and re-read, and every input ends exactly once."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    values = mixed_inputs(600)
    await produce(kafka_bootstrap, topics.raw, [(v, []) for v in values])
    metrics = Metrics(CollectorRegistry())
    service = _service(kafka_bootstrap, topics, metrics, bound=bound)
    task = asyncio.create_task(service.run())
    intruder = AIOKafkaConsumer(
        topics.raw,
        bootstrap_servers=kafka_bootstrap,
        group_id=topics.group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    try:
        await _until(
            lambda: (
                metrics.batches_cut._value.get() >= 2
                and (bound != "topped" or metrics.batch_top_ups._value.get() > 0)
            ),
            120,
            "two cut batches (and a top-up)",
        )
        await intruder.start()
        deadline = time.monotonic() + 60
        while not intruder.assignment() and time.monotonic() < deadline:
            await intruder.getmany(timeout_ms=200)  # joins; never commits what it reads
        assert intruder.assignment(), "the second member never got a partition"
        processed = metrics.messages_consumed.labels(topics.raw)._value.get()
        assert processed < len(values), "the backlog ended before the rebalance: nothing proved"
        await intruder.stop()  # leaves: the loop gets its partition back
        await _exactly_once(kafka_bootstrap, topics, len(values))
    finally:
        service.request_stop()
        await asyncio.wait_for(task, timeout=60)
    assert metrics.rebalances.labels("revoked")._value.get() >= 2
    assert _discarded(metrics) >= 1  # what the rebalance caught in hand was re-read
    assert metrics.batches_cut._value.get() >= 10
    # The backlog (read from the consumer's lag on the real broker) grew the adaptive bound.
    assert (_batches_over_the_floor(metrics) > 0) == (bound != "fixed")
    # ... and, on small fetch responses, batches took in records fetched while they ran.
    assert metrics.batch_top_ups._value.get() > 0 or bound != "topped"


@BOUNDS
async def test_a_rewind_while_a_cut_batchs_rest_is_held_keeps_exactly_once(
    kafka_bootstrap: str, bound: str
) -> None:
    """Two transactions of cut batches fail (with "topped", the 3rd and 8th from the first
    top-up), one after really committing (its answer lost), one before: each time the producer is reopened and the partition rewound to the committed
    offset while the batch's rest is held; the held records are dropped and re-read, and every
    input ends exactly once."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    values = mixed_inputs(300)
    await produce(kafka_bootstrap, topics.raw, [(v, []) for v in values])
    metrics = Metrics(CollectorRegistry())
    service = _service(
        kafka_bootstrap, topics, metrics, failures={3: "lost-ack", 8: "down"}, bound=bound
    )
    task = asyncio.create_task(service.run())
    try:
        await _exactly_once(kafka_bootstrap, topics, len(values))
    finally:
        service.request_stop()
        await asyncio.wait_for(task, timeout=60)
    assert metrics.transactions.labels("aborted")._value.get() == 2
    assert _discarded(metrics) >= 2
    assert metrics.batches_cut._value.get() >= 10
    assert (_batches_over_the_floor(metrics) > 0) == (bound != "fixed")
    assert metrics.batch_top_ups._value.get() > 0 or bound != "topped"


def _batch_sizes(metrics: Metrics) -> dict[str, float]:
    return {
        sample.name: sample.value
        for family in metrics.batch_size.collect()
        for sample in family.samples
    }


async def test_a_fill_wait_across_a_rebalance_keeps_exactly_once(kafka_bootstrap: str) -> None:
    """Records arrive a few at a time and each fresh batch waits up to 300 ms for more
    (``NEWSWIRE_BATCH_FILL_MS``), so batches hold more than one arrival; a second member joins
    and leaves meanwhile: what a fill fetched across a rebalance is dropped and re-read, and
    every input ends exactly once."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    metrics = Metrics(CollectorRegistry())
    service = _service(kafka_bootstrap, topics, metrics, bound="none", fill_ms=300)
    values = mixed_inputs(240)
    task = asyncio.create_task(service.run())

    async def trickle() -> None:
        for start in range(0, len(values), 4):
            await produce(kafka_bootstrap, topics.raw, [(v, []) for v in values[start : start + 4]])
            await asyncio.sleep(0.1)

    arrivals = asyncio.create_task(trickle())
    intruder = AIOKafkaConsumer(
        topics.raw,
        bootstrap_servers=kafka_bootstrap,
        group_id=topics.group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    try:
        await _until(
            lambda: _batch_sizes(metrics)["newswire_batch_size_count"] >= 3, 120, "batches"
        )
        await intruder.start()
        deadline = time.monotonic() + 60
        while not intruder.assignment() and time.monotonic() < deadline:
            await intruder.getmany(timeout_ms=200)  # joins; never commits what it reads
        assert intruder.assignment(), "the second member never got a partition"
        await intruder.stop()
        await arrivals
        await _exactly_once(kafka_bootstrap, topics, len(values))
    finally:
        arrivals.cancel()
        service.request_stop()
        await asyncio.wait_for(task, timeout=60)
    assert metrics.rebalances.labels("revoked")._value.get() >= 2
    samples = _batch_sizes(metrics)
    # Arrivals of 4 records: a batch of more than 4 on average took in more than one arrival.
    assert samples["newswire_batch_size_sum"] / samples["newswire_batch_size_count"] > 4
