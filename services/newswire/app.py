"""The service: the one module that joins the pipeline and the bus.

At-least-once processing of one batch, in this order (each step mirrored by a ``# Step N.`` comment):

1. Fetch a bounded batch (``getmany``; at most ``batch_max_records``, waiting at most
   ``batch_timeout_ms``).
2. Run the pure pipeline on every record, off the event loop so heartbeats keep flowing. Every
   record yields exactly one output: an Article or a DeadLetter.
3. Publish all outputs and wait until every one is acknowledged (acks=all, idempotent producer).
   An infrastructure error retries the whole publish with backoff; it never dead-letters.
4. Only then commit, per partition, the offset after the last record of the batch. A crash between
   3 and 4 re-processes the batch after restart (duplicates possible, loss never).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from newswire.errors import BrokerUnavailable, InfrastructureError
from newswire.events import Article, DeadLetter
from newswire.metrics import Metrics
from newswire.pipeline import Outcome, Pipeline
from newswire.ports import Sink, Source
from newswire.records import InRecord, OutRecord, TopicPartition

log = logging.getLogger("newswire.app")
T = TypeVar("T")

_JSON_HEADERS = (("content-type", b"application/json"),)


@dataclass(frozen=True, slots=True)
class LoopOptions:
    articles_topic: str
    deadletter_topic: str
    batch_max_records: int = 500
    batch_timeout_ms: int = 100
    retry_backoff_initial_s: float = 0.2
    retry_backoff_max_s: float = 5.0
    #: While no records arrive, check the bus this often so readiness reflects an outage.
    idle_probe_interval_s: float = 2.0
    #: ``kill-before-commit:N``: SIGKILL ourselves after the N-th batch is acknowledged, before
    #: its commit. Only tests set it (see Settings.fault_injection).
    fault_injection: str | None = None


class Service:
    def __init__(
        self,
        *,
        pipeline: Pipeline,
        source: Source,
        sink: Sink,
        metrics: Metrics,
        options: LoopOptions,
    ) -> None:
        self._pipeline = pipeline
        self._source = source
        self._sink = sink
        self._metrics = metrics
        self._options = options
        self._setup: Callable[[], Awaitable[object]] | None = None
        self._stopping = asyncio.Event()
        self._bus_ok = False
        self._batches = 0
        self._last_probe = 0.0
        self._kill_after = _parse_fault(options.fault_injection)

    # -- lifecycle -----------------------------------------------------------------------------

    def set_setup(self, setup: Callable[[], Awaitable[object]]) -> None:
        """Work to do (with retries) before consuming, such as creating topics."""
        self._setup = setup

    def request_stop(self) -> None:
        if not self._stopping.is_set():
            log.info("stop requested: finishing the current batch")
            self._stopping.set()

    def install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)

    def is_ready(self) -> bool:
        return self._bus_ok and bool(self._source.assignment()) and not self._stopping.is_set()

    def on_assignment(self, assigned: set[TopicPartition]) -> None:
        """Rebalance callback from the source: keep the gauges true."""
        self._metrics.assigned_partitions.set(len(assigned))
        self._metrics.consumer_lag.clear()
        self._metrics.ready.set(1 if self.is_ready() else 0)
        log.info(
            "partitions assigned",
            extra={"partitions": sorted(f"{tp.topic}-{tp.partition}" for tp in assigned)},
        )

    async def run(self) -> None:
        started_source = started_sink = False
        try:
            if self._setup is not None:
                await self._retry("setup", self._setup)
            await self._retry("start producer", self._sink.start)
            started_sink = True
            await self._retry("start consumer", self._source.start)
            started_source = True
            while not self._stopping.is_set():
                await self._one_batch()
        except BrokerUnavailable:
            if not self._stopping.is_set():
                raise
            log.info("stopped before the bus was reachable")
        finally:
            self._metrics.ready.set(0)
            if started_source:
                await self._quietly("stop consumer", self._source.stop)
            if started_sink:
                await self._quietly("stop producer", self._sink.stop)
            log.info("stopped")

    # -- one batch -----------------------------------------------------------------------------

    async def _one_batch(self) -> None:
        # Step 1.
        try:
            records = await self._source.getmany(
                timeout_ms=self._options.batch_timeout_ms,
                max_records=self._options.batch_max_records,
            )
        except BrokerUnavailable as exc:
            await self._backoff("fetch", exc, attempt=1)
            return
        if not records:
            await self._probe_when_idle()
            await self._update_lag()
            return
        self._mark_bus(ok=True)
        for record in records:
            self._metrics.messages_consumed.labels(record.topic).inc()

        # Step 2.
        outcomes = await asyncio.to_thread(self._process, records)
        outputs = [self._to_out_record(outcome) for outcome in outcomes]

        # Step 3.
        await self._retry("publish", lambda: self._sink.publish(outputs), until_stopped=False)
        self._count_published(outcomes)
        self._batches += 1
        if self._kill_after is not None and self._batches >= self._kill_after:
            log.warning("fault injection: SIGKILL before commit", extra={"batch": self._batches})
            os.kill(os.getpid(), signal.SIGKILL)

        # Step 4.
        offsets = _next_offsets(records)
        committed = await self._retry(
            "commit", lambda: self._source.commit(offsets), until_stopped=False
        )
        if committed:
            self._metrics.commits.inc()
        else:
            self._metrics.commits_skipped.inc()
            log.info("commit skipped: partitions were reassigned during the batch")
        self._metrics.batch_size.observe(len(records))
        await self._update_lag()

    async def _probe_when_idle(self) -> None:
        now = time.monotonic()
        if now - self._last_probe < self._options.idle_probe_interval_s and self._bus_ok:
            return
        self._last_probe = now
        try:
            await self._source.probe()
        except BrokerUnavailable as exc:
            await self._backoff("probe", exc, attempt=1)
            return
        self._mark_bus(ok=True)

    def _process(self, records: list[InRecord]) -> list[Outcome]:
        now = datetime.now(UTC)
        outcomes = [self._pipeline.process(record, now=now) for record in records]
        for outcome in outcomes:
            for stage, seconds in outcome.stage_seconds.items():
                self._metrics.stage_seconds.labels(stage).observe(seconds)
        return outcomes

    def _to_out_record(self, outcome: Outcome) -> OutRecord:
        result = outcome.result
        value = result.model_dump_json().encode("utf-8")
        if isinstance(result, Article):
            return OutRecord(
                self._options.articles_topic,
                result.id.encode("ascii"),
                value,
                (*_JSON_HEADERS, ("newswire-schema", b"article.v1")),
            )
        return OutRecord(
            self._options.deadletter_topic,
            outcome.record.key,
            value,
            (
                *_JSON_HEADERS,
                ("newswire-schema", b"dead_letter.v1"),
                ("newswire-reason", result.reason.encode("ascii")),
            ),
        )

    def _count_published(self, outcomes: list[Outcome]) -> None:
        now = datetime.now(UTC)
        for outcome in outcomes:
            result = outcome.result
            if isinstance(result, DeadLetter):
                self._metrics.dead_letters.labels(result.reason, result.stage).inc()
                log.info(
                    "dead-lettered",
                    extra={
                        "reason": result.reason,
                        "topic": outcome.record.topic,
                        "partition": outcome.record.partition,
                        "offset": outcome.record.offset,
                        "error": result.error[:200],
                    },
                )
                continue
            self._metrics.articles_published.labels(self._options.articles_topic).inc()
            started = result.provenance.fetched_at or _record_time(outcome.record)
            if started is not None:
                self._metrics.end_to_end_seconds.observe(max(0.0, (now - started).total_seconds()))

    async def _update_lag(self) -> None:
        try:
            lags = await self._source.lag()
        except InfrastructureError:
            return
        for tp, lag in lags.items():
            self._metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(lag)

    # -- retries -------------------------------------------------------------------------------

    async def _retry(
        self, operation: str, call: Callable[[], Awaitable[T]], *, until_stopped: bool = True
    ) -> T:
        """Retry an infrastructure operation with exponential backoff. Fatal errors propagate.

        With ``until_stopped=False`` (publish, commit) a stop request does not abandon the
        operation: the batch in hand must end in a commit or in the process ending.
        """
        attempt = 0
        while True:
            try:
                result = await call()
            except BrokerUnavailable as exc:
                attempt += 1
                if until_stopped and self._stopping.is_set():
                    raise
                await self._backoff(operation, exc, attempt)
                continue
            self._mark_bus(ok=True)
            return result

    async def _backoff(self, operation: str, exc: BaseException, attempt: int) -> None:
        self._mark_bus(ok=False)
        self._metrics.retries.labels(operation).inc()
        delay = min(
            self._options.retry_backoff_max_s,
            self._options.retry_backoff_initial_s * 2 ** min(attempt - 1, 10),
        )
        log.warning(
            "infrastructure error, retrying",
            extra={"operation": operation, "attempt": attempt, "delay_s": delay, "error": str(exc)},
        )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), timeout=delay)

    def _mark_bus(self, *, ok: bool) -> None:
        self._bus_ok = ok
        self._metrics.ready.set(1 if self.is_ready() else 0)

    async def _quietly(self, operation: str, call: Callable[[], Awaitable[None]]) -> None:
        try:
            await call()
        except InfrastructureError as exc:
            log.warning("error during shutdown", extra={"operation": operation, "error": str(exc)})


def _next_offsets(records: list[InRecord]) -> dict[TopicPartition, int]:
    offsets: dict[TopicPartition, int] = {}
    for record in records:
        tp = TopicPartition(record.topic, record.partition)
        offsets[tp] = max(offsets.get(tp, 0), record.offset + 1)
    return offsets


def _record_time(record: InRecord) -> datetime | None:
    if record.timestamp_ms < 0:
        return None
    return datetime.fromtimestamp(record.timestamp_ms / 1000, tz=UTC)


def _parse_fault(spec: str | None) -> int | None:
    if not spec:
        return None
    name, _, count = spec.partition(":")
    if name != "kill-before-commit":
        raise ValueError(f"unknown fault injection {spec!r}")
    return int(count or "1")
