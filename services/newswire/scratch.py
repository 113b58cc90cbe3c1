"""The supervisor's private scratch folders (multiprocess metrics, worker state), and the sweep
of those a killed supervisor left behind.

A supervisor removes its folders when it stops, but not when it is SIGKILLed (OOM killer, a
crash test, ``kill -9``): restarted over and over, it would fill the temporary folder. Each
folder's name carries its owner's pid, so the next supervisor to start removes those whose owner
is gone. A folder whose pid is alive is never touched, even if that pid now belongs to an
unrelated process (pid reuse): better a leftover than removing a live instance's metrics.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

_PREFIX = "newswire-"
_NAME = re.compile(r"^newswire-(?:metrics|state)-(?P<pid>\d+)-")


def make_private_dir(kind: str) -> Path:
    """A new folder ``newswire-{kind}-{pid}-…`` in the temporary folder, owned by this process."""
    return Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{kind}-{os.getpid()}-"))


def sweep_stale(root: Path | None = None) -> list[Path]:
    """Remove the folders of supervisors that no longer run; returns what was removed."""
    base = root or Path(tempfile.gettempdir())
    removed = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or not entry.is_dir() or entry.is_symlink():
            continue
        try:
            if entry.stat().st_uid != os.getuid():
                continue  # another user's instance
        except OSError:
            continue
        if _alive(int(match.group("pid"))):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, someone else's
    return True
