"""How long step 2 may spend on one batch before the batch closes (``app.py``).

At load (the service keeps up, whatever waits is at most a few batches' worth) the bound is
``floor_s`` (``NEWSWIRE_BATCH_MIN_PROCESSING_MS``): a record waits for at most the batch ahead
of it and its own, so the floor is what latency is made of.

Under a backlog the batch's commit (one transaction per input partition, or a publish and an
offset commit), whose cost does not shrink with the batch, is what counts: a fixed bound of
400 ms cut a batch at ~40 records on a quiet day and at ~10 on a loaded one, each paying its
transactions, and that cost 14-25% of the count-only throughput. So under a backlog the bound is
the largest of the floor,

- ``factor`` times the median duration of the recent commits: on a day when a commit takes
  longer, batches take proportionally longer, so commits stay a bounded share of the time;
- half the work in sight (the records in hand and the consumer's lag, at the recent processing
  cost per record): every record waits for the work ahead of it anyway, and fewer, larger
  transactions drain it sooner;

and never above ``ceiling_s`` (``NEWSWIRE_BATCH_MAX_PROCESSING_MS``).

A backlog is more work in sight than the ceiling (the longest batch) at each of the last
``BACKLOG_LOOKS`` batches. Not "any lag": near saturation (80% load) records arrive while a batch
is processed, so the queue is seldom empty between batches, and reading that as a backlog grew
batches toward the ceiling (p99 2,493 ms at 80% load against 1,269 ms with the floor alone,
``make bench-e2e``, 2-core VM, 2026-11-28), which then left more waiting: a loop that fed itself.
A real backlog (a restart behind, a burst, a load past capacity) stays deep for many batches,
and the service then grows its batches within a few of them.

The commit's duration alone cannot size batches under a backlog: it grows with the batch (its
records are encoded and sent on the event loop, which shares the GIL with the pipeline), so a
factor large enough to matter drives the bound to the ceiling whatever the load (measured: 284
ms commits for 38-record batches, 96 ms for 10-record ones, 2-core VM under load ~10).
"""

from __future__ import annotations

import math
import statistics
import time
from collections import deque
from typing import Protocol

from newswire.errors import BrokerUnavailable
from newswire.ports import Source
from newswire.records import InRecord

#: Batches the estimates look back over: enough that one slow commit (a rebalance, a retry) does
#: not move the bound, few enough to follow a machine that slows down within a minute.
WINDOW = 9
#: A batch may take this share of the work in sight under a backlog (see above).
BACKLOG_SHARE = 0.5
#: Consecutive batches that must each see more work than the ceiling for a backlog: one burst
#: that one batch drains is load, not a backlog.
BACKLOG_LOOKS = 3


class BoundOptions(Protocol):
    """The loop's options that set the bound (``app.LoopOptions``)."""

    @property
    def batch_min_processing_ms(self) -> int: ...

    @property
    def batch_max_processing_ms(self) -> int: ...

    @property
    def batch_commit_factor(self) -> float: ...


class BatchBound:
    def __init__(self, *, floor_s: float, ceiling_s: float, factor: float) -> None:
        """``ceiling_s`` <= 0: no bound (batches bounded by count only)."""
        self._floor_s = min(floor_s, ceiling_s) if ceiling_s > 0 else floor_s
        self._ceiling_s = ceiling_s
        self._factor = factor
        self._commits: deque[float] = deque(maxlen=WINDOW)
        #: (records, seconds) of the recent batches' processing.
        self._work: deque[tuple[int, float]] = deque(maxlen=WINDOW)
        #: The work in sight (seconds) at the last batches, newest last.
        self._sights: deque[float] = deque(maxlen=BACKLOG_LOOKS)

    @classmethod
    def of(cls, options: BoundOptions) -> BatchBound:
        return cls(
            floor_s=options.batch_min_processing_ms / 1000,
            ceiling_s=options.batch_max_processing_ms / 1000,
            factor=options.batch_commit_factor,
        )

    def observe_commit(self, seconds: float) -> None:
        """A batch's steps 3-4 took ``seconds`` (wall time, overlapping or not)."""
        self._commits.append(max(0.0, seconds))

    def observe_processing(self, records: int, seconds: float) -> None:
        """Step 2 processed ``records`` in ``seconds``."""
        if records > 0:
            self._work.append((records, max(0.0, seconds)))

    def per_record_s(self) -> float:
        """The recent processing cost of one record (0 before any batch)."""
        records = sum(count for count, _ in self._work)
        return sum(seconds for _, seconds in self._work) / records if records else 0.0

    def backlogged(self) -> bool:
        """More work than the ceiling was in sight at each of the last BACKLOG_LOOKS batches."""
        return len(self._sights) == BACKLOG_LOOKS and min(self._sights) > self._ceiling_s > 0

    def seconds(self, waiting: int = 0) -> float:
        """The bound for the next batch, with ``waiting`` records in sight (in hand and behind
        it); 0 means none. Each call is one batch's look at the backlog."""
        if self._ceiling_s <= 0:
            return 0.0
        sight = waiting * self.per_record_s()
        self._sights.append(sight)
        if not self.backlogged():
            return self._floor_s
        wanted = max(self._floor_s, BACKLOG_SHARE * sight)
        if self._commits:
            wanted = max(wanted, self._factor * statistics.median(self._commits))
        return min(self._ceiling_s, wanted)


#: The busy share's memory (seconds): the time constant of its moving average. Long enough that
#: one quick batch after a slow one does not swing it, short enough to follow a change of load
#: within a few seconds.
BUSY_TAU_S = 2.0


class BusyShare:
    """The share of the loop's recent wall time spent on batches (processing, committing) rather
    than waiting for records: an exponentially weighted average over ``tau_s``.

    It tells near saturation from light load without knowing the machine's speed: at light load
    the loop mostly waits in its fetch, near saturation the next records are there as soon as a
    batch is done. The fill wait itself counts as neither (``app.py`` leaves it out), so waiting
    does not lower the share that decided to wait."""

    def __init__(self, tau_s: float = BUSY_TAU_S) -> None:
        self._tau_s = tau_s
        self._busy_s = 0.0
        self._total_s = 0.0

    def observe(self, *, waited_s: float, busy_s: float) -> None:
        """One turn of the loop: ``waited_s`` in the fetch, then ``busy_s`` on its batch."""
        waited_s, busy_s = max(0.0, waited_s), max(0.0, busy_s)
        decay = math.exp(-(waited_s + busy_s) / self._tau_s)
        self._busy_s = self._busy_s * decay + busy_s
        self._total_s = self._total_s * decay + waited_s + busy_s

    def share(self) -> float:
        """0 (idle, or nothing seen yet) to 1 (never waiting for records)."""
        return self._busy_s / self._total_s if self._total_s > 0 else 0.0


class FillOptions(Protocol):
    """The loop's options that shape a fresh batch (``app.LoopOptions``)."""

    @property
    def batch_max_records(self) -> int: ...

    @property
    def batch_fill_ms(self) -> int: ...

    @property
    def batch_fill_busy(self) -> float: ...


#: A fresh batch of this many records waits for no more, and a fill wait ends once the batch holds
#: this many: the transactions' fixed cost is then a small share of the batch's work (session
#: 16's run: 6.90 worker CPU ms a record in saturated batches of ~52 records, 8.9-9.3 in the
#: batches of 8-18 that 80% load made). Under a backlog a fetch brings ~100 records and none
#: waits, so the fill costs throughput nothing there.
FILL_ENOUGH = 50


def fill_seconds(options: FillOptions, busy_share: float, have: int = 1) -> float:
    """How long a fresh batch of ``have`` records waits for more: ``batch_fill_ms`` once the
    loop is busy ``batch_fill_busy`` of its time or more and the batch is small (under
    ``FILL_ENOUGH`` records), else none.

    Only near saturation does a wait pay: there each batch's transactions (a fixed cost per input
    partition) are what the loop lacks time for, and the records a wait gathers would have queued
    behind the batch anyway. At light load the loop is idle most of the time, a wait would only
    add its length to every record's latency, and it does not wait."""
    small = have < min(options.batch_max_records, FILL_ENOUGH)
    if options.batch_fill_ms <= 0 or busy_share < options.batch_fill_busy or not small:
        return 0.0
    return options.batch_fill_ms / 1000


async def fill(source: Source, options: FillOptions, have: int, seconds: float) -> list[InRecord]:
    """The records that arrive within ``seconds`` (``fill_seconds``) of a fresh batch's first
    ``have`` ones, up to ``batch_max_records`` or ``FILL_ENOUGH`` in all, in the order fetched.

    Near saturation a batch holds a few records, and each pays its transactions' fixed cost (one
    per input partition: round trips, and CPU on the worker and the broker that the pipeline
    shares on a small machine); waiting a little spreads that cost over more records, for at most
    the wait in latency. A failed fetch ends the wait: the batch goes on with what it has, and
    the next fetch meets the error."""
    deadline = time.monotonic() + seconds
    more: list[InRecord] = []
    enough = min(options.batch_max_records, FILL_ENOUGH)
    while (room := enough - have - len(more)) > 0:
        left_ms = int((deadline - time.monotonic()) * 1000)
        if left_ms <= 0:
            break
        try:
            more += await source.getmany(timeout_ms=left_ms, max_records=room)
        except BrokerUnavailable:
            break
    return more
