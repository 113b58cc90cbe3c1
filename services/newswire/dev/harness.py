"""One harness for the tests and the benchmarks that run newswire against a real broker.

- ``LocalBroker`` / ``cluster``: a local broker in a folder (jar paths from Settings), or the
  configured cluster;
- ``Topics``: fresh topic names and a group for one run, and the ``NEWSWIRE_*`` variables that
  point a service at them;
- ``ServiceProcess``: ``newswire run`` in its own process group: wait until ready, SIGKILL one
  worker or all of it, stop it;
- ``publish``: raw values (``newswire.dev.inputs``: text, HTML, bad ones) to a topic, every one
  acknowledged;
- ``read_outputs``: output topics read ``read_committed`` from the beginning;
- ``input_of``: the (partition, offset) of the input behind an Article or a DeadLetter.

Dev tooling: it uses aiokafka directly (the service reaches it only through ``bus/``), and a
service it starts inherits this process's environment plus the variables given.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka import TopicPartition as KafkaTopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from newswire import localbroker
from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.settings import Settings

#: An output event as read back: its topic and its JSON object.
Output = tuple[str, dict[str, Any]]
Headers = Sequence[tuple[str, bytes]]

# -- brokers -----------------------------------------------------------------------------------


class LocalBroker:
    """The local single-node broker of ``data``, with the pom and jar cache of ``settings``."""

    def __init__(self, settings: Settings, data: Path, *, heap_mb: int | None = None) -> None:
        self.data = data
        self._settings = settings
        self._heap_mb = heap_mb or settings.broker_heap_mb

    def start(self, **options: Any) -> str:
        """Start it (or find it running); returns its bootstrap address. ``options`` go to
        ``localbroker.start`` (``port``, ``scram_users``...)."""
        return localbroker.start(
            data=self.data,
            pom=self._settings.broker_pom,
            cache=self._settings.broker_cache,
            heap_mb=self._heap_mb,
            **options,
        )

    def stop(self) -> None:
        localbroker.stop(self.data)


@contextlib.contextmanager
def cluster(
    settings: Settings,
    bootstrap: str | None = None,
    *,
    prefix: str = "newswire-broker-",
    heap_mb: int | None = None,
) -> Iterator[str]:
    """``bootstrap`` if given, else the configured cluster (NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS, via
    Settings), else a local broker in a temporary folder, stopped and removed at the end."""
    configured = bootstrap or settings.kafka_bootstrap_servers
    if configured:
        yield configured
        return
    broker = LocalBroker(settings, Path(tempfile.mkdtemp(prefix=prefix)), heap_mb=heap_mb)
    try:
        print(f"starting a temporary local broker in {broker.data}", flush=True)
        yield broker.start()
    finally:
        try:
            broker.stop()
        finally:  # a signal during the stop (which then kills the broker) removes it too
            shutil.rmtree(broker.data, ignore_errors=True)


# -- topics ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Topics:
    raw: str
    articles: str
    deadletter: str
    group: str
    #: The topic of non-article pages; None keeps one stream (pages on ``articles``), so that
    #: a test counting outputs on articles and dead letters sees every input.
    pages: str | None = None

    @classmethod
    def unique(cls, prefix: str = "t", *, pages: bool = False) -> Self:
        tag = uuid.uuid4().hex[:10]
        return cls(
            f"{prefix}{tag}.raw",
            f"{prefix}{tag}.articles",
            f"{prefix}{tag}.dlq",
            f"g{tag}",
            f"{prefix}{tag}.pages" if pages else None,
        )

    @property
    def outputs(self) -> list[str]:
        return [self.articles, self.deadletter, *([self.pages] if self.pages else [])]

    def env(self) -> dict[str, str]:
        return {
            "NEWSWIRE_RAW_TOPIC": self.raw,
            "NEWSWIRE_ARTICLES_TOPIC": self.articles,
            "NEWSWIRE_DEADLETTER_TOPIC": self.deadletter,
            "NEWSWIRE_PAGES_TOPIC": self.pages or self.articles,
            "NEWSWIRE_GROUP_ID": self.group,
        }

    async def create(self, bootstrap: str, *, partitions: int) -> None:
        await ensure_topics(
            Connection(bootstrap),
            [self.raw, *self.outputs],
            partitions=partitions,
            replication_factor=1,
        )


# -- the service as a process ------------------------------------------------------------------


#: What ``ServiceProcess`` sets itself, whatever this process's environment says.
_OWN_VARIABLES = ("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS", "NEWSWIRE_METRICS_PORT")


def inherited_settings() -> dict[str, str]:
    """The ``NEWSWIRE_*`` variables a ``ServiceProcess`` inherits from this process's environment
    (those it sets itself left out): what a benchmark's service runs with besides its own."""
    return {
        name: value
        for name, value in os.environ.items()
        if name.startswith("NEWSWIRE_") and name not in _OWN_VARIABLES
    }


class ServiceProcess:
    """``newswire run --workers N`` in its own process group (so it can be killed with its
    workers), logging to ``log_path``."""

    def __init__(
        self, bootstrap: str, *, env: Mapping[str, str], workers: int, log_path: Path
    ) -> None:
        self.metrics_port = localbroker.free_port()
        self.log_path = log_path
        full_env = {
            **os.environ,
            **env,
            "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "NEWSWIRE_METRICS_PORT": str(self.metrics_port),
        }
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "newswire", "run", "--workers", str(workers)],
                env=full_env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}"

    def log(self) -> str:
        """The end of its log (for failure messages)."""
        return self.log_path.read_text(errors="replace")[-5000:]

    def ready(self, timeout_s: float = 60.0) -> bool:
        """Wait until ``/readyz`` says 200 (every worker in the group); False if it exited or
        the time ran out."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and self.process.poll() is None:
            if http_get(f"{self.base_url}/readyz")[0] == 200:
                return True
            time.sleep(0.2)
        return False

    async def wait_ready(self, timeout_s: float = 90.0) -> bool:
        """``ready`` without blocking the event loop."""
        return await asyncio.to_thread(self.ready, timeout_s)

    def worker_pids(self) -> list[int]:
        return worker_pids(self.process.pid)

    def kill_all(self) -> None:
        """SIGKILL the supervisor and its workers at once (the whole process group)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, wait; SIGKILL everything left after ``timeout``. Returns the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill_all()
            except KeyboardInterrupt:  # stopped while it stops: leave no worker behind
                self.kill_all()
                raise
        return int(self.process.returncode)


def worker_pids(parent: int) -> list[int]:
    """Child processes of ``parent`` (the supervisor's workers), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == parent:
                found.append(int(stat.parent.name))
    return sorted(found)


def http_get(url: str) -> tuple[int, str]:
    """Status and body; status 0 when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
            return int(response.status), response.read().decode()
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read().decode()
    except OSError:
        return 0, ""


# -- records in and out ------------------------------------------------------------------------


async def publish(
    bootstrap: str, topic: str, messages: Sequence[bytes | tuple[bytes, Headers]]
) -> list[int]:
    """Publish raw values (optionally with headers), acks=all, and wait for every
    acknowledgement; returns each message's offset, in order."""
    producer = kafka_producer(
        bootstrap, max_request_size=64 * 1024 * 1024, linger_ms=20, acks="all"
    )
    await producer.start()
    try:
        futures = []
        for message in messages:
            value, headers = message if isinstance(message, tuple) else (message, ())
            futures.append(await producer.send(topic, value, headers=list(headers)))
        acknowledged = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return [int(metadata.offset) for metadata in acknowledged]


def kafka_producer(bootstrap: str, **kwargs: Any) -> AIOKafkaProducer:
    """A plain aiokafka producer (benchmarks' baselines and load generators)."""
    return AIOKafkaProducer(bootstrap_servers=bootstrap, **kwargs)


def kafka_consumer(bootstrap: str, *topics: str, **kwargs: Any) -> AIOKafkaConsumer:
    """A plain aiokafka consumer (benchmarks' baselines)."""
    return AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, **kwargs)


async def committed_offset(bootstrap: str, group: str, topic: str, partition: int) -> int | None:
    """The offset ``group`` committed for one partition (None: nothing committed)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group)
    await consumer.start()
    try:
        committed = await consumer.committed(KafkaTopicPartition(topic, partition))
    finally:
        await consumer.stop()
    return None if committed is None else int(committed)


def committed_consumer(bootstrap: str, **kwargs: Any) -> AIOKafkaConsumer:
    """A read_committed consumer without a group that reads from the beginning, with fetch
    sizes large enough for whole articles."""
    return AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        isolation_level="read_committed",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=16 * 1024 * 1024,
        fetch_max_bytes=64 * 1024 * 1024,
        **kwargs,
    )


async def assign_from_beginning(
    consumer: AIOKafkaConsumer, topics: Sequence[str], partitions: int
) -> None:
    """Assign ``partitions`` partitions of each of ``topics`` (known to the caller, who created
    them) and read them from the beginning."""
    assigned = [KafkaTopicPartition(t, p) for t in topics for p in range(partitions)]
    consumer.assign(assigned)
    await consumer.seek_to_beginning(*assigned)


async def partitions_of(
    bootstrap: str, topics: Sequence[str], *, timeout_s: float = 10.0
) -> list[KafkaTopicPartition]:
    """Every partition of ``topics``, from the cluster's metadata (waiting up to ``timeout_s``
    for topics just created); a topic still unknown then counts as one partition, 0."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    found: dict[str, set[int]] = {}
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            for described in await admin.describe_topics(list(topics)):
                numbers = {p["partition"] for p in described.get("partitions") or ()}
                if numbers and not described.get("error_code"):
                    found[described["topic"]] = numbers
            if len(found) == len(set(topics)) or time.monotonic() >= deadline:
                break
            await asyncio.sleep(0.1)
    finally:
        await admin.close()
    return [KafkaTopicPartition(t, p) for t in topics for p in sorted(found.get(t, {0}))]


async def read_outputs(
    bootstrap: str,
    topics: Sequence[str],
    *,
    until: int,
    within_s: float = 60,
    distinct: Callable[[dict[str, Any]], object] | None = None,
    settle_s: float = 1.0,
) -> list[Output]:
    """Read committed records from the beginning of ``topics`` until ``until`` have arrived
    (``until`` distinct values of ``distinct(event)`` if given) or ``within_s`` passed, then keep
    reading ``settle_s`` more to see any extra (duplicate) output."""
    partitions = await partitions_of(bootstrap, topics)
    consumer = committed_consumer(bootstrap)
    await consumer.start()
    out: list[Output] = []
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        deadline = time.monotonic() + within_s
        settle: float | None = None
        seen: set[object] = set()
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=200)
            for tp, messages in batch.items():
                for message in messages:
                    event = json.loads(message.value)
                    out.append((tp.topic, event))
                    seen.add(distinct(event) if distinct is not None else len(out))
            if len(seen) >= until:
                settle = settle or time.monotonic() + settle_s
                if time.monotonic() >= settle:
                    break
    finally:
        await consumer.stop()
    return out


def input_of(event: dict[str, Any]) -> tuple[int, int]:
    """(partition, offset) of the raw input an Article or DeadLetter came from."""
    source = event.get("provenance") or event["original"]
    return int(source["partition"]), int(source["offset"])
