"""Topic creation at start."""

from __future__ import annotations

import contextlib

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from newswire.bus.connection import Connection
from newswire.bus.errors import kafka_errors_mapped


async def ensure_topics(
    connection: Connection, topics: list[str], *, partitions: int, replication_factor: int
) -> list[str]:
    """Create the topics that do not exist yet; return the names created."""
    admin = AIOKafkaAdminClient(**connection.client_kwargs(), request_timeout_ms=15_000)
    with kafka_errors_mapped("create topics"):
        await admin.start()
        try:
            existing = set(await admin.list_topics())
            missing = [name for name in dict.fromkeys(topics) if name not in existing]
            if missing:
                # Another instance may create one between our list and create: that is fine.
                with contextlib.suppress(TopicAlreadyExistsError):
                    await admin.create_topics(
                        [NewTopic(name, partitions, replication_factor) for name in missing]
                    )
            return missing
        finally:
            await admin.close()
