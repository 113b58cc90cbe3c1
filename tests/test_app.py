"""The processing loop on an in-memory source and sink (Kafka behaviour is tested on a real
broker in test_app_kafka.py; these pin the loop's ordering and retry rules)."""

from __future__ import annotations

import asyncio

from prometheus_client import CollectorRegistry

from newswire.app import LoopOptions, Service
from newswire.errors import BrokerUnavailable
from newswire.metrics import Metrics
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord, OutRecord, TopicPartition
from tests.support import SEED


class MemorySource:
    def __init__(self, records: list[InRecord]) -> None:
        self.pending = list(records)
        self.committed: dict[TopicPartition, int] = {}
        self.journal: list[str] = []
        self.stopped = False
        self.drained = asyncio.Event()

    async def start(self) -> None:
        self.journal.append("start")

    async def stop(self) -> None:
        self.stopped = True

    async def getmany(self, *, timeout_ms: int, max_records: int) -> list[InRecord]:
        if not self.pending:
            await asyncio.sleep(timeout_ms / 1000)
            return []
        batch, self.pending = self.pending[:max_records], self.pending[max_records:]
        return batch

    async def commit(self, offsets: dict[TopicPartition, int]) -> bool:
        self.journal.append(f"commit {sorted((tp.partition, o) for tp, o in offsets.items())}")
        self.committed.update(offsets)
        if not self.pending:
            self.drained.set()
        return True

    async def probe(self) -> None: ...

    def assignment(self) -> set[TopicPartition]:
        return {TopicPartition("raw", 0), TopicPartition("raw", 1)}

    async def lag(self) -> dict[TopicPartition, int]:
        return {}


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


def _records(count: int) -> list[InRecord]:
    seed = SEED.read_bytes()
    return [
        InRecord("raw", i % 2, i // 2, -1, None, seed if i % 3 else b"", ()) for i in range(count)
    ]


async def _run_until_drained(service: Service, source: MemorySource) -> None:
    task = asyncio.create_task(service.run())
    async with asyncio.timeout(10):
        await source.drained.wait()
    service.request_stop()
    await asyncio.wait_for(task, timeout=10)


def _service(source: MemorySource, sink: MemorySink) -> Service:
    return Service(
        pipeline=Pipeline(PipelineOptions()),
        source=source,
        sink=sink,
        metrics=Metrics(CollectorRegistry(), version="test"),
        options=LoopOptions(
            articles_topic="articles",
            deadletter_topic="dlq",
            batch_max_records=4,
            batch_timeout_ms=10,
            retry_backoff_initial_s=0.01,
            retry_backoff_max_s=0.02,
        ),
    )


async def test_every_input_gives_one_output_and_commit_follows_publish() -> None:
    """Each record yields one Article or DeadLetter; each batch is published before its commit,
    and the committed offsets are one past the last record of each partition."""
    source = MemorySource(_records(10))
    sink = MemorySink(source.journal)
    await _run_until_drained(_service(source, sink), source)
    assert len(sink.records) == 10
    assert sum(r.topic == "dlq" for r in sink.records) == 4  # i % 3 == 0 are empty values
    assert source.committed == {TopicPartition("raw", 0): 5, TopicPartition("raw", 1): 5}
    steps = [entry.split()[0] for entry in source.journal[1:]]
    assert steps == ["publish", "commit"] * 3
    assert source.stopped


async def test_publish_failure_is_retried_and_never_dead_lettered() -> None:
    """An unavailable broker during publish is retried with backoff; nothing is committed
    before the publish succeeds and no dead letter is made for the outage."""
    source = MemorySource(_records(2))
    sink = MemorySink(source.journal, failures=2)
    await _run_until_drained(_service(source, sink), source)
    assert source.journal[1:] == [
        "publish failed",
        "publish failed",
        "publish 2",
        "commit [(0, 1), (1, 1)]",
    ]
    assert sum(r.topic == "dlq" for r in sink.records) == 1  # the one empty value, not the outage


async def test_stop_finishes_the_batch_then_leaves() -> None:
    """After a stop request the loop ends and the source is stopped (group left)."""
    source = MemorySource([])
    sink = MemorySink(source.journal)
    service = _service(source, sink)
    task = asyncio.create_task(service.run())
    await asyncio.sleep(0.05)
    service.request_stop()
    await asyncio.wait_for(task, timeout=5)
    assert source.stopped
