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
