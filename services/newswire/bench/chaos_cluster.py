"""Broker faults under load on a local three-node cluster: lost, duplicated, recovery time.

The model is Apache Kafka's own transactions system test (``tests/kafkatest/tests/core/
transactions_test.py``: a transactional copier while brokers are hard-bounced, then every input
checked for exactly one copy), with newswire as the copier. One run per kind of fault:

1. ``newswire run`` creates its topics (4 partitions; ``NEWSWIRE_TOPIC_REPLICATION_FACTOR`` unset,
   so the cluster's default replication of 3); a feeder publishes mixed inputs (text, HTML envelopes, bad ones) at a steady rate
   for the whole run, so every fault lands on a service that is processing.
2. ``bounces`` times: SIGKILL the broker that leads the most input partitions (``leader``), that is
   the transaction coordinator of one worker's transactional id (``txn-coordinator``, found with
   FindCoordinator) or the group coordinator (``group-coordinator``); start it again on its old
   ports; wait until every partition has all its replicas in sync. ``rolling`` restarts all three
   nodes one after the other (SIGTERM: the controlled shutdown of an upgrade).
3. A ``read_committed`` reader follows the articles and dead-letter topics the whole time; at the
   end every input offset of the raw topic must have exactly one output.

Recovery, per bounce: ``ready`` = seconds from the node serving again until ``/readyz`` is 200
(0 if it never left 200); ``caught_up`` = seconds from the kill until every input published before
the kill has its committed output (the stall the fault caused, including the failover).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import logging
import random
import shutil
import signal
import statistics
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

from newswire import localcluster
from newswire.bench.chaos_probes import PARTITIONS, Feeder, Outputs, ReadyWatch
from newswire.dev.clusterinfo import (
    admin_call,
    coordinator,
    end_offsets,
    partition_leaders,
    until,
    wait_in_sync,
)
from newswire.dev.harness import ServiceProcess
from newswire.dev.inputs import mixed_inputs
from newswire.dev.stopsignals import stops_on_signals
from newswire.settings import REPO_ROOT

FAULTS = ("leader", "txn-coordinator", "group-coordinator", "rolling")
T = TypeVar("T")


@dataclass
class Bounce:
    nodes: list[int]
    down_s: float = 0.0
    ready_s: float = 0.0
    unready_s: float = 0.0
    caught_up_s: float = 0.0


@dataclass
class FaultReport:
    fault: str
    guarantee: str
    bounces: list[Bounce] = field(default_factory=list)
    inputs: int = 0
    outputs: int = 0
    lost: int = 0
    duplicated: int = 0
    seconds: float = 0.0
    seed: int = 0
    #: Replicas of each input partition (the service created the topics).
    replicas: list[int] = field(default_factory=list)
    #: Output records the reader met more than once (its own repeats; not in ``duplicated``).
    rereads: int = 0
    #: Outputs of inputs past the raw topic's end offsets read at the end (in ``duplicated``).
    beyond_end: int = 0
    #: Inputs acknowledged to the feeder past the end offsets the cluster answered (counted in).
    ends_behind: int = 0
    #: Where the duplicated inputs and their outputs are (``Outputs.duplicates``), and the
    #: service's log: what tells a rewind too far back from a repeated batch after a failure.
    where: str = ""
    log: str = ""

    def line(self) -> str:
        def spread(values: list[float]) -> str:
            if not values:
                return "-"
            return f"median {statistics.median(values):.1f} max {max(values):.1f}"

        return (
            f"{self.fault:17} {self.guarantee:13} bounces={len(self.bounces)} "
            f"inputs={self.inputs} outputs={self.outputs} lost={self.lost} "
            f"duplicated={self.duplicated} | /readyz not 200 s: "
            f"{spread([b.unready_s for b in self.bounces])} | ready after node back s: "
            f"{spread([b.ready_s for b in self.bounces])} | caught up after kill s: "
            f"{spread([b.caught_up_s for b in self.bounces])} | {self.seconds:.0f} s "
            f"(seed {self.seed})"
            + (f" | rereads={self.rereads}" if self.rereads else "")
            + (f" | beyond end={self.beyond_end}" if self.beyond_end else "")
            + (f" | end offsets behind acks={self.ends_behind}" if self.ends_behind else "")
            + (f" | duplicated: {self.where} | log {self.log}" if self.duplicated else "")
        )


async def _target(fault: str, bootstrap: str, env: dict[str, str], rng: random.Random) -> int:
    """The node a fault hits, asked of the cluster just before the kill."""
    if fault == "leader":
        led = Counter((await partition_leaders(bootstrap, env["NEWSWIRE_RAW_TOPIC"])).values())
        most = max(led.values())
        return rng.choice(sorted(n for n, c in led.items() if c == most))
    if fault == "txn-coordinator":
        partition = rng.randrange(PARTITIONS)
        transactional_id = (
            f"newswire-{env['NEWSWIRE_GROUP_ID']}-{env['NEWSWIRE_RAW_TOPIC']}-{partition}"
        )
        return await coordinator(bootstrap, transactional_id, transactional=True)
    if fault == "group-coordinator":
        return await coordinator(bootstrap, env["NEWSWIRE_GROUP_ID"], transactional=False)
    raise ValueError(fault)


async def _restart(data: Path) -> None:
    await asyncio.to_thread(localcluster.start, data=data, pom=_POM, cache=_CACHE)


async def _bounce(
    fault: str, data: Path, env: dict[str, str], rng: random.Random, killed: asyncio.Event
) -> list[int]:
    """Apply one fault (``killed`` is set at the first kill); return the nodes hit once they all
    serve again."""
    bootstrap = localcluster.bootstrap(data)
    if fault == "rolling":
        ids = [state.node.node_id for state in localcluster.status(data)]
        for node_id in ids:
            killed.set()
            await asyncio.to_thread(localcluster.stop_node, data, node_id)
            await _restart(data)
            if node_id != ids[-1]:
                await wait_in_sync(bootstrap)
        return ids
    target = await _target(fault, bootstrap, env, rng)
    await asyncio.to_thread(localcluster.kill, data, target, signal.SIGKILL)
    killed.set()
    await _restart(data)
    return [target]


_POM = REPO_ROOT / "deploy" / "kafka" / "pom.xml"
_CACHE = REPO_ROOT / ".cache" / "kafka"


async def run_fault(  # noqa: PLR0915 - a decision list: the fault scenario step by step, as the README describes it
    data: Path,
    *,
    fault: str,
    guarantee: str = "exactly_once",
    bounces: int = 10,
    inputs: int = 1000,
    rate: float = 25.0,
    workers: int = 2,
    seed: int | None = None,
    log_dir: Path,
    drain_timeout_s: float = 240.0,
) -> FaultReport:
    """One kind of fault ``bounces`` times under a steady stream of at least ``inputs`` inputs."""
    seed = seed if seed is not None else random.SystemRandom().randrange(1 << 30)
    rng = random.Random(seed)  # noqa: S311 - fault timing, not cryptography
    bootstrap = localcluster.bootstrap(data)
    tag = uuid.uuid4().hex[:10]
    env = {
        "NEWSWIRE_RAW_TOPIC": f"cluster{tag}.raw",
        "NEWSWIRE_ARTICLES_TOPIC": f"cluster{tag}.articles",
        "NEWSWIRE_DEADLETTER_TOPIC": f"cluster{tag}.dlq",
        # One output stream: the benchmark counts outputs on the articles and dead-letter topics.
        "NEWSWIRE_PAGES_TOPIC": f"cluster{tag}.articles",
        "NEWSWIRE_GROUP_ID": f"cluster{tag}",
        "NEWSWIRE_PROCESSING_GUARANTEE": guarantee,
        "NEWSWIRE_TOPIC_PARTITIONS": str(PARTITIONS),
        "NEWSWIRE_SESSION_TIMEOUT_MS": "10000",
        "NEWSWIRE_RETRY_BACKOFF_MAX_S": "1",
    }
    await asyncio.to_thread(log_dir.mkdir, parents=True, exist_ok=True)
    log_path = log_dir / f"cluster-{fault}-{tag}.log"
    report = FaultReport(fault=fault, guarantee=guarantee, seed=seed, log=str(log_path))
    started = time.monotonic()
    service = ServiceProcess(bootstrap, env=env, workers=workers, log_path=log_path)
    stop, stop_feeding = asyncio.Event(), asyncio.Event()
    outputs = Outputs(bootstrap, [env["NEWSWIRE_ARTICLES_TOPIC"], env["NEWSWIRE_DEADLETTER_TOPIC"]])
    feeder = Feeder(bootstrap, env["NEWSWIRE_RAW_TOPIC"], rate)
    watch = ReadyWatch(service)
    tasks: list[asyncio.Task[None]] = []
    try:
        if not await service.wait_ready(timeout_s=180):
            raise RuntimeError(f"service not ready; see {log_dir}")
        described = await admin_call(
            bootstrap, lambda admin: admin.describe_topics([env["NEWSWIRE_RAW_TOPIC"]])
        )
        report.replicas = [len(p["replicas"]) for t in described for p in t["partitions"]]
        tasks = [
            asyncio.create_task(outputs.follow(stop)),
            asyncio.create_task(feeder.run(stop_feeding, mixed_inputs(max(inputs, 200)))),
            asyncio.create_task(watch.run(stop)),
        ]
        for _ in range(bounces):
            await asyncio.sleep(rng.uniform(1.0, 3.0))  # under load, at a random moment
            killed = asyncio.Event()
            fault_task = asyncio.create_task(_bounce(fault, data, env, rng, killed))
            await killed.wait()
            killed_at, before = time.monotonic(), dict(feeder.published)
            await until(functools.partial(outputs.covers, before), within_s=drain_timeout_s)
            caught_up_s = time.monotonic() - killed_at
            nodes = await fault_task
            back_at = time.monotonic()
            bounce = Bounce(nodes=nodes, down_s=back_at - killed_at, caught_up_s=caught_up_s)
            bounce.ready_s = await watch.ready_since(back_at)
            bounce.unready_s = watch.unready_between(killed_at, back_at + bounce.ready_s)
            report.bounces.append(bounce)
            await wait_in_sync(bootstrap)
        await until(lambda: feeder.count >= inputs, within_s=inputs / rate * 10)
        stop_feeding.set()
        await tasks[1]
        read = dict(enumerate(await end_offsets(bootstrap, env["NEWSWIRE_RAW_TOPIC"], PARTITIONS)))
        # An offset the feeder had acknowledged (acks=all) is in the log: an end offset read
        # below it (a leader's high watermark not caught up) would count its outputs as extra.
        ends = {p: max(end, feeder.published[p]) for p, end in read.items()}
        report.ends_behind = sum(ends.values()) - sum(read.values())
        report.inputs = sum(ends.values())
        await until(lambda: outputs.covers(ends), within_s=drain_timeout_s)
        await asyncio.sleep(3.0)  # settle: any duplicate committed late shows up too
    finally:
        stop.set()
        stop_feeding.set()
        for task in tasks:
            with contextlib.suppress(Exception):
                await task
        await asyncio.to_thread(service.stop)
    report.seconds = time.monotonic() - started
    expected = {(p, o) for p, end in ends.items() for o in range(end)}
    report.outputs = sum(outputs.seen.values())
    report.lost = len(expected - set(outputs.seen))
    report.beyond_end = len(set(outputs.seen) - expected)
    report.duplicated = sum(count - 1 for count in outputs.seen.values()) + report.beyond_end
    report.rereads, report.where = outputs.rereads, outputs.duplicates()
    return report


@contextlib.contextmanager
def cluster(data: Path | None = None) -> Iterator[Path]:
    """A running three-node cluster: the one in ``data`` (started if down), or a temporary one
    that is stopped and removed afterwards."""
    if data is not None:
        localcluster.start(data=data, pom=_POM, cache=_CACHE)
        yield data
        return
    folder = Path(tempfile.mkdtemp(prefix="newswire-cluster-"))
    try:
        print(f"starting a temporary three-node cluster in {folder}", flush=True)
        localcluster.start(data=folder, pom=_POM, cache=_CACHE, brokers=3)
        yield folder
    finally:
        try:
            localcluster.stop_all(folder)
        finally:  # a signal during the stop (its threads finish stopping the nodes) removes it too
            shutil.rmtree(folder, ignore_errors=True)


@stops_on_signals
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="an existing cluster's folder")
    parser.add_argument("--faults", nargs="+", choices=FAULTS, default=list(FAULTS))
    parser.add_argument(
        "--guarantee", choices=["exactly_once", "at_least_once"], default="exactly_once"
    )
    parser.add_argument("--bounces", type=int, default=10)
    parser.add_argument("--inputs", type=int, default=1000, help="at least this many per fault")
    parser.add_argument("--rate", type=float, default=25.0, help="inputs per second fed")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--log-dir", type=Path, default=REPO_ROOT / ".newswire" / "chaos-cluster")
    parser.add_argument("--json", type=Path, default=None, help="also write the reports here")
    args = parser.parse_args(argv)
    # The feeder's and reader's clients log every refused connection while a node is down.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    reports = []
    with cluster(args.data) as data:
        for fault in args.faults:
            report = asyncio.run(
                run_fault(
                    data,
                    fault=fault,
                    guarantee=args.guarantee,
                    bounces=args.bounces,
                    inputs=args.inputs,
                    rate=args.rate,
                    workers=args.workers,
                    seed=args.seed,
                    log_dir=args.log_dir,
                )
            )
            print(report.line(), flush=True)
            reports.append(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(r) for r in reports], indent=2) + "\n")
    failed = any(
        r.lost
        or (r.guarantee == "exactly_once" and r.duplicated)
        or any(b.ready_s > 60 for b in r.bounces)
        for r in reports
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
