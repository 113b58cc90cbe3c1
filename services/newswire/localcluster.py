"""A local Apache Kafka cluster of several KRaft nodes on 127.0.0.1, for fault tests.

Each node is a combined controller + broker (``process.roles=broker,controller``) in its own
folder ``DIR/node-<id>`` laid out like the single broker of ``localbroker`` (config, pid file,
logs, KRaft storage); ``DIR/cluster.json`` records the cluster id and every node's ports, so a node
that died restarts on its old ports (its peers and clients know it by them). The cluster runs with
the settings a production cluster has: replication factor 3 by default, ``min.insync.replicas=2``,
and the offsets and transaction state topics replicated 3 ways.
"""

from __future__ import annotations

import json
import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from newswire.errors import LocalBrokerError
from newswire.kafkajars import fetch_jars
from newswire.localbroker import (
    BrokerPaths,
    format_storage,
    free_ports,
    jvm_command,
    new_cluster_id,
    reap,
    running_pid,
    spawn,
    stop,
    wait_started,
)

#: A node's heap: three fit on a 2-core, 24 GiB machine beside the service with room to spare,
#: and the serial collector spends no CPU on concurrent GC threads (see ``jvm_command``).
NODE_HEAP_MB = 384

#: How long the controller waits for a node's heartbeat before fencing it (and moving its
#: partition leaderships and coordinators away). Kafka's default is 9 s with a heartbeat every 2 s;
#: 6 s / 1 s shortens each failover a test waits for while staying far above the pauses of a
#: small serial-GC heap on a busy machine.
BROKER_SESSION_TIMEOUT_MS = 6000
BROKER_HEARTBEAT_INTERVAL_MS = 1000


@dataclass(frozen=True, slots=True)
class Node:
    node_id: int
    port: int
    controller_port: int

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"


@dataclass(frozen=True, slots=True)
class NodeState:
    node: Node
    pid: int | None

    def line(self) -> str:
        return f"{self.node.node_id} {self.node.address} {self.pid if self.pid else 'down'}"


def is_cluster(data: Path) -> bool:
    return (data / "cluster.json").is_file()


def node_paths(data: Path, node_id: int) -> BrokerPaths:
    return BrokerPaths(data.resolve() / f"node-{node_id}")


def nodes(data: Path) -> list[Node]:
    """The nodes recorded in ``data`` (empty if it holds no cluster)."""
    try:
        recorded = json.loads((data / "cluster.json").read_text())
    except (OSError, ValueError):
        return []
    return [Node(n["node_id"], n["port"], n["controller_port"]) for n in recorded["nodes"]]


def bootstrap(data: Path) -> str:
    return ",".join(node.address for node in nodes(data))


def status(data: Path) -> list[NodeState]:
    """Every node of the cluster with its pid, or None if it is down."""
    return [NodeState(node, running_pid(node_paths(data, node.node_id))) for node in nodes(data)]


def start(
    *,
    data: Path,
    pom: Path,
    cache: Path,
    brokers: int = 3,
    heap_mb: int = NODE_HEAP_MB,
    timeout_s: float = 120.0,
) -> str:
    """Create and start a cluster of ``brokers`` nodes in ``data``, or, if ``data`` already holds
    one, start only its nodes that are down (on their recorded ports). Returns the bootstrap list.
    """
    data = data.resolve()
    if not is_cluster(data):
        if brokers < 1:
            raise LocalBrokerError("a cluster needs at least one node")
        if data.is_dir() and any(data.iterdir()):
            raise LocalBrokerError(f"{data} is not empty and holds no cluster")
        _create(data, brokers)
    libs = fetch_jars(pom, cache)
    down = [state.node for state in status(data) if state.pid is None]
    formatted = json.loads((data / "cluster.json").read_text())
    started: list[tuple[Node, BrokerPaths, int]] = []
    for node in down:
        paths = node_paths(data, node.node_id)
        jvm = jvm_command(libs, paths.logs, heap_mb, serial_gc=True)
        if not (paths.log_dirs / "meta.properties").is_file():
            format_storage(jvm, paths, "-t", formatted["cluster_id"])
        started.append((node, paths, spawn(jvm, paths)))
    # The nodes wait for each other (a quorum of controllers) before they serve: wait in parallel.
    with ThreadPoolExecutor(max_workers=max(1, len(started))) as pool:
        results = list(pool.map(lambda s: wait_started(s[1], s[2], s[0].port, timeout_s), started))
    if not all(results):
        failed = [node.node_id for (node, _, _), ok in zip(started, results, strict=True) if not ok]
        raise LocalBrokerError(f"nodes {failed} did not start within {timeout_s:.0f} s; see {data}")
    for node, paths, _ in started:
        paths.bootstrap_file.write_text(node.address + "\n")
    return bootstrap(data)


def _create(data: Path, brokers: int) -> None:
    data.mkdir(parents=True, exist_ok=True)
    ports = free_ports(2 * brokers)
    members = [Node(i, ports[2 * i - 2], ports[2 * i - 1]) for i in range(1, brokers + 1)]
    voters = ",".join(f"{n.node_id}@127.0.0.1:{n.controller_port}" for n in members)
    replicas = min(3, brokers)
    for node in members:
        paths = node_paths(data, node.node_id)
        paths.logs.mkdir(parents=True, exist_ok=True)
        paths.config.write_text(_config(node, voters, paths, replicas))
    (data / "cluster.json").write_text(
        json.dumps(
            {
                "cluster_id": new_cluster_id(),
                "nodes": [
                    {"node_id": n.node_id, "port": n.port, "controller_port": n.controller_port}
                    for n in members
                ],
            },
            indent=2,
        )
        + "\n"
    )


def _config(node: Node, voters: str, paths: BrokerPaths, replicas: int) -> str:
    min_isr = max(1, replicas - 1)
    return "\n".join(
        [
            "process.roles=broker,controller",
            f"node.id={node.node_id}",
            # A static quorum: every node knows every controller from its config, so the storage
            # is formatted the same way on each and a node restarts without a bootstrap step.
            f"controller.quorum.voters={voters}",
            f"listeners=PLAINTEXT://127.0.0.1:{node.port},"
            f"CONTROLLER://127.0.0.1:{node.controller_port}",
            f"advertised.listeners=PLAINTEXT://127.0.0.1:{node.port}",
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            f"log.dirs={paths.log_dirs}",
            # What a production cluster runs with: every partition on 3 nodes, a write
            # acknowledged (acks=all) once 2 have it, so one node may fail without loss or stop.
            "num.partitions=1",
            f"default.replication.factor={replicas}",
            f"min.insync.replicas={min_isr}",
            "unclean.leader.election.enable=false",
            f"offsets.topic.replication.factor={replicas}",
            f"transaction.state.log.replication.factor={replicas}",
            f"transaction.state.log.min.isr={min_isr}",
            f"share.coordinator.state.topic.replication.factor={replicas}",
            f"share.coordinator.state.topic.min.isr={min_isr}",
            # 50 partitions each by default: 300 replicas of state topics whose followers fetch
            # all the time cost CPU three nodes on two cores do not have; 12 still spread the
            # coordinators over all nodes.
            "offsets.topic.num.partitions=12",
            "transaction.state.log.num.partitions=12",
            f"broker.session.timeout.ms={BROKER_SESSION_TIMEOUT_MS}",
            f"broker.heartbeat.interval.ms={BROKER_HEARTBEAT_INTERVAL_MS}",
            # Fewer threads per node: three nodes share two cores.
            "num.network.threads=2",
            "num.io.threads=2",
            "background.threads=2",
            "log.cleaner.threads=1",
            "group.initial.rebalance.delay.ms=0",
            "auto.create.topics.enable=false",
            "message.max.bytes=16777216",
            "replica.fetch.max.bytes=16777216",
            "log.retention.hours=24",
            "",
        ]
    )


def kill(data: Path, node_id: int, sig: signal.Signals = signal.SIGKILL) -> None:
    """Send ``sig`` to one node (a fault test's hard bounce); returns once it is gone."""
    paths = node_paths(data, node_id)
    pid = running_pid(paths)
    if pid is None:
        return
    os.kill(pid, sig)
    while running_pid(paths) is not None:
        reap(pid)
        time.sleep(0.05)
    reap(pid)


def stop_node(data: Path, node_id: int, *, timeout_s: float = 60.0) -> bool:
    """SIGTERM one node (controlled shutdown: it hands its leaderships over first) and wait."""
    return stop(node_paths(data, node_id).data, timeout_s=timeout_s)


def stop_all(data: Path, *, timeout_s: float = 60.0) -> int:
    """Stop every node at once; returns how many ran.

    At once, not one after the other: a node left alone without a controller quorum would wait
    out its controlled shutdown.
    """
    running = [state.node.node_id for state in status(data) if state.pid is not None]
    with ThreadPoolExecutor(max_workers=max(1, len(running))) as pool:
        list(pool.map(lambda node_id: stop_node(data, node_id, timeout_s=timeout_s), running))
    return len(running)
