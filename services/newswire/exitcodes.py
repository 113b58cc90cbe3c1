"""Exit codes a worker uses to tell its supervisor why it ended."""

from __future__ import annotations

#: Retrying cannot help (credentials, ACLs, configuration): the supervisor stops the service.
FATAL = 78
#: The message in flight exceeded the CPU budget or the worker its memory ceiling: the
#: supervisor counts a strike against that message and restarts the worker.
BUDGET_EXCEEDED = 75
