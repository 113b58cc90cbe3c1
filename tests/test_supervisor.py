"""The supervisor on stand-in workers (small Python scripts, no broker): restarts, a fatal exit,
the shutdown timeout and poison accounting from in-flight markers."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from prometheus_client import CollectorRegistry

from newswire import exitcodes
from newswire.metrics import SupervisorMetrics
from newswire.supervisor import Supervisor, SupervisorOptions


def _supervisor(
    tmp_path: Path,
    script: str,
    *,
    workers: int = 1,
    poison_after_crashes: int = 2,
    shutdown_timeout_s: float = 30.0,
) -> tuple[Supervisor, SupervisorMetrics]:
    """A supervisor whose worker ``i`` runs ``script`` with ``sys.argv[1] == str(i)``, with
    fast restarts; ``tmp_path/state`` holds markers and the poison list."""
    state = tmp_path / "state"
    metrics_dir = tmp_path / "metrics"
    state.mkdir(exist_ok=True)
    metrics_dir.mkdir(exist_ok=True)
    metrics = SupervisorMetrics(CollectorRegistry(), version="test")
    supervisor = Supervisor(
        SupervisorOptions(
            workers=workers,
            command=[sys.executable, "-c", script],
            env={"STATE": str(state), "PATH": "/usr/bin:/bin"},
            metrics_dir=metrics_dir,
            state_dir=state,
            restart_backoff_initial_s=0.01,
            restart_backoff_max_s=0.02,
            poison_after_crashes=poison_after_crashes,
            shutdown_timeout_s=shutdown_timeout_s,
        ),
        metrics,
    )
    return supervisor, metrics


#: Counts its lives in STATE/lives-{i}; the first life exits with 3, later ones wait for SIGTERM.
_CRASH_ONCE = """
import os, signal, sys, time
lives = os.path.join(os.environ["STATE"], "lives-" + sys.argv[1])
with open(lives, "a") as f:
    f.write("x")
if open(lives).read() == "x":
    sys.exit(3)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
while True:
    time.sleep(0.05)
"""


async def _until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


async def test_a_worker_exiting_unasked_is_restarted_and_counted(tmp_path: Path) -> None:
    """A worker that exits with 3 is started again; the restart is counted with cause exit_3,
    and a stop request then ends every worker and the run."""
    supervisor, metrics = _supervisor(tmp_path, _CRASH_ONCE)
    run = asyncio.create_task(supervisor.run())
    lives = tmp_path / "state" / "lives-0"
    await _until(lambda: lives.exists() and lives.read_text() == "xx")
    await _until(lambda: len(supervisor.worker_pids()) == 1)
    supervisor.request_stop()
    await asyncio.wait_for(run, timeout=30)
    assert metrics.worker_restarts.labels("exit_3")._value.get() == 1
    assert supervisor.worker_pids() == []
    assert not supervisor.fatal


async def test_a_fatal_exit_stops_the_whole_service(tmp_path: Path) -> None:
    """A worker exiting with the FATAL code (bad credentials, configuration) is not restarted:
    the other workers are stopped, and the supervisor reports the fatal end."""
    script = f"""
import signal, sys, time
if sys.argv[1] == "0":
    time.sleep(0.3)
    sys.exit({exitcodes.FATAL})
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
while True:
    time.sleep(0.05)
"""
    supervisor, metrics = _supervisor(tmp_path, script, workers=2)
    await asyncio.wait_for(supervisor.run(), timeout=30)
    assert supervisor.fatal
    assert supervisor.worker_pids() == []
    assert metrics.worker_restarts.labels(f"exit_{exitcodes.FATAL}")._value.get() == 0


async def test_a_worker_ignoring_sigterm_is_killed_after_the_shutdown_timeout(
    tmp_path: Path,
) -> None:
    """On stop, a worker that ignores SIGTERM is SIGKILLed once shutdown_timeout_s has passed,
    so the run still ends."""
    script = """
import os, signal, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
open(os.path.join(os.environ["STATE"], "up"), "w").close()
while True:
    time.sleep(0.05)
"""
    supervisor, _ = _supervisor(tmp_path, script, shutdown_timeout_s=0.5)
    run = asyncio.create_task(supervisor.run())
    await _until((tmp_path / "state" / "up").exists)
    supervisor.request_stop()
    await asyncio.wait_for(run, timeout=30)
    assert supervisor.worker_pids() == []


async def test_a_record_in_flight_at_two_deaths_becomes_poison(tmp_path: Path) -> None:
    """A worker that dies twice while its in-flight marker names the same record gets that
    record on the poison list (what every worker then dead-letters instead of processing)."""
    script = """
import json, os, sys, time
marker = os.path.join(os.environ["STATE"], "inflight-" + sys.argv[1])
with open(marker, "w") as f:
    f.write(json.dumps(["raw", 1, 42, time.time()]))
os._exit(9)
"""
    supervisor, metrics = _supervisor(tmp_path, script, poison_after_crashes=2)
    poison = tmp_path / "state" / "poison.json"
    run = asyncio.create_task(supervisor.run())
    try:
        await _until(poison.exists)
    finally:
        supervisor.request_stop()
        await asyncio.wait_for(run, timeout=30)
    assert json.loads(poison.read_text()) == [["raw", 1, 42]]
    assert metrics.poisoned._value.get() == 1
