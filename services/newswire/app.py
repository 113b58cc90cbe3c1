"""The service: the one module that joins the pipeline and the bus.

Its rooms: ``committers.py`` (steps 3-4, per guarantee), ``guard.py`` (poison list, in-flight
marker, CPU/memory watchdog around step 2), ``outputs.py`` (an outcome as the record published),
``retry.py`` (backoff), ``faults.py`` (crash-test hooks, wired in only when configured),
``pipelinethread.py`` (step 2's thread), ``bushealth.py`` (readiness, idle probe, lag).

One batch, in this order (each step mirrored by a ``# Step N.`` comment here or in
``committers.py``):

0. Raise what the previous batch's steps 3-4 raised (e.g. ``Fenced``), if they are done.

1. Fetch a bounded batch (``getmany``; at most ``batch_max_records``, waiting at most
   ``batch_timeout_ms``). The records held back from the previous batch (see 2) come first,
   topped up with what is already fetched. A fresh batch then waits up to ``batch_fill_ms`` for
   more (``batchbound.fill``), only while the loop is busy (``batchbound.BusyShare``) and the
   batch is small (``batchbound.FILL_ENOUGH``).
2. Run the pure pipeline on the records, on the service's one pipeline thread
   (``pipelinethread.py``: off the event loop, always the same thread). Every record yields
   exactly one output: an Article or a DeadLetter. Once the pipeline has spent the batch's bound
   on it (``batchbound.py``: the floor at load, more under a lasting backlog, within
   ``batch_min/max_processing_ms``) it stops: the batch closes with the records done and the
   rest are held, in order, for the next batch (one done whole may stay open for more:
   ``batchfill.py``).
3. exactly_once: per input partition, one transaction holding the partition's next offset and
   all its outputs (Articles and DeadLetters alike); the partitions' transactions run
   concurrently. at_least_once: publish all outputs and wait for every acknowledgement.
4. at_least_once only: commit, per partition, the offset after the batch. A crash between 3 and 4
   re-processes the batch (duplicates possible, loss never).
5. Count the batch (``newswire_batch_size``).

Overlap: under a backlog (records waiting behind the batch), steps 3-4 of batch N run on the
event loop while the pipeline thread does step 2 of batch N+1. A caught-up consumer commits
before the next fetch: a thread busy with the next batch would hold the GIL between the
transaction's round trips (latency). Batch N+1's steps 3-4 start only once batch N's are done,
so per partition the transactions stay in offset order; if batch N's outcome forced a rewind,
batch N+1 is dropped unpublished (``_epoch``) and re-read.

Backpressure: while a full batch goes through step 2 the consumer stops fetching ahead, so a slow
pipeline holds at most two batches (one processing, one committing) plus one fetch response per
partition (``newswire_backpressure_seconds_total`` counts that time).

Held records were fetched but neither processed nor committed. They belong to the epoch they
were fetched in: after a rebalance or a rewind they are dropped and their partitions rewound,
like a batch fetched meanwhile; at shutdown they are left for the partitions' next reader.

Rebalances: the group awaits ``partitions_revoked``, which waits for the batch in hand (it holds
``_batch_lock`` while processing) and for the commit in flight, so their transactions or commits
land while we still own the partitions; then the revoked partitions' producers close.
``partitions_assigned`` opens the new partitions' producers (fencing their previous owners) and
only then rewinds the consumer to the committed offsets. A batch fetched while a rebalance ran
is dropped unprocessed (``_epoch``) and its partitions rewound (their owner re-reads them).

Whenever a partition's producer has to be (re)opened outside a rebalance (after a failed or
unknown transaction outcome), the records in hand for that partition are dropped and the consumer
rewinds to the committed offset: the failed transaction may in fact have committed.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from collections.abc import Awaitable, Callable

from newswire.batchbound import BatchBound, BusyShare, fill, fill_seconds
from newswire.batchfill import Opened, keep_open
from newswire.bushealth import BusHealth
from newswire.committers import committer_for
from newswire.errors import BrokerUnavailable
from newswire.faults import Faults
from newswire.guard import Guard
from newswire.loopoptions import LoopOptions
from newswire.metrics import Metrics
from newswire.pipeline import Outcome, Pipeline
from newswire.pipelinethread import PipelineThread
from newswire.ports import Sink, Source, TransactionalSink
from newswire.records import InRecord, TopicPartition, partition_names
from newswire.retry import Retrier, quietly

log = logging.getLogger("newswire.app")


class Service:
    """The consume → process → produce loop. Give it ``sink`` for at_least_once or
    ``transactions`` for exactly_once; ``faults`` only in crash tests."""

    _taken_over = False  # till the first partitions_assigned ends (joining was 130 ms early)

    def __init__(
        self,
        *,
        pipeline: Pipeline,
        source: Source,
        metrics: Metrics,
        options: LoopOptions,
        sink: Sink | None = None,
        transactions: TransactionalSink | None = None,
        faults: Faults | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        #: The batch bound's clock: processing and commit times (tests give a virtual one).
        self._clock = clock
        self._source = source
        self._metrics = metrics
        self._options = options
        self._faults = faults
        self._setup: Callable[[], Awaitable[object]] | None = None
        self._stopping = asyncio.Event()
        self._bus = BusHealth(
            source,
            metrics,
            probe_interval_s=options.idle_probe_interval_s,
            on_change=lambda: self._metrics.ready.set(1 if self.is_ready() else 0),
        )
        self._batches = 0
        self._retrier = Retrier(
            metrics=metrics,
            stopping=self._stopping,
            initial_s=options.retry_backoff_initial_s,
            max_s=options.retry_backoff_max_s,
            on_bus=self._bus.mark,
        )
        self._committer = committer_for(
            sink=sink,
            transactions=transactions,
            source=source,
            retrier=self._retrier,
            topics=options.output_topics(),
            metrics=metrics,
            on_rewind=self._void_batches_in_hand,
        )
        self._guard = Guard.of(options, faults)
        self._bound = BatchBound.of(options)
        #: Wall time, not ``clock``: the fill wait it decides is wall time too.
        self._busy = BusyShare()
        self._pipeline_thread = PipelineThread(pipeline, self._guard, metrics, clock)
        self._batch_lock = asyncio.Lock()
        #: Moves on every rebalance and rewind: a batch fetched under an older epoch is void.
        self._epoch = 0
        #: The unprocessed rest of a batch that step 2 cut short, and the epoch it was fetched in.
        self._held: list[InRecord] = []
        self._held_epoch = 0
        self._cut = asyncio.Event()  # a rebalance hook or a stop waits: commit the batch now
        #: Steps 3-4 of the last batch, running while the next one is processed.
        self._committing: asyncio.Task[None] | None = None
        #: A failure of those steps noticed inside a rebalance hook, raised by the loop.
        self._deferred: Exception | None = None
        source.set_rebalance_hooks(self)

    @property
    def guarantee(self) -> str:
        return self._committer.guarantee

    # -- lifecycle -----------------------------------------------------------------------------

    def set_setup(self, setup: Callable[[], Awaitable[object]]) -> None:
        """Work to do (with retries) before consuming, such as creating topics."""
        self._setup = setup

    def request_stop(self) -> None:
        if not self._stopping.is_set():
            log.info("stop requested: finishing the current batch")
            self._stopping.set()
            self._cut.set()
            self._metrics.ready.set(0)

    def install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)

    def is_ready(self) -> bool:
        """Connected, its first assignment taken over (none: more members than partitions)."""
        return self._bus.ok and self._taken_over and not self._stopping.is_set()

    async def run(self) -> None:
        started_source = False
        try:
            if self._setup is not None:
                await self._retrier.call("setup", self._setup)
            await self._committer.start()
            await self._retrier.call("start consumer", self._source.start)
            started_source = True
            watchdog = asyncio.create_task(self._guard.watch())
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
                await quietly("stop consumer", self._source.stop)
            await self._committer.stop()
            self._pipeline_thread.shutdown()
            log.info("stopped")

    # -- rebalance hooks (awaited by the consumer inside the group's rebalance) ----------------

    async def partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        self._cut.set()
        async with self._batch_lock:
            self._cut.clear()  # the batch lock is ours: later batches may stay open again
            try:
                await self._finish_committing()
            except Exception as exc:
                # Raised here it would be lost in the group's rebalance; the loop raises it.
                self._deferred = exc
            self._epoch += 1
            self._metrics.rebalances.labels("revoked").inc()
            await self._committer.partitions_revoked(revoked)
            self._metrics.forget_partitions(revoked, len(self._source.assignment() - revoked))
        log.info("partitions revoked", extra={"partitions": partition_names(revoked)})

    async def partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self._cut.set()
        async with self._batch_lock:
            self._cut.clear()  # the batch lock is ours: later batches may stay open again
            self._epoch += 1
            self._metrics.rebalances.labels("assigned").inc()
            # exactly_once: fence the previous owners, then rewind to the committed offsets.
            await self._committer.partitions_assigned(assigned)
            self._taken_over = True
            self._metrics.assigned_partitions.set(len(self._source.assignment()))
            self._metrics.ready.set(1 if self.is_ready() else 0)
        log.info("partitions assigned", extra={"partitions": partition_names(assigned)})

    def _void_batches_in_hand(self) -> None:
        self._epoch += 1

    # -- one batch -----------------------------------------------------------------------------

    async def _one_batch(self) -> None:
        # Step 0.
        if self._deferred is not None:
            raise self._deferred
        if self._committing is not None and self._committing.done():
            await self._finish_committing()  # raises what the commit raised (e.g. Fenced)
        epoch = self._epoch
        # Step 1: what the last batch held back first, topped up with what is already fetched
        # (no waiting: those records are due now); else a fetch waiting up to the timeout.
        held = await self._take_held(epoch)
        room = self._options.batch_max_records - len(held)
        fetch_started = time.monotonic()
        try:
            fetched = (
                await self._source.getmany(
                    timeout_ms=0 if held else self._options.batch_timeout_ms,
                    max_records=room,
                )
                if room > 0
                else []
            )
        except BrokerUnavailable as exc:
            self._held, self._held_epoch = held, epoch
            await self._retrier.backoff("fetch", exc, attempt=1)
            return
        waited = time.monotonic() - fetch_started
        records = held + fetched
        if not records:
            await self._bus.probe_when_idle(self._retrier)
            await self._bus.update_lag()
            self._busy.observe(waited_s=time.monotonic() - fetch_started, busy_s=0.0)
            return
        if fetched:
            self._bus.mark(ok=True)
            wait = fill_seconds(self._options, self._busy.share(), len(records))
            if not held and wait > 0:
                records += await fill(self._source, self._options, len(records), wait)
        busy_from = time.monotonic()
        full = len(records) >= self._options.batch_max_records
        # More records waiting behind this batch (a backlog) is when overlapping its commit with
        # the next batch's processing pays; a caught-up consumer commits at once (latency).
        lag = await self._bus.update_lag()
        backlog = full or bool(held) or lag > 0

        # Backpressure: a full batch means more is waiting; fetch no further ahead while it is
        # processed, so memory holds at most the batch in hand, the one committing and
        # aiokafka's one fetch per partition, however slow the pipeline is.
        paused_at = None
        if full:
            self._source.pause_fetching()
            paused_at = time.monotonic()
        try:
            await self._handle(records, epoch, overlap=backlog, waiting=len(records) + lag)
        finally:
            # Processing is done (its commit may still run): fetching resumes, so the next batch
            # is in the buffer when the pipeline gets to it.
            if paused_at is not None:
                self._source.resume_fetching()
                self._metrics.backpressure_seconds.inc(time.monotonic() - paused_at)
            self._busy.observe(waited_s=waited, busy_s=time.monotonic() - busy_from)

    async def _take_held(self, epoch: int) -> list[InRecord]:
        """The records the last batch held back, unless a rebalance or rewind has voided them
        since (they are then dropped and re-read from the committed offset, like a batch
        fetched meanwhile)."""
        held, self._held = self._held, []
        if held and self._held_epoch != epoch:
            await self._drop(held, "remainder")
            return []
        return held

    async def _handle(
        self, records: list[InRecord], epoch: int, *, overlap: bool, waiting: int
    ) -> None:
        """Step 2 of one batch (bounded for ``waiting`` records in sight), then its steps 3-5:
        in the background when ``overlap``."""
        async with self._batch_lock:
            if epoch != self._epoch:
                # A rebalance or rewind ran while we fetched: these records may come from before
                # it. Drop them; partitions still ours rewind to the committed offset and are
                # read again, the others are their new owner's to read.
                await self._drop(records, "rebalance")
                return

            # Step 2 (while the previous batch's steps 3-5 run): it may stop at the bound.
            opened, started = time.monotonic(), self._clock()
            outcomes = await self._pipeline_thread.process(
                records, bound := self._bound.seconds(waiting)
            )
            spent = self._clock() - started
            taken, more_spent = await keep_open(
                self._source,
                records,
                outcomes,
                Opened(opened, started, bound, self._clock),
                options=self._options,
                backlogged=self._options.batch_top_up and self._bound.backlogged(),  # not at load
                process=self._pipeline_thread.process,
                valid=lambda: epoch == self._epoch and not self._stopping.is_set(),
                cut=self._cut,
                waiting=self._bus.update_lag,
            )
            self._metrics.batch_top_ups.inc(taken)
            self._bound.observe_processing(len(outcomes), spent + more_spent)
            done, rest = records[: len(outcomes)], records[len(outcomes) :]
            self._metrics.count_consumed(record.topic for record in done)
            await self._finish_committing()
            if epoch != self._epoch:
                # The previous batch's transaction failed and its partition rewound: what we
                # fetched after it is void (it may also have been revoked meanwhile).
                await self._drop(records, "rewind")
                return
            if rest:
                # Held under this batch's epoch: a rebalance or rewind before the next batch
                # voids them. Per partition they follow ``done`` and precede any later fetch.
                self._held, self._held_epoch = rest, epoch
                self._metrics.batches_cut.inc()
                overlap = True  # records are waiting: commit while the next batch runs

            if self._faults is not None:
                await self._faults.kill_before_commit(
                    self._batches, len(done), lambda: self._committer.publish_uncommitted(outcomes)
                )

            self._committing = asyncio.create_task(self._commit(done, outcomes))
            if not overlap:
                # No backlog: nothing to overlap with, and a pipeline thread busy with the next
                # batch would hold the GIL between the transaction's round trips (latency).
                await self._finish_committing()

    async def _commit(self, records: list[InRecord], outcomes: list[Outcome]) -> None:
        # Steps 3 and 4 (committers.py); their duration sets the next batches' bound.
        started = self._clock()
        await self._committer.commit(records, outcomes)
        self._bound.observe_commit(took := self._clock() - started)
        self._metrics.batch_commit_seconds.observe(took)
        # Step 5.
        self._batches += 1
        self._metrics.batch_size.observe(len(records))

    async def _finish_committing(self) -> None:
        """Wait for the batch being committed; raises what its commit raised."""
        committing, self._committing = self._committing, None
        if committing is not None:
            await committing

    async def _drop(self, records: list[InRecord], reason: str) -> None:
        # Rewinds go to the committed offset: the commit in flight lands first, or a partition
        # still in its transaction would be rewound to before it and its records published again.
        await self._finish_committing()
        self._metrics.batches_discarded.labels(reason).inc()
        log.info("batch dropped unprocessed", extra={"records": len(records), "reason": reason})
        fetched = {TopicPartition(r.topic, r.partition) for r in records}
        await self._retrier.call(
            "rewind", lambda: self._source.rewind(fetched & self._source.assignment())
        )
