"""A group's committed offsets read *stable* (OffsetFetch v7, ``require_stable``, KIP-447).

Why not ``AIOKafkaConsumer.committed``: aiokafka sends OffsetFetch v3 at most, which has no
``require_stable``. Kafka's group coordinator (the one of Kafka 4) answers such a fetch with a
read at the ``__consumer_offsets`` partition's last *replicated* offset; right after that
partition's leader died, the new leader's high watermark trails its log for a few seconds, and the
answer is the state of that moment. Measured on the local three-node cluster (SIGKILL of the group
coordinator while offsets are committed): for 3-6 s after the failover v3 answered "no committed
offset" (-1) for a group with 296 and 352 acknowledged commits, then an offset behind the last
acknowledged one. A worker rewinding on such an answer re-reads its partition from the beginning
(or from behind its last transaction) and commits every output again. With ``require_stable`` the
coordinator answers only once everything it holds is replicated, and a partition with a
transaction's offsets still pending is answered ``UNSTABLE_OFFSET_COMMIT`` (retried here).
"""

from __future__ import annotations

import asyncio
from typing import TypeAlias

from aiokafka import errors as kafka_errors
from aiokafka.client import AIOKafkaClient, ConnectionGroup, CoordinationType
from aiokafka.protocol.api import Request, RequestStruct, Response
from aiokafka.protocol.types import (
    Boolean,
    CompactArray,
    CompactString,
    Int16,
    Int32,
    Int64,
    Schema,
    TaggedFields,
)

from newswire.records import TopicPartition

#: Error codes that mean "ask again": COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE,
#: NOT_COORDINATOR (the coordinator moved or is loading) and UNSTABLE_OFFSET_COMMIT (a
#: transaction's offsets still pending; aiokafka has no class for 88).
_NOT_YET = frozenset({14, 15, 16, 88})
_RETRY_S = 0.05
UNKNOWN_OFFSET = -1


class NotYet(Exception):
    """The coordinator cannot answer stable offsets yet: ask again."""


class _OffsetFetchResponseV7(Response):  # type: ignore[misc]  # aiokafka is untyped
    API_KEY = 9
    API_VERSION = 7
    SCHEMA = Schema(
        ("throttle_time_ms", Int32),
        (
            "topics",
            CompactArray(
                ("name", CompactString("utf-8")),
                (
                    "partitions",
                    CompactArray(
                        ("partition_index", Int32),
                        ("committed_offset", Int64),
                        ("committed_leader_epoch", Int32),
                        ("metadata", CompactString("utf-8")),
                        ("error_code", Int16),
                        ("tags", TaggedFields),
                    ),
                ),
                ("tags", TaggedFields),
            ),
        ),
        ("error_code", Int16),
        ("tags", TaggedFields),
    )


class _OffsetFetchRequestV7(RequestStruct):  # type: ignore[misc]  # aiokafka is untyped
    FLEXIBLE_VERSION = True
    API_KEY = 9
    API_VERSION = 7
    RESPONSE_TYPE = _OffsetFetchResponseV7
    SCHEMA = Schema(
        ("group_id", CompactString("utf-8")),
        (
            "topics",
            CompactArray(
                ("name", CompactString("utf-8")),
                ("partition_indexes", CompactArray(Int32)),
                ("tags", TaggedFields),
            ),
        ),
        ("require_stable", Boolean),
        ("tags", TaggedFields),
    )


_Struct: TypeAlias = _OffsetFetchRequestV7


class StableOffsetFetch(Request[_Struct]):  # type: ignore[misc]  # aiokafka is untyped
    """OffsetFetch v7 with ``require_stable`` for some partitions of one group."""

    API_KEY = 9

    def __init__(self, group_id: str, partitions: list[TopicPartition]) -> None:
        self._group_id = group_id
        self._partitions = partitions

    def build(self, request_struct_class: type[_Struct]) -> _Struct:
        topics: dict[str, list[int]] = {}
        for tp in sorted(self._partitions):
            topics.setdefault(tp.topic, []).append(tp.partition)
        return request_struct_class(
            self._group_id, [(topic, parts, {}) for topic, parts in topics.items()], True, {}
        )


def offsets_answered(response: Response) -> dict[TopicPartition, int | None]:
    """Each partition's committed offset (None: nothing committed); raises the answer's error."""
    _raise_if_error(response.error_code)
    out: dict[TopicPartition, int | None] = {}
    for topic, partitions, _tags in response.topics:
        for partition, offset, _epoch, _metadata, error_code, _ptags in partitions:
            _raise_if_error(error_code)
            out[TopicPartition(topic, partition)] = None if offset == UNKNOWN_OFFSET else offset
    return out


async def committed_stable(
    client: AIOKafkaClient, group_id: str, partitions: set[TopicPartition]
) -> dict[TopicPartition, int | None]:
    """The group's committed offsets of ``partitions`` once the coordinator has them stable,
    retrying the answers that mean "not yet" (the caller bounds the wait)."""
    if not partitions:
        return {}
    request = StableOffsetFetch(group_id, sorted(partitions))
    while True:
        try:
            node = await client.coordinator_lookup(CoordinationType.GROUP, group_id)
            response = await client.send(node, request, group=ConnectionGroup.COORDINATION)
            return offsets_answered(response)
        except NotYet:
            await asyncio.sleep(_RETRY_S)
        except kafka_errors.KafkaError as exc:
            if not exc.retriable:
                raise
            await asyncio.sleep(_RETRY_S)


def _raise_if_error(code: int) -> None:
    if code in _NOT_YET:
        raise NotYet(code)
    error = kafka_errors.for_code(code)
    if error is not kafka_errors.NoError:
        raise error()
