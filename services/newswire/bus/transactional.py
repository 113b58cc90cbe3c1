"""Exactly-once publishing: one transactional producer per input partition.

aiokafka speaks only the pre-KIP-447 transaction protocol: the broker cannot fence a zombie by the
consumer group's generation, only by ``transactional.id``. So, like Kafka Streams' original
``exactly_once`` and Faust, each input partition gets its own stable id
``{prefix}-{group}-{topic}-{partition}``. Whoever owns the partition starts a producer with that id;
``InitProducerId`` bumps the epoch, which fences the previous owner and completes (commits or aborts)
whatever transaction it left open. Only after that may the new owner read the committed offset (the
app rewinds the consumer; see ``committers.ExactlyOnce.partitions_assigned``).

Work-arounds for aiokafka's open transaction bugs, each tied to its issue:

- #1098 (KeyError in ``TxnOffsetCommitHandler`` when a response is handled twice or partially):
  every ``send_offsets_to_transaction`` call carries exactly one partition and is never concurrent
  with another on the same producer, so a partial or repeated response cannot happen.
- #1004 ("Unexpected error during batch delivery" on brokers ≥ 3.7, a race between adding the
  data partitions and the offsets to the transaction): offsets are added first, then the records.
- #1091 (transactions hang on a single broker): the local broker sets
  ``transaction.state.log.replication.factor=1`` and ``min.isr=1`` (``localbroker.py``).
- A producer whose sender task died (aiokafka ends it on unexpected errors) never recovers, and
  aiokafka waits for an unreachable transaction coordinator forever: every transaction runs under
  a timeout, and on any error the app discards the producer and starts a new one with the same
  id (``reset``), whose ``InitProducerId`` aborts the half-done transaction on the broker.
- ``retry_backoff_ms`` is low because aiokafka retries ``CONCURRENT_TRANSACTIONS`` (answered while
  the previous transaction's markers are still being written) after that backoff: at the default
  100 ms every transaction after the first waited ~100 ms; at 10 ms a transaction takes ~25 ms here.
  A lower backoff does not avoid the retry (back to back, AddOffsetsToTxn went 1.5-1.9 times a
  transaction at 2, 10 and 20 ms alike; once with 50 ms between transactions, as under a backlog,
  where a batch's processing separates a partition's transactions), so 10 ms stays.

Checked against Apache Kafka 4.1.1 (pinned in ``deploy/kafka/pom.xml``): the broker still accepts
the transaction request versions aiokafka sends (Transactions V2 of KIP-890 only applies to clients
that ask for it), and the fault-injection tests in ``tests/broker/test_exactly_once.py`` pass against it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable, Iterator

from aiokafka import AIOKafkaProducer
from aiokafka import TopicPartition as KafkaTopicPartition
from aiokafka.client import CoordinationType
from aiokafka.errors import ProducerFenced

from newswire.bus.connection import Connection
from newswire.bus.errors import kafka_errors_mapped
from newswire.bus.partitioner import default_partition
from newswire.bus.producer import MAX_BATCH_BYTES
from newswire.errors import Fenced, InfrastructureError
from newswire.records import OutRecord, TopicPartition

log = logging.getLogger("newswire.bus")


class KafkaTransactionalSink:
    """``ports.TransactionalSink`` on Kafka: one transactional producer per input partition."""

    def __init__(
        self,
        connection: Connection,
        *,
        group_id: str,
        transactional_id_prefix: str,
        transaction_timeout_ms: int = 60_000,
        max_request_size: int = 16 * 1024 * 1024,
        request_timeout_ms: int = 30_000,
        stop_timeout_s: float = 10.0,
        operation_timeout_s: float = 10.0,
        compression_type: str | None = "zstd",
        output_topics: Iterable[str] = (),
    ) -> None:
        self._connection = connection
        #: Looked up when a partition's producer opens (``open``), not at its first transaction,
        #: as is the group's coordinator.
        self._output_topics = tuple(dict.fromkeys(output_topics))
        self._group_id = group_id
        self._prefix = transactional_id_prefix
        self._transaction_timeout_ms = transaction_timeout_ms
        self._max_request_size = max_request_size
        self._request_timeout_ms = request_timeout_ms
        self._stop_timeout_s = stop_timeout_s
        self._operation_timeout_s = operation_timeout_s
        self._compression_type = compression_type
        self._producers: dict[TopicPartition, AIOKafkaProducer] = {}

    def transactional_id(self, tp: TopicPartition) -> str:
        return f"{self._prefix}-{self._group_id}-{tp.topic}-{tp.partition}"

    def is_open(self, tp: TopicPartition) -> bool:
        return tp in self._producers

    def open_partitions(self) -> set[TopicPartition]:
        return set(self._producers)

    async def open(self, tp: TopicPartition) -> None:
        """Start the partition's producer; returns once every earlier owner is fenced."""
        if tp in self._producers:
            return
        producer = AIOKafkaProducer(
            **self._connection.client_kwargs(),
            transactional_id=self.transactional_id(tp),
            transaction_timeout_ms=self._transaction_timeout_ms,
            acks="all",
            enable_idempotence=True,
            max_request_size=self._max_request_size,
            max_batch_size=MAX_BATCH_BYTES,
            request_timeout_ms=self._request_timeout_ms,
            retry_backoff_ms=10,
            # A transaction sends all its records, then waits for them: a linger would only
            # delay the last request. The records still travel together: aiokafka holds a
            # partition's records back until AddPartitionsToTxn has answered.
            linger_ms=0,
            compression_type=self._compression_type,
            partitioner=default_partition,
        )
        try:
            with _fencing_mapped(tp), kafka_errors_mapped("open transactional producer"):
                await asyncio.wait_for(producer.start(), self._operation_timeout_s)
                # A new producer knows no topic and not the group's coordinator: the partition's
                # first transaction would wait for a metadata round trip (its first send to each
                # output topic) and a FindCoordinator (its offsets go to the group's coordinator,
                # not the transaction's) while the batch's records wait, after every assignment:
                # a start, a rebalance, a scale out. Asked here, together (one metadata request
                # for every topic), they are paid while the partition is taken over instead.
                await asyncio.wait_for(
                    asyncio.gather(
                        *(producer.partitions_for(topic) for topic in self._output_topics),
                        _group_coordinator(producer, self._group_id),
                    ),
                    self._operation_timeout_s,
                )
        except InfrastructureError:
            await _stop_quietly(producer, self._stop_timeout_s)
            raise
        self._producers[tp] = producer

    async def close(self, tp: TopicPartition) -> None:
        producer = self._producers.pop(tp, None)
        if producer is not None:
            await _stop_quietly(producer, self._stop_timeout_s)

    async def close_all(self) -> None:
        await asyncio.gather(*(self.close(tp) for tp in list(self._producers)))

    async def reset(self, tp: TopicPartition) -> None:
        """Forget a producer in an unknown state; the next ``open`` aborts what it left."""
        await self.close(tp)

    async def commit(self, tp: TopicPartition, records: list[OutRecord], next_offset: int) -> None:
        """One transaction: the input offset ``next_offset`` of ``tp`` and all ``records``.

        Raises Fenced when a newer owner took the partition, BrokerUnavailable on anything else
        (including taking longer than ``operation_timeout_s``: aiokafka waits for an unreachable
        coordinator forever). The caller then resets the producer and rewinds: the outcome of the
        transaction is unknown, and reopening the producer aborts it if it is still open.
        """
        producer = self._producers[tp]
        with _fencing_mapped(tp), kafka_errors_mapped("transaction"):
            await asyncio.wait_for(
                self._transaction(producer, tp, records, next_offset), self._operation_timeout_s
            )

    async def _transaction(
        self,
        producer: AIOKafkaProducer,
        tp: TopicPartition,
        records: list[OutRecord],
        next_offset: int,
    ) -> None:
        await producer.begin_transaction()
        await producer.send_offsets_to_transaction(
            {KafkaTopicPartition(tp.topic, tp.partition): next_offset}, self._group_id
        )
        futures = [
            await producer.send(
                record.topic, record.value, key=record.key, headers=list(record.headers)
            )
            for record in records
        ]
        # Surface a failed record here rather than as "abortable error" at commit time.
        await asyncio.gather(*futures)
        await producer.commit_transaction()


async def _group_coordinator(producer: AIOKafkaProducer, group_id: str) -> None:
    """Have ``producer`` find ``group_id``'s coordinator, as its first ``TxnOffsetCommit``
    would: aiokafka keeps the answer for the producer's later transactions (and forgets it when
    the coordinator moves). No public call asks it; the sender's own lookup is the one its
    transactions use (a test checks that the answer is kept)."""
    await producer._sender._find_coordinator(CoordinationType.GROUP, group_id)


@contextlib.contextmanager
def _fencing_mapped(tp: TopicPartition) -> Iterator[None]:
    try:
        yield
    except ProducerFenced as exc:
        raise Fenced(f"producer for {tp.topic}-{tp.partition} fenced by a newer owner") from exc


async def _stop_quietly(producer: AIOKafkaProducer, timeout_s: float) -> None:
    try:
        await asyncio.wait_for(producer.stop(), timeout_s)
    except Exception as exc:  # a dead sender re-raises its error here
        log.debug("producer stop failed", extra={"error": repr(exc)})
