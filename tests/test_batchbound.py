"""The adaptive processing-time bound of a batch: the floor at load; under a backlog (more work
in sight than the ceiling at three batches in a row) a multiple of the recent commits' median
duration or half the work in sight, never over the ceiling (``NEWSWIRE_BATCH_MAX_PROCESSING_MS``)."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime

import pytest
from prometheus_client import CollectorRegistry

from newswire.app import Service
from newswire.batchbound import (
    BACKLOG_LOOKS,
    FILL_ENOUGH,
    WINDOW,
    BatchBound,
    BusyShare,
    fill,
    fill_seconds,
)
from newswire.errors import BrokerUnavailable
from newswire.loopoptions import LoopOptions
from newswire.metrics import Metrics
from newswire.pipeline import Outcome, Pipeline, PipelineOptions
from newswire.records import InRecord
from tests.memorybus import (
    MemorySource,
    MemoryTransactions,
    inputs_of,
    mixed_records,
    run_until_drained,
)


def _backlogged(bound: BatchBound, waiting: int) -> float:
    """The bound after BACKLOG_LOOKS batches each saw ``waiting`` records in sight."""
    for _ in range(BACKLOG_LOOKS - 1):
        bound.seconds(waiting)
    return bound.seconds(waiting)


def _measured(floor_s: float, ceiling_s: float, factor: float) -> BatchBound:
    """A bound that has seen one batch at 10 ms a record."""
    bound = BatchBound(floor_s=floor_s, ceiling_s=ceiling_s, factor=factor)
    bound.observe_processing(records=20, seconds=0.2)
    return bound


def test_before_anything_is_measured_the_bound_is_the_floor() -> None:
    """Nothing measured yet: the batch is bounded by the floor (latency first), whatever is in
    sight (its cost per record is unknown)."""
    bound = BatchBound(floor_s=0.25, ceiling_s=2.0, factor=20)
    assert [bound.seconds(waiting=10_000) for _ in range(5)] == [0.25] * 5


def test_at_load_slow_commits_leave_the_bound_at_the_floor() -> None:
    """Commits of 500 ms with a factor of 20 would ask for 10 s, but with less work in sight
    than the ceiling (100 records at 10 ms: 1 s) the batch is bounded by the floor."""
    bound = _measured(floor_s=0.25, ceiling_s=2.0, factor=20)
    for _ in range(WINDOW):
        bound.observe_commit(0.5)
    assert [bound.seconds(waiting=100) for _ in range(WINDOW)] == [0.25] * WINDOW
    assert not bound.backlogged()


def test_under_a_backlog_the_bound_is_factor_times_the_median_commit_within_the_ceiling() -> None:
    """520 records in sight at 10 ms (5.2 s, over the 5 s ceiling) at three batches: commits of
    200 ms with a factor of 20 give 4 s (more than half the work in sight, 2.6 s); cheap commits
    give half the work in sight; slow ones the ceiling."""
    bound = _measured(floor_s=0.25, ceiling_s=5.0, factor=20)
    for _ in range(3):
        bound.observe_commit(0.2)
    assert _backlogged(bound, waiting=520) == pytest.approx(4.0)
    cheap = _measured(floor_s=0.25, ceiling_s=5.0, factor=20)
    cheap.observe_commit(0.01)
    assert _backlogged(cheap, waiting=520) == pytest.approx(2.6)
    slow = _measured(floor_s=0.25, ceiling_s=5.0, factor=20)
    slow.observe_commit(0.5)
    assert _backlogged(slow, waiting=520) == 5.0


def test_a_backlog_needs_three_looks_in_a_row_and_ends_with_the_first_look_under_it() -> None:
    """Work in sight over the ceiling (3 s against 2 s) at two batches, then under it: no
    backlog; at three in a row: the bound is half the work in sight (1.5 s); the first batch
    that sees less than the ceiling goes back to the floor."""
    bound = _measured(floor_s=0.1, ceiling_s=2.0, factor=0)
    assert [bound.seconds(300), bound.seconds(300), bound.seconds(150)] == [0.1, 0.1, 0.1]
    assert [bound.seconds(300), bound.seconds(300)] == [0.1, 0.1]
    assert bound.seconds(300) == pytest.approx(1.5)
    assert bound.backlogged()
    assert bound.seconds(150) == 0.1
    assert not bound.backlogged()


def test_one_slow_commit_does_not_move_the_bound_and_old_commits_are_forgotten() -> None:
    """Under a backlog (600 records at 10 ms, ceiling 5 s), the median of the window: one commit
    slowed by a retry leaves the bound where the others put it (10 x 400 ms); after a window of
    faster commits the slower past no longer counts (10 x 350 ms)."""
    bound = _measured(floor_s=0.1, ceiling_s=5.0, factor=10)
    for seconds in (0.4, 0.4, 3.0, 0.4, 0.4):
        bound.observe_commit(seconds)
    assert _backlogged(bound, waiting=600) == pytest.approx(4.0)
    for _ in range(WINDOW):
        bound.observe_commit(0.35)
    assert _backlogged(bound, waiting=600) == pytest.approx(3.5)


def test_a_zero_ceiling_means_no_bound_and_a_floor_over_the_ceiling_is_the_ceiling() -> None:
    """NEWSWIRE_BATCH_MAX_PROCESSING_MS=0 keeps batches bounded by count only, whatever the
    commits and the backlog; a floor set above the ceiling cannot lift the bound over it."""
    unbounded = _measured(floor_s=0.25, ceiling_s=0, factor=20)
    unbounded.observe_commit(0.04)
    assert _backlogged(unbounded, waiting=10_000) == 0
    assert not unbounded.backlogged()
    assert BatchBound(floor_s=3.0, ceiling_s=2.0, factor=20).seconds() == 2.0


# -- the fill wait of a fresh batch (NEWSWIRE_BATCH_FILL_MS) --------------------------------------


class _Trickle(MemorySource):
    """The in-memory log, one record a fetch (records arriving one by one); ``failures``
    fetches, after ``fail_after`` of them, raise BrokerUnavailable."""

    def __init__(self, records: list[InRecord], fail_after: int | None = None) -> None:
        super().__init__(records)
        self.fetches = 0
        self._fail_after = fail_after

    async def getmany(self, *, timeout_ms: int, max_records: int) -> list[InRecord]:
        self.fetches += 1
        if self._fail_after is not None and self.fetches > self._fail_after:
            raise BrokerUnavailable("fetch failed")
        return await super().getmany(timeout_ms=timeout_ms, max_records=min(1, max_records))


class _Arriving(_Trickle):
    """One record a fetch, each after ``gap_s`` (records arriving slowly: the loop waits)."""

    def __init__(self, records: list[InRecord], gap_s: float) -> None:
        super().__init__(records)
        self._gap_s = gap_s

    async def getmany(self, *, timeout_ms: int, max_records: int) -> list[InRecord]:
        await asyncio.sleep(self._gap_s)
        return await super().getmany(timeout_ms=timeout_ms, max_records=max_records)


class _Slow(Pipeline):
    """The real pipeline, 40 ms slower per record (a loop that is always busy)."""

    def process(self, record: InRecord, *, now: datetime | None = None) -> Outcome:
        time.sleep(0.04)
        return super().process(record, now=now)


def _fill_options(fill_ms: int, max_records: int = 4, busy: float = 0.0) -> LoopOptions:
    return LoopOptions(
        articles_topic="articles",
        deadletter_topic="dlq",
        batch_max_records=max_records,
        batch_timeout_ms=10,
        batch_max_processing_ms=0,
        batch_fill_ms=fill_ms,
        batch_fill_busy=busy,
        retry_backoff_initial_s=0.01,
        retry_backoff_max_s=0.02,
    )


async def test_a_fill_wait_takes_what_arrives_up_to_the_batch_size_in_order() -> None:
    """Records arriving one by one within the wait join the batch in the order fetched, until
    the batch holds batch_max_records (the wait ends there, the rest stay in the log)."""
    source = _Trickle(mixed_records(10))
    first = await source.getmany(timeout_ms=0, max_records=4)
    more = await fill(source, _fill_options(60_000), len(first), 60.0)
    assert [(r.partition, r.offset) for r in first + more] == [(0, 0), (0, 1), (0, 2), (0, 3)]
    assert source.fetches == 4


async def test_a_fill_wait_ends_with_what_it_has_when_nothing_more_comes_or_a_fetch_fails() -> None:
    """An empty log: the wait ends empty at its deadline; a failed fetch ends it with the
    records taken so far (the loop's next fetch meets the error)."""
    assert await fill(_Trickle([]), _fill_options(20), 1, 0.02) == []
    failing = _Trickle(mixed_records(10), fail_after=2)
    more = await fill(failing, _fill_options(60_000), 1, 60.0)
    assert [(r.partition, r.offset) for r in more] == [(0, 0), (0, 1)]


def test_a_batch_that_holds_enough_records_does_not_wait_to_fill() -> None:
    """A busy loop waits to fill a small batch (one record, FILL_ENOUGH - 1) but not one of
    FILL_ENOUGH records or more (a batch fetched under a backlog): its transactions' cost is
    spread already."""
    options = _fill_options(50, max_records=500, busy=0.5)
    waits = [fill_seconds(options, 1.0, have) for have in (1, FILL_ENOUGH - 1, FILL_ENOUGH, 400)]
    assert waits == [0.05, 0.05, 0.0, 0.0]


async def test_a_fill_wait_ends_once_the_batch_holds_enough_records() -> None:
    """With batch_max_records far above FILL_ENOUGH, a fill wait of a minute over a log of many
    records ends as soon as the batch holds FILL_ENOUGH, in the order fetched."""
    source = _Trickle(mixed_records(FILL_ENOUGH + 20))
    first = await source.getmany(timeout_ms=0, max_records=500)
    started = time.monotonic()
    more = await fill(source, _fill_options(60_000, max_records=500), len(first), 60.0)
    assert time.monotonic() - started < 30
    taken = [(r.partition, r.offset) for r in first + more]
    assert len(taken) == FILL_ENOUGH
    assert taken == sorted(taken)


async def test_with_a_fill_wait_the_loop_commits_full_batches_and_every_input_once() -> None:
    """Records fetched one at a time: without a wait each batch is one record; with one, each
    fresh batch fills to batch_max_records. Either way every input ends as exactly one committed
    output."""
    sizes = {}
    for fill_ms in (0, 60_000):
        source = _Trickle(mixed_records(8))
        transactions = MemoryTransactions(source)
        registry = CollectorRegistry()
        service = Service(
            pipeline=Pipeline(PipelineOptions()),
            source=source,
            metrics=Metrics(registry),
            options=_fill_options(fill_ms),
            transactions=transactions,
        )
        await run_until_drained(service, source)
        assert sorted(inputs_of(transactions.visible)) == sorted(
            (r.partition, r.offset) for r in mixed_records(8)
        )
        sizes[fill_ms] = registry.get_sample_value("newswire_batch_size_count")
    assert sizes == {0: 8.0, 60_000: 2.0}


def test_the_busy_share_follows_the_recent_time_and_forgets_the_old() -> None:
    """Nothing seen: 0. A loop that spent 3 s on batches and 1 s waiting is busy 0.75 of its time;
    after long idle waits the old busy time has faded (a change of load shows within seconds)."""
    busy = BusyShare(tau_s=2.0)
    assert busy.share() == 0.0
    for _ in range(3):
        busy.observe(waited_s=0.01, busy_s=0.03)
    assert busy.share() == pytest.approx(0.75)
    for _ in range(10):
        busy.observe(waited_s=1.0, busy_s=0.0)
    assert busy.share() < 0.01


def test_a_fresh_batch_waits_to_fill_only_once_the_loop_is_busy_enough() -> None:
    """With batch_fill_busy 0.6 the wait applies at a busy share of 0.6 or more and not below;
    0 applies it always; no wait configured, none at any share."""
    options = _fill_options(50, busy=0.6)
    assert [fill_seconds(options, share) for share in (0.0, 0.59, 0.6, 1.0)] == [
        0.0,
        0.0,
        0.05,
        0.05,
    ]
    assert fill_seconds(_fill_options(50), 0.0) == 0.05
    assert fill_seconds(_fill_options(0, busy=0.0), 1.0) == 0.0


async def test_an_idle_loop_does_not_wait_to_fill_and_a_busy_one_does() -> None:
    """Fill wait 60 s from a busy share of 0.5: records arriving 100 ms apart to an instant
    pipeline (the loop mostly waits) go one per batch, as without a wait; records all there for
    a pipeline taking 40 ms each (never waiting) fill batches of 4 after the first (nine records: 1 + 4 + 4). Every input
    ends as exactly one committed output either way."""
    batches = {}
    for name, source, pipeline in (
        ("idle", _Arriving(mixed_records(9), gap_s=0.1), Pipeline(PipelineOptions())),
        ("busy", _Trickle(mixed_records(9)), _Slow(PipelineOptions())),
    ):
        transactions = MemoryTransactions(source)
        registry = CollectorRegistry()
        service = Service(
            pipeline=pipeline,
            source=source,
            metrics=Metrics(registry),
            options=_fill_options(60_000, busy=0.5),
            transactions=transactions,
        )
        await run_until_drained(service, source)
        assert sorted(inputs_of(transactions.visible)) == sorted(
            (r.partition, r.offset) for r in mixed_records(9)
        )
        batches[name] = registry.get_sample_value("newswire_batch_size_count")
    assert batches == {"idle": 9.0, "busy": 3.0}
