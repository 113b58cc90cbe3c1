"""A pytest plugin (loaded by ``-p`` in pyproject): after each test that used the session's
broker, every committed record on newswire's output topics that no earlier test checked is read
and checked against its channel in schemas/asyncapi.yaml. So every message newswire publishes in
the broker tests meets the contract, whether or not the test itself reads it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

CHECKED_TOPICS: set[str] = set()


async def _check_new_topics(bootstrap: str) -> None:
    from aiokafka import AIOKafkaConsumer

    from tests.contracts.published import channel_of, check_topics

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        names = await consumer.topics()
    finally:
        await consumer.stop()
    new = sorted(t for t in names - CHECKED_TOPICS if channel_of(t) is not None)
    if new:
        await check_topics(bootstrap, new)
    CHECKED_TOPICS.update(new)


@pytest.fixture(autouse=True)
def _published_records_match_their_channel(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "kafka_bootstrap" in request.fixturenames:
        asyncio.run(_check_new_topics(request.getfixturevalue("kafka_bootstrap")))
