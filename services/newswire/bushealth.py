"""What the service knows of the bus between batches: whether it answered last (readiness), the
probe that keeps asking while no records come, and the consumer-lag gauges read before each
batch (``app.py`` decides from the lag whether a backlog waits)."""

from __future__ import annotations

import time
from collections.abc import Callable

from newswire.errors import BrokerUnavailable, InfrastructureError
from newswire.metrics import Metrics
from newswire.ports import Source
from newswire.retry import Retrier


class BusHealth:
    """``ok``: the bus answered the last call that reached it; ``on_change`` runs on every mark
    (the service recomputes its readiness)."""

    def __init__(
        self,
        source: Source,
        metrics: Metrics,
        *,
        probe_interval_s: float,
        on_change: Callable[[], None],
    ) -> None:
        self._source = source
        self._metrics = metrics
        self._probe_interval_s = probe_interval_s
        self._on_change = on_change
        self.ok = False
        self._last_probe = 0.0

    def mark(self, ok: bool) -> None:
        self.ok = ok
        self._on_change()

    async def probe_when_idle(self, retrier: Retrier) -> None:
        """An empty fetch says nothing of the bus: ask it, at most once an interval while it
        answered last (at once while it did not), backing off when it does not answer."""
        now = time.monotonic()
        if now - self._last_probe < self._probe_interval_s and self.ok:
            return
        self._last_probe = now
        try:
            await self._source.probe()
        except BrokerUnavailable as exc:
            await retrier.backoff("probe", exc, attempt=1)
            return
        self.mark(ok=True)

    async def update_lag(self) -> int:
        """Set the lag gauges; returns the total (0 when unknown)."""
        try:
            lags = await self._source.lag()
        except InfrastructureError:
            return 0
        for tp, lag in lags.items():
            self._metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(lag)
        return sum(lags.values())
