"""Crash the running service at random moments and count what came out: lost and duplicated inputs.

Used by the fault-injection test (5 kills, asserts) and by ``make bench-chaos`` (20+ kills,
prints). One run:

1. Fresh topics (4 partitions); ``newswire run --workers W`` in its own process group.
2. A mix of inputs (HTML envelopes, text scrapes, bad inputs that must be dead-lettered), cut
   into ``kills + 1`` bursts.
3. ``kills`` times: wait until the service is ready, publish a burst, and while it is being
   processed (a random 0.05 to 0.8 s later) SIGKILL either the whole service (the process group:
   supervisor and workers at once; then start a new one) or one worker (its supervisor restarts it).
4. When every input has an output (or the deadline passes), a ``read_committed`` consumer reads
   the articles and dead-letter topics from the beginning and matches each output to its input by
   provenance (partition, offset): lost = inputs without output, duplicated = extra outputs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka import TopicPartition as KafkaTopicPartition

from newswire import localbroker
from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.localbroker import free_port
from newswire.settings import REPO_ROOT

BAD_INPUTS = (
    b"",
    b"   \n\t  ",
    b'{"url": "https://example.org/x", "body": ',
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    b"Caf\xe9 \xff\xfe no charset says what this is",
)


@dataclass
class ChaosReport:
    guarantee: str
    workers: int
    inputs: int
    kills: list[str] = field(default_factory=list)
    outputs: int = 0
    lost: int = 0
    duplicated: int = 0
    seconds: float = 0.0
    seed: int = 0

    def line(self) -> str:
        kinds = Counter(self.kills)
        return (
            f"{self.guarantee:13} workers={self.workers} inputs={self.inputs} "
            f"kills={len(self.kills)} (service {kinds['service']}, worker {kinds['worker']}) "
            f"outputs={self.outputs} lost={self.lost} duplicated={self.duplicated} "
            f"in {self.seconds:.0f} s (seed {self.seed})"
        )


def mixed_inputs(count: int, seeds: Path = REPO_ROOT / "seeds") -> list[bytes]:
    """``count`` distinct raw values: ~1 in 20 an HTML envelope, ~1 in 10 bad, the rest text."""
    pages = [p.read_bytes() for p in sorted((seeds / "html").glob("*.json"))]
    text = (seeds / "text" / "000_0d4127e431e53026.txt").read_text(encoding="utf-8")
    values: list[bytes] = []
    for i in range(count):
        if i % 20 == 7 and pages:
            envelope = json.loads(pages[i % len(pages)])
            envelope["url"] = f"{envelope['url']}#chaos-{i}"
            values.append(json.dumps(envelope).encode())
        elif i % 10 == 3:
            values.append(BAD_INPUTS[i % len(BAD_INPUTS)])
        else:
            values.append(f"Berita nomor {i}: {text}".encode())
    return values


class BenchService:
    """One ``newswire run`` in its own process group (chaos and e2e benchmarks)."""

    def __init__(self, bootstrap: str, env: dict[str, str], workers: int, log_path: Path) -> None:
        self.metrics_port = free_port()
        full_env = {
            **os.environ,
            **env,
            "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "NEWSWIRE_METRICS_PORT": str(self.metrics_port),
        }
        with log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "newswire", "run", "--workers", str(workers)],
                env=full_env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    async def wait_ready(self, timeout_s: float = 90.0) -> bool:
        """Until ``/readyz`` says 200: every worker is in the group and processing."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and self.process.poll() is None:
            if (
                await asyncio.to_thread(http_status, f"http://127.0.0.1:{self.metrics_port}/readyz")
                == 200
            ):
                return True
            await asyncio.sleep(0.2)
        return False

    def worker_pids(self) -> list[int]:
        return worker_pids(self.process.pid)

    def kill_all(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self, timeout: float = 60) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill_all()
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


def http_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return 0


async def publish(bootstrap: str, topic: str, values: list[bytes]) -> None:
    """Publish raw values (acks=all) and wait for every acknowledgement."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, max_request_size=8 * 1024 * 1024, linger_ms=20, acks="all"
    )
    await producer.start()
    try:
        futures = [await producer.send(topic, value) for value in values]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def _origin(event: dict[str, Any]) -> tuple[int, int]:
    source = event.get("provenance") or event["original"]
    return int(source["partition"]), int(source["offset"])


def committed_consumer(bootstrap: str, **kwargs: Any) -> AIOKafkaConsumer:
    """A read_committed consumer without a group that reads from the beginning, with fetch
    sizes large enough for whole articles (the benchmarks' view of the output topics)."""
    return AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        isolation_level="read_committed",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=16 * 1024 * 1024,
        fetch_max_bytes=64 * 1024 * 1024,
        **kwargs,
    )


async def _read_outputs(
    bootstrap: str, topics: list[str], *, expect: int, deadline: float, settle_s: float = 3.0
) -> Counter[tuple[int, int]]:
    """Outputs per input (partition, offset), read_committed, from the beginning."""
    consumer = committed_consumer(bootstrap)
    await consumer.start()
    seen: Counter[tuple[int, int]] = Counter()
    try:
        partitions = []
        for topic in topics:
            found: set[int] | None = None
            while not found and time.monotonic() < deadline:
                await consumer._client.force_metadata_update()
                found = consumer.partitions_for_topic(topic)
                if not found:
                    await asyncio.sleep(0.2)
            partitions += [KafkaTopicPartition(topic, p) for p in sorted(found or ())]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        settle: float | None = None
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=300)
            for messages in batch.values():
                for message in messages:
                    seen[_origin(json.loads(message.value))] += 1
            if len(seen) >= expect:
                settle = settle or time.monotonic() + settle_s
                if time.monotonic() >= settle:
                    break
    finally:
        await consumer.stop()
    return seen


async def run_chaos(
    bootstrap: str,
    *,
    guarantee: str,
    inputs: int = 2000,
    kills: int = 5,
    workers: int = 2,
    partitions: int = 4,
    seed: int | None = None,
    log_dir: Path,
    drain_timeout_s: float = 240.0,
) -> ChaosReport:
    seed = seed if seed is not None else random.SystemRandom().randrange(1 << 30)
    rng = random.Random(seed)  # noqa: S311 - kill timing, not cryptography
    tag = uuid.uuid4().hex[:10]
    raw, articles, dlq = f"chaos{tag}.raw", f"chaos{tag}.articles", f"chaos{tag}.dlq"
    env = {
        "NEWSWIRE_RAW_TOPIC": raw,
        "NEWSWIRE_ARTICLES_TOPIC": articles,
        "NEWSWIRE_DEADLETTER_TOPIC": dlq,
        "NEWSWIRE_GROUP_ID": f"chaos{tag}",
        "NEWSWIRE_PROCESSING_GUARANTEE": guarantee,
        "NEWSWIRE_BATCH_MAX_RECORDS": "50",
        "NEWSWIRE_SESSION_TIMEOUT_MS": "6000",
        "NEWSWIRE_RETRY_BACKOFF_MAX_S": "1",
        "NEWSWIRE_TRANSACTION_TIMEOUT_MS": "20000",
    }
    await ensure_topics(
        Connection(bootstrap), [raw, articles, dlq], partitions=partitions, replication_factor=1
    )
    await asyncio.to_thread(log_dir.mkdir, parents=True, exist_ok=True)
    log_path = log_dir / f"chaos-{tag}.log"
    report = ChaosReport(guarantee=guarantee, workers=workers, inputs=inputs, seed=seed)
    started = time.monotonic()
    service = BenchService(bootstrap, env, workers, log_path)
    values = mixed_inputs(inputs)
    bursts = [values[i :: kills + 1] for i in range(kills + 1)]
    try:
        for burst in bursts[:-1]:
            # Kill a service that is working: wait until every worker is in the group, publish
            # a burst, then kill at a random moment while the burst is being processed.
            await service.wait_ready()
            await publish(bootstrap, raw, burst)
            await asyncio.sleep(rng.uniform(0.05, 0.8))
            pids = service.worker_pids()
            if pids and rng.random() < 0.5:
                os.kill(rng.choice(pids), signal.SIGKILL)
                report.kills.append("worker")
            else:
                service.kill_all()
                report.kills.append("service")
                service = BenchService(bootstrap, env, workers, log_path)
        await publish(bootstrap, raw, bursts[-1])
        seen = await _read_outputs(
            bootstrap,
            [articles, dlq],
            expect=inputs,
            deadline=time.monotonic() + drain_timeout_s,
        )
    finally:
        service.stop()
    report.seconds = time.monotonic() - started
    report.outputs = sum(seen.values())
    report.lost = inputs - len(seen)
    report.duplicated = sum(count - 1 for count in seen.values())
    return report


def _iter_guarantees(value: str) -> Iterator[str]:
    yield from (["exactly_once", "at_least_once"] if value == "both" else [value])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bootstrap",
        default=os.environ.get("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS"),
        help="cluster to use (default: NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS, else a temporary local broker)",
    )
    parser.add_argument(
        "--guarantee", choices=["exactly_once", "at_least_once", "both"], default="both"
    )
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--inputs", type=int, default=4000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--log-dir", type=Path, default=REPO_ROOT / ".newswire" / "chaos")
    parser.add_argument("--json", type=Path, default=None, help="also write the reports here")
    args = parser.parse_args(argv)
    with _cluster(args.bootstrap) as bootstrap:
        reports = _run_all(args, bootstrap)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(r) for r in reports], indent=2) + "\n")
    failed = any(r.lost or (r.guarantee == "exactly_once" and r.duplicated) for r in reports)
    return 1 if failed else 0


@contextlib.contextmanager
def _cluster(bootstrap: str | None) -> Iterator[str]:
    if bootstrap:
        yield bootstrap
        return
    data = Path(tempfile.mkdtemp(prefix="newswire-chaos-broker-"))
    print(f"starting a temporary local broker in {data}", flush=True)
    started = localbroker.start(
        data=data,
        pom=REPO_ROOT / "deploy" / "kafka" / "pom.xml",
        cache=REPO_ROOT / ".cache" / "kafka",
    )
    try:
        yield started
    finally:
        localbroker.stop(data)
        shutil.rmtree(data, ignore_errors=True)


def _run_all(args: argparse.Namespace, bootstrap: str) -> list[ChaosReport]:
    reports = []
    for guarantee in _iter_guarantees(args.guarantee):
        report = asyncio.run(
            run_chaos(
                bootstrap,
                guarantee=guarantee,
                inputs=args.inputs,
                kills=args.kills,
                workers=args.workers,
                seed=args.seed,
                log_dir=args.log_dir,
            )
        )
        print(report.line(), flush=True)
        reports.append(report)
    return reports


if __name__ == "__main__":
    raise SystemExit(main())
