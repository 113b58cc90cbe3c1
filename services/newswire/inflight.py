"""Which message a worker is processing, and which messages are poison: shared through files.

A worker writes the coordinates of the record entering the pipeline to its marker file (one
``pwrite`` per record, a few microseconds) and clears it after the batch. When the worker dies
(crash, SIGKILL, budget exceeded), the supervisor reads the marker: that record was in flight.
After ``poison_after_crashes`` such deaths on the same record, the supervisor lists it in the
poison file; every worker checks the list before processing and dead-letters a listed record
with reason ``poison`` instead of running the pipeline on it. The dead letter travels through
the normal (transactional) path, so exactly-once still holds.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

RecordKey = tuple[str, int, int]

_MARKER_BYTES = 512


@dataclass(frozen=True, slots=True)
class InFlight:
    key: RecordKey
    #: time.time() when the record entered the pipeline.
    started_at: float


class InFlightMarker:
    """The worker's side: one small file, overwritten in place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)

    def mark(self, topic: str, partition: int, offset: int) -> None:
        line = json.dumps([topic, partition, offset, time.time()]).encode()[: _MARKER_BYTES - 1]
        os.pwrite(self._fd, line.ljust(_MARKER_BYTES), 0)

    def clear(self) -> None:
        os.pwrite(self._fd, b" " * _MARKER_BYTES, 0)

    def close(self) -> None:
        os.close(self._fd)


def read_marker(path: Path) -> InFlight | None:
    """The supervisor's side: what the worker was processing, if anything."""
    try:
        raw = path.read_bytes().strip()
    except OSError:
        return None
    if not raw:
        return None
    try:
        topic, partition, offset, started = json.loads(raw)
        return InFlight((str(topic), int(partition), int(offset)), float(started))
    except (ValueError, TypeError):
        return None


class PoisonList:
    """The worker's side of the poison file: re-read only when it changed."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._version: tuple[int, int] = (-1, -1)
        self._keys: frozenset[RecordKey] = frozenset()

    def current(self) -> frozenset[RecordKey]:
        if self._path is None:
            return self._keys
        try:
            stat = self._path.stat()
        except OSError:
            return self._keys
        # write_poison replaces the file, so a new version has a new inode even within one
        # mtime tick.
        version = (stat.st_ino, stat.st_mtime_ns)
        if version != self._version:
            self._version = version
            try:
                entries = json.loads(self._path.read_text())
                self._keys = frozenset((str(t), int(p), int(o)) for t, p, o in entries)
            except (OSError, ValueError, TypeError):
                pass
        return self._keys


def write_poison(path: Path, keys: set[RecordKey]) -> None:
    """Atomically replace the poison file (workers may read it at any moment)."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(sorted(keys)))
    os.replace(temporary, path)
