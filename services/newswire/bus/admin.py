"""Start-up checks against the cluster: credentials, topic creation."""

from __future__ import annotations

import ssl
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.conn import create_conn
from aiokafka.errors import (
    AuthenticationFailedError,
    KafkaError,
    SaslAuthenticationFailed,
    TopicAlreadyExistsError,
    for_code,
)

from newswire.bus.connection import Connection
from newswire.bus.errors import kafka_errors_mapped
from newswire.errors import BrokerUnavailable, FatalKafkaError


async def verify_access(connection: Connection, *, timeout_ms: int = 10_000) -> None:
    """Open one connection to a bootstrap server with our credentials and close it.

    aiokafka's clients log a refused SASL login or TLS certificate and then report only "unable
    to bootstrap", which we would retry forever; connecting directly keeps the cause, so a wrong
    password fails the start at once (FatalKafkaError). Unreachable: BrokerUnavailable.
    """
    kwargs = connection.client_kwargs()
    last: BaseException | None = None
    for server in kwargs.pop("bootstrap_servers").split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            conn = await create_conn(
                host, int(port), request_timeout_ms=timeout_ms, max_idle_ms=timeout_ms, **kwargs
            )
        except (SaslAuthenticationFailed, AuthenticationFailedError) as exc:
            raise FatalKafkaError(f"Kafka refused the credentials: {exc}") from exc
        except ssl.SSLCertVerificationError as exc:
            raise FatalKafkaError(f"TLS certificate of {server} not trusted: {exc}") from exc
        except (OSError, TimeoutError, KafkaError) as exc:
            last = exc
            continue
        conn.close()
        return
    raise BrokerUnavailable(f"no bootstrap server reachable: {last}") from last


async def ensure_topics(
    connection: Connection,
    topics: list[str],
    *,
    partitions: int,
    replication_factor: int | None,
) -> list[str]:
    """Create the topics that do not exist yet; return the names created.

    ``replication_factor`` None: the cluster's own ``default.replication.factor``. (Kafka's
    "broker default" of -1 needs CreateTopics v4; aiokafka sends at most v3, so we ask a broker.)
    A creation the cluster refuses (more replicas than brokers, say) is a FatalKafkaError: a
    service that went on would wait forever for topics that never come.
    """
    admin = AIOKafkaAdminClient(**connection.client_kwargs(), request_timeout_ms=15_000)
    with kafka_errors_mapped("create topics"):
        await admin.start()
        try:
            existing = set(await admin.list_topics())
            missing = [name for name in dict.fromkeys(topics) if name not in existing]
            if missing:
                replicas = replication_factor or await cluster_replication_factor(admin)
                response = await admin.create_topics(
                    [NewTopic(name, partitions, replicas) for name in missing]
                )
                _raise_refused(response.topic_errors)
            return missing
        finally:
            await admin.close()


async def cluster_replication_factor(admin: AIOKafkaAdminClient) -> int:
    """The ``default.replication.factor`` of one of the cluster's brokers."""
    cluster = await admin.describe_cluster()
    broker = str(cluster["brokers"][0]["node_id"])
    responses = await admin.describe_configs(
        [ConfigResource(ConfigResourceType.BROKER, broker, {"default.replication.factor": None})]
    )
    for response in responses:
        for resource in response.resources:
            for entry in resource[4]:  # (name, value, read_only, ...)
                if entry[0] == "default.replication.factor" and entry[1]:
                    return int(entry[1])
    return 1


def _raise_refused(topic_errors: list[tuple[Any, ...]]) -> None:
    for topic, code, *message in topic_errors:
        if not code:
            continue
        error = for_code(code)
        # Another instance may create one between our list and create: that is fine.
        if error is TopicAlreadyExistsError:
            continue
        detail = f"{error.__name__}: {message[0] if message else ''}"
        if error.retriable:
            raise BrokerUnavailable(f"create topic {topic}: {detail}")
        raise FatalKafkaError(f"the cluster refused to create topic {topic}: {detail}")
