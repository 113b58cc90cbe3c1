"""SIGTERM and SIGINT for the commands that start a broker, a cluster or the service and are meant
to end (``bench e2e``, ``bench chaos``, ``bench chaos-cluster``, ``newswire up``).

Such a command stops what it started in ``with``/``finally`` blocks (``harness.cluster``, a
``ServiceProcess`` stopped in ``finally``, ``up.run_stack``); its broker and service run in
sessions of their own (so that Ctrl-C in a terminal reaches only the command), hence nothing else
stops them. Two ways out skipped those blocks:

- SIGTERM (a CI timeout, ``kill``) kept its default action: the process died at once and left
  the broker, the service and their temporary folders behind;
- SIGINT did unwind, but late: inside ``asyncio.run`` the runner's handler only cancels the main
  task, which takes effect at its next ``await``, so a signal that lands in synchronous work on
  the loop's thread (the pipeline-only pass over the corpus: a SIGINT 3 s into a 400-message
  pass exited 12 s later; the default run passes over 5,000) waited for that work to end.

``stops_on_signals`` makes both signals raise ``Interrupted`` at once in the main thread, the
same path as any exception: every ``finally`` on the way out runs. A repeat of either signal
while that cleanup runs is reported and ignored, so an impatient second Ctrl-C or a second
SIGTERM cannot cut a broker's stop in half and leave it running; the cleanup's own waits are
bounded (SIGKILL after a timeout) and SIGKILL still ends everything at once. The command then
exits 128 + the signal's number (130, 143), as a shell reports a process a signal ended.

A SIGINT ignored when the command starts is handled all the same: a non-interactive shell starts
its background jobs (``cmd &`` in a script) that way, and Python keeps that choice, so such a
bench ran on through a ``kill -INT`` to its end. A command that owns a broker and a service in
sessions of their own has one sane answer to any SIGINT that reaches it: stop them and exit.
"""

from __future__ import annotations

import contextlib
import functools
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import ParamSpec

P = ParamSpec("P")

#: The signals that stop a command the way an exception does.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Interrupted(KeyboardInterrupt):
    """A stop signal, raised in the main thread. A KeyboardInterrupt, so that whatever already
    treats Ctrl-C as "stop now, cleanly" (asyncio's runner, pytest, ``newswire``'s CLI) treats
    SIGTERM the same way."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_status(self) -> int:
        """128 + the signal's number, a shell's convention for a process a signal ended."""
        return 128 + self.signum


def exit_status(stopped: KeyboardInterrupt) -> int:
    """The exit status after ``stopped``: a plain KeyboardInterrupt is a SIGINT."""
    return stopped.exit_status if isinstance(stopped, Interrupted) else 128 + signal.SIGINT


@contextlib.contextmanager
def raising_on_signals() -> Iterator[None]:
    """Within: the first stop signal raises ``Interrupted``; repeats are reported and ignored.
    The previous handlers come back at the end. Outside the main thread (where Python runs no
    signal handler) nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        del frame
        if received:
            name = signal.Signals(signum).name
            print(f"newswire: {name} ignored: stopping what was started", file=sys.stderr)
            return
        received.append(signum)
        raise Interrupted(signum)

    previous = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}
    for sig in STOP_SIGNALS:
        signal.signal(sig, handler)  # an inherited SIG_IGN too (see the module's docstring)
    try:
        yield
    finally:
        for sig, before in previous.items():
            signal.signal(sig, before if before is not None else signal.SIG_DFL)


def stops_on_signals(main: Callable[P, int]) -> Callable[P, int]:
    """``main`` (returning an exit status) with ``raising_on_signals`` around it: on a stop
    signal its ``finally`` blocks run, then it returns 130 or 143 instead of raising."""

    @functools.wraps(main)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> int:
        with raising_on_signals():
            try:
                return main(*args, **kwargs)
            except KeyboardInterrupt as stopped:
                print(f"newswire: stopped by {_name(stopped)}", file=sys.stderr, flush=True)
                return exit_status(stopped)

    return guarded


def _name(stopped: KeyboardInterrupt) -> str:
    return signal.Signals(stopped.signum).name if isinstance(stopped, Interrupted) else "SIGINT"
