"""The raw-topic consumer: a consumer group with manual commits, batches via ``getmany``.

Rebalances reach the app through ``RebalanceHooks``, awaited inside aiokafka's rebalance: the
group waits for ``partitions_revoked`` (the app finishes its open batch there) before it
reassigns anything.
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener
from aiokafka import TopicPartition as KafkaTopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError

from newswire.bus.connection import Connection
from newswire.bus.errors import kafka_errors_mapped
from newswire.bus.stableoffsets import committed_stable
from newswire.errors import BrokerUnavailable
from newswire.ports import RebalanceHooks
from newswire.records import InRecord, TopicPartition

log = logging.getLogger("newswire.bus")

#: Longest a rewind may wait for the group coordinator's committed offsets.
_REWIND_TIMEOUT_S = 10.0


class _NoHooks:
    async def partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        del revoked

    async def partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        del assigned


class _Listener(ConsumerRebalanceListener):  # type: ignore[misc]  # aiokafka is untyped
    def __init__(self) -> None:
        self.hooks: RebalanceHooks = _NoHooks()
        self.assigned: set[TopicPartition] = set()

    async def on_partitions_revoked(self, revoked: list[KafkaTopicPartition]) -> None:
        tps = {TopicPartition(tp.topic, tp.partition) for tp in revoked}
        try:
            await self.hooks.partitions_revoked(tps)
        finally:
            self.assigned -= tps

    async def on_partitions_assigned(self, assigned: list[KafkaTopicPartition]) -> None:
        tps = {TopicPartition(tp.topic, tp.partition) for tp in assigned}
        self.assigned |= tps
        await self.hooks.partitions_assigned(tps)


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
        group_instance_id: str | None = None,
        max_partition_fetch_bytes: int = 1024 * 1024,
    ) -> None:
        self._topic = topic
        self._group_id = group_id
        self._auto_offset_reset = auto_offset_reset
        self._listener = _Listener()
        static = {"group_instance_id": group_instance_id} if group_instance_id else {}
        self._consumer = AIOKafkaConsumer(
            **connection.client_kwargs(),
            group_id=group_id,
            enable_auto_commit=False,
            auto_offset_reset=auto_offset_reset,
            isolation_level="read_committed",
            session_timeout_ms=session_timeout_ms,
            heartbeat_interval_ms=max(100, session_timeout_ms // 4),
            max_poll_interval_ms=max_poll_interval_ms,
            max_partition_fetch_bytes=max_partition_fetch_bytes,
            **static,
        )

    @property
    def group_id(self) -> str:
        return self._group_id

    def set_rebalance_hooks(self, hooks: RebalanceHooks) -> None:
        self._listener.hooks = hooks

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

    async def rewind(self, partitions: set[TopicPartition]) -> None:
        """Continue each partition from its committed offset, read fresh and stable from the
        coordinator (not aiokafka's cache, which a transactional producer bypasses; not its
        OffsetFetch v3, which can answer from before a coordinator failover: ``stableoffsets``);
        buffered records of those partitions are dropped. Without a committed offset:
        ``auto_offset_reset``."""
        # The coordinator is waited for as long as it is unknown, loading or holds a pending
        # commit (a broker outage): bounded, so the loop's retry backs off, marks the worker not
        # ready and lets a stop end it (TimeoutError -> BrokerUnavailable).
        owned = partitions & self._listener.assigned
        with kafka_errors_mapped("rewind"):
            async with asyncio.timeout(_REWIND_TIMEOUT_S):
                # The consumer's own client (its connections, its metadata): aiokafka has no
                # public call for a request it does not speak.
                client = self._consumer._client
                targets = await committed_stable(client, self._group_id, owned)
                unset: list[KafkaTopicPartition] = []
                for tp in sorted(owned):
                    ktp = KafkaTopicPartition(tp.topic, tp.partition)
                    committed = targets.get(tp)
                    if committed is None:
                        unset.append(ktp)
                    else:
                        self._consumer.seek(ktp, committed)
                if unset and self._auto_offset_reset == "latest":
                    await self._consumer.seek_to_end(*unset)
                elif unset:
                    await self._consumer.seek_to_beginning(*unset)
        # Rewinds are rare (a failed transaction, a rebalance): where each went is what tells a
        # re-read of one batch from a partition re-done from far back (None: no committed offset).
        if owned:
            log.info(
                "rewound to the committed offsets",
                extra={
                    "offsets": str(
                        {f"{tp.topic}-{tp.partition}": targets.get(tp) for tp in sorted(owned)}
                    )
                },
            )

    def pause_fetching(self) -> None:
        """Stop fetching ahead (records already buffered stay, and are returned after resume)."""
        assigned = self._consumer.assignment()
        if assigned:
            self._consumer.pause(*assigned)

    def resume_fetching(self) -> None:
        paused = self._consumer.paused()
        if paused:
            self._consumer.resume(*paused)

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
