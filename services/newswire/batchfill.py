"""A batch kept open after step 2 processed it whole (``app.py``): it takes in and processes
the records fetched meanwhile instead of closing, so its transactions (one per input partition)
are paid once for more records.

Two reasons to keep a batch open, each in ``keep_open``:

- the commit interval (``NEWSWIRE_COMMIT_INTERVAL_MS``, the ``commit.interval.ms`` of Kafka
  Streams under exactly-once): at load a fetch holds a few records and each batch's transactions
  cost ~8 CPU ms across the worker and the broker (session 25's trace: 225 transactions per 1,000
  records at 80% load against 36 in the capacity probe, which put "80%" at ~97% of 2 cores). A
  batch younger than the interval waits for the next fetch and processes it as it comes, so the
  transactions come once per interval instead of once per fetch, for at most the interval in
  latency;
- the top-up under a backlog (``NEWSWIRE_BATCH_TOP_UP``): the fetches already in the consumer's
  buffer, without waiting, until the batch's time bound.

Either ends at ``batch_max_records``, at the batch's processing-time bound, and at once when a
rebalance hook or a stop waits for the batch (``cut``).
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from newswire.errors import BrokerUnavailable
from newswire.ports import Source
from newswire.records import InRecord


class KeepOpenOptions(Protocol):
    """The loop's options that keep a batch open (``app.LoopOptions``)."""

    @property
    def batch_max_records(self) -> int: ...

    @property
    def commit_interval_ms(self) -> int: ...

    @property
    def commit_interval_when_behind(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Opened:
    """When the batch began: ``wall`` (``time.monotonic``, the interval's clock, like the fetch
    waits it is made of) and ``started`` on ``clock`` (the bound's, virtual in tests), with its
    processing-time ``bound_s`` (0: none)."""

    wall: float
    started: float
    bound_s: float
    clock: Callable[[], float]

    def left_s(self) -> float:
        """What is left of the bound (infinite without one)."""
        return self.bound_s - (self.clock() - self.started) if self.bound_s > 0 else math.inf


_Outcome = TypeVar("_Outcome")


async def keep_open(
    source: Source,
    records: list[InRecord],
    outcomes: list[_Outcome],
    opened: Opened,
    *,
    options: KeepOpenOptions,
    backlogged: bool,
    process: Callable[[list[InRecord], float], Awaitable[list[_Outcome]]],
    valid: Callable[[], bool],
    cut: asyncio.Event,
    waiting: Callable[[], Awaitable[int]],
) -> tuple[int, float]:
    """Keep the batch open for the commit interval, or to its bound when ``backlogged`` (and the
    top-up is on); ``records`` and ``outcomes`` grow in place. Returns the fetches taken in and
    the processing time they took on ``opened.clock`` (not the waits: those are no record's
    cost, and the bound's estimate of a record's cost must not count them).

    The interval keeps a batch open only while the consumer keeps up (``waiting()``, the
    consumer's lag, is 0), unless ``commit_interval_when_behind``: its gain is records that
    arrive while the worker would otherwise wait for them, paying one batch's transactions for
    several fetches. Once records wait behind the batch, holding it open only delays them and
    its commit: session 27's 100 ms interval at 80% load (no such check) grew batches to 27-49
    records, 130 of 200 cut by the time bound, and fell behind its load, while at 50% it halved
    the transactions and cut p99 by 42%."""
    interval_s = options.commit_interval_ms / 1000
    if interval_s <= 0 and not backlogged:
        return 0, 0.0
    spent = 0.0

    async def timed(more: list[InRecord], max_seconds: float) -> list[_Outcome]:
        nonlocal spent
        began = opened.clock()
        done = await process(more, max_seconds if opened.bound_s > 0 else 0.0)
        spent += opened.clock() - began
        return done

    taken = await top_up(
        source,
        records,
        outcomes,
        max_records=options.batch_max_records,
        left_s=opened.left_s,
        process=timed,
        valid=lambda: valid() and not cut.is_set(),
        open_s=lambda: interval_s - (time.monotonic() - opened.wall),
        to_bound=backlogged,
        cut=cut,
        keeps_up=None if options.commit_interval_when_behind else _nothing_waits(waiting),
    )
    return taken, spent


def _nothing_waits(waiting: Callable[[], Awaitable[int]]) -> Callable[[], Awaitable[bool]]:
    async def keeps_up() -> bool:
        return await waiting() == 0

    return keeps_up


#: The longest a top-up's fetch may take beyond the wait it asks for (``top_up``): records already
#: fetched come back at once, so only a fetch held up by a rebalance in progress gets near it.
TOP_UP_FETCH_S = 0.05


async def top_up(
    source: Source,
    records: list[InRecord],
    outcomes: list[_Outcome],
    *,
    max_records: int,
    left_s: Callable[[], float],
    process: Callable[[list[InRecord], float], Awaitable[list[_Outcome]]],
    valid: Callable[[], bool],
    open_s: Callable[[], float] = lambda: 0.0,
    to_bound: bool = True,
    cut: asyncio.Event | None = None,
    keeps_up: Callable[[], Awaitable[bool]] | None = None,
) -> int:
    """Step 2 continued: while the whole batch is processed (``outcomes`` as long as
    ``records``), ``left_s()`` of its bound is left, there is room under ``max_records`` and the
    batch is still ``valid()`` (no rebalance or rewind since its fetch), take the records the
    consumer fetches, waiting for them up to ``open_s()`` (what is left of the commit interval;
    none once it has passed), and ``process`` them within the time left; ``records`` and
    ``outcomes`` grow in place. Without ``to_bound`` it also ends once the commit interval has
    passed; ``cut`` being set (a rebalance or a stop waiting for the batch) ends a wait at once.
    Returns how many fetches it took in.

    Two callers. Under a backlog (``NEWSWIRE_BATCH_TOP_UP``, ``to_bound``) one fetch brings one
    response per partition (``max_partition_fetch_bytes``, ~30 pages of ~34 KB at 1 MiB) and the
    next responses arrive while the pipeline works: without this every fetch closed its batch and
    paid one transaction per input partition (~2 a batch of ~58 records at 2 workers, 33 per
    1,000 records), whatever the time bound allowed. At load (``NEWSWIRE_COMMIT_INTERVAL_MS``,
    the commit interval of Kafka Streams under exactly-once) a fetch holds a few records, and
    each batch's transactions cost ~8 CPU ms across the worker and the broker: keeping the batch
    open for the interval, processing each fetch as it comes, pays them once per interval
    instead of once per fetch, for at most the interval in latency. Exactly once as before: the
    records join the batch under its epoch, and a rebalance or rewind meanwhile drops the whole
    batch (``app.Service._handle``). Without ``to_bound``, ``keeps_up()`` (when given) is asked
    before each wait: False (records already wait behind the batch) ends it."""
    taken = 0
    while len(outcomes) == len(records) and valid():
        room, left = max_records - len(records), left_s()
        wait = min(max(0.0, open_s()), left)
        if room <= 0 or left <= 0 or (wait <= 0 and not to_bound):
            break
        if not to_bound and keeps_up is not None and not await keeps_up():
            break  # behind: the waiting records are the next batch's, this one commits now
        try:
            # aiokafka's fetch waits for a rebalance in progress to assign the partitions again,
            # whatever its timeout, and the rebalance's revocation waits for this batch: a fetch
            # that does not return within its wait ends the top-up (cancelled before it took a
            # record), so the batch commits and the rebalance goes on.
            async with asyncio.timeout(wait + TOP_UP_FETCH_S):
                more = await _fetch(source, wait, room, cut)
        except (BrokerUnavailable, TimeoutError):
            break  # the batch goes on with what it has; the next fetch meets the error
        if not more:
            if wait > 0 and not (cut is not None and cut.is_set()):
                continue  # the interval's wait ended empty: the loop's checks end it
            break
        records += more
        outcomes += await process(more, left)
        taken += 1
    return taken


async def _fetch(
    source: Source, wait_s: float, room: int, cut: asyncio.Event | None
) -> list[InRecord]:
    """The records fetched within ``wait_s`` (none: what is already fetched), up to ``room``; a
    ``cut`` set meanwhile ends the wait with what the fetch had (nothing, if it was still
    waiting: a cancelled fetch takes no record)."""
    timeout_ms = math.ceil(wait_s * 1000) if wait_s > 0 else 0
    if cut is None or timeout_ms == 0:
        return await source.getmany(timeout_ms=timeout_ms, max_records=room)
    if cut.is_set():
        return []
    fetch = asyncio.ensure_future(source.getmany(timeout_ms=timeout_ms, max_records=room))
    cutting = asyncio.ensure_future(cut.wait())
    try:
        await asyncio.wait({fetch, cutting}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        cutting.cancel()
        if not fetch.done():
            fetch.cancel()
    task = asyncio.current_task()
    try:
        return await fetch
    except asyncio.CancelledError:
        if task is not None and task.cancelling():
            raise  # this batch itself is being cancelled, not only its fetch
        return []
