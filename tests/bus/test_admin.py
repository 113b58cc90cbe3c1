"""Topic creation and error mapping at the aiokafka boundary, on the real broker."""

from __future__ import annotations

import pytest

from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.errors import BrokerUnavailable, FatalKafkaError
from newswire.localbroker import free_port
from tests.support import Topics


@pytest.mark.kafka
async def test_missing_topics_are_created_once(kafka_bootstrap: str) -> None:
    """The first call creates the missing topics; the second finds them and creates nothing."""
    topics = Topics.unique()
    names = [topics.raw, topics.articles]
    connection = Connection(kafka_bootstrap)
    assert await ensure_topics(connection, names, partitions=3, replication_factor=1) == names
    assert await ensure_topics(connection, names, partitions=3, replication_factor=1) == []


@pytest.mark.kafka
async def test_a_replication_factor_the_cluster_cannot_meet_fails_the_start(
    kafka_bootstrap: str,
) -> None:
    """Asking a one-node broker for two replicas is refused: a FatalKafkaError naming the
    cause, not a start that goes on and waits forever for topics that never appear."""
    connection = Connection(kafka_bootstrap)
    with pytest.raises(FatalKafkaError, match="InvalidReplicationFactor"):
        await ensure_topics(connection, [Topics.unique().raw], partitions=1, replication_factor=2)


@pytest.mark.kafka
async def test_an_unset_replication_factor_is_the_cluster_default(kafka_bootstrap: str) -> None:
    """Without a replication factor the topics get the broker's default.replication.factor
    (1 on the single local broker; the three-node cluster's 3 is checked in test_cluster)."""
    from aiokafka.admin import AIOKafkaAdminClient

    name = Topics.unique().raw
    assert await ensure_topics(
        Connection(kafka_bootstrap), [name], partitions=2, replication_factor=None
    ) == [name]
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        (described,) = await admin.describe_topics([name])
    finally:
        await admin.close()
    assert [len(p["replicas"]) for p in described["partitions"]] == [1, 1]


async def test_unreachable_cluster_is_a_retriable_broker_error() -> None:
    """Nothing listening at the bootstrap address surfaces as our retriable BrokerUnavailable."""
    with pytest.raises(BrokerUnavailable) as caught:
        await ensure_topics(
            Connection(f"127.0.0.1:{free_port()}"), ["x"], partitions=1, replication_factor=1
        )
    assert caught.value.retriable
