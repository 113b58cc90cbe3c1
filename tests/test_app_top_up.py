"""Under a backlog, a batch processed whole within its time bound takes in what the consumer has
fetched meanwhile instead of closing (``batchfill.top_up``), on the in-memory loop of test_app.py
and the virtual time of test_app_time_bound.py.

The source here hands out at most 2 records a fetch, like a Kafka consumer whose fetch responses
hold a few pages each, and reports its lag; batches hold up to 4 records. The adaptive bound
(floor 150 ms, ceiling 550 ms; 100 ms a record) sees a backlog from the fourth batch: from then a
batch of 2 fetched records has time left and tops up to 4."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable

from prometheus_client import CollectorRegistry

from newswire.app import Service
from newswire.metrics import Metrics
from newswire.records import InRecord, TopicPartition
from tests.memorybus import MemorySource, MemoryTransactions, inputs_of, run_until_drained
from tests.virtualtime import clocked_service, committed_offsets, full_rebalance, one_partition

#: Records one fetch hands out (a fetch response's worth).
PER_FETCH = 2


class _FetchResponses(MemorySource):
    """The in-memory log, at most PER_FETCH records a fetch, reporting its lag like Kafka. The
    first fetch without waiting is a top-up (no batch here is cut before the backlog, so none
    has held records to top up)."""

    def __init__(self, records: list[InRecord]) -> None:
        super().__init__(records)
        self.fetches: list[tuple[int, int]] = []

    async def getmany(self, *, timeout_ms: int, max_records: int) -> list[InRecord]:
        self.fetches.append((timeout_ms, max_records))
        return await super().getmany(timeout_ms=timeout_ms, max_records=min(max_records, PER_FETCH))

    async def lag(self) -> dict[TopicPartition, int]:
        return {tp: len(records) - self.position[tp] for tp, records in self.log.items()}


def _backlogged(
    count: int, *, top_up: bool = True, lagging: bool = True
) -> tuple[_FetchResponses, MemoryTransactions, Metrics, Service]:
    source = _FetchResponses(one_partition(count))
    if not lagging:
        source.lag = MemorySource.lag.__get__(source)  # type: ignore[method-assign]
    transactions = MemoryTransactions(source)
    metrics = Metrics(CollectorRegistry())
    service = clocked_service(
        source,
        transactions,
        metrics,
        max_processing_ms=550,
        min_processing_ms=150,
        commit_factor=0,
        top_up=top_up,
    )
    return source, transactions, metrics, service


async def _as_task(work: Callable[[], Awaitable[None]]) -> None:
    await work()


def _steps(source: MemorySource) -> list[int]:
    return [b - a for a, b in itertools.pairwise([0, *committed_offsets(source)])]


async def test_under_a_backlog_a_batch_tops_up_from_what_was_fetched_meanwhile() -> None:
    """40 records behind the loop, 2 a fetch: the first three batches (no backlog seen yet) hold
    one fetch each; then each batch of 2 takes in the next 2 without waiting and commits 4 in
    one transaction, until the work in sight falls under the ceiling; every input ends exactly
    once, in order."""
    source, transactions, metrics, service = _backlogged(40)
    await run_until_drained(service, source)
    steps = _steps(source)
    assert steps[:3] == [2, 2, 2]
    assert steps[3:8] == [4] * 5
    assert metrics.batch_top_ups._value.get() >= 5
    assert (0, 2) in source.fetches  # the top-ups: no waiting, room for the rest of the batch
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(40))


async def test_without_top_up_every_fetch_closes_its_batch() -> None:
    """NEWSWIRE_BATCH_TOP_UP off, the same backlog: every batch holds one fetch (2 records), so
    twice the transactions; the same outputs."""
    source, transactions, metrics, service = _backlogged(40, top_up=False)
    await run_until_drained(service, source)
    assert set(_steps(source)) == {2}
    assert metrics.batch_top_ups._value.get() == 0
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(40))


async def test_at_load_a_batch_never_tops_up() -> None:
    """No lag behind the loop (records arriving as fast as they are processed, here: a source
    reporting none): a batch closes with its fetch whatever time is left, so no record waits for
    the ones after it."""
    source, transactions, metrics, service = _backlogged(20, lagging=False)
    await run_until_drained(service, source)
    assert set(_steps(source)) == {2}
    assert metrics.batch_top_ups._value.get() == 0
    assert all(timeout > 0 for timeout, _ in source.fetches)
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(20))


async def test_a_rebalance_that_starts_during_a_top_up_waits_for_the_batch() -> None:
    """A rebalance begins as a batch tops up; its hooks run on the group's own task (as aiokafka's
    coordinator runs them) and the fetch, like aiokafka's, waits for the new assignment before
    taking any record, while the revocation waits for the batch in hand: the top-up gives up on
    that fetch, the batch commits while the partition is still ours, then the partition is
    reassigned and read from the committed offset: one committed output per input."""
    source, transactions, metrics, service = _backlogged(40)
    original = source.getmany
    group: list[asyncio.Task[None]] = []

    async def getmany(*, timeout_ms: int, max_records: int) -> list[InRecord]:
        if timeout_ms == 0 and not group:
            rebalance = full_rebalance(source)
            group.append(asyncio.create_task(_as_task(rebalance)))
            await asyncio.shield(group[0])  # aiokafka: wait_for_assignment
        return await original(timeout_ms=timeout_ms, max_records=max_records)

    source.getmany = getmany  # type: ignore[method-assign]
    await run_until_drained(service, source)
    await asyncio.gather(*group)
    assert group
    assert metrics.rebalances.labels("revoked")._value.get() == 1
    assert metrics.batch_top_ups._value.get() >= 1
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(40))


async def test_a_failed_transaction_around_a_top_up_rewinds_and_keeps_exactly_once() -> None:
    """The next transaction after the first top-up starts fails (the broker down): the producer is
    reopened and the partition rewound to the committed offset; whatever was in hand, the
    topped-up batch included, is dropped or re-read, never committed past the rewind; every
    input ends exactly once, in order."""
    source, transactions, metrics, service = _backlogged(40)
    original = source.getmany
    armed = [False]

    async def getmany(*, timeout_ms: int, max_records: int) -> list[InRecord]:
        if timeout_ms == 0 and not armed[0]:
            armed[0] = True
            transactions.failures = ["down"]
        return await original(timeout_ms=timeout_ms, max_records=max_records)

    source.getmany = getmany  # type: ignore[method-assign]
    await run_until_drained(service, source)
    assert armed[0]
    assert metrics.transactions.labels("aborted")._value.get() == 1
    assert "rewind [0]" in source.journal
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(40))
