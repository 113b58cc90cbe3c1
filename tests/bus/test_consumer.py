"""The raw-topic consumer on the real broker."""

from __future__ import annotations

import os

import pytest

from newswire.bus.connection import Connection
from newswire.bus.consumer import KafkaSource
from newswire.records import InRecord, TopicPartition
from tests.support import Topics, create_topics, produce


class _NoHooks:
    async def partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        return None

    async def partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        return None


async def _first_fetch(bootstrap: str, fetch_bytes: int) -> list[InRecord]:
    """The first non-empty ``getmany`` over a fresh backlog of 3 MB (60 records of 50 KB)."""
    topics = Topics.unique()
    await create_topics(bootstrap, topics, partitions=1)
    await produce(bootstrap, topics.raw, [os.urandom(50_000) for _ in range(60)])
    source = KafkaSource(
        Connection(bootstrap),
        topic=topics.raw,
        group_id=topics.group,
        max_partition_fetch_bytes=fetch_bytes,
    )
    source.set_rebalance_hooks(_NoHooks())
    await source.start()
    try:
        for _ in range(30):
            if records := await source.getmany(timeout_ms=1000, max_records=500):
                return records
    finally:
        await source.stop()
    raise AssertionError("nothing fetched in 30 s")


@pytest.mark.kafka
async def test_a_fetch_brings_at_most_the_partition_fetch_bytes_of_a_backlog(
    kafka_bootstrap: str,
) -> None:
    """At the default 1 MiB one fetch brings only the backlog's first ~1 MB (the batch's cap);
    at 4 MiB all 3 MB come back in one ``getmany``, in offset order."""
    capped = await _first_fetch(kafka_bootstrap, 1024 * 1024)
    assert 0 < len(capped) <= 22
    whole = await _first_fetch(kafka_bootstrap, 4 * 1024 * 1024)
    assert [record.offset for record in whole] == list(range(60))
