"""Check a record newswire published against the AsyncAPI document: the channel its topic is,
one of that channel's messages whose payload schema (the referenced JSON Schema), header schema
and Kafka key schema it satisfies, and its key taken from the payload field the message names."""

from __future__ import annotations

import functools
import json
from typing import Any

import jsonschema
import yaml

from tests.support import REPO

SCHEMAS = REPO / "schemas"


@functools.cache
def document() -> dict[str, Any]:
    loaded = yaml.safe_load((SCHEMAS / "asyncapi.yaml").read_text())
    assert isinstance(loaded, dict)
    return loaded


@functools.cache
def _json_schema(ref: str) -> dict[str, Any]:
    loaded = json.loads((SCHEMAS / ref).read_text())
    assert isinstance(loaded, dict)
    return loaded


def _resolve(ref: str) -> dict[str, Any]:
    target: Any = document()
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    while isinstance(target, dict) and "$ref" in target:
        target = _resolve(target["$ref"])
    assert isinstance(target, dict)
    return target


def messages_of(channel: str) -> dict[str, dict[str, Any]]:
    """The channel's messages by name, references resolved."""
    found = document()["channels"][channel]["messages"]
    return {name: _resolve(message["$ref"]) for name, message in found.items()}


def problems(
    message: dict[str, Any],
    key: bytes | None,
    value: bytes,
    headers: list[tuple[str, bytes]] | tuple[tuple[str, bytes], ...],
) -> list[str]:
    """Why the record does not fit the message (empty when it does)."""
    out: list[str] = []
    names = [name for name, _ in headers]
    if len(names) != len(set(names)):
        out.append(f"repeated headers {names}")
    header_map = {name: raw.decode("utf-8") for name, raw in headers}
    schema = message["payload"].get("schema", message["payload"])
    payload: Any = value.decode("utf-8")
    if "$ref" in schema:
        schema = _json_schema(schema["$ref"])
        payload = json.loads(value)
    key_schema = message["bindings"]["kafka"]["key"]
    decoded_key = None if key is None else key.decode("utf-8")
    for what, instance, against in (
        ("payload", payload, schema),
        ("headers", header_map, message["headers"]),
        ("key", decoded_key, {k: v for k, v in key_schema.items() if k != "description"}),
    ):
        error = jsonschema.exceptions.best_match(
            jsonschema.validators.validator_for(against)(against).iter_errors(instance)
        )
        if error is not None:
            out.append(f"{what}: {error.message} at {list(error.absolute_path)}")
    field = message.get("x-key-field")
    if field and not out and decoded_key != payload.get(field):
        out.append(f"key {decoded_key!r} is not the payload's {field} {payload.get(field)!r}")
    return out


def check_published(
    channel: str,
    key: bytes | None,
    value: bytes,
    headers: list[tuple[str, bytes]] | tuple[tuple[str, bytes], ...],
) -> str:
    """The name of the channel's message the record is; AssertionError when it is none."""
    reasons = {}
    for name, message in messages_of(channel).items():
        found = problems(message, key, value, headers)
        if not found:
            return name
        reasons[name] = found
    raise AssertionError(f"record on channel {channel!r} fits none of its messages: {reasons}")


def channel_of(topic: str) -> str | None:
    """The channel a topic is: a default address from the document, or a test topic named
    ``<tag>.<channel>`` (``.dlq`` is the dead-letter channel); None for the raw input topics
    (tests write those) and unrelated ones."""
    channels = document()["channels"]
    by_address = {channel["address"]: name for name, channel in channels.items()}
    name = by_address.get(topic) or {"dlq": "deadletter"}.get(topic.rsplit(".", 1)[-1])
    name = name or topic.rsplit(".", 1)[-1]
    if name not in channels or channels[name]["messages"].keys() & {"RawBody", "RawEnvelope"}:
        return None
    return name


async def check_topics(bootstrap: str, topics: list[str]) -> dict[str, int]:
    """Read every committed record of ``topics`` (up to the last stable offset) and check each
    against its channel; returns the records checked per channel."""
    from aiokafka import AIOKafkaConsumer, TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient

    # The topics' partitions from the cluster's metadata (Kafka's public admin API); a topic
    # the run never created has none, and is skipped.
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        described = {d["topic"]: d for d in await admin.describe_topics(topics)}
    finally:
        await admin.close()
    partitions = [
        TopicPartition(topic, p["partition"])
        for topic in topics
        if topic in described and not described[topic].get("error_code")
        for p in sorted(described[topic]["partitions"], key=lambda p: p["partition"])
    ]
    counts: dict[str, int] = {}
    if not partitions:
        return counts
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        isolation_level="read_committed",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        pending = {tp for tp in partitions if ends[tp] > 0}
        while pending:
            batch = await consumer.getmany(*pending, timeout_ms=1000)
            for tp, records in batch.items():
                channel = channel_of(tp.topic)
                assert channel is not None
                for record in records:
                    check_published(channel, record.key, record.value, record.headers)
                    counts[channel] = counts.get(channel, 0) + 1
            for tp in list(pending):
                if await consumer.position(tp) >= ends[tp]:
                    pending.discard(tp)
    finally:
        await consumer.stop()
    return counts
