"""Start-up checks against the cluster: credentials, topic creation."""

from __future__ import annotations

import contextlib
import ssl

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.conn import create_conn
from aiokafka.errors import (
    AuthenticationFailedError,
    KafkaError,
    SaslAuthenticationFailed,
    TopicAlreadyExistsError,
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
    connection: Connection, topics: list[str], *, partitions: int, replication_factor: int
) -> list[str]:
    """Create the topics that do not exist yet; return the names created."""
    admin = AIOKafkaAdminClient(**connection.client_kwargs(), request_timeout_ms=15_000)
    with kafka_errors_mapped("create topics"):
        await admin.start()
        try:
            existing = set(await admin.list_topics())
            missing = [name for name in dict.fromkeys(topics) if name not in existing]
            if missing:
                # Another instance may create one between our list and create: that is fine.
                with contextlib.suppress(TopicAlreadyExistsError):
                    await admin.create_topics(
                        [NewTopic(name, partitions, replication_factor) for name in missing]
                    )
            return missing
        finally:
            await admin.close()
