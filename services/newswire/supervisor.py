"""``newswire run --workers N``: N worker processes in one consumer group, watched by this one.

Why processes: the pipeline is CPU-bound Python; only processes use every core (and the same
worker scales across machines by adding instances: all of them join one group).

Choices, each for a reason:

- A worker that exits with ``FATAL_EXIT_CODE`` (bad credentials, configuration) stops the whole
  service with that code: restarting cannot help, and a crash loop would hide the cause.
- A worker that exits otherwise without being asked is restarted after a backoff (1 s doubling to 30 s;
  back to 1 s once a worker has stayed up for a minute), rather than the whole service exiting:
  a crash in one worker should not stop the other workers' partitions, and in exactly_once a
  restart is safe (its partitions' transactions are fenced and aborted by whoever owns them next).
  Every restart is counted in ``newswire_worker_restarts_total{cause}``.
- SIGTERM/SIGINT: forwarded to every worker (each finishes its batch and leaves the group);
  stragglers are SIGKILLed after ``shutdown_timeout_s``; exit 0.
- Workers notice a dead supervisor (their parent pid changes) and stop by themselves, so a
  SIGKILLed supervisor leaves no orphans behind.
- Metrics: workers use prometheus-client's multiprocess mode (one file per process in a private
  folder); this process serves the merged view with its own metrics on ``/metrics``. Readiness
  is "every worker alive and reporting ``newswire_ready`` = 1".
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prometheus_client import multiprocess

from newswire import exitcodes
from newswire.inflight import RecordKey, read_marker, write_poison
from newswire.metrics import SupervisorMetrics
from newswire.retry import backoff_delay, wait_unless_stopped
from newswire.workermetrics import ready_by_pid

log = logging.getLogger("newswire.supervisor")

#: A worker exits with this (EX_CONFIG) when retrying cannot help: bad credentials, missing ACLs,
#: invalid configuration. The supervisor then stops every worker and exits with it too, instead
#: of restarting a worker that would fail the same way forever.
FATAL_EXIT_CODE = exitcodes.FATAL


@dataclass(frozen=True, slots=True)
class SupervisorOptions:
    workers: int
    #: argv of worker number ``i`` is ``command + [str(i)]``.
    command: Sequence[str]
    env: dict[str, str]
    metrics_dir: Path
    #: Where workers keep their in-flight markers (``inflight-{i}``) and read ``poison.json``.
    state_dir: Path | None = None
    poison_after_crashes: int = 2
    #: A record in flight longer than this (wall clock) gets its worker SIGKILLed: the backstop
    #: for a hang inside C code, which the worker's own CPU watchdog cannot interrupt.
    wall_limit_s: float = 10.0
    shutdown_timeout_s: float = 30.0
    restart_backoff_initial_s: float = 1.0
    restart_backoff_max_s: float = 30.0
    healthy_after_s: float = 60.0


@dataclass(slots=True)
class _Slot:
    index: int
    process: asyncio.subprocess.Process | None = None
    started_at: float = 0.0
    failures: int = 0
    pids: list[int] = field(default_factory=list)


class Supervisor:
    def __init__(self, options: SupervisorOptions, metrics: SupervisorMetrics) -> None:
        self._options = options
        self._metrics = metrics
        self._slots = [_Slot(i) for i in range(options.workers)]
        self._stopping = asyncio.Event()
        self.fatal = False
        self._strikes: dict[RecordKey, int] = {}
        self._poison: set[RecordKey] = set()
        metrics.workers_desired.set(options.workers)

    def install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)

    def request_stop(self) -> None:
        if self._stopping.is_set():
            return
        log.info("stop requested: stopping the workers")
        self._stopping.set()
        for slot in self._slots:
            _signal(slot.process, signal.SIGTERM)

    def worker_pids(self) -> list[int]:
        return [
            slot.process.pid
            for slot in self._slots
            if slot.process is not None and slot.process.returncode is None
        ]

    def is_ready(self) -> bool:
        pids = self.worker_pids()
        if self._stopping.is_set() or len(pids) != len(self._slots):
            return False
        ready = ready_by_pid(self._options.metrics_dir)
        return all(ready.get(str(pid)) == 1.0 for pid in pids)

    async def run(self) -> None:
        """Run the workers until ``request_stop``; return when all of them have exited."""
        keepers: asyncio.Future[Any] = asyncio.gather(
            *(self._keep_running(slot) for slot in self._slots), self._watch_in_flight()
        )
        stop: asyncio.Future[Any] = asyncio.ensure_future(self._stopping.wait())
        try:
            await asyncio.wait([keepers, stop], return_when=asyncio.FIRST_COMPLETED)
            if keepers.done():
                keepers.result()  # a keeper only ends early by raising (spawn failed)
            await self._wait_stopped()
            await keepers
        finally:
            stop.cancel()
            if self.worker_pids():  # leaving by an error: take the workers along
                self.request_stop()
                await self._wait_stopped()
            if not keepers.done():
                keepers.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await keepers
            self._metrics.workers.set(0)

    async def _keep_running(self, slot: _Slot) -> None:
        while not self._stopping.is_set():
            process = await self._spawn(slot)
            try:
                code = await process.wait()
            except asyncio.CancelledError:
                _signal(process, signal.SIGKILL)
                raise
            self._metrics.workers.set(len(self.worker_pids()))
            multiprocess.mark_process_dead(process.pid, str(self._options.metrics_dir))  # type: ignore[no-untyped-call]
            if self._stopping.is_set():
                log.info("worker stopped", extra={"worker": slot.index, "exit_code": code})
                return
            if code == FATAL_EXIT_CODE:
                log.error(
                    "worker failed on an error retrying cannot fix: stopping the service",
                    extra={"worker": slot.index},
                )
                self.fatal = True
                self.request_stop()
                return
            cause = f"signal_{-code}" if code < 0 else f"exit_{code}"
            self._metrics.worker_restarts.labels(cause).inc()
            self._strike(slot, cause)
            if time.monotonic() - slot.started_at >= self._options.healthy_after_s:
                slot.failures = 0
            slot.failures += 1
            delay = backoff_delay(
                slot.failures,
                initial_s=self._options.restart_backoff_initial_s,
                max_s=self._options.restart_backoff_max_s,
            )
            log.warning(
                "worker exited unexpectedly; restarting",
                extra={"worker": slot.index, "exit_code": code, "delay_s": delay},
            )
            await wait_unless_stopped(self._stopping, delay)

    def _marker(self, slot: _Slot) -> Path | None:
        if self._options.state_dir is None:
            return None
        return self._options.state_dir / f"inflight-{slot.index}"

    def _strike(self, slot: _Slot, cause: str) -> None:
        """The record in flight when the worker died gets a strike; enough strikes: poison."""
        marker = self._marker(slot)
        if marker is None or self._options.state_dir is None:
            return
        in_flight = read_marker(marker)
        marker.unlink(missing_ok=True)
        if in_flight is None:
            return
        key = in_flight.key
        self._strikes[key] = strikes = self._strikes.get(key, 0) + 1
        log.warning(
            "record in flight when the worker died",
            extra={
                "topic": key[0],
                "partition": key[1],
                "offset": key[2],
                "strikes": strikes,
                "cause": cause,
            },
        )
        if strikes >= self._options.poison_after_crashes and key not in self._poison:
            self._poison.add(key)
            write_poison(self._options.state_dir / "poison.json", self._poison)
            self._metrics.poisoned.inc()
            log.error(
                "poison message: it will be dead-lettered, not processed",
                extra={"topic": key[0], "partition": key[1], "offset": key[2]},
            )

    async def _watch_in_flight(self) -> None:
        """SIGKILL a worker whose record has been in flight longer than the wall-clock limit."""
        while not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=0.5)
            now = time.time()
            for slot in self._slots:
                marker = self._marker(slot)
                in_flight = read_marker(marker) if marker is not None else None
                if (
                    in_flight is not None
                    and now - in_flight.started_at > self._options.wall_limit_s
                ):
                    log.error(
                        "record in flight past the wall-clock limit: SIGKILL its worker",
                        extra={"worker": slot.index, "offset": in_flight.key[2]},
                    )
                    _signal(slot.process, signal.SIGKILL)

    async def _spawn(self, slot: _Slot) -> asyncio.subprocess.Process:
        env = self._options.env
        if slot.pids and env.get("NEWSWIRE_FAULT_INJECTION", "").startswith("kill-before-commit"):
            # That injected fault hits a worker's first life only; otherwise the restarted
            # worker would crash on the same batch forever. (crash-on/spin-on must persist: the
            # poison accounting needs the same record to fail again.)
            env = {k: v for k, v in env.items() if k != "NEWSWIRE_FAULT_INJECTION"}
        process = await asyncio.create_subprocess_exec(
            *self._options.command,
            str(slot.index),
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
        )
        slot.process = process
        slot.started_at = time.monotonic()
        slot.pids.append(process.pid)
        self._metrics.workers.set(len(self.worker_pids()))
        log.info("worker started", extra={"worker": slot.index, "pid": process.pid})
        return process

    async def _wait_stopped(self) -> None:
        """After ``request_stop``: wait for the workers, SIGKILL whoever outlives the timeout."""
        deadline = time.monotonic() + self._options.shutdown_timeout_s
        for slot in self._slots:
            process = slot.process
            if process is None or process.returncode is not None:
                continue
            try:
                await asyncio.wait_for(process.wait(), max(0.1, deadline - time.monotonic()))
            except TimeoutError:
                log.warning("worker did not stop in time: SIGKILL", extra={"pid": process.pid})
                _signal(process, signal.SIGKILL)
                await process.wait()


def _signal(process: asyncio.subprocess.Process | None, sig: int) -> None:
    if process is not None and process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(sig)
