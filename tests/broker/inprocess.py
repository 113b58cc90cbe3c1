"""The service's loop in the test's process on the real Kafka adapters and a real broker, shared
by the batch tests (``test_batches``: cut batches, fill waits) and the commit interval's
(``test_commit_interval``): the loop (``loop_service``), a trickle of arrivals, a second group
member that joins and leaves, and the exactly-once check of the outputs.

In this process the test can give the loop a clock that cuts every batch after a few records
(``_clock``: wall time would cut at random on a busy machine), count its metrics, and make
transactions fail (``_FailingTransactions``)."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from aiokafka import AIOKafkaConsumer

from newswire.app import Service
from newswire.bus.connection import Connection
from newswire.bus.consumer import KafkaSource
from newswire.bus.transactional import KafkaTransactionalSink
from newswire.errors import BrokerUnavailable
from newswire.loopoptions import LoopOptions
from newswire.metrics import Metrics
from newswire.pipeline import Outcome, Pipeline, PipelineOptions
from newswire.records import InRecord, OutRecord, TopicPartition
from tests.support import Topics, collect, input_offset

#: The clock advances 100 ms per read: a 150 ms bound cuts every batch after 2 records.
BOUND_MS = 150
#: The adaptive bound's ceiling in the "adaptive" runs: under the backlog of these tests (hundreds
#: of records at ~100 ms of the clock each) the bound reaches it: cuts after up to 7 records.
ADAPTIVE_CEILING_MS = 650
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


def loop_service(
    bootstrap: str,
    topics: Topics,
    metrics: Metrics,
    failures: dict[int, str] | None = None,
    *,
    bound: str = "fixed",
    fill_ms: int = 0,
    interval_ms: int = 0,
    when_behind: bool = False,
) -> Service:
    """The loop on the real adapters, batches of up to 20. ``bound`` "fixed", "adaptive" or
    "topped" (adaptive, small fetches): the slow pipeline on the test's clock (``_clock``);
    "none": batches bounded by count only, the real pipeline on wall time. ``fill_ms``: a fill
    wait, applied whatever the load; ``interval_ms``: a commit interval (kept open also while
    records wait behind a batch with ``when_behind``). ``failures``: by commit, counted from the first top-up with
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
            commit_interval_when_behind=when_behind,
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


async def until(condition: Callable[[], bool], within_s: float, what: str) -> None:
    deadline = time.monotonic() + within_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within_s} s: {what}")
        await asyncio.sleep(0.05)


async def exactly_once(bootstrap: str, topics: Topics, count: int) -> None:
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


def batch_sizes(metrics: Metrics) -> dict[str, float]:
    return {
        sample.name: sample.value
        for family in metrics.batch_size.collect()
        for sample in family.samples
    }


def mean_batch(metrics: Metrics) -> float:
    samples = batch_sizes(metrics)
    return samples["newswire_batch_size_sum"] / max(samples["newswire_batch_size_count"], 1)


@asynccontextmanager
async def running(service: Service) -> AsyncIterator[None]:
    """The loop runs inside the block; on leaving, it is asked to stop and must end in 60 s."""
    task = asyncio.create_task(service.run())
    try:
        yield
    finally:
        service.request_stop()
        await asyncio.wait_for(task, timeout=60)


@asynccontextmanager
async def second_member(bootstrap: str, topics: Topics) -> AsyncIterator[None]:
    """A second member of the loop's group: it joins and the block runs once it owns a
    partition (a rebalance took one from the loop); on leaving it leaves the group (a second
    rebalance gives the partition back). It never commits what it reads."""
    intruder = AIOKafkaConsumer(
        topics.raw,
        bootstrap_servers=bootstrap,
        group_id=topics.group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await intruder.start()
    try:
        deadline = time.monotonic() + 60
        while not intruder.assignment() and time.monotonic() < deadline:
            await intruder.getmany(timeout_ms=200)
        assert intruder.assignment(), "the second member never got a partition"
        yield
    finally:
        await intruder.stop()
