"""Batches bounded by processing time on the real broker: a rebalance and a rewind while the rest
of a cut batch is held keep every input exactly once.

The loop runs in this process on the real Kafka adapters (``inprocess.loop_service``), on a clock
that cuts every batch after a few records, its metrics counted and transactions made to fail. With batches of up to 20 records,
most are held after each cut while the backlog lasts: whatever moment a rebalance or rewind
comes, records fetched under the old epoch are in hand and must be dropped and re-read. Each
test runs with the fixed bound (2 records), with the adaptive one (the floor, 2 records, until
three batches in a row have seen more work in sight than its ceiling: the backlog, read from the
consumer's lag, then raises it to the ceiling, up to 7 records), and with the adaptive one on
small fetch responses ("topped": 16 KiB a partition, a few records each, so under the backlog a
batch processed whole tops up from what the consumer fetched meanwhile, ``batchfill.top_up``).
"""

from __future__ import annotations

import asyncio

import pytest
from prometheus_client import CollectorRegistry

from newswire.dev.inputs import mixed_inputs
from newswire.metrics import Metrics
from tests.broker.inprocess import (
    batch_sizes,
    exactly_once,
    loop_service,
    mean_batch,
    running,
    second_member,
    until,
)
from tests.support import Topics, create_topics, produce, trickle

pytestmark = pytest.mark.kafka

#: Both tests run with the fixed bound, the adaptive one, and the adaptive one topping up.
BOUNDS = pytest.mark.parametrize("bound", ["fixed", "adaptive", "topped"])


def _batches_over_the_floor(metrics: Metrics) -> float:
    """Batches that processed more than BOUND_MS allows (2 records)."""
    samples = {
        (sample.name, sample.labels.get("le")): sample.value
        for family in metrics.batch_size.collect()
        for sample in family.samples
    }
    total = samples[("newswire_batch_size_count", None)]
    return float(total - samples[("newswire_batch_size_bucket", "2.0")])


def _discarded(metrics: Metrics) -> float:
    return float(
        sum(
            metrics.batches_discarded.labels(reason)._value.get()
            for reason in ("rebalance", "rewind", "remainder")
        )
    )


@BOUNDS
async def test_a_rebalance_while_a_cut_batchs_rest_is_held_keeps_exactly_once(
    kafka_bootstrap: str, bound: str
) -> None:
    """The loop cuts every batch (2 to 7 of up to 20 records processed, the rest held); a second
    group member joins while it does, takes a partition, then leaves: the records held or in
    hand at each rebalance are dropped and re-read, and every input ends exactly once."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    values = mixed_inputs(600)
    await produce(kafka_bootstrap, topics.raw, [(v, []) for v in values])
    metrics = Metrics(CollectorRegistry())
    service = loop_service(kafka_bootstrap, topics, metrics, bound=bound)
    async with running(service):
        await until(
            lambda: (
                metrics.batches_cut._value.get() >= 2
                and (bound != "topped" or metrics.batch_top_ups._value.get() > 0)
            ),
            120,
            "two cut batches (and a top-up)",
        )
        async with second_member(kafka_bootstrap, topics):
            processed = metrics.messages_consumed.labels(topics.raw)._value.get()
            assert processed < len(values), "the backlog ended before the rebalance: nothing proved"
        await exactly_once(kafka_bootstrap, topics, len(values))
    assert metrics.rebalances.labels("revoked")._value.get() >= 2
    assert _discarded(metrics) >= 1  # what the rebalance caught in hand was re-read
    assert metrics.batches_cut._value.get() >= 10
    # The backlog (read from the consumer's lag on the real broker) grew the adaptive bound.
    assert (_batches_over_the_floor(metrics) > 0) == (bound != "fixed")
    # ... and, on small fetch responses, batches took in records fetched while they ran.
    assert metrics.batch_top_ups._value.get() > 0 or bound != "topped"


@BOUNDS
async def test_a_rewind_while_a_cut_batchs_rest_is_held_keeps_exactly_once(
    kafka_bootstrap: str, bound: str
) -> None:
    """Two transactions of cut batches fail (with "topped", the 3rd and 8th from the first
    top-up), one after really committing (its answer lost), one before: each time the producer is reopened and the partition rewound to the committed
    offset while the batch's rest is held; the held records are dropped and re-read, and every
    input ends exactly once."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    values = mixed_inputs(300)
    await produce(kafka_bootstrap, topics.raw, [(v, []) for v in values])
    metrics = Metrics(CollectorRegistry())
    service = loop_service(
        kafka_bootstrap, topics, metrics, failures={3: "lost-ack", 8: "down"}, bound=bound
    )
    async with running(service):
        await exactly_once(kafka_bootstrap, topics, len(values))
    assert metrics.transactions.labels("aborted")._value.get() == 2
    assert _discarded(metrics) >= 2
    assert metrics.batches_cut._value.get() >= 10
    assert (_batches_over_the_floor(metrics) > 0) == (bound != "fixed")
    assert metrics.batch_top_ups._value.get() > 0 or bound != "topped"


async def test_a_fill_wait_across_a_rebalance_keeps_exactly_once(kafka_bootstrap: str) -> None:
    """Records arrive a few at a time and each fresh batch waits up to 300 ms for more
    (``NEWSWIRE_BATCH_FILL_MS``), so batches hold more than one arrival; a second member joins
    and leaves meanwhile: what a fill fetched across a rebalance is dropped and re-read, and
    every input ends exactly once."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    metrics = Metrics(CollectorRegistry())
    service = loop_service(kafka_bootstrap, topics, metrics, bound="none", fill_ms=300)
    values = mixed_inputs(240)
    async with running(service):
        arrivals = asyncio.create_task(trickle(kafka_bootstrap, topics.raw, values))
        try:
            await until(
                lambda: batch_sizes(metrics)["newswire_batch_size_count"] >= 3, 120, "batches"
            )
            async with second_member(kafka_bootstrap, topics):
                pass  # joined (one rebalance); leaving makes the other
            await arrivals
            await exactly_once(kafka_bootstrap, topics, len(values))
        finally:
            arrivals.cancel()
    assert metrics.rebalances.labels("revoked")._value.get() >= 2
    # Arrivals of 4 records: a batch of more than 4 on average took in more than one arrival.
    assert mean_batch(metrics) > 4
