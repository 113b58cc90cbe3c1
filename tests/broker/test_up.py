"""`make run`'s entry point (`newswire up`): starts what it needs, shows results, cleans up."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import REPO, SEED_TITLE

pytestmark = pytest.mark.kafka


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][:1]
    except OSError:
        return False
    return state != "Z"


def test_up_prints_the_seed_article_and_sigint_stops_everything_it_started(tmp_path: Path) -> None:
    """Started on the seed, `newswire up` prints the seed's Article; on SIGINT it stops the service
    and (when it started one) the local broker, leaving no process and no temporary folder
    behind, and exits 130 (``stopsignals``)."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "NEWSWIRE_HOME": str(tmp_path / "home"),
        "NEWSWIRE_METRICS_PORT": "0",
        "TMPDIR": str(temp),  # the service's private folders land here
    }
    own_broker = not env.get("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS")
    stdout_path, stderr_path = tmp_path / "out.txt", tmp_path / "err.txt"
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "newswire", "up", str(REPO / "seeds" / "text")],
            env=env,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
        )
    try:
        deadline = time.monotonic() + 180  # includes the one-off jar download on a fresh machine
        while time.monotonic() < deadline and SEED_TITLE not in stdout_path.read_text():
            assert process.poll() is None, stderr_path.read_text()
            time.sleep(0.3)
        assert SEED_TITLE in stdout_path.read_text(), stderr_path.read_text()
        while "metrics: http://" not in stderr_path.read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        errors = stderr_path.read_text()
        # The replay summary counts the Articles by page type, each with the topic it went to.
        assert re.search(r"page types: .*\barticle \d+ \(news\.articles\)", errors), errors
        service_pid = int(re.search(r"service started \(pid (\d+)\)", errors).group(1))  # type: ignore[union-attr]
        broker_pid_file = tmp_path / "home" / "broker" / "broker.pid"
        broker_pid = int(broker_pid_file.read_text()) if own_broker else None
        assert _alive(service_pid)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=90) == 130, stderr_path.read_text()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert not _alive(service_pid)
    if broker_pid is not None:
        assert not _alive(broker_pid)
        assert not broker_pid_file.exists()
    assert list(temp.iterdir()) == []
