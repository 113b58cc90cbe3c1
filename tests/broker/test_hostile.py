"""The hostile-input corpus once through the real broker: every case ends as exactly one output,
on the articles topic or on the dead-letter topic with its expected reason."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.hostile import ARTICLE, CASES
from tests.support import (
    Topics,
    collect,
    create_topics,
    input_offset,
    produce,
    start_service,
    wait_ready,
)

pytestmark = pytest.mark.kafka


async def test_every_hostile_case_ends_as_exactly_one_output_through_the_broker(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """Each corpus case small enough for the broker (its limit is 16 MB) is published to
    partition 0 in order; the service turns each into exactly one output, an Article or a
    DeadLetter with the expected reason, and keeps running."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=1)
    cases = [case for case in CASES if case.broker]
    offsets = await produce(kafka_bootstrap, topics.raw, [case.make() for case in cases])
    expected = {offset: case.expect for offset, case in zip(offsets, cases, strict=True)}
    # Outcomes, not budgets, are checked here: the 10 MB text case needs ~2 s of CPU, near the
    # default budget, and the poison path has its own test (test_poison.py).
    service = start_service(kafka_bootstrap, topics, tmp_path, NEWSWIRE_MESSAGE_CPU_BUDGET_S="20")
    try:
        wait_ready(service)
        events = await collect(
            kafka_bootstrap,
            [topics.articles, topics.deadletter],
            until=len(cases),
            within_s=180,
            distinct=input_offset,
            settle_s=3,
        )
        assert service.process.poll() is None
    finally:
        assert service.stop() == 0, service.log()
    seen = Counter(input_offset(event) for _, event in events)
    assert sorted(offset for _, offset in seen) == sorted(expected)
    assert max(seen.values()) == 1
    for topic, event in events:
        offset = input_offset(event)[1]
        outcome = ARTICLE if topic == topics.articles else event["reason"]
        assert outcome == expected[offset], (offset, outcome, expected[offset])
