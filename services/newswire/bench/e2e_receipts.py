"""What a latency run's consumer received and what the workers' metrics say of their batches:
the per-input marks and their breakdown (``Receipts``), the early seconds' tail against the
rest's (``early_and_late``), the start window apart from the timed one (``split_at_start``,
``start_words``), the batches line and the transactions per 1,000 records."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from datetime import datetime
from typing import Any

#: The first seconds of a run, against the rest, in ``early_and_late``.
EARLY_S = 10.0


def early_and_late(
    sent: dict[tuple[int, int], float], received: dict[tuple[int, int], float]
) -> str:
    """p99 of the inputs sent in the first ``EARLY_S`` seconds of the run against the rest's: a
    cold start (or anything else at the start) shows as an early tail the rest does not have."""
    if not sent:
        return "p99 ms by send time: no samples"
    start = min(sent.values())
    parts: tuple[list[float], list[float]] = ([], [])
    for key, at in received.items():
        if key in sent:
            parts[sent[key] - start >= EARLY_S].append((at - sent[key]) * 1000)
    return f"p99 ms by send time: first {EARLY_S:.0f} s " + ", rest ".join(
        f"{quantile(sorted(part), 0.99):.0f}" if part else "-" for part in parts
    )


def split_at_start(
    sent: dict[tuple[int, int], float], received: dict[tuple[int, int], float], start_s: float
) -> tuple[list[float], list[float]]:
    """The latencies (ms, sorted) of the inputs sent in the run's first ``start_s`` seconds (its
    start window) and of the rest (the timed window)."""
    parts: tuple[list[float], list[float]] = ([], [])
    first = min(sent.values(), default=0.0)
    for key, at in received.items():
        if key in sent:
            parts[sent[key] - first >= start_s].append((at - sent[key]) * 1000)
    return sorted(parts[0]), sorted(parts[1])


def start_words(start_s: float, samples: list[float], offered: int, receipts: Receipts) -> str:
    """The start window in a run's breakdown line: its inputs, their p99 and whether every input
    of the run (the window's too) came out exactly once ("" without a window)."""
    if start_s <= 0:
        return ""
    missing = offered - len(receipts.received)
    check = (
        "every input's output received once"
        if not missing and not receipts.duplicates
        else f"{missing} inputs without an output, {receipts.duplicates} outputs received twice"
    )
    p99 = f"p99 {quantile(samples, 0.99):.0f} ms" if samples else "no samples"
    return (
        f"; start window (new workers' first {start_s:.0f} s at this load, not timed): "
        f"{len(samples)} inputs, {p99}; {check}"
    )


class Receipts:
    """The outputs the latency consumer received, by their input (partition, offset): when, and
    two marks from the service: when the output's batch began processing (its ``processed_at``
    or ``failed_at``, taken once per batch) and when step 3 sent it (the record's timestamp)."""

    def __init__(self) -> None:
        self.received: dict[tuple[int, int], float] = {}
        self._marks: dict[tuple[int, int], tuple[float, float]] = {}
        #: Outputs of an input received before (exactly-once broken, or a read of aborted data).
        self.duplicates = 0

    def take(self, event: dict[str, Any], timestamp_ms: int, now: float) -> None:
        origin = event.get("provenance") or event["original"]
        key = (int(origin["partition"]), int(origin["offset"]))
        if key in self.received:  # the first receipt is the input's latency
            self.duplicates += 1
            return
        self.received[key] = now
        began = datetime.fromisoformat(origin.get("processed_at") or event["failed_at"])
        self._marks[key] = (began.timestamp(), timestamp_ms / 1000)

    def breakdown(self, sent: dict[tuple[int, int], float]) -> str:
        """p50/p99 ms of each part of the latency: the input's acknowledgement -> its batch
        begins processing (the fetch, the batch ahead and, unless it overlapped, that batch's
        commit) -> step 3 sends the output (the batch's processing, the commit ahead) -> the
        consumer receives it (the rest of the transaction, the consumer's fetch)."""
        parts: tuple[list[float], ...] = ([], [], [])
        for key, (began, produced) in self._marks.items():
            if key in sent:
                marks = (sent[key], began, produced, self.received[key])
                for i, part in enumerate(parts):
                    part.append((marks[i + 1] - marks[i]) * 1000)
        names = ("ack -> batch", "batch -> send", "send -> receipt")
        return "p50/p99 ms " + ", ".join(
            f"{name} {quantile(sorted(part), 0.5):.0f}/{quantile(sorted(part), 0.99):.0f}"
            for name, part in zip(names, parts, strict=True)
            if part
        )

    def tail(self, sent: dict[tuple[int, int], float], share: float = 0.01) -> str:
        """Where the slowest ``share`` of the inputs spent their time: the mean of each part (as
        in ``breakdown``) over them, and the mean size of the batches they were in (inputs
        sharing a batch start, one mark per batch) against that over every input. Says whether
        the tail queued before its batch, sat in a big batch, or waited for the commit."""
        rows = [
            (self.received[key] - sent[key], sent[key], began, produced, self.received[key])
            for key, (began, produced) in self._marks.items()
            if key in sent
        ]
        if not rows:
            return "slowest: none"
        sizes = Counter(row[2] for row in rows)
        rows.sort(reverse=True)
        slow = rows[: max(1, round(len(rows) * share))]
        means = [sum(row[i + 2] - row[i + 1] for row in slow) * 1000 / len(slow) for i in range(3)]
        in_batch = sum(sizes[row[2]] for row in slow) / len(slow)
        overall = sum(sizes[row[2]] for row in rows) / len(rows)
        return (
            f"slowest {share:.0%} ({len(slow)}): mean ms ack -> batch {means[0]:.0f}, batch -> send"
            f" {means[1]:.0f}, send -> receipt {means[2]:.0f}; in batches of {in_batch:.1f} records"
            f" (every input: {overall:.1f})"
        )


def batch_metrics(text: str) -> str:
    """The workers' batches: how many, mean size, mean commit, how many were cut; exactly_once
    adds its committed transactions per 1,000 records (a cut batch's records pay one more
    transaction per input partition: issue 19's time bound against count only)."""
    values = _metric_sums(text)
    count = values.get("newswire_batch_size_count", 0.0) or 1.0
    records = values.get("newswire_batch_size_sum", 0.0)
    line = (
        f"batches {count:.0f}, mean {records / count:.1f} "
        f"records, mean commit {values.get('newswire_batch_commit_seconds_sum', 0) / count * 1000:.0f}"
        f" ms, cut {values.get('newswire_batches_cut_total', 0):.0f}"
    )
    if (per_1000 := transactions_per_1000(text)) is not None:
        line += f", {per_1000:.1f} transactions per 1,000 records"
    return line


def transactions_per_1000(text: str) -> float | None:
    """Committed transactions per 1,000 records batched, summed over the workers' metrics
    (None: no transaction, as at at_least_once, or no record)."""
    values = _metric_sums(text)
    records = values.get("newswire_batch_size_sum", 0.0)
    if not values.get(_COMMITTED) or not records:
        return None
    return values[_COMMITTED] / records * 1000


def _metric_sums(text: str) -> dict[str, float]:
    """The batch and transaction samples of the workers' metrics, each summed over workers."""
    values: dict[str, float] = {}
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if name in (
            "newswire_batch_size_sum",
            "newswire_batch_size_count",
            "newswire_batch_commit_seconds_sum",
            "newswire_batches_cut_total",
            _COMMITTED,
        ):
            values[name] = values.get(name, 0.0) + float(value)
    return values


_COMMITTED = 'newswire_transactions_total{result="committed"}'


def quantile(sorted_values: list[float], q: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


def record_ack(sent: dict[tuple[int, int], float]) -> Any:
    """A send's callback: the wall time its input was acknowledged, by (partition, offset)."""

    def done(future: asyncio.Future[Any]) -> None:
        if not future.cancelled() and future.exception() is None:
            metadata = future.result()
            sent[(metadata.partition, metadata.offset)] = time.time()

    return done
