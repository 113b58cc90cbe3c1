"""Logging set-up: one JSON object per line (for collectors) or readable text (for terminals).

Context such as topic/partition/offset travels in ``extra={...}`` and becomes top-level keys.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from newswire import codec

_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None)).keys()) | {"message"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD:
                payload[key] = value if isinstance(value, str | int | float | bool) else str(value)
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return codec.dumps(payload).decode("utf-8")


class RepeatThrottle(logging.Filter):
    """Lets the same message of a logger under ``prefix`` through once per ``interval_s``; the
    next one that passes carries ``suppressed``: how many were dropped meanwhile.

    While one node of a cluster is down (a rolling upgrade, a crash) every aiokafka client of
    every worker logs each reconnection attempt at ERROR, though the other nodes serve and
    nothing fails: ~1,700 lines in 20 s from two workers in ``make bench-chaos-cluster``.
    """

    def __init__(
        self,
        prefix: str = "aiokafka",
        interval_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._prefix = prefix
        self._interval_s = interval_s
        self._clock = clock
        self._last: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(self._prefix):
            return True
        key = (record.name, record.getMessage())
        now = self._clock()
        last = self._last.get(key)
        if last is not None and now - last[0] < self._interval_s:
            self._last[key] = (last[0], last[1] + 1)
            return False
        if last is not None and last[1]:
            record.suppressed = last[1]
        self._last[key] = (now, 0)
        if len(self._last) > 1000:  # messages carry addresses and ids: keep the table small
            self._last = {k: v for k, v in self._last.items() if now - v[0] < self._interval_s}
        return True


def configure(level: str, fmt: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # aiokafka logs every failed connection attempt at ERROR; our retry log says it once.
    logging.getLogger("aiokafka").setLevel(max(logging.WARNING, root.level))
    # And while a node of a cluster is down it repeats them for as long: once per 30 s each.
    handler.addFilter(RepeatThrottle("aiokafka"))
