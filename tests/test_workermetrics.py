"""The supervisor's merged view of worker metrics files, including a file a worker is still creating."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from newswire.workermetrics import WorkerMetricsCollector, ready_by_pid

#: A stand-in worker: reports newswire_ready = 1 the way newswire's metrics do, then exits.
_READY_WORKER = """
from prometheus_client import CollectorRegistry, Gauge
Gauge("newswire_ready", "ready", multiprocess_mode="liveall", registry=CollectorRegistry()).set(1)
import os; print(os.getpid())
"""


def _worker_reports_ready(metrics_dir: Path) -> str:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)}
    done = subprocess.run(
        [sys.executable, "-c", _READY_WORKER], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def test_a_file_still_being_created_neither_breaks_readiness_nor_the_scrape(tmp_path: Path) -> None:
    """A worker's empty metrics file (created, not yet sized) is skipped: the other worker still
    reads as ready and ``/metrics`` still renders, where prometheus-client alone raises."""
    pid = _worker_reports_ready(tmp_path)
    (tmp_path / "counter_4242.db").touch()  # a starting worker between open() and its sizing

    with pytest.raises(struct.error):
        MultiProcessCollector(None, path=str(tmp_path)).collect()  # type: ignore[no-untyped-call]

    assert ready_by_pid(tmp_path) == {pid: 1.0}
    registry = CollectorRegistry()
    WorkerMetricsCollector(tmp_path, registry)
    assert f'newswire_ready{{pid="{pid}"}} 1.0' in generate_latest(registry).decode()


def test_no_worker_file_yet_means_no_worker_ready(tmp_path: Path) -> None:
    """An empty folder (no worker has reported) gives no readiness at all, not an error."""
    assert ready_by_pid(tmp_path) == {}
