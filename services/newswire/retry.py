"""Backoff and retries, shared by the worker loop (infrastructure retries) and the supervisor
(worker restarts): one formula and one interruptible wait.

Only ``BrokerUnavailable`` (an infrastructure error that may pass) is retried; fatal errors and
``Fenced`` propagate to whoever can act on them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from newswire.errors import BrokerUnavailable, InfrastructureError
from newswire.metrics import Metrics

log = logging.getLogger("newswire.app")
T = TypeVar("T")

#: 2**10 times the initial delay is past any sensible maximum; capping the exponent keeps the
#: arithmetic small however many attempts failed.
_MAX_DOUBLINGS = 10


def backoff_delay(attempt: int, *, initial_s: float, max_s: float) -> float:
    """The wait before retry number ``attempt`` (1-based): ``initial_s`` doubling, at most
    ``max_s``."""
    return min(max_s, initial_s * 2.0 ** min(attempt - 1, _MAX_DOUBLINGS))


async def wait_unless_stopped(stopping: asyncio.Event, delay_s: float) -> None:
    """Sleep ``delay_s``, returning early when ``stopping`` is set (a stop never waits out a
    backoff)."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stopping.wait(), timeout=delay_s)


class Retrier:
    """The worker's retries: each failure counted in ``newswire_retries_total{operation,cause}``
    and reported to ``on_bus`` (readiness), each success too."""

    def __init__(
        self,
        *,
        metrics: Metrics,
        stopping: asyncio.Event,
        initial_s: float,
        max_s: float,
        on_bus: Callable[[bool], None],
    ) -> None:
        self._metrics = metrics
        self._stopping = stopping
        self._initial_s = initial_s
        self._max_s = max_s
        self._on_bus = on_bus

    async def call(
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
                await self.backoff(operation, exc, attempt)
                continue
            self._on_bus(True)
            return result

    def succeeded(self) -> None:
        """An operation outside ``call`` reached the bus."""
        self._on_bus(True)

    async def backoff(self, operation: str, exc: BaseException, attempt: int) -> None:
        """Count the failure, then wait before attempt ``attempt + 1`` (less if stopped)."""
        self._on_bus(False)
        self._metrics.retries.labels(operation, _cause(exc)).inc()
        delay = backoff_delay(attempt, initial_s=self._initial_s, max_s=self._max_s)
        log.warning(
            "infrastructure error, retrying",
            extra={"operation": operation, "attempt": attempt, "delay_s": delay, "error": str(exc)},
        )
        await wait_unless_stopped(self._stopping, delay)


async def quietly(operation: str, call: Callable[[], Awaitable[None]]) -> None:
    """Shutdown steps: an infrastructure error is logged, not raised (we are leaving anyway)."""
    try:
        await call()
    except InfrastructureError as exc:
        log.warning("error during shutdown", extra={"operation": operation, "error": str(exc)})


def _cause(exc: BaseException) -> str:
    """The underlying client error's class name (bounded set: a label value)."""
    root = exc.__cause__ if exc.__cause__ is not None else exc
    return type(root).__name__
