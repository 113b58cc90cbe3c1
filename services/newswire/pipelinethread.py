"""Step 2's one thread: the pure pipeline run off the event loop, inside the guard.

Off the loop so heartbeats, fetches and the previous batch's commit keep flowing while a batch is
processed; always the same one thread (``ThreadPoolExecutor(max_workers=1)``): asyncio's default
executor grows to several threads when a batch is submitted before the last one's thread counts
itself idle, and each thread's allocations then fill their own malloc arena (RSS grew by ~20 MB a
new thread).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from newswire.guard import Guard
from newswire.metrics import Metrics
from newswire.pipeline import Outcome, Pipeline
from newswire.records import InRecord


class PipelineThread:
    """Runs batches through ``pipeline`` on one thread, each within ``guard`` (poison list,
    in-flight marker, the batch's time budget on ``clock``), and counts their stages' times."""

    def __init__(
        self,
        pipeline: Pipeline,
        guard: Guard,
        metrics: Metrics,
        clock: Callable[[], float],
    ) -> None:
        self._pipeline = pipeline
        self._guard = guard
        self._metrics = metrics
        self._clock = clock
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pipeline")

    async def process(self, records: list[InRecord], max_seconds: float) -> list[Outcome]:
        """The outcomes of ``records`` in order, stopping once ``max_seconds`` are spent (the
        records after the last outcome are left to the caller)."""
        return await asyncio.get_running_loop().run_in_executor(
            self._thread, self._process, records, max_seconds
        )

    def shutdown(self) -> None:
        self._thread.shutdown(wait=False)

    def _process(self, records: list[InRecord], max_seconds: float) -> list[Outcome]:
        outcomes = self._guard.process(
            self._pipeline, records, max_seconds=max_seconds, clock=self._clock
        )
        self._metrics.observe_stages(outcome.stage_seconds for outcome in outcomes)
        return outcomes
