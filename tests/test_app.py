"""The processing loop on an in-memory source and sink (Kafka behaviour is tested on a real
broker in tests/broker/test_service.py; these pin the loop's ordering and retry rules)."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from prometheus_client import CollectorRegistry

from newswire.metrics import Metrics
from newswire.pipeline import Outcome, Pipeline, PipelineOptions
from newswire.records import InRecord, TopicPartition
from tests.memorybus import (
    MemorySink,
    MemorySource,
    MemoryTransactions,
    inputs_of,
    memory_service,
    mixed_records,
    run_until_drained,
)
from tests.support import SEED


async def test_every_input_gives_one_output_and_commit_follows_publish() -> None:
    """Each record yields one Article or DeadLetter; each batch is published before its commit,
    and the committed offsets are one past the last record of each partition."""
    source = MemorySource(mixed_records(10))
    sink = MemorySink(source.journal)
    await run_until_drained(memory_service(source, sink), source)
    assert len(sink.records) == 10
    assert sum(r.topic == "dlq" for r in sink.records) == 4  # i % 3 == 0 are empty values
    assert source.committed == {TopicPartition("raw", 0): 5, TopicPartition("raw", 1): 5}
    steps = [entry.split()[0] for entry in source.journal[1:]]
    # Each batch is published, then committed, batch after batch.
    assert [step for step in steps if step in {"publish", "commit"}] == ["publish", "commit"] * 3
    # Full batches (4 of 4 records) pause fetching while they are processed; the last (2) does
    # not. Batch 2 is processed while batch 1 commits, and its processing ends (resume) only
    # after batch 1's commit: batch 2's transactions never overtake batch 1's.
    assert [step for step in steps if step in {"pause", "resume"}] == ["pause", "resume"] * 2
    publishes = [i for i, step in enumerate(steps) if step == "publish"]
    commits = [i for i, step in enumerate(steps) if step == "commit"]
    second_resume = [i for i, step in enumerate(steps) if step == "resume"][1]
    assert commits[0] < second_resume < publishes[1]
    assert source.stopped


async def test_publish_failure_is_retried_and_never_dead_lettered() -> None:
    """An unavailable broker during publish is retried with backoff; nothing is committed
    before the publish succeeds and no dead letter is made for the outage."""
    source = MemorySource(mixed_records(2))
    sink = MemorySink(source.journal, failures=2)
    await run_until_drained(memory_service(source, sink), source)
    assert [e for e in source.journal[1:] if e not in {"pause", "resume"}] == [
        "publish failed",
        "publish failed",
        "publish 2",
        "commit [(0, 1), (1, 1)]",
    ]
    assert sum(r.topic == "dlq" for r in sink.records) == 1  # the one empty value, not the outage


async def test_stop_finishes_the_batch_then_leaves() -> None:
    """A stop requested while a batch is in its transaction lets the batches in hand commit
    (outputs and offsets together), fetches nothing more, and stops the source (group left)."""
    source = MemorySource(mixed_records(10))
    transactions = MemoryTransactions(source)
    transactions.gate = asyncio.Event()
    service = memory_service(source, transactions=transactions)
    task = asyncio.create_task(service.run())
    await asyncio.wait_for(transactions.entered.wait(), timeout=5)
    service.request_stop()  # while the first batch waits inside its transaction
    transactions.gate.set()
    await asyncio.wait_for(task, timeout=5)
    assert source.stopped
    # Exactly the inputs below each committed offset have an output: the batch in hand was
    # finished, not abandoned half-published.
    committed = sorted(
        (tp.partition, o) for tp, end in source.committed.items() for o in range(end)
    )
    assert inputs_of(transactions.visible) == committed
    # The first batch (4 records) was committed; the last records were never fetched.
    assert 4 <= len(transactions.visible) < 10


async def test_exactly_once_puts_each_partitions_outputs_and_offset_in_one_transaction() -> None:
    """In exactly_once each batch becomes one transaction per input partition carrying that
    partition's next offset; nothing goes through the consumer's own commit."""
    source = MemorySource(mixed_records(10))
    transactions = MemoryTransactions(source)
    await run_until_drained(memory_service(source, transactions=transactions), source)
    assert inputs_of(transactions.visible) == sorted((i % 2, i // 2) for i in range(10))
    assert not any(entry.startswith("commit") for entry in source.journal)
    txns = [e for e in source.journal if e.startswith("txn")]
    # Batches of 4 from partition 0 then 1: [0:0-3], [0:4 + 1:0-2], [1:3-4].
    assert txns == ["txn 0 -> 4", "txn 0 -> 5", "txn 1 -> 3", "txn 1 -> 5"]


async def test_failed_transaction_reopens_the_producer_rewinds_and_reprocesses() -> None:
    """A transaction that fails is not retried blindly: the producer is reset and reopened, the
    consumer rewinds to the committed offset and the records are processed again, so every
    input appears exactly once among the committed outputs and the abort is counted."""
    source = MemorySource(mixed_records(6))
    transactions = MemoryTransactions(source)
    transactions.failures = ["down"]
    metrics = Metrics(CollectorRegistry())
    await run_until_drained(
        memory_service(source, transactions=transactions, metrics=metrics), source
    )
    assert inputs_of(transactions.visible) == sorted((i % 2, i // 2) for i in range(6))
    failed_at = source.journal.index("txn 0 failed (down)")
    after = [e for e in source.journal[failed_at + 1 :] if e.endswith((" 0", "[0]"))]
    assert after[:3] == ["reset 0", "open 0", "rewind [0]"]
    assert metrics.transactions.labels("aborted")._value.get() == 1


async def test_a_commit_whose_answer_was_lost_is_not_repeated() -> None:
    """If a transaction commits but the answer is lost (the call raises), the records are not
    published again: after reopening, the rewind finds the committed offset past them."""
    source = MemorySource(mixed_records(6))
    transactions = MemoryTransactions(source)
    transactions.failures = ["lost-ack"]
    await run_until_drained(memory_service(source, transactions=transactions), source)
    assert inputs_of(transactions.visible) == sorted((i % 2, i // 2) for i in range(6))


async def test_revocation_waits_for_the_batch_in_hand_then_closes_producers() -> None:
    """partitions_revoked returns only after the open batch's transaction has finished, and
    then closes the revoked partitions' producers."""
    source = MemorySource(mixed_records(2))
    transactions = MemoryTransactions(source)
    transactions.gate = asyncio.Event()
    service = memory_service(source, transactions=transactions)
    await transactions.open(TopicPartition("raw", 0))
    await transactions.open(TopicPartition("raw", 1))
    task = asyncio.create_task(service.run())
    await asyncio.wait_for(transactions.entered.wait(), timeout=10)
    revoke = asyncio.create_task(service.partitions_revoked(set(source.log)))
    await asyncio.sleep(0.1)
    assert not revoke.done(), "revocation must wait for the transaction in flight"
    transactions.gate.set()
    await asyncio.wait_for(revoke, timeout=10)
    last_txn = max(i for i, e in enumerate(source.journal) if e.startswith("txn"))
    first_close = min(i for i, e in enumerate(source.journal) if e.startswith("close"))
    assert last_txn < first_close
    assert not transactions.producers
    service.request_stop()
    await asyncio.wait_for(task, timeout=10)


async def test_a_batch_fetched_before_a_rebalance_is_dropped_and_read_again() -> None:
    """When partitions are reassigned while a batch is being fetched, that batch is dropped
    unprocessed; the new assignment opens the producers, rewinds, and the records are read
    again: still one committed output per input."""
    source = MemorySource(mixed_records(4))
    transactions = MemoryTransactions(source)
    metrics = Metrics(CollectorRegistry())
    service = memory_service(source, transactions=transactions, metrics=metrics)

    async def rebalance() -> None:
        assert source.hooks is not None
        await source.hooks.partitions_revoked(set(source.log))
        await source.hooks.partitions_assigned(set(source.log))

    source.during_next_fetch = rebalance
    await run_until_drained(service, source)
    assert metrics.batches_discarded.labels("rebalance")._value.get() == 1
    assert "rewind [0, 1]" in source.journal
    assert inputs_of(transactions.visible) == sorted((i % 2, i // 2) for i in range(4))


async def test_the_next_batch_is_processed_while_the_previous_one_commits() -> None:
    """While batch 1's transaction is in flight, batch 2 is fetched and run through the
    pipeline; batch 2's transaction starts only after batch 1's has committed."""
    seed = SEED.read_bytes()
    # Batches of 4: partition 0, then partition 1.
    source = MemorySource([InRecord("raw", i // 4, i % 4, -1, None, seed, ()) for i in range(8)])
    transactions = MemoryTransactions(source)
    transactions.gate = asyncio.Event()
    registry = CollectorRegistry()
    service = memory_service(source, transactions=transactions, metrics=Metrics(registry))
    task = asyncio.create_task(service.run())
    await asyncio.wait_for(transactions.entered.wait(), timeout=10)

    def processed() -> float:
        return registry.get_sample_value("newswire_stage_seconds_count", {"stage": "decode"}) or 0

    async with asyncio.timeout(10):
        while processed() < 8:  # noqa: ASYNC110 - polling a metric, there is no event to await
            await asyncio.sleep(0.01)
    assert not [entry for entry in source.journal if entry.startswith("txn")]
    transactions.gate.set()
    async with asyncio.timeout(10):
        await source.drained.wait()
    service.request_stop()
    await asyncio.wait_for(task, timeout=10)
    assert [e for e in source.journal if e.startswith("txn")] == ["txn 0 -> 4", "txn 1 -> 4"]
    assert inputs_of(transactions.visible) == sorted((i // 4, i % 4) for i in range(8))


async def test_a_rewind_after_a_failed_transaction_voids_the_batch_processed_meanwhile() -> None:
    """If batch 1's transaction fails while batch 2 is being processed, batch 2 is dropped
    unpublished (its records may precede the rewind) and everything is read again: still
    exactly one committed output per input."""
    source = MemorySource(
        [InRecord("raw", 0, i, -1, None, SEED.read_bytes(), ()) for i in range(8)]
    )
    transactions = MemoryTransactions(source)
    transactions.failures = ["down"]
    metrics = Metrics(CollectorRegistry())
    await run_until_drained(
        memory_service(source, transactions=transactions, metrics=metrics), source
    )
    assert inputs_of(transactions.visible) == [(0, i) for i in range(8)]
    assert metrics.batches_discarded.labels("rewind")._value.get() >= 2


class _ThreadNoting(Pipeline):
    """The real pipeline, noting the name of each thread it runs on."""

    def __init__(self) -> None:
        super().__init__(PipelineOptions())
        self.threads: set[str] = set()

    def process(self, record: InRecord, *, now: datetime | None = None) -> Outcome:
        self.threads.add(threading.current_thread().name)
        return super().process(record, now=now)


async def test_every_batch_is_processed_on_one_and_the_same_thread() -> None:
    """Step 2 of every batch runs on the service's one pipeline thread, never on asyncio's
    default executor (which grows to several threads, each filling a malloc arena of its own),
    even when that executor has idle threads to offer."""
    default = ThreadPoolExecutor(max_workers=4, thread_name_prefix="default")
    asyncio.get_running_loop().set_default_executor(default)
    pipeline = _ThreadNoting()
    source = MemorySource(mixed_records(10))
    service = memory_service(source, MemorySink(source.journal), pipeline=pipeline)
    await run_until_drained(service, source)
    assert len(source.committed) == 2  # all three batches went through
    (thread,) = pipeline.threads
    assert thread.startswith("pipeline")


async def test_a_worker_is_ready_only_once_its_first_assignment_is_taken_over() -> None:
    """A consumer joins its group in the background, as aiokafka's does, and the bus answers
    meanwhile: while the first assignment's hook still opens producers the worker is not ready
    (its gauge says 0); it is ready once every partition is taken over, so a load started on
    "ready" meets a worker that can process it."""
    gate, entered = asyncio.Event(), asyncio.Event()

    class _JoinsInBackground(MemorySource):
        async def start(self) -> None:
            hooks = self.hooks
            assert hooks is not None
            self.joining = asyncio.create_task(hooks.partitions_assigned(set(self.log)))

    class _SlowOpen(MemoryTransactions):
        async def open(self, tp: TopicPartition) -> None:
            entered.set()
            await gate.wait()
            await super().open(tp)

    source = _JoinsInBackground(mixed_records(4))
    registry = CollectorRegistry()
    service = memory_service(source, transactions=_SlowOpen(source), metrics=Metrics(registry))
    task = asyncio.create_task(service.run())
    async with asyncio.timeout(10):
        await entered.wait()
    assert service._bus.ok  # the bus has answered: only the take-over keeps it unready
    assert not service.is_ready()
    assert registry.get_sample_value("newswire_ready") == 0
    gate.set()
    async with asyncio.timeout(10):
        await source.drained.wait()
    assert service.is_ready()
    assert registry.get_sample_value("newswire_ready") == 1
    service.request_stop()
    await asyncio.wait_for(task, timeout=10)
