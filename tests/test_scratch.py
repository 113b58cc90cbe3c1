"""Scratch folders of the supervisor: named after their owner, swept once the owner is gone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newswire.scratch import make_private_dir, sweep_stale


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_folders_of_dead_supervisors_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    """A folder whose owner pid has exited is removed; ours, a live process's and folders with
    other names are left alone."""
    dead = tmp_path / f"newswire-metrics-{_dead_pid()}-abc"
    dead_state = tmp_path / f"newswire-state-{_dead_pid()}-def"
    ours = tmp_path / f"newswire-metrics-{os.getpid()}-ghi"
    live = tmp_path / f"newswire-state-{os.getppid()}-jkl"
    unrelated = tmp_path / "newswire-broker-123"
    for folder in (dead, dead_state, ours, live, unrelated):
        folder.mkdir()
        (folder / "counter_1.db").write_bytes(b"x")
    removed = sweep_stale(tmp_path)
    assert sorted(removed) == sorted([dead, dead_state])
    assert not dead.exists()
    assert not dead_state.exists()
    for kept in (ours, live, unrelated):
        assert kept.is_dir()


def test_private_folders_carry_the_owner_pid() -> None:
    """make_private_dir names the folder after this process, so a later sweep can tell."""
    folder = make_private_dir("metrics")
    try:
        assert folder.name.startswith(f"newswire-metrics-{os.getpid()}-")
        assert folder not in sweep_stale(folder.parent)
    finally:
        folder.rmdir()
