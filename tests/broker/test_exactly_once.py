"""Delivery guarantees under faults, on the real broker: random SIGKILLs, a second instance joining
mid-stream, an instance dying while another takes over."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from newswire.bench.chaos import run_chaos
from newswire.dev.inputs import mixed_inputs
from tests.support import (
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


@pytest.mark.timeout(1800)  # 2,000 inputs, 5 kills, drains up to 240 s
async def test_random_sigkills_neither_lose_nor_duplicate_in_exactly_once(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """2,000 mixed inputs (HTML, text, bad) on 4 partitions, two workers; 5 SIGKILLs of the whole
    service or of one worker at random moments while a burst is processed: every input ends as
    exactly one committed Article or DeadLetter."""
    report = await run_chaos(
        kafka_bootstrap, guarantee="exactly_once", inputs=2000, kills=5, log_dir=tmp_path
    )
    print(report.line())
    assert len(report.kills) == 5
    assert report.lost == 0, report.line()
    assert report.duplicated == 0, report.line()


@pytest.mark.timeout(1800)  # 2,000 inputs, 5 kills, drains up to 240 s
async def test_random_sigkills_lose_nothing_in_at_least_once(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """The same chaos in at_least_once: no input is lost (duplicates are allowed and reported)."""
    report = await run_chaos(
        kafka_bootstrap, guarantee="at_least_once", inputs=2000, kills=5, log_dir=tmp_path
    )
    print(report.line())
    assert report.lost == 0, report.line()


#: With a commit interval the batches a rebalance or the kill meets are open, taking in fetches
#: while the consumer keeps up, and closing as soon as records wait behind them (the bursts).
@pytest.mark.parametrize("interval_ms", [0, 100])
async def test_second_instance_joining_and_first_dying_keep_exactly_once(
    kafka_bootstrap: str, tmp_path: Path, interval_ms: int
) -> None:
    """Instance A processes a stream; B joins while A is busy (rebalance under load); then A is
    SIGKILLed and B takes over all partitions within the session timeout, with or without a
    commit interval (``NEWSWIRE_COMMIT_INTERVAL_MS``). Every input ends as exactly one output
    across both instances."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=4)
    values = mixed_inputs(1500)
    bursts = [values[0:500], values[500:1000], values[1000:1500]]
    env = {"NEWSWIRE_BATCH_MAX_RECORDS": "50", "NEWSWIRE_COMMIT_INTERVAL_MS": str(interval_ms)}
    first = start_service(kafka_bootstrap, topics, tmp_path, extra_env=env)
    second = None
    try:
        wait_ready(first)
        await produce(kafka_bootstrap, topics.raw, [(v, []) for v in bursts[0]])
        second = start_service(kafka_bootstrap, topics, tmp_path, extra_env=env)
        await produce(kafka_bootstrap, topics.raw, [(v, []) for v in bursts[1]])
        wait_ready(second)
        first.kill_all()
        await produce(kafka_bootstrap, topics.raw, [(v, []) for v in bursts[2]])
        # Session timeout in these tests: 6 s; the survivor owns all 4 partitions soon after.
        deadline = time.monotonic() + 60
        owned = 0.0
        while time.monotonic() < deadline:
            owned = metric_value(
                http_get(f"{second.base_url}/metrics")[1], "newswire_assigned_partitions"
            )
            if owned == 4:
                break
            await asyncio.sleep(0.5)
        assert owned == 4, second.log()
        events = await collect(
            kafka_bootstrap,
            [topics.articles, topics.deadletter],
            until=len(values),
            within_s=120,
            distinct=input_offset,
            settle_s=3,
        )
    finally:
        first.stop()
        if second is not None:
            assert second.stop() == 0, second.log()
    seen = Counter(input_offset(event) for _, event in events)
    assert len(seen) == len(values), f"lost: {len(values) - len(seen)}"
    assert max(seen.values()) == 1, f"duplicated: {sum(seen.values()) - len(seen)}"


async def test_static_membership_survives_a_worker_kill_with_exactly_once_output(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """With NEWSWIRE_GROUP_INSTANCE_ID the worker joins as a static member; SIGKILLed and
    restarted by its supervisor, it rejoins under the same identity and goes on: every input
    before and after the kill ends as exactly one output."""
    from newswire.dev.harness import worker_pids

    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=2)
    values = mixed_inputs(400)
    service = start_service(
        kafka_bootstrap, topics, tmp_path, NEWSWIRE_GROUP_INSTANCE_ID=f"static-{topics.group}"
    )
    try:
        wait_ready(service)
        await produce(kafka_bootstrap, topics.raw, [(v, []) for v in values[:200]])
        await asyncio.sleep(0.5)
        pids = worker_pids(service.process.pid)
        assert len(pids) == 1
        os.kill(pids[0], signal.SIGKILL)
        await produce(kafka_bootstrap, topics.raw, [(v, []) for v in values[200:]])
        events = await collect(
            kafka_bootstrap,
            [topics.articles, topics.deadletter],
            until=len(values),
            within_s=120,
            distinct=input_offset,
            settle_s=3,
        )
        restarts = metric_value(
            http_get(f"{service.base_url}/metrics")[1], "newswire_worker_restarts_total"
        )
    finally:
        assert service.stop() == 0, service.log()
    seen = Counter(input_offset(event) for _, event in events)
    assert len(seen) == len(values), f"lost: {len(values) - len(seen)}"
    assert max(seen.values()) == 1
    assert restarts == 1
