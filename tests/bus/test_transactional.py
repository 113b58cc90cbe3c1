"""The exactly-once sink's producers on the real broker."""

from __future__ import annotations

import json
import uuid

from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.bus.transactional import KafkaTransactionalSink
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
