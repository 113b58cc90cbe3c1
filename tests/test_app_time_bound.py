"""Batches bounded by processing time, on the in-memory source and transactions of test_app.py:
a batch closes once the pipeline has spent ``batch_max_processing_ms`` on it, the rest of what
was fetched goes first into the next batch, in order, and every input still ends as exactly one
committed output, whatever rebalance, rewind or stop comes between the two parts."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable

from prometheus_client import CollectorRegistry

from newswire.app import Service
from newswire.metrics import Metrics
from newswire.records import InRecord, TopicPartition
from tests.support import SEED
from tests.test_app import (
    MemorySource,
    MemoryTransactions,
    _inputs,
    _run_until_drained,
    _service,
)

#: With the clock below, the pipeline "spends" 100 ms per record: a 250 ms bound closes a batch
#: after 3 records (the check before the 4th sees 300 ms).
BOUND_MS = 250


def _clock() -> Callable[[], float]:
    """A clock that advances 100 ms each time it is read (read once per record, and once when
    a batch starts), so where a batch is cut depends on no real timing."""
    ticks = itertools.count()
    return lambda: next(ticks) / 10


def _one_partition(count: int) -> list[InRecord]:
    seed = SEED.read_bytes()
    return [InRecord("raw", 0, i, -1, None, seed, ()) for i in range(count)]


def _txns(source: MemorySource) -> list[str]:
    return [entry for entry in source.journal if entry.startswith("txn")]


def _bounded(
    count: int,
) -> tuple[MemorySource, MemoryTransactions, Metrics, Service]:
    """A loop over ``count`` records of one partition, batches cut at BOUND_MS by the clock."""
    source = MemorySource(_one_partition(count))
    transactions = MemoryTransactions(source)
    metrics = Metrics(CollectorRegistry())
    service = _service(
        source,
        transactions=transactions,
        metrics=metrics,
        max_processing_ms=BOUND_MS,
        clock=_clock(),
    )
    return source, transactions, metrics, service


def _rebalance(source: MemorySource) -> Callable[[], Awaitable[None]]:
    """A rebalance that revokes and reassigns every partition of the log."""

    async def rebalance() -> None:
        assert source.hooks is not None
        await source.hooks.partitions_revoked(set(source.log))
        await source.hooks.partitions_assigned(set(source.log))

    return rebalance


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
    await _run_until_drained(service, source)
    assert _txns(source) == ["txn 0 -> 3", "txn 0 -> 6", "txn 0 -> 8"]
    assert [o for _, o in _inputs(transactions.visible)] == list(range(8))
    assert metrics.batches_cut._value.get() == 2
    assert metrics.messages_consumed.labels("raw")._value.get() == 8  # not 10: held count once


async def test_without_a_bound_batches_are_bounded_by_count_only() -> None:
    """batch_max_processing_ms = 0: however slow the (fake) clock says the pipeline is, every
    batch keeps its 4 records."""
    source = MemorySource(_one_partition(8))
    transactions = MemoryTransactions(source)
    metrics = Metrics(CollectorRegistry())
    service = _service(
        source, transactions=transactions, metrics=metrics, max_processing_ms=0, clock=_clock()
    )
    await _run_until_drained(service, source)
    assert _txns(source) == ["txn 0 -> 4", "txn 0 -> 8"]
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
        source.during_next_fetch = _rebalance(source)

    _on_second_fetch(source, during_the_top_up, asked)
    await _run_until_drained(service, source)
    assert asked[1] == (0, 3)  # the top-up: no waiting, room for 3
    assert metrics.batches_discarded.labels("rebalance")._value.get() == 1
    assert [o for _, o in _inputs(transactions.visible)] == list(range(8))


async def test_held_records_voided_by_a_rebalance_before_the_next_fetch_are_reread() -> None:
    """A rebalance after a batch was cut and before the next batch starts (here: while its
    fetch fails and is retried) voids the held records: they are dropped as a remainder, their
    partition rewinds to the committed offset, and they are read again: exactly once."""
    source, transactions, metrics, service = _bounded(8)

    def while_failing() -> None:
        source.fail_next_fetch = _rebalance(source)

    _on_second_fetch(source, while_failing, [])
    await _run_until_drained(service, source)
    assert metrics.batches_discarded.labels("remainder")._value.get() == 1
    # The held record (offset 3) came back from a rewind to the committed offset 3.
    assert "rewind [0]" in source.journal
    assert [o for _, o in _inputs(transactions.visible)] == list(range(8))


async def test_a_failed_transaction_of_a_cut_batch_voids_its_held_rest() -> None:
    """The first part of a cut batch fails in its transaction: the producer is reopened and the
    partition rewound; the held rest and whatever was processed after it are dropped, not
    committed past the rewind; every input ends exactly once."""
    source = MemorySource(_one_partition(10))
    transactions = MemoryTransactions(source)
    transactions.failures = ["down"]
    metrics = Metrics(CollectorRegistry())
    service = _service(
        source,
        transactions=transactions,
        metrics=metrics,
        max_processing_ms=BOUND_MS,
        clock=_clock(),
    )
    await _run_until_drained(service, source)
    assert [o for _, o in _inputs(transactions.visible)] == list(range(10))
    assert metrics.transactions.labels("aborted")._value.get() == 1
    assert metrics.batches_cut._value.get() >= 2


async def test_a_stop_leaves_held_records_to_the_next_reader() -> None:
    """Stopped with records held, the loop commits what it processed and nothing more; a new
    loop on the same log resumes from the committed offset: together, exactly once."""
    source = MemorySource(_one_partition(8))
    transactions = MemoryTransactions(source)
    transactions.gate = asyncio.Event()
    service = _service(
        source, transactions=transactions, max_processing_ms=BOUND_MS, clock=_clock()
    )
    task = asyncio.create_task(service.run())
    await asyncio.wait_for(transactions.entered.wait(), timeout=10)
    service.request_stop()  # the first cut batch is in its transaction, its rest is held
    transactions.gate.set()
    await asyncio.wait_for(task, timeout=10)
    first = source.committed[TopicPartition("raw", 0)]
    assert 3 <= first < 8
    assert [o for _, o in _inputs(transactions.visible)] == list(range(first))
    # The next reader of the partition (a restart, or the partition's new owner).
    source.position = dict(source.committed)
    again = MemoryTransactions(source)
    await _run_until_drained(
        _service(source, transactions=again, max_processing_ms=BOUND_MS, clock=_clock()), source
    )
    assert [o for _, o in _inputs(transactions.visible + again.visible)] == list(range(8))
