"""A real single-node Apache Kafka broker (KRaft) for development, ``make run`` and tests.

The jars come from Maven Central through ``deploy/kafka/pom.xml`` (fetched once into a cache and
reused offline); the broker runs as ``java … kafka.Kafka`` in the background, logging to a file in
its data folder, with its pid and bootstrap address recorded there so that ``stop`` ends exactly
the process ``start`` began.
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newswire.errors import LocalBrokerError
from newswire.kafkajars import fetch_jars

_STARTED_MARKER = "Kafka Server started"


@dataclass(frozen=True, slots=True)
class BrokerPaths:
    data: Path

    @property
    def pid_file(self) -> Path:
        return self.data / "broker.pid"

    @property
    def bootstrap_file(self) -> Path:
        return self.data / "bootstrap"

    @property
    def config(self) -> Path:
        return self.data / "server.properties"

    @property
    def logs(self) -> Path:
        return self.data / "logs"

    @property
    def log_dirs(self) -> Path:
        return self.data / "kraft"


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(count: int) -> list[int]:
    """``count`` distinct free ports on 127.0.0.1. Every socket stays bound until all are picked:
    one port freed and asked for again may come back the same, and a broker given one port for
    two listeners fails KafkaConfig's "each listener must have a different port" at format."""
    with contextlib.ExitStack() as bound:
        ports = []
        for _ in range(count):
            sock = bound.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            sock.bind(("127.0.0.1", 0))
            ports.append(int(sock.getsockname()[1]))
        return ports


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if java is None:
        raise LocalBrokerError("java is not installed (Kafka 4 needs Java 17 or newer)")
    return java


def _write_config(
    paths: BrokerPaths, port: int, controller_port: int, sasl_port: int | None = None
) -> None:
    listeners = f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}"
    advertised = f"PLAINTEXT://127.0.0.1:{port}"
    protocols = "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"
    sasl: list[str] = []
    if sasl_port is not None:
        # A second listener that only SCRAM-SHA-512 users may use (users are added at format
        # time with StorageTool --add-scram, KIP-900: no ZooKeeper, no running broker needed).
        listeners += f",SASL_PLAINTEXT://127.0.0.1:{sasl_port}"
        advertised += f",SASL_PLAINTEXT://127.0.0.1:{sasl_port}"
        protocols += ",SASL_PLAINTEXT:SASL_PLAINTEXT"
        sasl = [
            "sasl.enabled.mechanisms=SCRAM-SHA-512",
            "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config="
            "org.apache.kafka.common.security.scram.ScramLoginModule required;",
        ]
    paths.config.write_text(
        "\n".join(
            [
                "process.roles=broker,controller",
                "node.id=1",
                f"controller.quorum.bootstrap.servers=127.0.0.1:{controller_port}",
                f"listeners={listeners}",
                f"advertised.listeners={advertised}",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                f"listener.security.protocol.map={protocols}",
                *sasl,
                f"log.dirs={paths.log_dirs}",
                "num.partitions=1",
                # One node: internal topics cannot have more replicas than that, and transactions
                # need their state log usable with a single in-sync replica.
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                # Tests and `make run` start consumers at once; do not wait 3 s for more members.
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "message.max.bytes=16777216",
                "log.retention.hours=24",
                "",
            ]
        )
    )


def _configured_ports(paths: BrokerPaths) -> dict[str, int]:
    try:
        lines = paths.config.read_text().splitlines()
    except OSError:
        return {}
    for line in lines:
        if line.startswith("listeners="):
            found = {}
            for listener in line.split("=", 1)[1].split(","):
                name, _, address = listener.partition("://")
                found[name] = int(address.rsplit(":", 1)[1])
            return found
    return {}


def running_pid(paths: BrokerPaths) -> int | None:
    try:
        pid = int(paths.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    # A zombie of ours (exited, not yet reaped) counts as stopped.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][:1]
    except (OSError, IndexError):
        return pid
    return None if state == "Z" else pid


def status(data: Path) -> str | None:
    """The bootstrap address of the broker running from ``data``, or None."""
    paths = BrokerPaths(data)
    if running_pid(paths) is None:
        return None
    try:
        return paths.bootstrap_file.read_text().strip() or None
    except OSError:
        return None


def start(
    *,
    data: Path,
    pom: Path,
    cache: Path,
    port: int | None = None,
    heap_mb: int = 512,
    timeout_s: float = 90.0,
    scram_users: dict[str, str] | None = None,
) -> str:
    """Start (or find running) the broker of ``data``; return its bootstrap address.

    With ``scram_users`` (name -> password, used when the storage is first formatted) the broker
    also listens for SASL_PLAINTEXT with SCRAM-SHA-512; see ``sasl_bootstrap``.
    """
    data = data.resolve()
    paths = BrokerPaths(data)
    running = status(data)
    if running:
        return running
    libs = fetch_jars(pom, cache)
    data.mkdir(parents=True, exist_ok=True)
    paths.logs.mkdir(exist_ok=True)
    # A broker restarted from the same data folder keeps its ports: clients keep their bootstrap
    # address, and KRaft recorded the controller's endpoint when the storage was formatted.
    previous = _configured_ports(paths)
    fresh = iter(free_ports(3))
    port = port or previous.get("PLAINTEXT") or next(fresh)
    controller_port = previous.get("CONTROLLER") or next(fresh)
    sasl_port = (previous.get("SASL_PLAINTEXT") or next(fresh)) if scram_users else None
    _write_config(paths, port, controller_port, sasl_port)
    jvm = jvm_command(libs, paths.logs, heap_mb)
    if not (paths.log_dirs / "meta.properties").is_file():
        format_storage(
            jvm,
            paths,
            "--standalone",
            *(
                arg
                for name, password in (scram_users or {}).items()
                for arg in ("--add-scram", f"SCRAM-SHA-512=[name={name},password={password}]")
            ),
        )
    offset = spawn(jvm, paths)
    bootstrap = f"127.0.0.1:{port}"
    if not wait_started(paths, offset, port, timeout_s):
        stop(data)
        raise LocalBrokerError(f"broker did not start within {timeout_s:.0f} s; see {paths.logs}")
    paths.bootstrap_file.write_text(bootstrap + "\n")
    return bootstrap


def jvm_command(libs: Path, logs: Path, heap_mb: int, *, serial_gc: bool = False) -> list[str]:
    """``java`` with heap, GC, log folder and the Kafka classpath (a main class follows).

    The serial collector suits several small brokers on a few shared cores: G1's concurrent
    threads cost CPU that three JVMs on two cores do not have, and a heap of a few hundred MiB
    collects in milliseconds without them.
    """
    log_config = resources.files("newswire") / "resources" / "log4j2.yaml"
    return [
        _java(),
        f"-Xmx{heap_mb}m",
        f"-Xms{min(heap_mb, 256 if not serial_gc else 128)}m",
        *(["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"] if serial_gc else ["-XX:+UseG1GC"]),
        "-Djava.awt.headless=true",
        f"-Dkafka.logs.dir={logs}",
        f"-Dlog4j2.configurationFile={log_config}",
        "-cp",
        f"{libs}/*",
    ]


def format_storage(jvm: list[str], paths: BrokerPaths, *options: str) -> None:
    """``StorageTool format`` of a new node (a random cluster id unless ``-t`` is given)."""
    cluster = [] if "-t" in options else ["-t", new_cluster_id()]
    formatted = subprocess.run(
        [*jvm, "kafka.tools.StorageTool", "format", *cluster, "-c", str(paths.config), *options],
        capture_output=True,
        text=True,
        check=False,
    )
    if formatted.returncode != 0:
        raise LocalBrokerError(
            f"formatting KRaft storage failed:\n{formatted.stdout}{formatted.stderr}"
        )


def spawn(jvm: list[str], paths: BrokerPaths) -> int:
    """Start ``kafka.Kafka`` detached, record its pid; return the server log's offset before it."""
    server_log = paths.logs / "server.log"
    offset = server_log.stat().st_size if server_log.exists() else 0
    # posix_spawn rather than Popen: the broker deliberately outlives this call (and this
    # process, for `newswire broker start`), so no Popen object should pretend to own it.
    argv = [*jvm, "kafka.Kafka", str(paths.config)]
    pid = os.posix_spawn(
        argv[0],
        argv,
        dict(os.environ),
        file_actions=[
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (
                os.POSIX_SPAWN_OPEN,
                1,
                str(paths.logs / "stdout.log"),
                os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                0o644,
            ),
            (os.POSIX_SPAWN_DUP2, 1, 2),
        ],
        setsid=True,  # Ctrl-C in the terminal reaches us only; we stop the broker ourselves
    )
    paths.pid_file.write_text(f"{pid}\n")
    return offset


def wait_started(paths: BrokerPaths, log_offset: int, port: int, timeout_s: float) -> bool:
    """Until the broker logged that it started and accepts connections (False: timed out).

    Raises LocalBrokerError if the process exits meanwhile.
    """
    deadline = time.monotonic() + timeout_s
    server_log = paths.logs / "server.log"
    while time.monotonic() < deadline:
        pid = running_pid(paths)
        if pid is None:
            raise LocalBrokerError(f"broker exited during start; see {paths.logs}")
        reap(pid)
        if _log_contains(server_log, log_offset, _STARTED_MARKER) and _accepts(port):
            return True
        time.sleep(0.2)
    return False


def sasl_bootstrap(data: Path) -> str | None:
    """The SASL_PLAINTEXT (SCRAM-SHA-512) address of the broker of ``data``, if it has one."""
    port = _configured_ports(BrokerPaths(data.resolve())).get("SASL_PLAINTEXT")
    return f"127.0.0.1:{port}" if port else None


def new_cluster_id() -> str:
    """A random KRaft cluster id (base64url of 16 bytes) that does not start with "-": the
    StorageTool's argument parser would read such an id as an option (1 start in 64 failed)."""
    while True:
        candidate = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode("ascii").rstrip("=")
        if not candidate.startswith("-"):
            return candidate


def _log_contains(path: Path, offset: int, marker: str) -> bool:
    try:
        with path.open("rb") as handle:
            handle.seek(offset)
            return marker.encode() in handle.read()
    except OSError:
        return False


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def stop(data: Path, *, timeout_s: float = 30.0) -> bool:
    """Stop the broker of ``data`` (SIGTERM, then SIGKILL after ``timeout_s``). True if it ran."""
    paths = BrokerPaths(data)
    pid = running_pid(paths)
    if pid is None:
        paths.pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            reap(pid)
            if running_pid(paths) is None:
                break
            time.sleep(0.2)
        else:
            _kill(paths, pid)
    except KeyboardInterrupt:
        # Stopped (Ctrl-C, SIGTERM) while it stops: do not leave a broker behind that a caller's
        # next step (removing its folder) assumes gone.
        _kill(paths, pid)
        raise
    finally:
        paths.pid_file.unlink(missing_ok=True)
        paths.bootstrap_file.unlink(missing_ok=True)
    return True


def _kill(paths: BrokerPaths, pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    while running_pid(paths) is not None:
        reap(pid)
        time.sleep(0.1)
    reap(pid)


def reap(pid: int) -> None:
    # Not our child (started by another command): init reaps it.
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
