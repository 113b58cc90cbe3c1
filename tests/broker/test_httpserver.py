"""A running service's /healthz, /readyz and /metrics on a real Kafka broker (and with none
reachable)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.support import (
    SEED,
    Topics,
    collect,
    http_get,
    metric_value,
    produce,
    start_service,
    wait_ready,
)

pytestmark = pytest.mark.kafka


async def test_metrics_count_what_was_sent_and_readyz_reports_assignment(
    kafka_bootstrap: str, topics: Topics, tmp_path: Path
) -> None:
    """/readyz is 200 once the worker has joined the group; /metrics (merged from the worker
    processes) counts the inputs sent, the articles published, the dead letters by reason and
    the transactions."""
    service = start_service(kafka_bootstrap, topics, tmp_path)
    try:
        wait_ready(service)
        assert http_get(f"{service.base_url}/healthz")[0] == 200
        good, bad = 3, 2
        messages = [SEED.read_bytes() for _ in range(good)] + [b"" for _ in range(bad)]
        await produce(kafka_bootstrap, topics.raw, messages)
        await collect(kafka_bootstrap, [topics.articles, topics.deadletter], until=good + bad)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            text = http_get(f"{service.base_url}/metrics")[1]
            if (
                metric_value(text, "newswire_transactions_total", result="committed") >= 1
                and metric_value(text, "newswire_messages_consumed_total") >= good + bad
            ):
                break
            await asyncio.sleep(0.2)
        assert (
            metric_value(text, "newswire_messages_consumed_total", topic=topics.raw) == good + bad
        )
        assert metric_value(text, "newswire_articles_published_total") == good
        assert metric_value(text, "newswire_dead_letters_total", reason="no_content") == bad
        assert metric_value(text, "newswire_assigned_partitions") == 2
        assert metric_value(text, "newswire_stage_seconds_count", stage="extract") == good
        assert metric_value(text, "newswire_ready") == 1
        assert metric_value(text, "newswire_workers") == 1
        assert metric_value(text, "newswire_rebalances_total", event="assigned") >= 1
        assert 'newswire_build_info{version="' in text
    finally:
        assert service.stop() == 0, service.log()


def test_readyz_is_503_while_no_broker_is_reachable(topics: Topics, tmp_path: Path) -> None:
    """With nothing listening at the bootstrap address the process stays alive (/healthz 200),
    retries, and reports not ready (/readyz 503); SIGTERM still stops it cleanly."""
    from newswire.localbroker import free_port

    service = start_service(f"127.0.0.1:{free_port()}", topics, tmp_path)
    try:
        deadline = time.monotonic() + 30
        while http_get(f"{service.base_url}/healthz")[0] != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert http_get(f"{service.base_url}/healthz")[0] == 200
        time.sleep(1)
        assert http_get(f"{service.base_url}/readyz")[0] == 503
        assert service.process.poll() is None
    finally:
        assert service.stop() == 0, service.log()
