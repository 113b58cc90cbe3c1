"""Kafka security against a real broker: a SASL_PLAINTEXT listener with SCRAM-SHA-512, its user
created by Kafka's own StorageTool (from the same jars) when the storage is formatted."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newswire import localbroker
from newswire.dev.harness import LocalBroker, committed_offset
from newswire.settings import Settings
from tests.support import (
    SEED,
    SEED_TITLE,
    Topics,
    collect,
    create_topics,
    produce,
    start_service,
    wait_ready,
)

pytestmark = pytest.mark.kafka

USER, PASSWORD = "newswire-test", "s3cret-Scram-512"


@pytest.fixture(scope="module")
def scram_broker(
    settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """(plaintext bootstrap, SASL bootstrap) of a broker of our own with a SCRAM user."""
    if settings.kafka_bootstrap_servers:
        pytest.skip("a cluster is configured: tests start no broker")
    broker = LocalBroker(settings, tmp_path_factory.mktemp("scram-broker"))
    try:  # the start too: a signal (SIGTERM ends a session like Ctrl-C) during it stops it
        plain = broker.start(scram_users={USER: PASSWORD})
        sasl = localbroker.sasl_bootstrap(broker.data)
        assert sasl is not None
        yield plain, sasl
    finally:
        broker.stop()


def _sasl_env(password: str) -> dict[str, str]:
    return {
        "NEWSWIRE_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "NEWSWIRE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "NEWSWIRE_KAFKA_SASL_USERNAME": USER,
        "NEWSWIRE_KAFKA_SASL_PASSWORD": password,
    }


def test_right_scram_password_works_end_to_end(
    scram_broker: tuple[str, str], tmp_path: Path
) -> None:
    """With the right SCRAM-SHA-512 password newswire connects over SASL_PLAINTEXT, creates its
    topics, and turns a raw article into an Article (exactly_once, transactions included)."""
    plain, sasl = scram_broker
    topics = Topics.unique()
    service = start_service(sasl, topics, tmp_path, extra_env=_sasl_env(PASSWORD))
    try:
        wait_ready(service)
        asyncio.run(produce(plain, topics.raw, [(SEED.read_bytes(), [])]))
        events = asyncio.run(collect(plain, [topics.articles], until=1))
        assert [event["title"] for _, event in events] == [SEED_TITLE]
    finally:
        assert service.stop() == 0, service.log()
    assert PASSWORD not in service.log_path.read_text()


def test_wrong_scram_password_fails_fast_with_a_clear_error_and_consumes_nothing(
    scram_broker: tuple[str, str], tmp_path: Path
) -> None:
    """A wrong password ends `newswire run` within seconds with exit code 78 (EX_CONFIG) and a
    message naming the refused credentials but not the password; no offset is committed for the
    group, no output is written."""
    plain, sasl = scram_broker
    topics = Topics.unique()
    asyncio.run(create_topics(plain, topics))
    asyncio.run(produce(plain, topics.raw, [(SEED.read_bytes(), [])]))
    wrong = "not-the-password"
    env = {
        **os.environ,
        **topics.env(),
        **_sasl_env(wrong),
        "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS": sasl,
        "NEWSWIRE_METRICS_PORT": "0",
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "newswire", "run", "--workers", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 78, result.stderr[-2000:]
    assert "refused the credentials" in result.stderr
    assert wrong not in result.stdout + result.stderr
    print(f"wrong password: exit 78 after {elapsed:.1f} s")

    assert asyncio.run(committed_offset(plain, topics.group, topics.raw, 0)) is None
    assert asyncio.run(collect(plain, [topics.articles], until=1, within_s=3)) == []
