"""Session fixtures: one real Kafka broker for the whole test session.

If NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS is set, that cluster is used and no broker is started.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newswire import localbroker
from tests.support import REPO


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    configured = os.environ.get("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    data = tmp_path_factory.mktemp("kafka")
    bootstrap = localbroker.start(
        data=data,
        pom=REPO / "deploy" / "kafka" / "pom.xml",
        cache=Path(os.environ.get("NEWSWIRE_BROKER_CACHE", REPO / ".cache" / "kafka")),
    )
    try:
        yield bootstrap
    finally:
        localbroker.stop(data)
