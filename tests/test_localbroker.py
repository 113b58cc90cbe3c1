"""Local broker helpers that need no running broker."""

from __future__ import annotations

import socket

from newswire.localbroker import free_ports, new_cluster_id


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
