"""The commit interval (``NEWSWIRE_COMMIT_INTERVAL_MS``, ``batchfill.keep_open``) on the real
broker: records arrive a few at a time, as at load, and each batch stays open for the interval,
taking in the arrivals as they come; a rebalance or a failed transaction (a rewind) while a batch
is open keeps every input exactly once.

The loop runs in this process on the real Kafka adapters (``inprocess.loop_service``: the real
pipeline, no time bound, batches of up to 20 records), so the test counts its metrics and makes
transactions fail."""

from __future__ import annotations

import asyncio

import pytest
from prometheus_client import CollectorRegistry

from newswire.dev.inputs import mixed_inputs
from newswire.metrics import Metrics
from tests.broker.inprocess import (
    exactly_once,
    loop_service,
    mean_batch,
    running,
    second_member,
    until,
)
from tests.support import ARRIVAL, Topics, create_topics, trickle

pytestmark = pytest.mark.kafka

#: Long against the arrivals (4 records every 100 ms), so most batches take several of them and a
#: rebalance or a failure meets a batch that is open.
INTERVAL_MS = 400
#: Both tests keep batches open also while records wait behind them
#: (NEWSWIRE_COMMIT_INTERVAL_WHEN_BEHIND): on a loaded machine whose pipeline is slower than the
#: arrivals the default would commit every batch with its fetch, and no batch would be open when
#: the rebalance or the failure comes. test_exactly_once runs the default's check on this broker.
WHEN_BEHIND = True


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
    service = loop_service(
        kafka_bootstrap,
        topics,
        metrics,
        bound="none",
        interval_ms=INTERVAL_MS,
        when_behind=WHEN_BEHIND,
    )
    values = mixed_inputs(240)
    async with running(service):
        arrivals = asyncio.create_task(trickle(kafka_bootstrap, topics.raw, values))
        try:
            await until(lambda: metrics.batch_top_ups._value.get() >= 3, 120, "open batches")
            async with second_member(kafka_bootstrap, topics):
                pass  # joined (one rebalance); leaving makes the other
            await arrivals
            await exactly_once(kafka_bootstrap, topics, len(values))
        finally:
            arrivals.cancel()
    assert metrics.rebalances.labels("revoked")._value.get() >= 2
    assert mean_batch(metrics) > ARRIVAL


async def test_a_rewind_while_batches_stay_open_keeps_exactly_once(kafka_bootstrap: str) -> None:
    """Batches stay open for the interval while records trickle in; two transactions fail, one
    after really committing (its answer lost), one before: each time the producer is reopened
    and the partition rewound to the committed offset, what was in hand is dropped and re-read,
    and every input ends exactly once."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    metrics = Metrics(CollectorRegistry())
    service = loop_service(
        kafka_bootstrap,
        topics,
        metrics,
        failures={3: "lost-ack", 8: "down"},
        bound="none",
        interval_ms=INTERVAL_MS,
        when_behind=WHEN_BEHIND,
    )
    values = mixed_inputs(240)
    async with running(service):
        arrivals = asyncio.create_task(trickle(kafka_bootstrap, topics.raw, values))
        try:
            await arrivals
            await exactly_once(kafka_bootstrap, topics, len(values))
        finally:
            arrivals.cancel()
    assert metrics.transactions.labels("aborted")._value.get() == 2
    assert metrics.batch_top_ups._value.get() > 0
    assert mean_batch(metrics) > ARRIVAL
