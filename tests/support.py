"""The tests' defaults on top of the shared harness (``newswire.dev.harness``): seeds, a service
started with test-friendly timeouts, outputs checked against their AsyncAPI channel as they are
read, and the metric reader."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newswire.dev import harness
from newswire.dev.harness import ServiceProcess, http_get, input_of, publish

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "text" / "000_0d4127e431e53026.txt"
SEED_TITLE = "Jauh-jauh Datang dari AS Temui Menlu Azerbaijan dan Armenia, Mike Pompeo Minta Perang Dihentikan"

#: The harness's names under the ones the tests use.
input_offset = input_of
produce = publish

#: Topic name -> AsyncAPI channel, for every topic a test's service uses: ``collect`` checks
#: each record it reads against its channel (tests/contracts/published.py).
CHANNEL_OF_TOPIC: dict[str, str] = {}
#: Records checked per channel in this session (a test asserts they were checked at all).
PUBLISHED_CHECKED: dict[str, int] = {}


@dataclass(frozen=True)
class Topics(harness.Topics):
    """The harness's topics, each registered with its channel as it is made."""

    def __post_init__(self) -> None:
        # Field names are the channel names (raw_topic -> "raw", articles_topic -> "articles").
        for name in ("raw", "articles", "deadletter"):
            CHANNEL_OF_TOPIC[getattr(self, name)] = name


async def collect(
    bootstrap: str,
    topics: list[str],
    *,
    until: int,
    within_s: float = 60,
    distinct: Callable[[dict[str, Any]], object] | None = None,
    settle_s: float = 1.0,
) -> list[harness.Output]:
    """``harness.read_outputs``, each record checked against its channel's message."""
    return await harness.read_outputs(
        bootstrap,
        topics,
        until=until,
        within_s=within_s,
        distinct=distinct,
        settle_s=settle_s,
        check=_check_against_contract,
    )


def _check_against_contract(
    topic: str, key: bytes | None, value: bytes, headers: list[tuple[str, bytes]]
) -> None:
    """Every record a broker test reads from newswire's outputs must be one of the messages
    the AsyncAPI document gives its channel (payload, headers and key)."""
    from tests.contracts.published import check_published

    channel = CHANNEL_OF_TOPIC.get(topic)
    if channel is None:
        raise AssertionError(f"topic {topic} is no Topics field: its channel is unknown")
    check_published(channel, key, value, headers)
    PUBLISHED_CHECKED[channel] = PUBLISHED_CHECKED.get(channel, 0) + 1


__all__ = [
    "REPO",
    "SEED",
    "SEED_TITLE",
    "ServiceProcess",
    "Topics",
    "collect",
    "create_topics",
    "http_get",
    "input_offset",
    "metric_value",
    "produce",
    "start_service",
    "wait_ready",
]

#: Two partitions, quick retries and a short session: failures show within a test's patience.
_TEST_ENV = {
    "NEWSWIRE_TOPIC_PARTITIONS": "2",
    "NEWSWIRE_RETRY_BACKOFF_MAX_S": "1",
    "NEWSWIRE_SESSION_TIMEOUT_MS": "6000",
}


def start_service(
    bootstrap: str,
    topics: Topics,
    log_dir: Path,
    *,
    workers: int = 1,
    extra_env: dict[str, str] | None = None,
    **env: str,
) -> ServiceProcess:
    """``newswire run`` on ``topics`` with the test defaults, overridden by ``extra_env`` and
    ``env``."""
    return ServiceProcess(
        bootstrap,
        env={**_TEST_ENV, **topics.env(), **(extra_env or {}), **env},
        workers=workers,
        log_path=log_dir / f"service-{uuid.uuid4().hex[:6]}.log",
    )


def wait_ready(service: ServiceProcess, timeout: float = 60) -> None:
    if not service.ready(timeout):
        state = "exited early" if service.process.poll() is not None else "not ready"
        raise AssertionError(f"service {state} in {timeout}s:\n{service.log()}")


async def create_topics(bootstrap: str, topics: Topics, partitions: int = 2) -> None:
    await topics.create(bootstrap, partitions=partitions)


def metric_value(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        series, _, value = line.rpartition(" ")
        if series.split("{", 1)[0] != name:
            continue
        if all(f'{key}="{val}"' in series for key, val in labels.items()):
            total += float(value)
    return total
