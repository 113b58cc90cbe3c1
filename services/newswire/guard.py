"""The worker's guard against records that crash, hang or bloat it.

Around each record the pipeline runs on, the guard

1. dead-letters a record on the poison list (``reason=poison``) instead of processing it again;
2. writes the record to the in-flight marker, so the supervisor knows which record a dying
   worker held (``inflight.py`` holds the file formats shared with the supervisor);
3. lets the watchdog see the pipeline thread's CPU clock: a record over ``cpu_budget_s`` of CPU,
   or the process over ``memory_limit_mb`` resident, ends the worker with
   ``exitcodes.BUDGET_EXCEEDED`` and the supervisor counts a strike against the record
   (a budget of 0 is none).

It also stops before the next record once the batch's processing-time bound has passed
(``batchbound.py``), so the loop can commit what is done and carry the rest.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from newswire import exitcodes
from newswire.errors import Poison, Stage
from newswire.faults import Faults
from newswire.inflight import InFlightMarker, PoisonList
from newswire.loopoptions import LoopOptions
from newswire.pipeline import Outcome, Pipeline
from newswire.records import InRecord

log = logging.getLogger("newswire.app")

#: How often the watchdog looks: a budget of seconds is enforced within a fifth of one.
_WATCH_INTERVAL_S = 0.2


class Guard:
    def __init__(
        self,
        *,
        inflight_path: Path | None,
        poison_path: Path | None,
        cpu_budget_s: float,
        memory_limit_mb: int,
        poison_after_crashes: int,
        before_record: Callable[[InRecord], None] | None = None,
    ) -> None:
        self._marker = InFlightMarker(inflight_path) if inflight_path else None
        self._poison = PoisonList(poison_path)
        self._cpu_budget_s = cpu_budget_s
        self._memory_limit_mb = memory_limit_mb
        self._poison_after_crashes = poison_after_crashes
        #: Fault injection's hook, None unless NEWSWIRE_FAULT_INJECTION is set.
        self._before_record = before_record
        #: (pipeline thread id, its CPU time when the current record started): the watchdog's view.
        self._in_pipeline: tuple[int, float] | None = None

    @classmethod
    def of(cls, options: LoopOptions, faults: Faults | None) -> Guard:
        """The loop's guard (``faults``: crash tests' hook before each record)."""
        return cls(
            inflight_path=options.inflight_path,
            poison_path=options.poison_path,
            cpu_budget_s=options.cpu_budget_s,
            memory_limit_mb=options.memory_limit_mb,
            poison_after_crashes=options.poison_after_crashes,
            before_record=faults.strike if faults is not None else None,
        )

    def process(
        self,
        pipeline: Pipeline,
        records: list[InRecord],
        *,
        max_seconds: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> list[Outcome]:
        """Runs on the pipeline thread: one outcome per record, in order, for all the records or,
        once ``max_seconds`` (> 0) of ``clock`` have passed, for the first ones (at least one)."""
        now = datetime.now(UTC)
        poison = self._poison.current()
        cpu_clock = time.pthread_getcpuclockid(threading.get_ident())
        outcomes: list[Outcome] = []
        started = clock()
        try:
            for record in records:
                if outcomes and max_seconds > 0 and clock() - started >= max_seconds:
                    break
                # 1.
                if poison and (record.topic, record.partition, record.offset) in poison:
                    outcomes.append(pipeline.reject(record, self._poisoned(), now=now))
                    continue
                # 2.
                if self._marker is not None:
                    self._marker.mark(record.topic, record.partition, record.offset)
                # 3.
                self._in_pipeline = (threading.get_ident(), time.clock_gettime(cpu_clock))
                if self._before_record is not None:
                    self._before_record(record)
                outcomes.append(pipeline.process(record, now=now))
        finally:
            self._in_pipeline = None
            if self._marker is not None:
                self._marker.clear()
        return outcomes

    def _poisoned(self) -> Poison:
        return Poison(
            f"in flight while a worker died {self._poison_after_crashes} times "
            "(crash, hang, CPU or memory budget): not processed again",
            stage=Stage.DECODE,
        )

    async def watch(self) -> None:
        """End the worker when the record in the pipeline exceeds the CPU budget or the process
        its memory ceiling; the supervisor then counts a strike against that record.

        It runs on the event loop, so it sees a record that loops in Python; one that hangs
        inside C code holding the GIL is caught by the supervisor's wall-clock limit instead.
        """
        page_mb = os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
        while True:
            await asyncio.sleep(_WATCH_INTERVAL_S)
            current = self._in_pipeline
            if current is not None and self._cpu_budget_s > 0:
                thread, cpu_started = current
                with contextlib.suppress(OSError):  # the thread may just have ended
                    used = time.clock_gettime(time.pthread_getcpuclockid(thread)) - cpu_started
                    if used > self._cpu_budget_s:
                        _exit_over_budget(f"record used {used:.1f} s of CPU")
            if self._memory_limit_mb <= 0:
                continue
            with contextlib.suppress(OSError, ValueError, IndexError):
                statm = Path("/proc/self/statm").read_text()  # noqa: ASYNC240 - in memory, not disk
                rss_mb = int(statm.split()[1]) * page_mb
                if rss_mb > self._memory_limit_mb:
                    _exit_over_budget(f"resident memory {rss_mb:.0f} MB")


def _exit_over_budget(why: str) -> None:
    log.error("budget exceeded: ending the worker", extra={"why": why})
    logging.shutdown()
    os._exit(exitcodes.BUDGET_EXCEEDED)
