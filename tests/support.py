"""The tests' defaults on top of the shared harness (``newswire.dev.harness``): seeds, a service
started with test-friendly timeouts, and the metric reader."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from newswire.dev.harness import (
    ServiceProcess,
    Topics,
    http_get,
    input_of,
    publish,
    read_outputs,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "text" / "000_0d4127e431e53026.txt"
SEED_TITLE = "Jauh-jauh Datang dari AS Temui Menlu Azerbaijan dan Armenia, Mike Pompeo Minta Perang Dihentikan"

#: The harness's names under the ones the tests use.
collect = read_outputs
input_offset = input_of
produce = publish

__all__ = [
    "ARRIVAL",
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
    "trickle",
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


#: Records an arrival of ``trickle`` brings, every 100 ms: a few at a time, as at load.
ARRIVAL = 4


async def trickle(bootstrap: str, topic: str, values: list[bytes]) -> None:
    """Publish ``values`` ``ARRIVAL`` at a time, 100 ms apart, each arrival acknowledged."""
    for start in range(0, len(values), ARRIVAL):
        await produce(bootstrap, topic, values[start : start + ARRIVAL])
        await asyncio.sleep(0.1)


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
