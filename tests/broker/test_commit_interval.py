"""The commit interval (``NEWSWIRE_COMMIT_INTERVAL_MS``, ``batchfill.keep_open``) on the real
broker: records arrive a few at a time, as at load, and each batch stays open for the interval,
taking in the arrivals as they come; a rebalance or a failed transaction (a rewind) while a batch
is open keeps every input exactly once.

The loop runs in this process on the real Kafka adapters (``test_batches._service``: the real
pipeline, no time bound, batches of up to 20 records), so the test counts its metrics and makes
transactions fail."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiokafka import AIOKafkaConsumer
from prometheus_client import CollectorRegistry

from newswire.dev.harness import mixed_inputs
from newswire.metrics import Metrics
from tests.broker.test_batches import _batch_sizes, _exactly_once, _service, _until
from tests.support import Topics, create_topics, produce

pytestmark = pytest.mark.kafka

#: Long against the arrivals (4 records every 100 ms), so most batches take several of them and a
#: rebalance or a failure meets a batch that is open.
INTERVAL_MS = 400
#: Records an arrival brings.
ARRIVAL = 4


async def _trickle(bootstrap: str, topic: str, values: list[bytes]) -> None:
    for start in range(0, len(values), ARRIVAL):
        await produce(bootstrap, topic, [(v, []) for v in values[start : start + ARRIVAL]])
        await asyncio.sleep(0.1)


def _mean_batch(metrics: Metrics) -> float:
    samples = _batch_sizes(metrics)
    return samples["newswire_batch_size_sum"] / max(samples["newswire_batch_size_count"], 1)


async def test_a_rebalance_while_batches_stay_open_keeps_exactly_once(
    kafka_bootstrap: str,
) -> None:
    """Batches stay open for the interval while records trickle in; a second member joins and
    leaves meanwhile: each revocation ends the open batch's wait, the batch commits while the
    partitions are still ours, and every input ends exactly once; batches took in more than one
    arrival."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    metrics = Metrics(CollectorRegistry())
    service = _service(kafka_bootstrap, topics, metrics, bound="none", interval_ms=INTERVAL_MS)
    values = mixed_inputs(240)
    task = asyncio.create_task(service.run())
    arrivals = asyncio.create_task(_trickle(kafka_bootstrap, topics.raw, values))
    intruder = AIOKafkaConsumer(
        topics.raw,
        bootstrap_servers=kafka_bootstrap,
        group_id=topics.group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    try:
        await _until(lambda: metrics.batch_top_ups._value.get() >= 3, 120, "open batches")
        await intruder.start()
        deadline = time.monotonic() + 60
        while not intruder.assignment() and time.monotonic() < deadline:
            await intruder.getmany(timeout_ms=200)  # joins; never commits what it reads
        assert intruder.assignment(), "the second member never got a partition"
        await intruder.stop()
        await arrivals
        await _exactly_once(kafka_bootstrap, topics, len(values))
    finally:
        arrivals.cancel()
        service.request_stop()
        await asyncio.wait_for(task, timeout=60)
    assert metrics.rebalances.labels("revoked")._value.get() >= 2
    assert _mean_batch(metrics) > ARRIVAL


async def test_a_rewind_while_batches_stay_open_keeps_exactly_once(kafka_bootstrap: str) -> None:
    """Batches stay open for the interval while records trickle in; two transactions fail, one
    after really committing (its answer lost), one before: each time the producer is reopened
    and the partition rewound to the committed offset, what was in hand is dropped and re-read,
    and every input ends exactly once."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    metrics = Metrics(CollectorRegistry())
    service = _service(
        kafka_bootstrap,
        topics,
        metrics,
        failures={3: "lost-ack", 8: "down"},
        bound="none",
        interval_ms=INTERVAL_MS,
    )
    values = mixed_inputs(240)
    task = asyncio.create_task(service.run())
    arrivals = asyncio.create_task(_trickle(kafka_bootstrap, topics.raw, values))
    try:
        await arrivals
        await _exactly_once(kafka_bootstrap, topics, len(values))
    finally:
        arrivals.cancel()
        service.request_stop()
        await asyncio.wait_for(task, timeout=60)
    assert metrics.transactions.labels("aborted")._value.get() == 2
    assert metrics.batch_top_ups._value.get() > 0
    assert _mean_batch(metrics) > ARRIVAL
