"""Helpers for tests that run the real service against the real broker."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from newswire.localbroker import free_port

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "text" / "000_0d4127e431e53026.txt"
SEED_TITLE = "Jauh-jauh Datang dari AS Temui Menlu Azerbaijan dan Armenia, Mike Pompeo Minta Perang Dihentikan"


@dataclass
class Topics:
    raw: str
    articles: str
    deadletter: str
    group: str

    @classmethod
    def unique(cls) -> Topics:
        tag = uuid.uuid4().hex[:10]
        return cls(f"t{tag}.raw", f"t{tag}.articles", f"t{tag}.dlq", f"g{tag}")

    def env(self) -> dict[str, str]:
        return {
            "NEWSWIRE_RAW_TOPIC": self.raw,
            "NEWSWIRE_ARTICLES_TOPIC": self.articles,
            "NEWSWIRE_DEADLETTER_TOPIC": self.deadletter,
            "NEWSWIRE_GROUP_ID": self.group,
        }


@dataclass
class ServiceProcess:
    process: subprocess.Popen[bytes]
    metrics_port: int
    log_path: Path
    topics: Topics
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-5000:]

    def kill_all(self) -> None:
        """SIGKILL the supervisor and its workers at once (the whole process group)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self, timeout: float = 30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        return int(self.process.returncode)


def start_service(
    bootstrap: str, topics: Topics, log_dir: Path, *, workers: int = 1, **env: str
) -> ServiceProcess:
    """``newswire run`` in its own process group (so a test can kill it with its workers)."""
    port = free_port()
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"service-{uuid.uuid4().hex[:6]}.log"
    full_env = {
        **os.environ,
        "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "NEWSWIRE_METRICS_PORT": str(port),
        "NEWSWIRE_TOPIC_PARTITIONS": "2",
        "NEWSWIRE_RETRY_BACKOFF_MAX_S": "1",
        "NEWSWIRE_SESSION_TIMEOUT_MS": "6000",
        **topics.env(),
        **env,
    }
    with log_path.open("wb") as handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "newswire", "run", "--workers", str(workers)],
            env=full_env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    return ServiceProcess(process, port, log_path, topics, env)


def http_get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
            return int(response.status), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()
    except OSError:
        return 0, ""


def wait_ready(service: ServiceProcess, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if service.process.poll() is not None:
            raise AssertionError(f"service exited early:\n{service.log()}")
        if http_get(f"{service.base_url}/readyz")[0] == 200:
            return
        time.sleep(0.2)
    raise AssertionError(f"service not ready in {timeout}s:\n{service.log()}")


async def create_topics(bootstrap: str, topics: Topics, partitions: int = 2) -> None:
    from newswire.bus.admin import ensure_topics
    from newswire.bus.connection import Connection

    await ensure_topics(
        Connection(bootstrap),
        [topics.raw, topics.articles, topics.deadletter],
        partitions=partitions,
        replication_factor=1,
    )


async def produce(
    bootstrap: str, topic: str, messages: list[tuple[bytes, list[tuple[str, bytes]]]]
) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=64 * 1024 * 1024)
    await producer.start()
    try:
        futures = [
            await producer.send(topic, value, headers=headers) for value, headers in messages
        ]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def collect(
    bootstrap: str,
    topics: list[str],
    *,
    until: int,
    within_s: float = 60,
    distinct: Callable[[dict[str, Any]], object] | None = None,
    settle_s: float = 1.0,
) -> list[tuple[str, dict[str, Any]]]:
    """Read committed records from the beginning of ``topics`` until ``until`` have arrived
    (``until`` distinct values of ``distinct(event)`` if given) or the timeout, then keep reading
    ``settle_s`` more to see any extra (duplicate) output."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        isolation_level="read_committed",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    out: list[tuple[str, dict[str, Any]]] = []
    try:
        partitions = []
        for topic in topics:
            found: set[int] | None = None
            for _ in range(100):
                await consumer._client.force_metadata_update()
                found = consumer.partitions_for_topic(topic)
                if found:
                    break
                await asyncio.sleep(0.1)
            partitions += [TopicPartition(topic, p) for p in sorted(found or {0})]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        deadline = time.monotonic() + within_s
        settle: float | None = None
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=200)
            for tp, messages in batch.items():
                out.extend((tp.topic, json.loads(m.value)) for m in messages)
            count = len(out) if distinct is None else len({distinct(e) for _, e in out})
            if count >= until:
                settle = settle or time.monotonic() + settle_s
                if time.monotonic() >= settle:
                    break
    finally:
        await consumer.stop()
    return out


def input_offset(event: dict[str, Any]) -> tuple[int, int]:
    """(partition, offset) of the raw input an Article or DeadLetter came from."""
    source = event.get("provenance") or event["original"]
    return int(source["partition"]), int(source["offset"])


def metric_value(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        series, _, value = line.rpartition(" ")
        if series.split("{", 1)[0] != name:
            continue
        if all(f'{key}="{val}"' in series for key, val in labels.items()):
            total += float(value)
    return total
