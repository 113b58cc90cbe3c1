"""Session fixtures: one real Kafka broker for the whole test session.

If NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS is set, that cluster is used and no broker is started; the
broker's pom and jar cache come from Settings (NEWSWIRE_BROKER_POM, NEWSWIRE_BROKER_CACHE).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newswire.dev.harness import LocalBroker
from newswire.settings import Settings


@pytest.fixture(scope="session")
def settings() -> Settings:
    """The settings of the environment the tests run in (only broker paths and the cluster)."""
    return Settings()


@pytest.fixture(scope="session")
def kafka_bootstrap(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if settings.kafka_bootstrap_servers:
        yield settings.kafka_bootstrap_servers
        return
    broker = LocalBroker(settings, tmp_path_factory.mktemp("kafka"))
    bootstrap = broker.start()
    try:
        yield bootstrap
    finally:
        broker.stop()
