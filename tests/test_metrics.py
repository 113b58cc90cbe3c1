"""A worker's metrics, counted a batch at a time."""

from __future__ import annotations

import random

import pytest
from prometheus_client import CollectorRegistry, Histogram

from newswire.metrics import Metrics, observe_many
from newswire.records import TopicPartition


def _sample(metrics: Metrics, name: str, **labels: str) -> float:
    value = metrics.registry.get_sample_value(name, labels)
    assert value is not None, f"no sample {name} {labels}"
    return value


def test_a_batchs_stage_times_are_one_observation_per_message_and_stage() -> None:
    """Each message's time in each stage is observed once, in its stage's series, whatever
    stages each message went through."""
    metrics = Metrics(CollectorRegistry())
    metrics.observe_stages(
        [{"decode": 0.001, "extract": 0.004}, {"decode": 0.002}, {"decode": 0.003, "extract": 0.2}]
    )
    name = "newswire_stage_seconds"
    assert _sample(metrics, f"{name}_count", stage="decode") == 3
    assert _sample(metrics, f"{name}_sum", stage="decode") == 0.006
    assert _sample(metrics, f"{name}_count", stage="extract") == 2
    assert _sample(metrics, f"{name}_bucket", stage="extract", le="0.005") == 1


def test_consumed_messages_are_counted_per_topic() -> None:
    """A batch's messages add to their own topic's count."""
    metrics = Metrics(CollectorRegistry())
    metrics.count_consumed(["raw", "raw", "other", "raw"])
    metrics.count_consumed([])
    assert _sample(metrics, "newswire_messages_consumed_total", topic="raw") == 3
    assert _sample(metrics, "newswire_messages_consumed_total", topic="other") == 1


def test_forgotten_partitions_show_zero_lag_and_the_remaining_count() -> None:
    """Partitions a worker gives up keep a lag series at 0 (multiprocess mode cannot remove one)
    and the assigned-partitions gauge shows what the worker still owns."""
    metrics = Metrics(CollectorRegistry())
    metrics.consumer_lag.labels("raw", "0").set(42)
    metrics.forget_partitions({TopicPartition("raw", 0)}, still_assigned=3)
    assert _sample(metrics, "newswire_consumer_lag", topic="raw", partition="0") == 0
    assert _sample(metrics, "newswire_assigned_partitions") == 3


def _histogram_samples(histogram: Histogram) -> dict[str, float]:
    return {
        f"{sample.name}{sample.labels}": sample.value
        for metric in histogram.collect()
        for sample in metric.samples
        if not sample.name.endswith("_created")
    }


def test_observing_many_values_at_once_counts_what_observing_each_would() -> None:
    """A batch's values added at once (one sum, one count per bucket hit) leave every bucket,
    the count and the sum as one ``observe`` per value does, values on a bucket's bound and
    past the last finite one included (this also pins the prometheus-client internals it
    writes)."""
    bounds = (0.001, 0.01, 0.1, 1.0)
    rng = random.Random(19)
    values = [0.0, 0.001, 0.01, 1.0, 5.0, *(rng.uniform(0, 2) ** 4 for _ in range(200))]
    one_by_one = Histogram("each", "", buckets=bounds, registry=CollectorRegistry())
    for value in values:
        one_by_one.observe(value)
    at_once = Histogram("each", "", buckets=bounds, registry=CollectorRegistry())
    observe_many(at_once, values[:100])
    observe_many(at_once, values[100:])
    observe_many(at_once, [])
    expected, got = _histogram_samples(one_by_one), _histogram_samples(at_once)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == pytest.approx(value, rel=1e-12), key
