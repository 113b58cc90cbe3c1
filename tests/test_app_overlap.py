"""When a batch's commit (steps 3-4) overlaps the next batch's processing (step 2), on the
in-memory loop of test_app.py with the virtual clock of test_app_time_bound.py: whenever records
wait behind the batch (the consumer's lag after the fetch), not only behind a full batch.
Committing inline instead lost capacity at load on a busy 2-core VM (session 10's A/B in the
README's Performance section)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from prometheus_client import CollectorRegistry

from newswire.app import Service
from newswire.metrics import Metrics
from newswire.pipeline import Outcome
from newswire.records import InRecord, OutRecord, TopicPartition
from tests.memorybus import MemoryTransactions, inputs_of, memory_service, run_until_drained
from tests.virtualtime import (
    LaggingSource,
    TickingPipeline,
    VirtualTime,
    one_partition,
)


class _TrickleSource(LaggingSource):
    """Hands out at most two records per fetch (records arriving a few at a time), so no batch
    of the loop (at most 4 records) is ever full; reports the rest of the log as its lag."""

    async def getmany(self, *, timeout_ms: int, max_records: int) -> list[InRecord]:
        return await super().getmany(timeout_ms=timeout_ms, max_records=min(2, max_records))


class _JournalingPipeline(TickingPipeline):
    """The ticking pipeline (100 ms of virtual time a record), writing ``process <offset>`` into
    the journal and calling ``on_record`` (on the pipeline thread) for each record."""

    def __init__(
        self, time: VirtualTime, journal: list[str], on_record: Callable[[int], None]
    ) -> None:
        super().__init__(time)
        self._journal = journal
        self._on_record = on_record

    def process(self, record: InRecord, *, now: datetime | None = None) -> Outcome:
        self._journal.append(f"process {record.offset}")
        self._on_record(record.offset)
        return super().process(record, now=now)


class _HeldTransactions(MemoryTransactions):
    """The transaction up to offset ``held_to`` lands only once the pipeline has started on that
    offset, i.e. on the next batch: it waits forever unless the two overlap."""

    def __init__(self, source: _TrickleSource, held_to: int) -> None:
        super().__init__(source)
        self.held_to = held_to
        self.next_batch_started = asyncio.Event()

    async def commit(self, tp: TopicPartition, records: list[OutRecord], next_offset: int) -> None:
        if next_offset == self.held_to:
            await self.next_batch_started.wait()
        await super().commit(tp, records, next_offset)


def _loop(
    count: int, make_transactions: Callable[[_TrickleSource], MemoryTransactions]
) -> tuple[_TrickleSource, MemoryTransactions, Service]:
    """``count`` records of one partition, two a fetch, the adaptive bound (floor 150 ms,
    ceiling 550 ms: a backlog is more than 5.5 records in sight three batches in a row)."""
    time = VirtualTime()
    source = _TrickleSource(one_partition(count))
    transactions = make_transactions(source)
    loop = asyncio.get_running_loop()
    held_to = getattr(transactions, "held_to", -1)

    def on_record(offset: int) -> None:
        if isinstance(transactions, _HeldTransactions) and offset == held_to:
            loop.call_soon_threadsafe(transactions.next_batch_started.set)

    service = memory_service(
        source,
        transactions=transactions,
        metrics=Metrics(CollectorRegistry()),
        max_processing_ms=550,
        min_processing_ms=150,
        clock=time,
        pipeline=_JournalingPipeline(time, source.journal, on_record),
    )
    return source, transactions, service


async def test_a_batch_commits_while_the_next_is_processed_when_records_wait_behind_it() -> None:
    """Six records, two a fetch (no batch is full) and a lag behind each of the first two
    batches: the first batch's transaction may wait for the second batch's processing to start
    (it would wait forever if the loop committed inline); every input still ends once, in order,
    and transactions commit in offset order."""
    source, transactions, service = _loop(6, lambda s: _HeldTransactions(s, held_to=2))
    await run_until_drained(service, source)
    assert [e for e in source.journal if e.startswith("txn")] == [
        "txn 0 -> 2",
        "txn 0 -> 4",
        "txn 0 -> 6",
    ]
    assert source.journal.index("process 2") < source.journal.index("txn 0 -> 2")
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(6))
