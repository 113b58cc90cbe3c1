"""Every Prometheus metric newswire exports, on an injected registry.

``Metrics`` is what each worker process measures; ``SupervisorMetrics`` what the supervising
process adds (it serves ``/metrics`` for all of them). Workers write their values to files in
``PROMETHEUS_MULTIPROC_DIR`` (prometheus-client's multiprocess mode) and the supervisor merges
them; gauges therefore say how processes combine (``multiprocess_mode``), and a worker's live
gauges vanish when it exits.
"""

from __future__ import annotations

import bisect
import collections
import math
from collections.abc import Iterable, Mapping, Sequence

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

from newswire.records import TopicPartition

_STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
_LATENCY_BUCKETS = (
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    30.0,
    60.0,
    300.0,
    3600.0,
)
_BATCH_BUCKETS = (1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500)


class Metrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        # A declaration list (one metric per statement, over the 60-line rule on purpose): every
        # metric of a worker, with its help text, readable in one place.
        self.registry = registry
        self.messages_consumed = Counter(
            "newswire_messages_consumed",
            "Raw messages consumed and processed (not counting batches dropped at rebalances).",
            ["topic"],
            registry=registry,
        )
        self.articles_published = Counter(
            "newswire_articles_published",
            "Article events published and acknowledged, by topic and page type.",
            ["topic", "page_type"],
            registry=registry,
        )
        self.dead_letters = Counter(
            "newswire_dead_letters",
            "DeadLetter records published and acknowledged, by reason.",
            ["reason", "stage"],
            registry=registry,
        )
        self.stage_seconds = Histogram(
            "newswire_stage_seconds",
            "Time spent per pipeline stage per message.",
            ["stage"],
            buckets=_STAGE_BUCKETS,
            registry=registry,
        )
        self.end_to_end_seconds = Histogram(
            "newswire_end_to_end_latency_seconds",
            "From the raw record's timestamp to its output's acknowledgement (or commit).",
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.batch_size = Histogram(
            "newswire_batch_size",
            "Records per processed batch.",
            buckets=_BATCH_BUCKETS,
            registry=registry,
        )
        self.batch_commit_seconds = Histogram(
            "newswire_batch_commit_seconds",
            "Steps 3-4 of a batch (its transactions, or its publish and offset commit), wall "
            "time; their recent median sets the batch bound.",
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.commits = Counter(
            "newswire_commits", "Offset commits that succeeded.", registry=registry
        )
        self.commits_skipped = Counter(
            "newswire_commits_skipped",
            "Commits skipped because a rebalance had moved the partitions.",
            registry=registry,
        )
        self.retries = Counter(
            "newswire_retries",
            "Infrastructure operations retried after an error, by operation and cause.",
            ["operation", "cause"],
            registry=registry,
        )
        self.transactions = Counter(
            "newswire_transactions",
            "Kafka transactions (exactly_once) by result: committed, aborted, fenced.",
            ["result"],
            registry=registry,
        )
        self.rebalances = Counter(
            "newswire_rebalances",
            "Consumer group rebalance callbacks, by event: revoked, assigned.",
            ["event"],
            registry=registry,
        )
        self.batches_discarded = Counter(
            "newswire_batches_discarded",
            "Fetched batches dropped unprocessed to be re-read from the committed offset "
            "(reason: rebalance, rewind, or remainder: the unprocessed rest of a cut batch).",
            ["reason"],
            registry=registry,
        )
        self.batches_cut = Counter(
            "newswire_batches_cut",
            "Batches closed by their processing-time bound (NEWSWIRE_BATCH_COMMIT_FACTOR x the "
            "recent commits' duration, within NEWSWIRE_BATCH_MIN/MAX_PROCESSING_MS) before all "
            "their fetched records were processed (the rest went first into the next batch).",
            registry=registry,
        )
        self.batch_top_ups = Counter(
            "newswire_batch_top_ups",
            "Fetches a batch processed whole within its time bound took in instead of closing: "
            "under a backlog (NEWSWIRE_BATCH_TOP_UP) or within the commit interval "
            "(NEWSWIRE_COMMIT_INTERVAL_MS).",
            registry=registry,
        )
        self.backpressure_seconds = Counter(
            "newswire_backpressure_seconds",
            "Time fetching was paused because a full batch was being processed (backpressure).",
            registry=registry,
        )
        self.consumer_lag = Gauge(
            "newswire_consumer_lag",
            "Records behind the end of the partition (high watermark minus position).",
            ["topic", "partition"],
            multiprocess_mode="livemax",
            registry=registry,
        )
        self.assigned_partitions = Gauge(
            "newswire_assigned_partitions",
            "Partitions assigned to the service's consumers.",
            multiprocess_mode="livesum",
            registry=registry,
        )
        self.ready = Gauge(
            "newswire_ready",
            "1 when the worker is connected and a member of the group, else 0 (per pid).",
            multiprocess_mode="liveall",
            registry=registry,
        )

    # A batch's records are counted in one pass: ``labels()`` takes a lock and checks the label
    # values on every call, about half of what a multiprocess-mode observation costs, and it ran
    # five times a message (four stages, one consumed count). The observations themselves are
    # added a batch at a time too (``observe_many``).

    def observe_stages(self, timings: Iterable[Mapping[str, float]]) -> None:
        """Each message's seconds per pipeline stage, one observation each."""
        by_stage: dict[str, list[float]] = {}
        for timing in timings:
            for stage, seconds in timing.items():
                values = by_stage.get(stage)
                if values is None:
                    values = by_stage[stage] = []
                values.append(seconds)
        for stage, values in by_stage.items():
            observe_many(self.stage_seconds.labels(stage), values)

    def count_consumed(self, topics: Iterable[str]) -> None:
        """One consumed message per topic given."""
        for topic, count in collections.Counter(topics).items():
            self.messages_consumed.labels(topic).inc(count)

    def forget_partitions(self, partitions: Iterable[TopicPartition], still_assigned: int) -> None:
        """The worker no longer owns ``partitions``; ``still_assigned`` partitions remain."""
        for tp in partitions:
            # Zero rather than remove: multiprocess mode cannot remove a series, and the
            # merged value is the max over live workers, so the new owner's value shows.
            self.consumer_lag.labels(tp.topic, str(tp.partition)).set(0)
        self.assigned_partitions.set(still_assigned)


class SupervisorMetrics:
    def __init__(self, registry: CollectorRegistry, *, version: str) -> None:
        self.build_info = Info("newswire_build", "newswire build information.", registry=registry)
        self.build_info.info({"version": version})
        self.workers = Gauge("newswire_workers", "Worker processes running.", registry=registry)
        self.workers_desired = Gauge(
            "newswire_workers_desired", "Worker processes configured.", registry=registry
        )
        self.poisoned = Counter(
            "newswire_poison_messages",
            "Records declared poison (in flight during repeated worker deaths).",
            registry=registry,
        )
        self.worker_restarts = Counter(
            "newswire_worker_restarts",
            "Worker processes restarted after exiting unexpectedly, by exit cause.",
            ["cause"],
            registry=registry,
        )


def observe_many(histogram: Histogram, values: Sequence[float]) -> None:
    """``histogram.observe(v)`` for each of ``values``, added as one sum and one count per bucket
    hit. In multiprocess mode every observation takes a lock and writes the sum and a bucket to
    the worker's mmapped file (~1.3 µs a value each, ~11 µs a message over the four stages on
    the pipeline thread): a batch of ~100 messages hits a few buckets a stage, so this writes a
    few values instead of two per message. It reads prometheus-client's histogram internals
    (``_upper_bounds``, ``_buckets``, ``_sum``; checked against ``observe`` in
    tests/test_metrics.py), and like ``observe`` counts a value in the first bucket whose upper
    bound is at least the value."""
    if not values:
        return
    bounds: list[float] = histogram._upper_bounds
    hits = collections.Counter(bisect.bisect_left(bounds, value) for value in values)
    histogram._sum.inc(math.fsum(values))
    for index, count in hits.items():
        histogram._buckets[index].inc(count)
