"""``make bench-e2e`` stopped by a signal (a CI timeout's SIGTERM, a user's Ctrl-C) stops what it
started: its temporary broker, the ``newswire run`` supervisor and its workers, and removes their
temporary folders."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newswire.dev.harness import worker_pids
from tests.support import REPO

pytestmark = pytest.mark.kafka


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1][:1]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _started(bench: int, deadline: float) -> tuple[int, int, list[int]]:
    """The bench's broker, and a service of it with its workers, once all of them run."""
    while time.monotonic() < deadline:
        children = worker_pids(bench)
        brokers = [pid for pid in children if "kafka.Kafka" in _command_line(pid)]
        services = [pid for pid in children if "newswire run" in _command_line(pid)]
        for service in services:
            workers = worker_pids(service)
            if brokers and workers:
                return brokers[0], service, workers
        time.sleep(0.1)
    raise AssertionError("the bench's broker and service did not both start in time")


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGTERM, 143)], ids=["SIGTERM"])
def test_a_signalled_bench_stops_its_broker_service_and_workers_and_removes_their_folders(
    tmp_path: Path, sig: signal.Signals, status: int
) -> None:
    """Signalled while its service processes, the bench exits with 128 + the signal after its
    broker, the service's supervisor and both workers are gone and the temporary folder it ran
    in holds nothing of theirs."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "services"),
        "TMPDIR": str(temp),  # every temporary folder of the bench and its service lands here
    }
    env.pop("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS", None)  # the bench starts its own broker
    command = [sys.executable, "-m", "newswire.bench.e2e", "--throughput-only", "--rounds", "1"]
    command += ["--messages", "20", "--warm-transactions", "0"]
    command += ["--out", str(tmp_path / "out")]
    with (tmp_path / "bench.log").open("wb") as log:
        bench = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    started: list[int] = []
    try:
        broker, service, workers = _started(bench.pid, time.monotonic() + 240)
        started = [broker, service, *workers]
        assert list(temp.glob("newswire-*")), "the bench's folders are where TMPDIR says"
        bench.send_signal(sig)
        assert bench.wait(timeout=180) == status, (tmp_path / "bench.log").read_text()[-3000:]
        deadline = time.monotonic() + 60  # the bench waited for them; init may reap a zombie
        while any(map(_alive, started)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in started if _alive(pid)]
        assert sorted(path.name for path in temp.iterdir()) == []
    finally:
        _kill_leftovers(bench, started)


def _kill_leftovers(bench: subprocess.Popen[bytes], started: list[int]) -> None:
    """After a failure, end what this test's bench started (and only that), so that a failing
    run leaves no broker behind either."""
    if bench.poll() is None:
        bench.kill()
        bench.wait()
    for pid in started:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
