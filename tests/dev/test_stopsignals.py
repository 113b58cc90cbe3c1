"""``stops_on_signals``: SIGTERM and SIGINT unwind a command like an exception, at once, and it
exits 143 / 130; repeats during the cleanup are ignored; so is an inherited ignored SIGINT.

Each case runs a small command in a subprocess (signal handlers belong to a process's main
thread) whose ``finally`` stands for stopping a broker: it prints what it did."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newswire.dev.stopsignals import Interrupted, exit_status
from tests.support import REPO

#: Work that never ends by itself: a command that exits was interrupted, not finished.
_COMMAND = """
import asyncio, os, signal, sys, time
from newswire.dev.stopsignals import stops_on_signals

def busy() -> None:  # synchronous work, as the pipeline-only pass on the event loop's thread
    print("ready", flush=True)
    while True:
        sum(range(1000))

async def on_the_loop() -> None:
    await asyncio.sleep(0)
    busy()

@stops_on_signals
def main(mode: str) -> int:
    try:
        if mode == "asyncio":
            asyncio.run(on_the_loop())
        else:
            busy()
    finally:
        print("cleanup", flush=True)
        if mode == "repeat":  # a second Ctrl-C and a second SIGTERM while the broker stops
            os.kill(os.getpid(), signal.SIGINT)
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.5)
        print("cleaned", flush=True)
    return 0

sys.exit(main(sys.argv[1]))
"""


def _start(
    tmp_path: Path, mode: str, preexec: Callable[[], None] | None = None
) -> tuple[subprocess.Popen[bytes], Path, Path]:
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    env = {**os.environ, "PYTHONPATH": str(REPO / "services")}
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-c", _COMMAND, mode],
            env=env,
            stdout=stdout,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            preexec_fn=preexec,  # noqa: PLW1509 - only sets a signal's disposition before exec
        )
    deadline = time.monotonic() + 60
    while "ready" not in out.read_text() and time.monotonic() < deadline:
        assert process.poll() is None, err.read_text()
        time.sleep(0.05)
    return process, out, err


def _stopped(process: subprocess.Popen[bytes], err: Path) -> int:
    try:
        return process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        assert process.returncode is not None, err.read_text()


@pytest.mark.parametrize(
    ("sig", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"]
)
@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_stop_signal_runs_the_cleanup_and_exits_with_its_status(
    tmp_path: Path, sig: signal.Signals, status: int, mode: str
) -> None:
    """SIGTERM and SIGINT both run the command's ``finally`` and exit 128 + the signal, also
    when the signal lands in synchronous work on an event loop's thread (the runner's own
    SIGINT handler would wait for that work to end: here it never ends)."""
    process, out, err = _start(tmp_path, mode)
    process.send_signal(sig)
    assert _stopped(process, err) == status, err.read_text()
    assert out.read_text().splitlines() == ["ready", "cleanup", "cleaned"]
    assert f"stopped by {sig.name}" in err.read_text()


def test_repeated_signals_during_the_cleanup_do_not_cut_it_short(tmp_path: Path) -> None:
    """A second SIGINT and SIGTERM while the cleanup runs are reported and ignored: the cleanup
    finishes and the first signal's status is the exit status."""
    process, out, err = _start(tmp_path, "repeat")
    process.send_signal(signal.SIGTERM)
    assert _stopped(process, err) == 143, err.read_text()
    assert out.read_text().splitlines() == ["ready", "cleanup", "cleaned"]
    assert "SIGINT ignored" in err.read_text()
    assert "SIGTERM ignored" in err.read_text()


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def test_a_sigint_ignored_by_whoever_started_the_command_still_stops_it(tmp_path: Path) -> None:
    """Started with SIGINT ignored (a script's background job), the command still stops cleanly
    on SIGINT and exits 130: it owns processes nothing else would stop."""
    process, out, err = _start(tmp_path, "sync", _ignore_sigint)
    process.send_signal(signal.SIGINT)
    assert _stopped(process, err) == 130, err.read_text()
    assert out.read_text().splitlines() == ["ready", "cleanup", "cleaned"]


def test_the_exit_status_of_an_interrupt_is_128_plus_its_signal() -> None:
    """``Interrupted`` names its signal's status; a plain KeyboardInterrupt counts as SIGINT."""
    assert exit_status(Interrupted(signal.SIGTERM)) == 143
    assert exit_status(Interrupted(signal.SIGINT)) == 130
    assert exit_status(KeyboardInterrupt()) == 130
    assert isinstance(Interrupted(signal.SIGTERM), KeyboardInterrupt)
