"""Local broker helpers that need no running broker."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newswire.dev.stopsignals import Interrupted, raising_on_signals
from newswire.localbroker import BrokerPaths, free_ports, new_cluster_id, stop

#: A "broker" slow to stop: it says when it got its SIGTERM and ignores it.
_SLOW_TO_STOP = """
import signal, sys, time
signal.signal(signal.SIGTERM, lambda *_: print("term", flush=True))
print("ready", flush=True)
while True:
    time.sleep(1)
"""


def test_cluster_ids_never_start_with_a_dash() -> None:
    """KRaft cluster ids are base64url; one starting with "-" would be read by Kafka's StorageTool
    as an option, so none is ever produced (2,000 draws: an unguarded generator hits one ~1 in 64)."""
    ids = [new_cluster_id() for _ in range(2000)]
    assert not any(cluster_id.startswith("-") for cluster_id in ids)
    assert all(len(cluster_id) == 22 for cluster_id in ids)
    assert len(set(ids)) == len(ids)


def test_free_ports_are_distinct_and_free() -> None:
    """Ports asked for together are all different (a broker's listeners each need their own; one
    port given twice failed KafkaConfig at format) and each can be bound once they are returned."""
    ports = free_ports(200)
    assert len(set(ports)) == len(ports)
    for port in ports[:20]:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", port))


def test_a_stop_interrupted_by_a_signal_kills_the_broker_before_it_raises(tmp_path: Path) -> None:
    """A signal that arrives while ``stop`` waits for the broker to shut down (the command was
    already leaving, or a CI timeout hits then) kills the broker before the interrupt goes on:
    the caller's next step removes its folder, and a broker must not outlive it."""
    broker = subprocess.Popen(
        [sys.executable, "-c", _SLOW_TO_STOP], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    assert broker.stdout is not None
    try:
        assert broker.stdout.readline() == b"ready\n"
        BrokerPaths(tmp_path).pid_file.write_text(f"{broker.pid}\n")

        def interrupt_once_stopping() -> None:
            assert broker.stdout is not None
            if broker.stdout.readline() == b"term\n":  # stop() sent SIGTERM and now waits
                os.kill(os.getpid(), signal.SIGTERM)

        signaller = threading.Thread(target=interrupt_once_stopping)
        with raising_on_signals():
            signaller.start()
            with pytest.raises(Interrupted):
                stop(tmp_path, timeout_s=600)
        signaller.join()
        assert not Path(f"/proc/{broker.pid}").exists()  # killed and reaped
        assert not BrokerPaths(tmp_path).pid_file.exists()
    finally:
        if broker.poll() is None:
            broker.kill()
        broker.wait()
        broker.stdout.close()
