"""The service: the one module that joins the pipeline and the bus.

One batch, in this order (each step mirrored by a ``# Step N.`` comment):

1. Fetch a bounded batch (``getmany``; at most ``batch_max_records``, waiting at most
   ``batch_timeout_ms``), so a transaction closes at least every ``batch_timeout_ms`` under light
   load and carries up to ``batch_max_records`` under heavy load.
2. Run the pure pipeline on every record, off the event loop so heartbeats keep flowing. Every
   record yields exactly one output: an Article or a DeadLetter.
3. exactly_once: per input partition, one transaction holding the partition's next offset and
   all its outputs (Articles and DeadLetters alike); the partitions' transactions run
   concurrently. at_least_once: publish all outputs and wait for every acknowledgement.
4. at_least_once only: commit, per partition, the offset after the batch. A crash between 3 and 4
   re-processes the batch (duplicates possible, loss never).

Overlap: under a backlog (a full batch, or records waiting behind it), steps 3-4 of batch N run
on the event loop while the pipeline thread does step 2 of batch N+1 (the pipeline would
otherwise idle during the transactions' round trips). A caught-up consumer commits before the
next fetch: a thread busy with the next batch would hold the GIL between the transaction's round
trips (latency). Batch N+1's steps 3-4 start only once batch N's are done, so per partition the
transactions stay in offset order; if batch N's outcome forced a rewind, batch N+1 is dropped
unpublished (``_epoch``) and re-read.

Backpressure: while a full batch goes through step 2 the consumer stops fetching ahead, so a slow
pipeline holds at most two batches (one processing, one committing) plus one fetch response per
partition instead of a growing backlog (``newswire_backpressure_seconds_total`` counts that time).

Rebalances: the group awaits ``partitions_revoked``, which waits for the batch in hand (it holds
``_batch_lock`` while processing) and for the commit in flight, so their transactions or commits
land while we still own the partitions; then the revoked partitions' producers close. ``partitions_assigned`` opens the new partitions'
producers (fencing their previous owners) and only then rewinds the consumer to the committed
offsets. A batch fetched while a rebalance ran is dropped unprocessed (``_epoch``) and its
partitions rewound: whoever owns them now re-reads them from the committed offset.

Whenever a partition's producer has to be (re)opened outside a rebalance (after a failed or
unknown transaction outcome), the records in hand for that partition are dropped and the consumer
rewinds to the committed offset: the failed transaction may in fact have committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from newswire import exitcodes
from newswire.errors import BrokerUnavailable, Fenced, InfrastructureError, Poison, Stage
from newswire.events import Article, DeadLetter
from newswire.inflight import InFlightMarker, PoisonList
from newswire.metrics import Metrics
from newswire.pipeline import Outcome, Pipeline
from newswire.ports import Sink, Source, TransactionalSink
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
    #: Test hooks (Settings.fault_injection): ``kill-before-commit:N`` SIGKILLs us after the N-th
    #: batch is processed (in at_least_once: acknowledged) and before its commit;
    #: ``crash-on:TEXT`` exits abruptly and ``spin-on:TEXT`` loops forever on a record whose
    #: value contains TEXT (a stand-in for a C-extension crash and for a hang).
    fault_injection: str | None = None
    #: The worker's in-flight marker and the shared poison list (None: not supervised).
    inflight_path: Path | None = None
    poison_path: Path | None = None
    #: A record using more CPU than this ends the worker (the supervisor counts a strike).
    cpu_budget_s: float = 2.0
    #: Resident memory above this ends the worker the same way.
    memory_limit_mb: int = 2048
    #: Only for the poison dead letter's message.
    poison_after_crashes: int = 2


class Service:
    """The consume → process → produce loop. Give it ``sink`` for at_least_once or
    ``transactions`` for exactly_once."""

    def __init__(
        self,
        *,
        pipeline: Pipeline,
        source: Source,
        metrics: Metrics,
        options: LoopOptions,
        sink: Sink | None = None,
        transactions: TransactionalSink | None = None,
    ) -> None:
        if (sink is None) == (transactions is None):
            raise ValueError("give exactly one of sink (at_least_once) or transactions")
        self._pipeline = pipeline
        self._source = source
        self._sink = sink
        self._transactions = transactions
        self._metrics = metrics
        self._options = options
        self._setup: Callable[[], Awaitable[object]] | None = None
        self._stopping = asyncio.Event()
        self._bus_ok = False
        self._batches = 0
        self._last_probe = 0.0
        self._fault = _Fault.parse(options.fault_injection)
        self._marker = InFlightMarker(options.inflight_path) if options.inflight_path else None
        self._poison = PoisonList(options.poison_path)
        #: (pipeline thread id, its CPU time when the current record started): the watchdog's view.
        self._in_pipeline: tuple[int, float] | None = None
        self._batch_lock = asyncio.Lock()
        self._epoch = 0
        #: Steps 3-4 of the last batch, running while the next one is processed.
        self._committing: asyncio.Task[None] | None = None
        #: A failure of those steps noticed inside a rebalance hook, raised by the loop.
        self._deferred: Exception | None = None
        source.set_rebalance_hooks(self)

    @property
    def guarantee(self) -> str:
        return "exactly_once" if self._transactions is not None else "at_least_once"

    # -- lifecycle -----------------------------------------------------------------------------

    def set_setup(self, setup: Callable[[], Awaitable[object]]) -> None:
        """Work to do (with retries) before consuming, such as creating topics."""
        self._setup = setup

    def request_stop(self) -> None:
        if not self._stopping.is_set():
            log.info("stop requested: finishing the current batch")
            self._stopping.set()
            self._metrics.ready.set(0)

    def install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)

    def is_ready(self) -> bool:
        """Connected and a member of the group (possibly with no partitions: more members than
        partitions is a valid, ready state)."""
        return self._bus_ok and self._source.joined() and not self._stopping.is_set()

    async def run(self) -> None:
        started_source = started_sink = False
        try:
            if self._setup is not None:
                await self._retry("setup", self._setup)
            if self._sink is not None:
                await self._retry("start producer", self._sink.start)
                started_sink = True
            await self._retry("start consumer", self._source.start)
            started_source = True
            watchdog = asyncio.create_task(self._watchdog())
            try:
                while not self._stopping.is_set():
                    await self._one_batch()
                await self._finish_committing()
            finally:
                watchdog.cancel()
                if self._committing is not None:
                    # Leaving on an error: let the commit in flight land or fail on its own
                    # before the consumer and producers close under it.
                    await asyncio.gather(self._committing, return_exceptions=True)
        except BrokerUnavailable:
            if not self._stopping.is_set():
                raise
            log.info("stopped before the bus was reachable")
        finally:
            self._metrics.ready.set(0)
            if started_source:
                # Leaving the group runs partitions_revoked, which closes the producers.
                await self._quietly("stop consumer", self._source.stop)
            if self._transactions is not None:
                await self._transactions.close_all()
            if started_sink and self._sink is not None:
                await self._quietly("stop producer", self._sink.stop)
            log.info("stopped")

    # -- rebalance hooks (awaited by the consumer inside the group's rebalance) ----------------

    async def partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        async with self._batch_lock:
            try:
                await self._finish_committing()
            except Exception as exc:
                # Raised here it would be lost in the group's rebalance; the loop raises it.
                self._deferred = exc
            self._epoch += 1
            self._metrics.rebalances.labels("revoked").inc()
            if self._transactions is not None:
                await asyncio.gather(*(self._transactions.close(tp) for tp in revoked))
            self._forget_partitions(revoked)
        log.info("partitions revoked", extra={"partitions": _names(revoked)})

    async def partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        async with self._batch_lock:
            self._epoch += 1
            self._metrics.rebalances.labels("assigned").inc()
            if self._transactions is not None and assigned:
                await self._open_and_rewind(self._transactions, assigned)
                # Again: a fetch that overlapped the rewind may hold records from before it.
                self._epoch += 1
            self._metrics.assigned_partitions.set(len(self._source.assignment()))
            self._metrics.ready.set(1 if self.is_ready() else 0)
        log.info("partitions assigned", extra={"partitions": _names(assigned)})

    async def _open_and_rewind(
        self, transactions: TransactionalSink, partitions: set[TopicPartition]
    ) -> None:
        """Fence the previous owners, then read the committed offsets (in this order: an
        earlier owner's pending transaction is complete only once our producer is initialised).
        A partition whose producer failed to open is retried by the loop before its next use."""
        ordered = sorted(partitions)
        results = await asyncio.gather(
            *(transactions.open(tp) for tp in ordered), return_exceptions=True
        )
        opened: set[TopicPartition] = set()
        for tp, result in zip(ordered, results, strict=True):
            if isinstance(result, InfrastructureError):
                log.warning(
                    "could not open the partition's producer yet",
                    extra={"partition": f"{tp.topic}-{tp.partition}", "error": str(result)},
                )
            elif isinstance(result, BaseException):
                raise result
            else:
                opened.add(tp)
        try:
            await self._source.rewind(opened)
        except InfrastructureError as exc:
            log.warning("rewind failed; will retry", extra={"error": str(exc)})
            for tp in opened:
                await transactions.reset(tp)

    def _forget_partitions(self, partitions: set[TopicPartition]) -> None:
        for tp in partitions:
            # Zero rather than remove: multiprocess mode cannot remove a series, and the
            # merged value is the max over live workers, so the new owner's value shows.
            self._metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(0)
        self._metrics.assigned_partitions.set(len(self._source.assignment() - partitions))

    # -- one batch -----------------------------------------------------------------------------

    async def _one_batch(self) -> None:
        if self._deferred is not None:
            raise self._deferred
        if self._committing is not None and self._committing.done():
            await self._finish_committing()  # raises what the commit raised (e.g. Fenced)
        epoch = self._epoch
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
        full = len(records) >= self._options.batch_max_records
        # More records waiting behind this batch (a backlog) is when overlapping its commit with
        # the next batch's processing pays; a caught-up consumer commits at once (latency).
        backlog = full or await self._update_lag() > 0

        # Backpressure: a full batch means more is waiting; fetch no further ahead while it is
        # processed, so memory holds at most the batch in hand, the one committing and
        # aiokafka's one fetch per partition, however slow the pipeline is.
        paused_at = None
        if full:
            self._source.pause_fetching()
            paused_at = time.monotonic()
        try:
            await self._handle(records, epoch, overlap=backlog)
        finally:
            # Processing is done (its commit may still run): fetching resumes, so the next batch
            # is in the buffer when the pipeline gets to it.
            if paused_at is not None:
                self._source.resume_fetching()
                self._metrics.backpressure_seconds.inc(time.monotonic() - paused_at)

    async def _handle(self, records: list[InRecord], epoch: int, *, overlap: bool) -> None:
        """Step 2 of one batch, then its steps 3-4: in the background when ``overlap``."""
        async with self._batch_lock:
            if epoch != self._epoch:
                # A rebalance or rewind ran while we fetched: these records may come from before
                # it. Drop them; partitions still ours rewind to the committed offset and are
                # read again, the others are their new owner's to read.
                await self._drop(records, "rebalance")
                return

            for record in records:
                self._metrics.messages_consumed.labels(record.topic).inc()

            # Step 2 (while the previous batch's steps 3-4 run on the loop).
            outcomes = await asyncio.to_thread(self._process, records)
            await self._finish_committing()
            if epoch != self._epoch:
                # The previous batch's transaction failed and its partition rewound: what we
                # fetched after it is void (it may also have been revoked meanwhile).
                await self._drop(records, "rewind")
                return

            if self._fault.kill_after is not None and self._batches + 1 >= self._fault.kill_after:
                if self._sink is not None:
                    await self._publish_acknowledged(self._sink, outcomes)
                log.warning(
                    "fault injection: SIGKILL before commit", extra={"batch": self._batches}
                )
                os.kill(os.getpid(), signal.SIGKILL)

            self._committing = asyncio.create_task(self._commit(records, outcomes))
            if not overlap:
                # No backlog: nothing to overlap with, and a pipeline thread busy with the next
                # batch would hold the GIL between the transaction's round trips (latency).
                await self._finish_committing()

    async def _commit(self, records: list[InRecord], outcomes: list[Outcome]) -> None:
        """Steps 3 and 4."""
        if self._transactions is not None:
            await self._commit_transactions(self._transactions, outcomes)
        elif self._sink is not None:
            await self._publish_acknowledged(self._sink, outcomes)
            await self._commit_offsets(records)
        self._batches += 1
        self._metrics.batch_size.observe(len(records))

    async def _finish_committing(self) -> None:
        """Wait for the batch being committed; raises what its commit raised."""
        committing, self._committing = self._committing, None
        if committing is not None:
            await committing

    async def _drop(self, records: list[InRecord], reason: str) -> None:
        self._metrics.batches_discarded.labels(reason).inc()
        log.info("batch dropped unprocessed", extra={"records": len(records), "reason": reason})
        fetched = {TopicPartition(r.topic, r.partition) for r in records}
        await self._retry(
            "rewind", lambda: self._source.rewind(fetched & self._source.assignment())
        )

    async def _publish_acknowledged(self, sink: Sink, outcomes: list[Outcome]) -> None:
        outputs = [self._to_out_record(outcome) for outcome in outcomes]
        await self._retry("publish", lambda: sink.publish(outputs), until_stopped=False)
        self._count_published(outcomes)

    async def _commit_offsets(self, records: list[InRecord]) -> None:
        offsets = _next_offsets(records)
        committed = await self._retry(
            "commit", lambda: self._source.commit(offsets), until_stopped=False
        )
        if committed:
            self._metrics.commits.inc()
        else:
            self._metrics.commits_skipped.inc()
            log.info("commit skipped: partitions were reassigned during the batch")

    async def _commit_transactions(
        self, transactions: TransactionalSink, outcomes: list[Outcome]
    ) -> None:
        by_partition: dict[TopicPartition, list[Outcome]] = {}
        for outcome in outcomes:
            tp = TopicPartition(outcome.record.topic, outcome.record.partition)
            by_partition.setdefault(tp, []).append(outcome)
        results = await asyncio.gather(
            *(
                self._partition_transaction(transactions, tp, group)
                for tp, group in by_partition.items()
            ),
            return_exceptions=True,
        )
        for result in results:
            if isinstance(result, BaseException):
                raise result

    async def _partition_transaction(
        self, transactions: TransactionalSink, tp: TopicPartition, outcomes: list[Outcome]
    ) -> None:
        outputs = [self._to_out_record(outcome) for outcome in outcomes]
        next_offset = max(outcome.record.offset for outcome in outcomes) + 1
        attempt = 0
        while True:
            if not transactions.is_open(tp):
                # The committed offset may be past these records (an earlier transaction whose
                # outcome we did not learn may have committed): drop them, re-read from there.
                await self._retry(
                    "open producer", lambda: self._open_and_rewind_strict(transactions, tp)
                )
                self._metrics.batches_discarded.labels("rewind").inc()
                return
            try:
                await transactions.commit(tp, outputs, next_offset)
            except Fenced:
                self._metrics.transactions.labels("fenced").inc()
                raise
            except BrokerUnavailable as exc:
                self._metrics.transactions.labels("aborted").inc()
                self._mark_bus(ok=False)
                await transactions.reset(tp)
                attempt += 1
                await self._backoff("transaction", exc, attempt)
                continue
            self._metrics.transactions.labels("committed").inc()
            self._mark_bus(ok=True)
            self._count_published(outcomes)
            return

    async def _open_and_rewind_strict(
        self, transactions: TransactionalSink, tp: TopicPartition
    ) -> None:
        await transactions.open(tp)
        try:
            await self._source.rewind({tp})
        except InfrastructureError:
            await transactions.reset(tp)
            raise
        finally:
            # The next batch, fetched or processed meanwhile, may hold records from before the
            # rewind: it must be dropped, not committed after it.
            self._epoch += 1

    def _poisoned(self) -> Poison:
        return Poison(
            f"in flight while a worker died {self._options.poison_after_crashes} times "
            "(crash, hang, CPU or memory budget): not processed again",
            stage=Stage.DECODE,
        )

    async def _watchdog(self) -> None:
        """End the worker when the record in the pipeline exceeds the CPU budget or the process
        its memory ceiling; the supervisor then counts a strike against that record.

        It runs on the event loop, so it sees a record that loops in Python; one that hangs
        inside C code holding the GIL is caught by the supervisor's wall-clock limit instead.
        """
        page_mb = os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
        while True:
            await asyncio.sleep(0.2)
            current = self._in_pipeline
            if current is not None:
                thread, cpu_started = current
                with contextlib.suppress(OSError):  # the thread may just have ended
                    used = time.clock_gettime(time.pthread_getcpuclockid(thread)) - cpu_started
                    if used > self._options.cpu_budget_s:
                        self._exit_over_budget(f"record used {used:.1f} s of CPU")
            with contextlib.suppress(OSError, ValueError, IndexError):
                statm = Path("/proc/self/statm").read_text()  # noqa: ASYNC240 - in memory, not disk
                rss_mb = int(statm.split()[1]) * page_mb
                if rss_mb > self._options.memory_limit_mb:
                    self._exit_over_budget(f"resident memory {rss_mb:.0f} MB")

    def _exit_over_budget(self, why: str) -> None:
        log.error("budget exceeded: ending the worker", extra={"why": why})
        logging.shutdown()
        os._exit(exitcodes.BUDGET_EXCEEDED)

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
        """Runs on the pipeline thread. Marks each record in flight (for the supervisor's
        poison accounting and the watchdog's CPU budget) and skips poison."""
        now = datetime.now(UTC)
        poison = self._poison.current()
        clock = time.pthread_getcpuclockid(threading.get_ident())
        outcomes = []
        try:
            for record in records:
                if poison and (record.topic, record.partition, record.offset) in poison:
                    outcomes.append(self._pipeline.reject(record, self._poisoned(), now=now))
                    continue
                if self._marker is not None:
                    self._marker.mark(record.topic, record.partition, record.offset)
                self._in_pipeline = (threading.get_ident(), time.clock_gettime(clock))
                self._fault.maybe_strike(record)
                outcomes.append(self._pipeline.process(record, now=now))
        finally:
            self._in_pipeline = None
            if self._marker is not None:
                self._marker.clear()
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
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "article published",
                    extra={
                        "article_id": result.id,
                        "topic": outcome.record.topic,
                        "partition": outcome.record.partition,
                        "offset": outcome.record.offset,
                    },
                )
            # The record's timestamp (when it was produced) rather than fetched_at: a re-sent
            # archive page would otherwise count years of "latency".
            started = _record_time(outcome.record) or result.provenance.fetched_at
            if started is not None:
                self._metrics.end_to_end_seconds.observe(max(0.0, (now - started).total_seconds()))

    async def _update_lag(self) -> int:
        """Set the lag gauges; returns the total (0 when unknown)."""
        try:
            lags = await self._source.lag()
        except InfrastructureError:
            return 0
        for tp, lag in lags.items():
            self._metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(lag)
        return sum(lags.values())

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
        self._metrics.retries.labels(operation, _cause(exc)).inc()
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


def _cause(exc: BaseException) -> str:
    """The underlying client error's class name (bounded set: a label value)."""
    root = exc.__cause__ if exc.__cause__ is not None else exc
    return type(root).__name__


def _names(partitions: set[TopicPartition]) -> list[str]:
    return sorted(f"{tp.topic}-{tp.partition}" for tp in partitions)


def _record_time(record: InRecord) -> datetime | None:
    if record.timestamp_ms < 0:
        return None
    return datetime.fromtimestamp(record.timestamp_ms / 1000, tz=UTC)


@dataclass(frozen=True, slots=True)
class _Fault:
    kill_after: int | None = None
    crash_on: bytes | None = None
    spin_on: bytes | None = None

    @classmethod
    def parse(cls, spec: str | None) -> _Fault:
        if not spec:
            return cls()
        name, _, argument = spec.partition(":")
        if name == "kill-before-commit":
            return cls(kill_after=int(argument or "1"))
        if name == "crash-on" and argument:
            return cls(crash_on=argument.encode())
        if name == "spin-on" and argument:
            return cls(spin_on=argument.encode())
        raise ValueError(f"unknown fault injection {spec!r}")

    def maybe_strike(self, record: InRecord) -> None:
        value = record.value or b""
        if self.crash_on is not None and self.crash_on in value:
            os._exit(70)  # like a segfault: no cleanup, no exception
        if self.spin_on is not None and self.spin_on in value:
            while True:  # like an infinite loop we missed
                pass
