"""An in-memory bus for the processing loop's tests: a source, a transactional sink and a plain
sink with Kafka's ordering and commit rules as the loop relies on them, and a ``Service`` built
on them (the loop tests in tests/test_app*.py and tests/test_batchbound.py share these)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from prometheus_client import CollectorRegistry

from newswire.app import Service
from newswire.errors import BrokerUnavailable
from newswire.loopoptions import LoopOptions
from newswire.metrics import Metrics
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.ports import RebalanceHooks
from newswire.records import InRecord, OutRecord, TopicPartition
from tests.support import SEED


class MemorySource:
    """A partitioned log with positions, commits and rewinds, like a consumer's view of Kafka."""

    group_id = "group"

    def __init__(self, records: list[InRecord]) -> None:
        self.log: dict[TopicPartition, list[InRecord]] = {}
        for record in records:
            self.log.setdefault(TopicPartition(record.topic, record.partition), []).append(record)
        self.position = dict.fromkeys(self.log, 0)
        self.committed: dict[TopicPartition, int] = {}
        self.journal: list[str] = []
        self.stopped = False
        self.drained = asyncio.Event()
        self.hooks: RebalanceHooks | None = None
        #: Run once inside the next getmany, after the records are taken (a rebalance mid-fetch).
        self.during_next_fetch: Callable[[], Awaitable[None]] | None = None
        #: Run once at the start of the next getmany, which then fails with BrokerUnavailable
        #: before taking any record (a rebalance while the loop waits to fetch again).
        self.fail_next_fetch: Callable[[], Awaitable[None]] | None = None

    def set_rebalance_hooks(self, hooks: RebalanceHooks) -> None:
        self.hooks = hooks

    async def start(self) -> None:
        self.journal.append("start")
        if self.hooks is not None:  # joining the group assigns every partition to us
            await self.hooks.partitions_assigned(set(self.log))

    async def stop(self) -> None:
        self.stopped = True

    async def getmany(self, *, timeout_ms: int, max_records: int) -> list[InRecord]:
        if self.fail_next_fetch is not None:
            before, self.fail_next_fetch = self.fail_next_fetch, None
            await before()
            raise BrokerUnavailable("fetch failed")
        batch = [
            record
            for tp, records in sorted(self.log.items())
            for record in records
            if record.offset >= self.position[tp]
        ][:max_records]
        if not batch:
            await asyncio.sleep(timeout_ms / 1000)
            return []
        for record in batch:
            self.position[TopicPartition(record.topic, record.partition)] = record.offset + 1
        if self.during_next_fetch is not None:
            during, self.during_next_fetch = self.during_next_fetch, None
            await during()
        return batch

    def record_commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.committed.update(offsets)
        if all(self.committed.get(tp, 0) >= len(records) for tp, records in self.log.items()):
            self.drained.set()

    async def commit(self, offsets: dict[TopicPartition, int]) -> bool:
        self.journal.append(f"commit {sorted((tp.partition, o) for tp, o in offsets.items())}")
        self.record_commit(offsets)
        return True

    async def rewind(self, partitions: set[TopicPartition]) -> None:
        self.journal.append(f"rewind {sorted(tp.partition for tp in partitions)}")
        for tp in partitions:
            self.position[tp] = self.committed.get(tp, 0)

    def pause_fetching(self) -> None:
        self.journal.append("pause")

    def resume_fetching(self) -> None:
        self.journal.append("resume")

    async def probe(self) -> None: ...

    def assignment(self) -> set[TopicPartition]:
        return set(self.log)

    async def lag(self) -> dict[TopicPartition, int]:
        return {}


class MemoryTransactions:
    """Per-partition transactions: outputs become visible only with their offset commit."""

    def __init__(self, source: MemorySource) -> None:
        self.source = source
        self.journal = source.journal
        self.visible: list[OutRecord] = []
        self.producers: set[TopicPartition] = set()
        #: Next transactions that raise BrokerUnavailable; "lost-ack" ones commit first.
        self.failures: list[str] = []
        self.gate: asyncio.Event | None = None
        self.entered = asyncio.Event()

    def is_open(self, tp: TopicPartition) -> bool:
        return tp in self.producers

    def open_partitions(self) -> set[TopicPartition]:
        return set(self.producers)

    async def open(self, tp: TopicPartition) -> None:
        self.journal.append(f"open {tp.partition}")
        self.producers.add(tp)

    async def close(self, tp: TopicPartition) -> None:
        self.journal.append(f"close {tp.partition}")
        self.producers.discard(tp)

    async def close_all(self) -> None:
        self.producers.clear()

    async def reset(self, tp: TopicPartition) -> None:
        self.journal.append(f"reset {tp.partition}")
        self.producers.discard(tp)

    async def commit(self, tp: TopicPartition, records: list[OutRecord], next_offset: int) -> None:
        self.entered.set()
        if self.gate is not None:
            await self.gate.wait()
        failure = self.failures.pop(0) if self.failures else None
        if failure == "lost-ack" or failure is None:
            self.visible.extend(records)
            self.source.record_commit({tp: next_offset})
        if failure is not None:
            self.journal.append(f"txn {tp.partition} failed ({failure})")
            raise BrokerUnavailable("broker down")
        self.journal.append(f"txn {tp.partition} -> {next_offset}")


class MemorySink:
    def __init__(self, journal: list[str], failures: int = 0) -> None:
        self.records: list[OutRecord] = []
        self.journal = journal
        self.failures = failures

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def publish(self, records: list[OutRecord]) -> None:
        if self.failures:
            self.failures -= 1
            self.journal.append("publish failed")
            raise BrokerUnavailable("broker down")
        self.records.extend(records)
        self.journal.append(f"publish {len(records)}")


def mixed_records(count: int) -> list[InRecord]:
    """``count`` raw records over two partitions: the seed page, every third one empty."""
    seed = SEED.read_bytes()
    return [
        InRecord("raw", i % 2, i // 2, -1, None, seed if i % 3 else b"", ()) for i in range(count)
    ]


async def run_until_drained(service: Service, source: MemorySource) -> None:
    """Run the loop until the source has handed out its whole log, then stop it."""
    task = asyncio.create_task(service.run())
    async with asyncio.timeout(10):
        await source.drained.wait()
    service.request_stop()
    await asyncio.wait_for(task, timeout=10)


def memory_service(
    source: MemorySource,
    sink: MemorySink | None = None,
    transactions: MemoryTransactions | None = None,
    metrics: Metrics | None = None,
    *,
    max_processing_ms: int = 0,
    clock: Callable[[], float] = time.monotonic,
    min_processing_ms: int | None = None,
    commit_factor: float = 0.0,
    pipeline: Pipeline | None = None,
    top_up: bool = False,
    commit_interval_ms: int = 0,
    max_records: int = 4,
    commit_interval_when_behind: bool = False,
) -> Service:
    """The loop with batches of 4; bounded by processing time only when a test asks (with a
    clock of its own: wall time on a busy machine would cut batches at random). The bound is
    fixed at ``max_processing_ms`` unless a test gives a lower ``min_processing_ms`` and a
    ``commit_factor`` (the adaptive bound). ``top_up``: NEWSWIRE_BATCH_TOP_UP;
    ``commit_interval_ms``: NEWSWIRE_COMMIT_INTERVAL_MS (``commit_interval_when_behind``: its
    NEWSWIRE_COMMIT_INTERVAL_WHEN_BEHIND)."""
    return Service(
        pipeline=pipeline or Pipeline(PipelineOptions()),
        source=source,
        sink=sink,
        transactions=transactions,
        metrics=metrics or Metrics(CollectorRegistry()),
        options=LoopOptions(
            articles_topic="articles",
            deadletter_topic="dlq",
            batch_max_records=max_records,
            batch_timeout_ms=10,
            batch_max_processing_ms=max_processing_ms,
            batch_min_processing_ms=max_processing_ms
            if min_processing_ms is None
            else min_processing_ms,
            batch_commit_factor=commit_factor,
            batch_top_up=top_up,
            commit_interval_ms=commit_interval_ms,
            commit_interval_when_behind=commit_interval_when_behind,
            retry_backoff_initial_s=0.01,
            retry_backoff_max_s=0.02,
        ),
        clock=clock,
    )


def inputs_of(outputs: list[OutRecord]) -> list[tuple[int, int]]:
    """(partition, offset) of the raw record behind each output."""
    import json

    found = []
    for record in outputs:
        event = json.loads(record.value)
        origin = event.get("provenance") or event["original"]
        found.append((origin["partition"], origin["offset"]))
    return sorted(found)
