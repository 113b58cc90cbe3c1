"""Committed offsets read stable (OffsetFetch v7 with ``require_stable``)."""

from __future__ import annotations

import pytest
from aiokafka.errors import GroupAuthorizationFailedError

from newswire.bus.connection import Connection
from newswire.bus.consumer import KafkaSource
from newswire.bus.stableoffsets import (
    NotYet,
    StableOffsetFetch,
    _OffsetFetchRequestV7,
    _OffsetFetchResponseV7,
    offsets_answered,
)
from newswire.records import TopicPartition
from tests.support import Topics, create_topics, produce


def _answer(partitions: list[tuple[int, int, int]], error_code: int = 0) -> _OffsetFetchResponseV7:
    """A v7 answer for topic "t": (partition, committed offset, error code) each."""
    rows: list[tuple[int, int, int, str, int, dict[int, bytes]]] = [
        (p, offset, -1, "", code, {}) for p, offset, code in partitions
    ]
    encoded = _OffsetFetchResponseV7(0, [("t", rows, {})], error_code, {}).encode()
    decoded: _OffsetFetchResponseV7 = _OffsetFetchResponseV7.decode(encoded)
    return decoded


def test_the_request_asks_for_stable_offsets_per_topic() -> None:
    """The request names the group, each topic once with its partitions in order, and sets
    ``require_stable``: it round-trips through the flexible (v6+) encoding."""
    request = StableOffsetFetch(
        "g", [TopicPartition("t", 2), TopicPartition("u", 0), TopicPartition("t", 0)]
    ).build(_OffsetFetchRequestV7)
    decoded = _OffsetFetchRequestV7.decode(request.encode())
    assert decoded.group_id == "g"
    assert [(name, parts) for name, parts, _ in decoded.topics] == [("t", [0, 2]), ("u", [0])]
    assert decoded.require_stable is True


def test_an_answer_gives_each_partitions_offset_and_none_for_no_commit() -> None:
    """Each partition maps to its committed offset; -1 (nothing committed) maps to None."""
    answered = offsets_answered(_answer([(0, 42, 0), (1, -1, 0)]))
    assert answered == {TopicPartition("t", 0): 42, TopicPartition("t", 1): None}


@pytest.mark.parametrize("code", [14, 15, 16, 88])
def test_a_coordinator_moving_loading_or_holding_a_pending_commit_means_ask_again(
    code: int,
) -> None:
    """COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR and
    UNSTABLE_OFFSET_COMMIT, for the group or for one partition, are NotYet (the caller retries),
    never an offset."""
    with pytest.raises(NotYet):
        offsets_answered(_answer([(0, 42, code)]))
    with pytest.raises(NotYet):
        offsets_answered(_answer([(0, 42, 0)], error_code=code))


def test_another_error_is_raised_as_kafkas() -> None:
    """An error that waiting cannot fix is raised as aiokafka's error (mapped at the boundary)."""
    with pytest.raises(GroupAuthorizationFailedError):
        offsets_answered(_answer([], error_code=30))


@pytest.mark.kafka
async def test_a_rewind_continues_from_the_offset_the_group_committed(
    kafka_bootstrap: str,
) -> None:
    """On the real broker: after reading past a committed offset, a rewind reads it (stable)
    and the next fetches start there."""
    topics = Topics.unique()
    await create_topics(kafka_bootstrap, topics, partitions=1)
    await produce(kafka_bootstrap, topics.raw, [b"x%d" % i for i in range(20)])
    source = KafkaSource(Connection(kafka_bootstrap), topic=topics.raw, group_id=topics.group)
    await source.start()
    try:
        assert await _read(source, 20) == list(range(20))
        partition = TopicPartition(topics.raw, 0)
        assert await source.commit({partition: 7})
        await source.rewind({partition})
        assert await _read(source, 13) == list(range(7, 20))
    finally:
        await source.stop()


async def _read(source: KafkaSource, count: int) -> list[int]:
    offsets: list[int] = []
    for _ in range(60):
        offsets += [r.offset for r in await source.getmany(timeout_ms=500, max_records=100)]
        if len(offsets) >= count:
            break
    return offsets
