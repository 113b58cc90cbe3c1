"""The raw-topic consumer: a consumer group with manual commits, batches via ``getmany``."""

from __future__ import annotations

from collections.abc import Callable

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener
from aiokafka import TopicPartition as KafkaTopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError

from newswire.bus.connection import Connection
from newswire.bus.errors import kafka_errors_mapped
from newswire.errors import BrokerUnavailable
from newswire.records import InRecord, TopicPartition

AssignmentCallback = Callable[[set[TopicPartition]], None]


class _Listener(ConsumerRebalanceListener):  # type: ignore[misc]  # aiokafka is untyped
    def __init__(self, on_change: AssignmentCallback) -> None:
        self._on_change = on_change
        self.assigned: set[TopicPartition] = set()

    async def on_partitions_revoked(self, revoked: list[KafkaTopicPartition]) -> None:
        self.assigned -= {TopicPartition(tp.topic, tp.partition) for tp in revoked}
        self._on_change(set(self.assigned))

    async def on_partitions_assigned(self, assigned: list[KafkaTopicPartition]) -> None:
        self.assigned |= {TopicPartition(tp.topic, tp.partition) for tp in assigned}
        self._on_change(set(self.assigned))


class KafkaSource:
    def __init__(
        self,
        connection: Connection,
        *,
        topic: str,
        group_id: str,
        auto_offset_reset: str = "earliest",
        session_timeout_ms: int = 10_000,
        max_poll_interval_ms: int = 300_000,
        on_assignment: AssignmentCallback | None = None,
    ) -> None:
        self._topic = topic
        self._listener = _Listener(on_assignment or (lambda _: None))
        self._consumer = AIOKafkaConsumer(
            **connection.client_kwargs(),
            group_id=group_id,
            enable_auto_commit=False,
            auto_offset_reset=auto_offset_reset,
            isolation_level="read_committed",
            session_timeout_ms=session_timeout_ms,
            heartbeat_interval_ms=max(100, session_timeout_ms // 4),
            max_poll_interval_ms=max_poll_interval_ms,
        )

    async def start(self) -> None:
        with kafka_errors_mapped("start consumer"):
            await self._consumer.start()
            self._consumer.subscribe([self._topic], listener=self._listener)

    async def stop(self) -> None:
        """Leave the group (so partitions move at once, not after the session timeout)."""
        with kafka_errors_mapped("stop consumer"):
            await self._consumer.stop()

    async def getmany(self, *, timeout_ms: int, max_records: int) -> list[InRecord]:
        with kafka_errors_mapped("fetch"):
            batches = await self._consumer.getmany(timeout_ms=timeout_ms, max_records=max_records)
        records: list[InRecord] = []
        for tp, messages in batches.items():
            for message in messages:
                records.append(
                    InRecord(
                        topic=tp.topic,
                        partition=tp.partition,
                        offset=message.offset,
                        timestamp_ms=message.timestamp if message.timestamp is not None else -1,
                        key=message.key,
                        value=message.value,
                        headers=tuple((name, value or b"") for name, value in message.headers),
                    )
                )
        return records

    async def commit(self, offsets: dict[TopicPartition, int]) -> bool:
        """Commit ``next offset to read`` per partition. False when a rebalance took the
        partitions away meanwhile (their new owner re-reads them: at-least-once)."""
        owned = {
            KafkaTopicPartition(tp.topic, tp.partition): offset
            for tp, offset in offsets.items()
            if tp in self._listener.assigned
        }
        if not owned:
            return False
        try:
            with kafka_errors_mapped("commit"):
                await self._consumer.commit(owned)
        except BrokerUnavailable as exc:
            if isinstance(exc.__cause__, CommitFailedError | IllegalStateError):
                return False
            raise
        return len(owned) == len(offsets)

    async def probe(self) -> None:
        """Ask the cluster for metadata: raises BrokerUnavailable at once while it is down
        (``getmany`` alone just returns nothing during an outage)."""
        with kafka_errors_mapped("probe"):
            await self._consumer.topics()

    def assignment(self) -> set[TopicPartition]:
        return set(self._listener.assigned)

    async def lag(self) -> dict[TopicPartition, int]:
        """Records behind the end of each assigned partition, from the last fetch's high watermark."""
        out: dict[TopicPartition, int] = {}
        for tp in self._listener.assigned:
            ktp = KafkaTopicPartition(tp.topic, tp.partition)
            highwater = self._consumer.highwater(ktp)
            if highwater is None:
                continue
            try:
                with kafka_errors_mapped("position"):
                    position = await self._consumer.position(ktp)
            except BrokerUnavailable:
                continue
            out[tp] = max(0, highwater - position)
        return out
