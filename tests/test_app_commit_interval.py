"""A batch kept open for the commit interval (``NEWSWIRE_COMMIT_INTERVAL_MS``,
``batchfill.keep_open``), on the in-memory loop of test_app.py: it takes in and processes each
fetch as it comes and commits once, at the interval's end, at its count or time bound, or as
soon as a rebalance or a stop waits for it; every input still ends as exactly one output.

The source hands out one record a fetch, like a consumer at load whose fetches each bring the
record or two that arrived since the last one. The intervals are long (seconds) wherever the
count, the bound, a rebalance or a stop must end a batch first, so no assertion depends on how
fast the machine runs the pipeline."""

from __future__ import annotations

import asyncio
import time

from prometheus_client import CollectorRegistry

from newswire.app import Service
from newswire.metrics import Metrics
from newswire.records import InRecord, OutRecord, TopicPartition
from tests.memorybus import (
    MemorySource,
    MemoryTransactions,
    inputs_of,
    memory_service,
    run_until_drained,
)
from tests.virtualtime import clocked_service, committed_offsets, full_rebalance, one_partition


class _OneAFetch(MemorySource):
    """The in-memory log, one record a fetch; ``at_the_end`` runs once, when a fetch that may
    wait finds nothing left (the batch then waits in its fetch for the interval's rest)."""

    def __init__(self, records: list[InRecord]) -> None:
        super().__init__(records)
        self.waits: list[int] = []
        self.at_the_end: asyncio.Task[None] | None = None
        self.end_action: object = None

    async def getmany(self, *, timeout_ms: int, max_records: int) -> list[InRecord]:
        self.waits.append(timeout_ms)
        batch = await super().getmany(timeout_ms=0, max_records=min(max_records, 1))
        if batch or timeout_ms == 0:
            return batch
        if callable(self.end_action) and self.at_the_end is None:
            self.at_the_end = asyncio.create_task(self.end_action())
        await asyncio.sleep(timeout_ms / 1000)
        return []


class _Behind(_OneAFetch):
    """``_OneAFetch`` whose lag is every record not yet handed out: records wait behind each
    batch until the last one is fetched, as when arrivals outpace the pipeline."""

    async def lag(self) -> dict[TopicPartition, int]:
        return {tp: len(records) - self.position[tp] for tp, records in self.log.items()}


def _loop(
    count: int,
    *,
    interval_ms: int,
    max_records: int = 4,
    behind: bool = False,
    when_behind: bool = False,
) -> tuple[_OneAFetch, MemoryTransactions, Metrics, Service]:
    source = (_Behind if behind else _OneAFetch)(one_partition(count))
    transactions = MemoryTransactions(source)
    metrics = Metrics(CollectorRegistry())
    service = memory_service(
        source,
        transactions=transactions,
        metrics=metrics,
        commit_interval_ms=interval_ms,
        max_records=max_records,
        commit_interval_when_behind=when_behind,
    )
    return source, transactions, metrics, service


async def test_without_an_interval_every_fetch_commits() -> None:
    """NEWSWIRE_COMMIT_INTERVAL_MS 0 (the behaviour before it): a trickle of one record a fetch
    makes one transaction per record."""
    source, transactions, metrics, service = _loop(8, interval_ms=0)
    await run_until_drained(service, source)
    assert committed_offsets(source) == list(range(1, 9))
    assert metrics.batch_top_ups._value.get() == 0
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(8))


async def test_a_trickle_commits_once_per_batch_not_per_fetch() -> None:
    """A long interval (60 s), one record a fetch, batches of up to 4: each batch keeps taking
    the next fetch and commits when it holds 4, so 12 records make 3 transactions, not 12;
    every input once, in order."""
    source, transactions, metrics, service = _loop(12, interval_ms=60_000)
    await run_until_drained(service, source)
    assert committed_offsets(source) == [4, 8, 12]
    assert metrics.batch_top_ups._value.get() == 9
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(12))


async def test_records_waiting_behind_a_batch_close_it_at_once() -> None:
    """A 300 ms interval, one record a fetch, batches of up to 4, and the consumer's lag showing
    the records still to fetch: while records wait behind it a batch commits with its fetch (one
    transaction a record, none taken in), and the last one, with nothing behind it, waits out the
    interval; every input once, in order."""
    source, transactions, metrics, service = _loop(6, interval_ms=300, behind=True)
    began = time.monotonic()
    await run_until_drained(service, source)
    assert time.monotonic() - began >= 0.3
    assert committed_offsets(source) == list(range(1, 7))
    assert metrics.batch_top_ups._value.get() == 0
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(6))


async def test_when_behind_keeps_the_batch_open_as_before() -> None:
    """NEWSWIRE_COMMIT_INTERVAL_WHEN_BEHIND (the behaviour until session 39): the same lagging
    trickle with a 60 s interval still fills each batch to 4 records, 3 transactions for 12."""
    source, transactions, metrics, service = _loop(
        12, interval_ms=60_000, behind=True, when_behind=True
    )
    await run_until_drained(service, source)
    assert committed_offsets(source) == [4, 8, 12]
    assert metrics.batch_top_ups._value.get() == 9
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(12))


async def test_the_interval_ends_a_batch_that_no_bound_ends() -> None:
    """3 records, room for 100 and no time bound, a 300 ms interval: the batch takes all 3, waits
    for more in its fetch (asking for no longer than the interval's rest), and commits them in
    one transaction once the interval has passed."""
    source, transactions, _, service = _loop(3, interval_ms=300, max_records=100)
    began = time.monotonic()
    await run_until_drained(service, source)
    assert time.monotonic() - began >= 0.3
    assert committed_offsets(source) == [3]
    assert 0 < max(source.waits[1:]) <= 300
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(3))


async def test_the_time_bound_still_cuts_an_open_batch() -> None:
    """Virtual time, 100 ms a record, a 250 ms bound and a 5 s interval, one record a fetch:
    a batch stops taking fetches once its bound is spent (3 records: 100, 200, then 300 ms),
    so transactions end at 3, 6, 9 and, once the last batch's interval has passed (virtual
    time stands still while it waits), 10; every input once, in order."""
    source = _OneAFetch(one_partition(10))
    transactions = MemoryTransactions(source)
    service = clocked_service(source, transactions, max_processing_ms=250, commit_interval_ms=5_000)
    await run_until_drained(service, source)
    assert committed_offsets(source)[:3] == [3, 6, 9]
    assert committed_offsets(source)[-1] == 10
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(10))


async def test_a_rebalance_mid_interval_commits_the_open_batch_at_once() -> None:
    """A 60 s interval; once the batch has taken every record and waits for more, a rebalance
    starts (its hooks on their own task, as aiokafka's coordinator runs them): the revocation
    ends the wait, the batch commits while the partition is still ours (one transaction), then
    the partition is revoked and reassigned; the loop finishes within seconds, each input once."""
    source, transactions, metrics, service = _loop(3, interval_ms=60_000, max_records=100)
    source.end_action = full_rebalance(source)
    began = time.monotonic()
    await run_until_drained(service, source)
    assert source.at_the_end is not None
    await source.at_the_end
    assert time.monotonic() - began < 30
    assert metrics.rebalances.labels("revoked")._value.get() == 1
    assert committed_offsets(source) == [3]
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(3))


async def test_a_stop_mid_interval_commits_the_open_batch_at_once() -> None:
    """A 60 s interval; a stop is requested while the batch waits for more: the batch commits at
    once (one transaction, every input once) and the loop ends."""
    source, transactions, _, service = _loop(3, interval_ms=60_000, max_records=100)

    async def stop() -> None:
        service.request_stop()

    source.end_action = stop
    task = asyncio.create_task(service.run())
    async with asyncio.timeout(10):
        await task
    assert committed_offsets(source) == [3]
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(3))


async def test_a_failed_transaction_after_an_open_batch_rewinds_and_keeps_exactly_once() -> None:
    """The second transaction fails (the broker down) after batches kept open to 4 records: the
    producer is reopened and the partition rewound to the committed offset; every input ends
    exactly once, in order."""
    source, transactions, metrics, service = _loop(16, interval_ms=60_000)
    original = transactions.commit
    calls = [0]

    async def commit(tp: TopicPartition, records: list[OutRecord], next_offset: int) -> None:
        calls[0] += 1
        if calls[0] == 2:
            transactions.failures = ["down"]
        await original(tp, records, next_offset)

    transactions.commit = commit  # type: ignore[method-assign]
    await run_until_drained(service, source)
    assert metrics.transactions.labels("aborted")._value.get() == 1
    assert "rewind [0]" in source.journal
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(16))
