"""Session fixtures: one real Kafka broker for the whole test session.

If NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS is set, that cluster is used and no broker is started; the
broker's pom and jar cache come from Settings (NEWSWIRE_BROKER_POM, NEWSWIRE_BROKER_CACHE).

SIGTERM (a CI job's timeout, ``kill``) ends the session the way Ctrl-C does: pytest tears the
fixtures down, so the session's broker is stopped rather than left running (it runs in a session
of its own: nothing else would stop it).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from types import FrameType

import pytest

from newswire.dev.harness import LocalBroker
from newswire.dev.stopsignals import Interrupted
from newswire.settings import Settings

_terminated: list[int] = []


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    del frame
    if not _terminated:  # a repeat must not cut the teardown (the broker's stop) short
        _terminated.append(signum)
        raise Interrupted(signum)


def pytest_configure(config: pytest.Config) -> None:
    del config
    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _on_sigterm)


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
    try:  # the start too: a signal during the broker's start stops it
        yield broker.start()
    finally:
        broker.stop()
