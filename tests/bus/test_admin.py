"""Topic creation and error mapping at the aiokafka boundary, on the real broker."""

from __future__ import annotations

import pytest

from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.errors import BrokerUnavailable
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


async def test_unreachable_cluster_is_a_retriable_broker_error() -> None:
    """Nothing listening at the bootstrap address surfaces as our retriable BrokerUnavailable."""
    with pytest.raises(BrokerUnavailable) as caught:
        await ensure_topics(
            Connection(f"127.0.0.1:{free_port()}"), ["x"], partitions=1, replication_factor=1
        )
    assert caught.value.retriable
