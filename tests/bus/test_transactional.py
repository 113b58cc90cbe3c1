"""The exactly-once sink's producers on the real broker."""

from __future__ import annotations

import json
import uuid
from typing import Any

from aiokafka.client import CoordinationType

from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.bus.transactional import KafkaTransactionalSink
from newswire.dev.harness import committed_offset
from newswire.records import OutRecord, TopicPartition
from tests.support import collect


async def test_an_opened_partition_knows_its_output_topics_before_its_first_transaction(
    kafka_bootstrap: str,
) -> None:
    """Opening a partition's producer also looks up every output topic it was given (a
    duplicate once), so the partition's first transaction waits for no metadata; a sink given
    none looks up nothing. The first transaction then publishes to each topic, once."""
    # Not the service's channel names: these records are not Articles or DeadLetters.
    tag = uuid.uuid4().hex[:10]
    raw, first, second, group = f"x{tag}.in", f"x{tag}.one", f"x{tag}.two", f"g{tag}"
    conn = Connection(kafka_bootstrap)
    await ensure_topics(conn, [raw, first, second], partitions=2, replication_factor=1)
    sink = KafkaTransactionalSink(
        conn, group_id=group, transactional_id_prefix="primed", output_topics=(first, second, first)
    )
    bare = KafkaTransactionalSink(conn, group_id=group, transactional_id_prefix="bare")
    tp, other = TopicPartition(raw, 0), TopicPartition(raw, 1)
    await sink.open(tp)
    await bare.open(other)
    try:
        for topic in (first, second):
            assert sink._producers[tp].client.cluster.partitions_for_topic(topic) == {0, 1}
            assert bare._producers[other].client.cluster.partitions_for_topic(topic) is None
        records = [
            OutRecord(topic, key=None, value=json.dumps({"n": n}).encode())
            for n, topic in enumerate((first, second))
        ]
        await sink.commit(tp, records, next_offset=1)
    finally:
        await sink.close_all()
        await bare.close_all()
    outputs = await collect(kafka_bootstrap, [first, second], until=2)
    assert sorted((topic, event["n"]) for topic, event in outputs) == [
        (first, 0),
        (second, 1),
    ]


async def test_an_opened_partition_knows_its_group_coordinator_before_its_first_transaction(
    kafka_bootstrap: str,
) -> None:
    """Opening a partition's producer also finds the group's coordinator (where a transaction's
    input offset goes), and the producer keeps it: the partition's first transaction looks up
    no coordinator, and commits its offset there."""
    tag = uuid.uuid4().hex[:10]
    raw, out, group = f"x{tag}.in", f"x{tag}.out", f"g{tag}"
    conn = Connection(kafka_bootstrap)
    await ensure_topics(conn, [raw, out], partitions=1, replication_factor=1)
    sink = KafkaTransactionalSink(conn, group_id=group, transactional_id_prefix="primed")
    tp = TopicPartition(raw, 0)
    await sink.open(tp)
    try:
        # aiokafka's sender: the lookup and the answers its transactions read.
        sender = sink._producers[tp]._sender
        assert CoordinationType.GROUP in sender._coordinators
        lookups: list[tuple[Any, ...]] = []
        lookup = sender.client.coordinator_lookup

        async def counted(*args: Any) -> Any:
            lookups.append(args)
            return await lookup(*args)

        sender.client.coordinator_lookup = counted
        await sink.commit(tp, [OutRecord(out, key=None, value=b"{}")], next_offset=7)
        assert lookups == []
    finally:
        await sink.close_all()
    assert await committed_offset(kafka_bootstrap, group, raw, 0) == 7
