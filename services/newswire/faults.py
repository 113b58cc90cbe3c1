"""Fault injection for the crash tests (``NEWSWIRE_FAULT_INJECTION``, never set in production).

The worker gets a ``Faults`` only when the setting is on (``wiring.build_service``); otherwise
nothing of this module runs on the message path.

- ``kill-before-commit:N`` SIGKILLs the worker after the N-th batch is processed (in
  at_least_once: published and acknowledged) and before its commit;
- ``crash-on:TEXT`` exits abruptly on a record whose value contains TEXT (a stand-in for a crash
  inside a C extension);
- ``spin-on:TEXT`` loops forever on such a record (a stand-in for a hang).
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from newswire.records import InRecord

#: The loop's logger: the crash tests read this line in the service's log.
log = logging.getLogger("newswire.app")

#: What a crash-on record exits with: like a segfault, no cleanup and no exception.
CRASH_EXIT_CODE = 70


@dataclass(frozen=True, slots=True)
class Faults:
    kill_after: int | None = None
    crash_on: bytes | None = None
    spin_on: bytes | None = None

    @classmethod
    def parse(cls, spec: str) -> Faults:
        name, _, argument = spec.partition(":")
        if name == "kill-before-commit":
            return cls(kill_after=int(argument or "1"))
        if name == "crash-on" and argument:
            return cls(crash_on=argument.encode())
        if name == "spin-on" and argument:
            return cls(spin_on=argument.encode())
        raise ValueError(f"unknown fault injection {spec!r}")

    def kills_before_commit(self, batches_committed: int) -> bool:
        """Whether the batch after ``batches_committed`` committed ones is the one to die on."""
        return self.kill_after is not None and batches_committed + 1 >= self.kill_after

    async def kill_before_commit(
        self, batches_committed: int, records: int, publish: Callable[[], Awaitable[None]]
    ) -> None:
        """If the batch after ``batches_committed`` is the one to die on: ``publish`` its
        outputs uncommitted (what step 3 leaves before step 4), then SIGKILL the worker."""
        if not self.kills_before_commit(batches_committed):
            return
        await publish()
        log.warning(
            "fault injection: SIGKILL before commit",
            extra={"batch": batches_committed, "records": records},
        )
        os.kill(os.getpid(), signal.SIGKILL)

    def strike(self, record: InRecord) -> None:
        """Called before the pipeline runs on ``record`` (only when a fault is configured)."""
        value = record.value or b""
        if self.crash_on is not None and self.crash_on in value:
            os._exit(CRASH_EXIT_CODE)
        if self.spin_on is not None and self.spin_on in value:
            while True:
                pass
