"""Steps 3 and 4 of a batch (see ``app.py``): how a processed batch becomes visible, per
processing guarantee.

- ``ExactlyOnce``: per input partition, one Kafka transaction carrying the partition's outputs
  and its next input offset (step 3; step 4 is inside the transaction). A partition's producer
  opens when the partition is assigned (fencing the previous owner) and closes when it is revoked.
- ``AtLeastOnce``: publish every output and wait for its acknowledgement (step 3), then commit
  the offsets after the batch (step 4). A crash between the two re-processes the batch.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Protocol

from newswire.errors import BrokerUnavailable, Fenced, InfrastructureError
from newswire.metrics import Metrics
from newswire.outputs import OutputTopics, count_published
from newswire.pipeline import Outcome
from newswire.ports import Sink, Source, TransactionalSink
from newswire.records import InRecord, TopicPartition
from newswire.retry import Retrier, quietly

log = logging.getLogger("newswire.app")


class Committer(Protocol):
    guarantee: str

    async def start(self) -> None:
        """Before the consumer starts."""

    async def stop(self) -> None:
        """After the consumer stopped (and left the group)."""

    async def commit(self, records: list[InRecord], outcomes: list[Outcome]) -> None:
        """Steps 3 and 4 of one batch."""

    async def publish_uncommitted(self, outcomes: list[Outcome]) -> None:
        """Fault injection's ``kill-before-commit``: what step 3 leaves before step 4."""

    async def partitions_revoked(self, revoked: set[TopicPartition]) -> None: ...

    async def partitions_assigned(self, assigned: set[TopicPartition]) -> None: ...


class AtLeastOnce:
    guarantee = "at_least_once"

    def __init__(
        self,
        *,
        sink: Sink,
        source: Source,
        retrier: Retrier,
        topics: OutputTopics,
        metrics: Metrics,
    ) -> None:
        self._sink = sink
        self._source = source
        self._retrier = retrier
        self._topics = topics
        self._metrics = metrics
        self._started = False

    async def start(self) -> None:
        await self._retrier.call("start producer", self._sink.start)
        self._started = True

    async def stop(self) -> None:
        if self._started:
            await quietly("stop producer", self._sink.stop)

    async def commit(self, records: list[InRecord], outcomes: list[Outcome]) -> None:
        # Step 3.
        await self.publish_uncommitted(outcomes)
        # Step 4.
        committed = await self._retrier.call(
            "commit", lambda: self._source.commit(next_offsets(records)), until_stopped=False
        )
        if committed:
            self._metrics.commits.inc()
        else:
            self._metrics.commits_skipped.inc()
            log.info("commit skipped: partitions were reassigned during the batch")

    async def publish_uncommitted(self, outcomes: list[Outcome]) -> None:
        outputs = [self._topics.encode(outcome) for outcome in outcomes]
        await self._retrier.call(
            "publish", lambda: self._sink.publish(outputs), until_stopped=False
        )
        count_published(self._metrics, self._topics, outcomes)

    async def partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        del revoked  # nothing is held per partition

    async def partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        del assigned  # the consumer resumes from the committed offsets by itself


class ExactlyOnce:
    guarantee = "exactly_once"

    def __init__(
        self,
        *,
        transactions: TransactionalSink,
        source: Source,
        retrier: Retrier,
        topics: OutputTopics,
        metrics: Metrics,
        on_rewind: Callable[[], None],
    ) -> None:
        self._transactions = transactions
        self._source = source
        self._retrier = retrier
        self._topics = topics
        self._metrics = metrics
        #: Called after every rewind: a batch fetched or processed meanwhile may hold records from
        #: before it and must be dropped, not committed after it (the loop's epoch).
        self._on_rewind = on_rewind

    async def start(self) -> None:
        """Producers open per partition, on assignment."""

    async def stop(self) -> None:
        await self._transactions.close_all()

    async def publish_uncommitted(self, outcomes: list[Outcome]) -> None:
        del outcomes  # a transaction publishes nothing until it commits

    async def partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await asyncio.gather(*(self._transactions.close(tp) for tp in revoked))

    async def partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        if assigned:
            await self._open_and_rewind(assigned)
            # Again: a fetch that overlapped the rewind may hold records from before it.
            self._on_rewind()

    async def commit(self, records: list[InRecord], outcomes: list[Outcome]) -> None:
        """Step 3 (with step 4 inside): the partitions' transactions run concurrently."""
        del records  # each outcome carries its record
        by_partition: dict[TopicPartition, list[Outcome]] = {}
        for outcome in outcomes:
            tp = TopicPartition(outcome.record.topic, outcome.record.partition)
            by_partition.setdefault(tp, []).append(outcome)
        results = await asyncio.gather(
            *(self._partition_transaction(tp, group) for tp, group in by_partition.items()),
            return_exceptions=True,
        )
        for result in results:
            if isinstance(result, BaseException):
                raise result

    async def _partition_transaction(self, tp: TopicPartition, outcomes: list[Outcome]) -> None:
        outputs = [self._topics.encode(outcome) for outcome in outcomes]
        next_offset = max(outcome.record.offset for outcome in outcomes) + 1
        attempt = 0
        while True:
            if not self._transactions.is_open(tp):
                # The committed offset may be past these records (an earlier transaction whose
                # outcome we did not learn may have committed): drop them, re-read from there.
                await self._retrier.call("open producer", lambda: self._reopen_and_rewind(tp))
                self._metrics.batches_discarded.labels("rewind").inc()
                return
            try:
                await self._transactions.commit(tp, outputs, next_offset)
            except Fenced:
                self._metrics.transactions.labels("fenced").inc()
                raise
            except BrokerUnavailable as exc:
                # Never retried as is: the failed call may in fact have committed. The producer
                # is reset (aborting what is still open) and the loop above reopens and rewinds.
                self._metrics.transactions.labels("aborted").inc()
                await self._transactions.reset(tp)
                attempt += 1
                await self._retrier.backoff("transaction", exc, attempt)
                continue
            self._metrics.transactions.labels("committed").inc()
            self._retrier.succeeded()
            count_published(self._metrics, self._topics, outcomes)
            return

    async def _open_and_rewind(self, partitions: set[TopicPartition]) -> None:
        """Fence the previous owners, then read the committed offsets (in this order: an
        earlier owner's pending transaction is complete only once our producer is initialised).
        A partition whose producer failed to open is retried by the loop before its next use."""
        ordered = sorted(partitions)
        results = await asyncio.gather(
            *(self._transactions.open(tp) for tp in ordered), return_exceptions=True
        )
        opened: set[TopicPartition] = set()
        for tp, result in zip(ordered, results, strict=True):
            if isinstance(result, InfrastructureError):
                log.warning(
                    "could not open the partition's producer yet",
                    extra={"partition": f"{tp.topic}-{tp.partition}", "error": str(result)},
                )
            elif isinstance(result, BaseException):
                raise result
            else:
                opened.add(tp)
        try:
            await self._source.rewind(opened)
        except InfrastructureError as exc:
            log.warning("rewind failed; will retry", extra={"error": str(exc)})
            for tp in opened:
                await self._transactions.reset(tp)

    async def _reopen_and_rewind(self, tp: TopicPartition) -> None:
        await self._transactions.open(tp)
        try:
            await self._source.rewind({tp})
        except InfrastructureError:
            await self._transactions.reset(tp)
            raise
        finally:
            self._on_rewind()


def committer_for(
    *,
    sink: Sink | None,
    transactions: TransactionalSink | None,
    source: Source,
    retrier: Retrier,
    topics: OutputTopics,
    metrics: Metrics,
    on_rewind: Callable[[], None],
) -> Committer:
    """The committer of the guarantee the service was given: ExactlyOnce with ``transactions``,
    AtLeastOnce with ``sink``; ``on_rewind`` voids the batches in hand (exactly_once)."""
    if transactions is not None and sink is None:
        return ExactlyOnce(
            transactions=transactions,
            source=source,
            retrier=retrier,
            topics=topics,
            metrics=metrics,
            on_rewind=on_rewind,
        )
    if sink is not None and transactions is None:
        return AtLeastOnce(
            sink=sink, source=source, retrier=retrier, topics=topics, metrics=metrics
        )
    raise ValueError("give exactly one of sink (at_least_once) or transactions")


def next_offsets(records: list[InRecord]) -> dict[TopicPartition, int]:
    """Per partition, the offset after the last of ``records``: what a commit stores."""
    offsets: dict[TopicPartition, int] = {}
    for record in records:
        tp = TopicPartition(record.topic, record.partition)
        offsets[tp] = max(offsets.get(tp, 0), record.offset + 1)
    return offsets
