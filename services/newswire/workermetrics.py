"""The supervisor's merged view of its workers' metrics files (prometheus-client's multiprocess mode).

prometheus-client's ``MultiProcessCollector`` reads every ``*.db`` file of the folder, and a worker
creates its file with ``open`` before it sizes it: a scrape landing between the two finds an empty
file, and the library raises ``struct.error`` for the whole scrape, so the supervisor's
``/metrics`` and ``/readyz`` answered by closing the connection (seen in a ``make bench-e2e`` run
while workers started). A file shorter than its 8-byte header holds no sample yet; the merged view
reads it as what it is, a file not written yet, and skips it. Once sized a file never shrinks, so
a size read before the file is read cannot go stale the wrong way.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

from prometheus_client.metrics_core import Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import CollectorRegistry

#: prometheus-client's mmap files start with the 4-byte count of used bytes and 4 of padding.
_HEADER_BYTES = 8


def settled_files(metrics_dir: Path) -> list[str]:
    """The folder's metrics files that a worker has finished creating."""
    out: list[str] = []
    for name in glob.glob(os.path.join(metrics_dir, "*.db")):
        try:
            if os.path.getsize(name) >= _HEADER_BYTES:
                out.append(name)
        except FileNotFoundError:  # a dead worker's live gauges, removed after the listing
            continue
    return out


class WorkerMetricsCollector:
    """Every worker's samples merged as prometheus-client merges them, over settled files only."""

    def __init__(self, metrics_dir: Path, registry: CollectorRegistry | None = None) -> None:
        self._dir = metrics_dir
        if registry is not None:
            registry.register(self)

    def collect(self) -> Iterable[Metric]:
        # prometheus-client's multiprocess module is untyped.
        merged: Iterable[Metric] = MultiProcessCollector.merge(  # type: ignore[no-untyped-call]
            settled_files(self._dir), accumulate=True
        )
        return merged


def ready_by_pid(metrics_dir: Path) -> dict[str, float]:
    """``newswire_ready`` of every worker that has reported it, by pid."""
    out: dict[str, float] = {}
    for family in WorkerMetricsCollector(metrics_dir).collect():
        if family.name != "newswire_ready":
            continue
        for sample in family.samples:
            out[sample.labels.get("pid", "")] = sample.value
    return out
