"""What the cluster says, asked through Kafka's public admin API (for the broker-fault benchmark):
partition leaders, the coordinator of a group or transactional id (FindCoordinator), whether every
replica is in sync, and the end offsets of a topic. Every question is retried while a node is down.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiokafka import TopicPartition as KafkaTopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from newswire.dev.harness import committed_consumer

T = TypeVar("T")


async def retried(call: Callable[[], Awaitable[T]], *, within_s: float = 120.0) -> T:
    """``call`` until it succeeds: admin requests fail while a node is down or just back."""
    deadline = time.monotonic() + within_s
    while True:
        try:
            return await call()
        except Exception:
            if time.monotonic() >= deadline:
                raise
            await asyncio.sleep(0.5)


async def until(condition: Callable[[], bool], *, within_s: float) -> bool:
    """Until ``condition()`` holds (checked every 0.1 s) or ``within_s`` passed."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.1)
    return condition()


async def admin_call(bootstrap: str, action: Callable[[AIOKafkaAdminClient], Awaitable[T]]) -> T:
    async def once() -> T:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
        await admin.start()
        try:
            return await action(admin)
        finally:
            await admin.close()

    return await retried(once)


async def partition_leaders(bootstrap: str, topic: str) -> dict[int, int]:
    topics = await admin_call(bootstrap, lambda admin: admin.describe_topics([topic]))
    return {p["partition"]: p["leader"] for t in topics for p in t["partitions"]}


async def coordinator(bootstrap: str, key: str, *, transactional: bool) -> int:
    """The node coordinating a group (or a transactional id): Kafka's FindCoordinator."""
    return await admin_call(
        bootstrap, lambda admin: admin.find_coordinator(key, 1 if transactional else 0)
    )


async def wait_in_sync(bootstrap: str, *, within_s: float = 180.0) -> None:
    """Until every partition of every topic (internal ones included) has all replicas in sync."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        topics: list[dict[str, Any]] = await admin_call(
            bootstrap, lambda admin: admin.describe_topics()
        )
        if all(
            not p["error_code"] and p["leader"] >= 0 and set(p["isr"]) == set(p["replicas"])
            for t in topics
            for p in t["partitions"]
        ):
            return
        await asyncio.sleep(1.0)
    raise TimeoutError("replicas not back in sync")


async def end_offsets(bootstrap: str, topic: str, partitions: int) -> list[int]:
    consumer = committed_consumer(bootstrap)
    await consumer.start()
    try:
        tps = [KafkaTopicPartition(topic, p) for p in range(partitions)]
        ends = await retried(lambda: consumer.end_offsets(tps))
        return [ends[tp] for tp in tps]
    finally:
        await consumer.stop()
