"""Batches bounded by processing time, on the in-memory source and transactions of test_app.py:
a batch closes once the pipeline has spent its bound on it (fixed here unless a test says
otherwise; the adaptive one grows only under a backlog), the rest of what was fetched goes
first into the next batch, in order, and every input still ends as exactly one committed output,
whatever rebalance, rewind or stop comes between the two parts.

Time is virtual (``tests.virtualtime``): it passes only when the pipeline processes a record (100 ms)
or a transaction says it took long, so where a batch is cut depends on no real timing."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable

from prometheus_client import CollectorRegistry

from newswire.app import Service
from newswire.metrics import Metrics
from newswire.records import InRecord, OutRecord, TopicPartition
from tests.memorybus import (
    MemorySource,
    MemoryTransactions,
    inputs_of,
    mixed_records,
    run_until_drained,
)
from tests.virtualtime import (
    LaggingSource,
    VirtualTime,
    clocked_service,
    committed_offsets,
    full_rebalance,
    one_partition,
    txn_entries,
)

#: The pipeline "spends" 100 ms per record: a 250 ms bound closes a batch after 3 records (the
#: check before the 4th sees 300 ms).
BOUND_MS = 250


def _bounded(
    count: int,
) -> tuple[MemorySource, MemoryTransactions, Metrics, Service]:
    """A loop over ``count`` records of one partition, batches cut at BOUND_MS by the clock."""
    source = MemorySource(one_partition(count))
    transactions = MemoryTransactions(source)
    metrics = Metrics(CollectorRegistry())
    service = clocked_service(source, transactions, metrics, max_processing_ms=BOUND_MS)
    return source, transactions, metrics, service


def _on_second_fetch(
    source: MemorySource, arm: Callable[[], None], asked: list[tuple[int, int]]
) -> None:
    """Call ``arm`` as the loop's second fetch starts; ``asked`` records each fetch's
    (timeout_ms, max_records)."""
    original = source.getmany

    async def getmany(*, timeout_ms: int, max_records: int) -> list[InRecord]:
        asked.append((timeout_ms, max_records))
        if len(asked) == 2:
            arm()
        return await original(timeout_ms=timeout_ms, max_records=max_records)

    source.getmany = getmany  # type: ignore[method-assign]


async def test_a_batch_closes_when_its_time_is_spent_and_the_rest_goes_first_into_the_next() -> (
    None
):
    """Of a fetched batch of 4, the 3 processed within the bound commit on their own; the 4th is
    processed first in the next batch, topped up with records already fetched: transactions
    end at offsets 3, 6, 8, each input exactly once, in order."""
    source, transactions, metrics, service = _bounded(8)
    await run_until_drained(service, source)
    assert txn_entries(source) == ["txn 0 -> 3", "txn 0 -> 6", "txn 0 -> 8"]
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(8))
    assert metrics.batches_cut._value.get() == 2
    assert metrics.messages_consumed.labels("raw")._value.get() == 8  # not 10: held count once


async def test_without_a_bound_batches_are_bounded_by_count_only() -> None:
    """batch_max_processing_ms = 0: however slow the (fake) clock says the pipeline is, every
    batch keeps its 4 records."""
    source = MemorySource(one_partition(8))
    transactions = MemoryTransactions(source)
    metrics = Metrics(CollectorRegistry())
    service = clocked_service(source, transactions, metrics)
    await run_until_drained(service, source)
    assert txn_entries(source) == ["txn 0 -> 4", "txn 0 -> 8"]
    assert metrics.batches_cut._value.get() == 0


async def test_a_rebalance_during_the_fetch_that_tops_up_held_records_drops_and_rereads_them() -> (
    None
):
    """A rebalance while the held rest of a cut batch is being topped up: the whole batch (the
    held records and the fresh ones) is dropped unprocessed, the partitions rewind to the
    committed offset, and everything is read again: one committed output per input."""
    source, transactions, metrics, service = _bounded(8)
    asked: list[tuple[int, int]] = []

    def during_the_top_up() -> None:  # the first batch was cut: this fetch tops up its held record
        source.during_next_fetch = full_rebalance(source)

    _on_second_fetch(source, during_the_top_up, asked)
    await run_until_drained(service, source)
    assert asked[1] == (0, 3)  # the top-up: no waiting, room for 3
    assert metrics.batches_discarded.labels("rebalance")._value.get() == 1
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(8))


async def test_held_records_voided_by_a_rebalance_before_the_next_fetch_are_reread() -> None:
    """A rebalance after a batch was cut and before the next batch starts (here: while its
    fetch fails and is retried) voids the held records: they are dropped as a remainder, their
    partition rewinds to the committed offset, and they are read again: exactly once."""
    source, transactions, metrics, service = _bounded(8)

    def while_failing() -> None:
        source.fail_next_fetch = full_rebalance(source)

    _on_second_fetch(source, while_failing, [])
    await run_until_drained(service, source)
    assert metrics.batches_discarded.labels("remainder")._value.get() == 1
    # The held record (offset 3) came back from a rewind to the committed offset 3.
    assert "rewind [0]" in source.journal
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(8))


async def test_a_failed_transaction_of_a_cut_batch_voids_its_held_rest() -> None:
    """The first part of a cut batch fails in its transaction: the producer is reopened and the
    partition rewound; the held rest and whatever was processed after it are dropped, not
    committed past the rewind; every input ends exactly once."""
    source = MemorySource(one_partition(10))
    transactions = MemoryTransactions(source)
    transactions.failures = ["down"]
    metrics = Metrics(CollectorRegistry())
    service = clocked_service(source, transactions, metrics, max_processing_ms=BOUND_MS)
    await run_until_drained(service, source)
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(10))
    assert metrics.transactions.labels("aborted")._value.get() == 1
    assert metrics.batches_cut._value.get() >= 2


async def test_a_stop_leaves_held_records_to_the_next_reader() -> None:
    """Stopped with records held, the loop commits what it processed and nothing more; a new
    loop on the same log resumes from the committed offset: together, exactly once."""
    source = MemorySource(one_partition(8))
    transactions = MemoryTransactions(source)
    transactions.gate = asyncio.Event()
    service = clocked_service(source, transactions, max_processing_ms=BOUND_MS)
    task = asyncio.create_task(service.run())
    await asyncio.wait_for(transactions.entered.wait(), timeout=10)
    service.request_stop()  # the first cut batch is in its transaction, its rest is held
    transactions.gate.set()
    await asyncio.wait_for(task, timeout=10)
    first = source.committed[TopicPartition("raw", 0)]
    assert 3 <= first < 8
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(first))
    # The next reader of the partition (a restart, or the partition's new owner).
    source.position = dict(source.committed)
    again = MemoryTransactions(source)
    await run_until_drained(clocked_service(source, again, max_processing_ms=BOUND_MS), source)
    assert [o for _, o in inputs_of(transactions.visible + again.visible)] == list(range(8))


class _SlowTransactions(MemoryTransactions):
    """In-memory transactions that each take ``seconds`` of virtual time."""

    def __init__(self, source: MemorySource, time: VirtualTime, seconds: float) -> None:
        super().__init__(source)
        self._time = time
        self._seconds = seconds

    async def commit(self, tp: TopicPartition, records: list[OutRecord], next_offset: int) -> None:
        self._time.now += self._seconds
        await super().commit(tp, records, next_offset)


def _adaptive(
    count: int, commit_s: float, factor: float, *, lagging: bool = False, ceiling_ms: int = 550
) -> tuple[MemorySource, MemoryTransactions, Metrics, Service]:
    """A loop over ``count`` records of one partition with the adaptive bound (floor 150 ms,
    ``ceiling_ms``, ``factor`` x the commits' median) and transactions of ``commit_s``; the
    source reports its lag when ``lagging`` (the plain one reports none: a loop at load)."""
    time = VirtualTime()
    source = (LaggingSource if lagging else MemorySource)(one_partition(count))
    transactions = _SlowTransactions(source, time, seconds=commit_s)
    metrics = Metrics(CollectorRegistry())
    service = clocked_service(
        source,
        transactions,
        metrics,
        max_processing_ms=ceiling_ms,
        min_processing_ms=150,
        commit_factor=factor,
        time=time,
    )
    return source, transactions, metrics, service


async def test_at_load_slow_commits_do_not_raise_the_bound() -> None:
    """Adaptive bound (floor 150 ms, 10 x the commits' median, ceiling 1 s), commits of 100 ms
    and no lag behind the batches (at most 4 records in sight, under 1 s of work even at 200 ms
    a record when a commit's virtual time passes during the processing): every batch stays at
    the floor (at most 2 records of 100 ms), however slow the commits; every input ends exactly
    once, in order."""
    source, transactions, metrics, service = _adaptive(20, commit_s=0.1, factor=10, ceiling_ms=1000)
    await run_until_drained(service, source)
    steps = [b - a for a, b in itertools.pairwise([0, *committed_offsets(source)])]
    assert max(steps) <= 2
    assert metrics.batches_cut._value.get() >= 5
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(20))
    assert metrics.batch_commit_seconds._sum.get() >= 0.1 * len(steps)


async def test_a_backlog_that_lasts_three_batches_raises_the_bound_until_it_is_drained() -> None:
    """40 records behind the loop (4 s of work, over the 550 ms ceiling): the first three
    batches see it and stay at the floor (2 records); from the fourth the bound is the ceiling
    and batches of 4 (400 ms) are whole; as it drains the bound follows half the work in sight
    (6 records in sight: 300 ms, 3 records), then the floor once the ceiling's worth is no
    longer in sight; every input ends exactly once, in order."""
    source, transactions, metrics, service = _adaptive(40, commit_s=0.0, factor=0, lagging=True)
    await run_until_drained(service, source)
    steps = [b - a for a, b in itertools.pairwise([0, *committed_offsets(source)])]
    assert steps == [2, 2, 2] + [4] * 7 + [3, 2, 1]
    assert metrics.batches_cut._value.get() == 5  # the 4s were whole
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(40))


async def test_a_burst_drained_within_three_batches_does_not_raise_the_bound() -> None:
    """10 records behind the loop (1 s of work): over the 550 ms ceiling at the second and third
    batches, under it at the fourth: a burst, not a backlog; every batch stays at the floor."""
    source, transactions, metrics, service = _adaptive(10, commit_s=0.0, factor=0, lagging=True)
    await run_until_drained(service, source)
    steps = [b - a for a, b in itertools.pairwise([0, *committed_offsets(source)])]
    assert steps == [2, 2, 2, 2, 2]
    assert metrics.batches_cut._value.get() == 4
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(10))


async def test_an_adaptive_bound_rebalance_in_a_cut_batch_keeps_exactly_once() -> None:
    """Adaptive bound with cheap commits and no backlog (the floor, 150 ms): a
    rebalance while the held rest of a cut batch is topped up drops the whole batch and re-reads
    it; every input ends exactly once."""
    source, transactions, metrics, service = _adaptive(12, commit_s=0.0, factor=1)

    def during_the_top_up() -> None:
        source.during_next_fetch = full_rebalance(source)

    _on_second_fetch(source, during_the_top_up, [])
    await run_until_drained(service, source)
    assert metrics.batches_discarded.labels("rebalance")._value.get() == 1
    assert metrics.batches_cut._value.get() >= 1
    assert [o for _, o in inputs_of(transactions.visible)] == list(range(12))


def _bus_calls(source: MemorySource) -> list[str]:
    """Every fetch (with its timeout and room) and lag look-up the loop makes, in order, written
    to the source's journal beside its commits, rewinds and pauses."""
    fetch, lag = source.getmany, source.lag

    async def getmany(*, timeout_ms: int, max_records: int) -> list[InRecord]:
        source.journal.append(f"fetch {timeout_ms} {max_records}")
        return await fetch(timeout_ms=timeout_ms, max_records=max_records)

    async def lag_looked_up() -> dict[TopicPartition, int]:
        source.journal.append("lag")
        return await lag()

    source.getmany = getmany  # type: ignore[method-assign]
    source.lag = lag_looked_up  # type: ignore[method-assign]
    return source.journal


async def test_a_bound_that_never_cuts_costs_the_loop_no_bus_call() -> None:
    """Batches that finish within the bound: the bounded loop makes the same fetches, lag
    look-ups, pauses and transactions, in the same order, as the loop bounded by count only (the
    bound adds one clock read per record and nothing on the bus)."""
    journals = []
    for bound_ms in (0, 10_000):  # 4 records of 100 ms: far below 10 s
        source = MemorySource(mixed_records(24))
        transactions = MemoryTransactions(source)
        journal = _bus_calls(source)
        service = clocked_service(source, transactions, max_processing_ms=bound_ms)
        await run_until_drained(service, source)
        assert inputs_of(transactions.visible) == [(p, o) for p in (0, 1) for o in range(12)]
        # Up to the last commit: after it the loop idles, fetching for as long as the test runs.
        journals.append(journal[: max(i for i, e in enumerate(journal) if e.startswith("txn")) + 1])
    assert journals[0] == journals[1]
    assert sum(entry.startswith("txn") for entry in journals[0]) == 6  # batches of 4, none cut
