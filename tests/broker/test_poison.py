"""Poison isolation on the real broker: a message that kills (or hangs) its worker every time is
dead-lettered as `poison` after two worker deaths, exactly once, and the partition moves on."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.support import (
    SEED,
    Topics,
    collect,
    create_topics,
    http_get,
    input_offset,
    metric_value,
    produce,
    start_service,
    wait_ready,
)

pytestmark = pytest.mark.kafka

MARKER = "ZZ-POISON-ZZ"


@pytest.mark.parametrize("fault", ["crash-on", "spin-on"])
async def test_a_message_that_kills_its_worker_twice_becomes_a_poison_dead_letter(
    kafka_bootstrap: str, tmp_path: Path, fault: str
) -> None:
    """A test-only stage exits abruptly (crash-on) or loops forever (spin-on, stopped by the
    0.5 s CPU budget) on one marked record. Its worker dies twice, is restarted each time, and
    the record then goes to the dead-letter topic with reason `poison`; every other record
    (before and after it, same partition) becomes exactly one Article, in exactly_once."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=1)
    text = SEED.read_text()
    values = [f"Berita {i}\n\n{text}".encode() for i in range(10)]
    values.insert(5, f"Berita racun {MARKER}\n\n{text}".encode())
    await produce(kafka_bootstrap, topics.raw, [(value, []) for value in values])
    service = start_service(
        kafka_bootstrap,
        topics,
        tmp_path,
        NEWSWIRE_FAULT_INJECTION=f"{fault}:{MARKER}",
        NEWSWIRE_MESSAGE_CPU_BUDGET_S="0.5",
    )
    try:
        events = await collect(
            kafka_bootstrap,
            [topics.articles, topics.deadletter],
            until=len(values),
            within_s=120,
            distinct=input_offset,
            settle_s=3,
        )
        deadline = time.monotonic() + 30
        text_metrics = ""
        while time.monotonic() < deadline:
            text_metrics = http_get(f"{service.base_url}/metrics")[1]
            if metric_value(text_metrics, "newswire_poison_messages_total") >= 1:
                break
            await asyncio.sleep(0.5)
        wait_ready(service)  # the restarted worker is healthy
    finally:
        assert service.stop() == 0, service.log()
    seen = Counter(input_offset(event) for _, event in events)
    assert len(seen) == len(values), service.log()
    assert max(seen.values()) == 1
    poison = [e for topic, e in events if topic == topics.deadletter]
    assert [(p["reason"], p["original"]["offset"]) for p in poison] == [("poison", 5)]
    assert sum(topic == topics.articles for topic, _ in events) == len(values) - 1
    assert metric_value(text_metrics, "newswire_poison_messages_total") == 1
    assert metric_value(text_metrics, "newswire_worker_restarts_total") == 2
    assert metric_value(text_metrics, "newswire_dead_letters_total", reason="poison") == 1
