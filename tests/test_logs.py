"""Log set-up: repeated client errors are throttled, our own lines never."""

from __future__ import annotations

import logging

from newswire.logs import RepeatThrottle


def _record(name: str, message: str) -> logging.LogRecord:
    return logging.LogRecord(name, logging.ERROR, __file__, 1, message, (), None)


def test_a_repeated_aiokafka_message_passes_once_per_interval_with_the_count_dropped() -> None:
    """The same aiokafka message 100 times within the interval passes once; the first repeat
    after the interval passes and says how many were dropped; a different message (another
    node's address) is not held back by the first."""
    now = [0.0]
    throttle = RepeatThrottle("aiokafka", interval_s=30.0, clock=lambda: now[0])
    down = "Unable connect to node with id 1: [Errno 111] Connect call failed"
    passed = [throttle.filter(_record("aiokafka.conn", down)) for _ in range(100)]
    assert passed.count(True) == 1
    assert throttle.filter(_record("aiokafka.conn", down.replace("id 1", "id 2")))
    now[0] = 31.0
    later = _record("aiokafka.conn", down)
    assert throttle.filter(later)
    assert later.suppressed == 99


def test_newswire_lines_are_never_throttled() -> None:
    """Only loggers under the prefix are throttled: our own events all pass."""
    throttle = RepeatThrottle("aiokafka", interval_s=30.0, clock=lambda: 0.0)
    assert all(throttle.filter(_record("newswire.app", "batch dropped")) for _ in range(10))
