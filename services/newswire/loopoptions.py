"""The loop's options (``app.Service``), read once from ``Settings`` by ``wiring.loop_options``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newswire.outputs import OutputTopics


@dataclass(frozen=True, slots=True)
class LoopOptions:
    articles_topic: str
    deadletter_topic: str
    #: Articles whose page_type is not "article"; None: the articles topic (one stream).
    pages_topic: str | None = None
    batch_max_records: int = 500
    batch_timeout_ms: int = 100
    #: Step 2's bound on a batch (``batchbound.py``); max 0: no bound.
    batch_max_processing_ms: int = 2000
    batch_min_processing_ms: int = 400
    batch_commit_factor: float = 4.0
    #: A fresh batch waits up to this long after its first records for more (0: no wait), when
    #: the loop was busy this share of its recent time or more (``batchbound.fill_seconds``).
    batch_fill_ms: int = 0
    batch_fill_busy: float = 0.9
    #: Under a backlog, a batch processed whole with time left takes in what the consumer has
    #: fetched meanwhile instead of closing (``batchfill.top_up``).
    batch_top_up: bool = False
    #: A batch processed whole keeps taking (and processing) the records that arrive until it is
    #: this old, then commits: one batch's transactions per interval, not per fetch
    #: (``batchfill.top_up``); 0: a batch closes with its fetch.
    commit_interval_ms: int = 0
    #: Keep a batch open for the interval also while records wait behind it (until session 39);
    #: False: only while the consumer keeps up (``batchfill.keep_open``).
    commit_interval_when_behind: bool = False
    retry_backoff_initial_s: float = 0.2
    retry_backoff_max_s: float = 5.0
    #: While no records arrive, check the bus this often so readiness reflects an outage.
    idle_probe_interval_s: float = 2.0
    #: The worker's in-flight marker and the shared poison list (None: not supervised).
    inflight_path: Path | None = None
    poison_path: Path | None = None
    #: A record using more CPU than this ends the worker (the supervisor counts a strike).
    #: 0: no budget. Off unless the composition root sets it from Settings: ending the process
    #: is a worker's policy, and a loop run inside another process (a test's) must not end it.
    cpu_budget_s: float = 0.0
    #: Resident memory above this ends the worker the same way; 0: no ceiling (as above: the
    #: resident memory of a host process, e.g. pytest holding the corpora, is not the loop's).
    memory_limit_mb: int = 0
    #: Only for the poison dead letter's message.
    poison_after_crashes: int = 2

    def output_topics(self) -> OutputTopics:
        articles = self.articles_topic
        return OutputTopics(articles, self.deadletter_topic, self.pages_topic or articles)
