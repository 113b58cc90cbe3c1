"""What ``make bench-chaos-cluster`` runs beside the service while it faults the brokers
(:mod:`newswire.bench.chaos_cluster`): a feeder publishing at a steady rate, a ``read_committed``
reader counting outputs per input, and a watch sampling ``/readyz``.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter

from newswire.dev.harness import (
    ServiceProcess,
    assign_from_beginning,
    committed_consumer,
    http_get,
    kafka_producer,
)

#: The raw topic's partitions in a chaos run (``NEWSWIRE_TOPIC_PARTITIONS``).
PARTITIONS = 4


class Outputs:
    """Follows the output topics (read_committed) and counts outputs per input (partition, offset).

    An output is one record of an output topic, known by its (topic, partition, offset): the
    reader meeting the same record twice (a fetch repeated after a leader change or a reset of
    its position) is a re-read, counted apart in ``rereads``, not a second output. Two different
    records for one input are a duplicate the service published."""

    def __init__(self, bootstrap: str, topics: list[str]) -> None:
        self.seen: Counter[tuple[int, int]] = Counter()
        #: Every output record read, by (topic, partition, offset): the input it was made from.
        self.records: dict[tuple[str, int, int], tuple[int, int]] = {}
        self.rereads = 0
        self._covered = dict.fromkeys(range(PARTITIONS), 0)  # per input partition: all below out
        self._bootstrap = bootstrap
        self._topics = topics

    def covers(self, published: dict[int, int]) -> bool:
        """Every input offset below ``published[p]`` has an output."""
        return all(self._covered[p] >= end for p, end in published.items())

    def count(self, where: tuple[str, int, int], value: bytes) -> None:
        """One output record read at ``where`` (topic, partition, offset)."""
        if where in self.records:
            self.rereads += 1
            return
        event = json.loads(value)
        source = event.get("provenance") or event["original"]
        key = (int(source["partition"]), int(source["offset"]))
        self.records[where] = key
        self.seen[key] += 1
        partition = key[0]
        while (partition, self._covered[partition]) in self.seen:
            self._covered[partition] += 1

    def duplicates(self) -> str:
        """Where the inputs with more than one output are: per input partition, how many, their
        offset span and the output records (topic-partition: offset span) that hold them; "" if
        none. Tells a stretch re-done after a rewind from scattered single batches."""
        twice = {key for key, n in self.seen.items() if n > 1}
        parts = []
        for partition in sorted({p for p, _ in twice}):
            offsets = sorted(o for p, o in twice if p == partition)
            held: dict[str, list[int]] = {}
            for (topic, out_partition, out_offset), key in self.records.items():
                if key in twice and key[0] == partition:
                    held.setdefault(f"{topic}-{out_partition}", []).append(out_offset)
            spans = ", ".join(f"{name}: {min(o)}-{max(o)}" for name, o in sorted(held.items()))
            parts.append(
                f"input {partition}: {len(offsets)} at {offsets[0]}-{offsets[-1]} ({spans})"
            )
        return "; ".join(parts)

    async def follow(self, stop: asyncio.Event) -> None:
        consumer = committed_consumer(self._bootstrap)
        await consumer.start()
        try:
            await assign_from_beginning(consumer, self._topics, PARTITIONS)
            while not stop.is_set():
                batch = await consumer.getmany(timeout_ms=300)
                for tp, messages in batch.items():
                    for message in messages:
                        self.count((tp.topic, tp.partition, message.offset), message.value)
        finally:
            await consumer.stop()


class Feeder:
    """Publishes mixed inputs at ``rate`` per second (idempotent, acks=all) until stopped."""

    def __init__(self, bootstrap: str, topic: str, rate: float) -> None:
        self.published = dict.fromkeys(range(PARTITIONS), 0)  # per partition: end offset acked
        self._bootstrap, self._topic, self._rate = bootstrap, topic, rate
        self.count = 0

    async def run(self, stop: asyncio.Event, values: list[bytes]) -> None:
        producer = kafka_producer(
            self._bootstrap,
            acks="all",
            enable_idempotence=True,
            max_request_size=8 * 1024 * 1024,
        )
        await producer.start()
        tick = 0.1
        per_tick = max(1, round(self._rate * tick))
        try:
            while not stop.is_set():
                started = time.monotonic()
                chunk = [values[(self.count + i) % len(values)] for i in range(per_tick)]
                futures = [await producer.send(self._topic, value) for value in chunk]
                for result in await asyncio.gather(*futures, return_exceptions=True):
                    # A failed send may still have been written: the check counts the raw
                    # topic's offsets, not what we think we published.
                    if not isinstance(result, BaseException):
                        p = result.partition
                        self.published[p] = max(self.published[p], result.offset + 1)
                self.count += len(chunk)
                await asyncio.sleep(max(0.0, tick - (time.monotonic() - started)))
        finally:
            await producer.stop()


class ReadyWatch:
    """Samples ``/readyz`` every 0.25 s; answers when it was first 200 at or after a moment."""

    def __init__(self, service: ServiceProcess) -> None:
        self._service = service
        self.samples: list[tuple[float, int]] = []

    async def run(self, stop: asyncio.Event) -> None:
        url = f"http://127.0.0.1:{self._service.metrics_port}/readyz"
        while not stop.is_set():
            self.samples.append((time.monotonic(), (await asyncio.to_thread(http_get, url))[0]))
            await asyncio.sleep(0.25)

    def unready_between(self, start: float, end: float) -> float:
        """Seconds /readyz answered other than 200 between ``start`` and ``end``."""
        inside = [(at, status) for at, status in self.samples if start <= at <= end]
        return sum(
            later[0] - at for (at, status), later in itertools.pairwise(inside) if status != 200
        )

    async def ready_since(self, moment: float, *, within_s: float = 120.0) -> float:
        """Seconds from ``moment`` until /readyz was 200 (inf if not within ``within_s``)."""
        deadline = time.monotonic() + within_s
        while time.monotonic() < deadline:
            for at, status in self.samples:
                if at >= moment and status == 200:
                    return at - moment
            await asyncio.sleep(0.25)
        return float("inf")
