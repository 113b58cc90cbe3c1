"""Virtual time for the processing loop's tests on the in-memory bus (tests/memorybus.py): a clock
that moves only when told to, a pipeline that spends 100 ms of it per record, the loop built on
both, and the source's and transactions' records of what happened (the time-bound, overlap,
top-up and commit-interval tests share these)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from newswire.app import Service
from newswire.metrics import Metrics
from newswire.pipeline import Outcome, Pipeline, PipelineOptions
from newswire.records import InRecord, TopicPartition
from tests.memorybus import MemorySource, MemoryTransactions, memory_service
from tests.support import SEED


class VirtualTime:
    """The loop's clock: moves only when told to."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class TickingPipeline(Pipeline):
    """The real pipeline, taking 100 ms of virtual time per record."""

    def __init__(self, time: VirtualTime) -> None:
        super().__init__(PipelineOptions())
        self._time = time

    def process(self, record: InRecord, *, now: datetime | None = None) -> Outcome:
        self._time.now += 0.1
        return super().process(record, now=now)


def clocked_service(
    source: MemorySource,
    transactions: MemoryTransactions,
    metrics: Metrics | None = None,
    *,
    max_processing_ms: int = 0,
    min_processing_ms: int | None = None,
    commit_factor: float = 0.0,
    time: VirtualTime | None = None,
    top_up: bool = False,
    commit_interval_ms: int = 0,
) -> Service:
    """The loop of test_app.py on virtual time (the pipeline's 100 ms per record)."""
    time = time or VirtualTime()
    return memory_service(
        source,
        transactions=transactions,
        metrics=metrics,
        max_processing_ms=max_processing_ms,
        min_processing_ms=min_processing_ms,
        commit_factor=commit_factor,
        clock=time,
        pipeline=TickingPipeline(time),
        top_up=top_up,
        commit_interval_ms=commit_interval_ms,
    )


def one_partition(count: int) -> list[InRecord]:
    """``count`` raw records of the seed page, all in partition 0."""
    seed = SEED.read_bytes()
    return [InRecord("raw", 0, i, -1, None, seed, ()) for i in range(count)]


def txn_entries(source: MemorySource) -> list[str]:
    """The source's journal entries of committed transactions, in order."""
    return [entry for entry in source.journal if entry.startswith("txn")]


def full_rebalance(source: MemorySource) -> Callable[[], Awaitable[None]]:
    """A rebalance that revokes and reassigns every partition of the log."""

    async def rebalance() -> None:
        assert source.hooks is not None
        await source.hooks.partitions_revoked(set(source.log))
        await source.hooks.partitions_assigned(set(source.log))

    return rebalance


class LaggingSource(MemorySource):
    """The in-memory log reporting its lag like the Kafka consumer: the records past each
    partition's position."""

    async def lag(self) -> dict[TopicPartition, int]:
        return {tp: len(records) - self.position[tp] for tp, records in self.log.items()}


def committed_offsets(source: MemorySource) -> list[int]:
    """The next offset each committed transaction stored, in order."""
    return [int(entry.rsplit(" ", 1)[1]) for entry in txn_entries(source)]
