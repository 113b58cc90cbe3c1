"""The messages of newswire's AsyncAPI document (``components.messages``): each contract's
headers, payload reference, Kafka key binding and a real example, which is what the pipeline
makes of a seed (and of a bad input) at a fixed instant. :mod:`newswire.contracts.asyncapi`
puts them together with the channels, operations and servers.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from newswire import __version__
from newswire.errors import DeadLetterReason
from newswire.events import CONTRACTS, PAGE_TYPES, Article, DeadLetter, RawArticleEnvelope
from newswire.settings import REPO_ROOT, Settings

#: The examples are the pipeline's real output for this seed, processed at a fixed instant so
#: that the generated file only changes when the code's output does.
EXAMPLE_SEED = REPO_ROOT / "seeds" / "text" / "000_0d4127e431e53026.txt"
EXAMPLE_TIME = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
#: The seed as `newswire replay` / `make run` publishes a .txt file.
EXAMPLE_HEADERS = (("source", b"newswire-replay"), ("content-type", b"text/plain; charset=utf-8"))
#: An input the pipeline rejects (an envelope without its body), for the DeadLetter example.
EXAMPLE_BAD_INPUT = b'{"url": "https://example.com/news/1", "content_type": "text/html"}'

KAFKA_BINDING = "0.5.0"


#: Headers newswire reads on a raw record (pipeline/decode.py), all optional, values UTF-8 text.
INPUT_HEADERS: dict[str, str] = {
    "url": "Where the page was fetched.",
    "content-type": (
        "text/html or text/plain, with `charset=`; `application/json` marks an envelope. "
        "Sniffed from the body when absent."
    ),
    "content-encoding": "gzip, deflate or br when the body is compressed (also sniffed).",
    "content-language": "The HTTP Content-Language of the page, a hint for language detection.",
    "fetched-at": "ISO 8601 time of the fetch.",
    "source": "Scraper or feed name.",
}


def _header_schema(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def messages() -> dict[str, Any]:
    article_example, dead_example, raw_body = _examples()
    json_headers = {"content-type": {"type": "string", "const": "application/json"}}
    return {
        "RawEnvelope": {
            "name": "RawEnvelope",
            "title": "Raw page, JSON envelope",
            "contentType": "application/json",
            "headers": _header_schema(_input_headers(), []),
            "payload": _payload_ref(_file_of(RawArticleEnvelope)),
            "bindings": {"kafka": _key_binding({}, "Not used by newswire.")},
        },
        "RawBody": {
            "name": "RawBody",
            "title": "Raw page, bare body",
            "summary": "The fetched bytes as they are: HTML or text, any charset, maybe gzip/br.",
            "contentType": "text/plain",
            "headers": _header_schema(_input_headers(), []),
            "payload": {"type": "string", "description": "The page or scraped text (bytes)."},
            "bindings": {"kafka": _key_binding({}, "Not used by newswire.")},
            "examples": [
                {
                    "name": "seed",
                    "summary": f"seeds/text/{EXAMPLE_SEED.name} as `make run` publishes it.",
                    "headers": {name: value.decode() for name, value in EXAMPLE_HEADERS},
                    "payload": raw_body,
                }
            ],
        },
        "Article": {
            "name": "Article",
            "title": "Article",
            "contentType": "application/json",
            "headers": _header_schema(
                {
                    **json_headers,
                    "newswire-schema": {"type": "string", "const": _tag_of(Article)},
                    "newswire-page-type": {
                        "type": "string",
                        "enum": list(PAGE_TYPES),
                        "description": "The payload's `page_type`, to route without parsing.",
                    },
                },
                ["content-type", "newswire-schema", "newswire-page-type"],
            ),
            "payload": _payload_ref(_file_of(Article)),
            # The record key is this payload field (no AsyncAPI keyword says so).
            "x-key-field": "id",
            "bindings": {
                "kafka": _key_binding(
                    {"type": "string"},
                    "The Article's `id` (UTF-8): the same page always lands on the same "
                    "partition, and a compacted topic keeps its latest version.",
                )
            },
            "examples": [
                {
                    "name": "seed",
                    "summary": f"What newswire publishes for seeds/text/{EXAMPLE_SEED.name}.",
                    "headers": {
                        "content-type": "application/json",
                        "newswire-schema": _tag_of(Article),
                        "newswire-page-type": article_example["page_type"],
                    },
                    "payload": article_example,
                }
            ],
        },
        "DeadLetter": {
            "name": "DeadLetter",
            "title": "DeadLetter",
            "contentType": "application/json",
            "headers": _header_schema(
                {
                    **json_headers,
                    "newswire-schema": {"type": "string", "const": _tag_of(DeadLetter)},
                    "newswire-reason": {
                        "type": "string",
                        "enum": [reason.value for reason in DeadLetterReason],
                        "description": "The payload's `reason`, to filter without parsing.",
                    },
                },
                ["content-type", "newswire-schema", "newswire-reason"],
            ),
            "payload": _payload_ref(_file_of(DeadLetter)),
            "bindings": {
                "kafka": _key_binding(
                    {"type": ["string", "null"]},
                    "The input record's key, unchanged (null when it had none).",
                )
            },
            "examples": [
                {
                    "name": "envelope-without-body",
                    "summary": "What newswire publishes for an envelope that has no `body`.",
                    "headers": {
                        "content-type": "application/json",
                        "newswire-schema": _tag_of(DeadLetter),
                        "newswire-reason": dead_example["reason"],
                    },
                    "payload": dead_example,
                }
            ],
        },
    }


def _file_of(model: type[BaseModel]) -> str:
    """The published schema file of a contract (events.CONTRACTS), e.g. ``article.v1.json``."""
    return next(name for name, contract in CONTRACTS.items() if contract is model)


def _tag_of(model: type[BaseModel]) -> str:
    # The `newswire-schema` header value app.py writes: the schema file's name without .json.
    return _file_of(model).removesuffix(".json")


def _input_headers() -> dict[str, Any]:
    return {name: {"type": "string", "description": text} for name, text in INPUT_HEADERS.items()}


def _payload_ref(file: str) -> dict[str, Any]:
    # Referenced, not copied: the JSON Schemas are the contract, this document points at them.
    return {
        "schemaFormat": "application/schema+json;version=draft-07",
        "schema": {"$ref": f"./{file}"},
    }


def _key_binding(key: dict[str, Any], description: str) -> dict[str, Any]:
    return {"key": {**key, "description": description}, "bindingVersion": KAFKA_BINDING}


def _examples() -> tuple[dict[str, Any], dict[str, Any], str]:
    """The pipeline's real output for the seed and for a bad input, at a fixed instant."""
    from newswire.pipeline import Pipeline, PipelineOptions
    from newswire.records import InRecord

    pipeline = Pipeline(PipelineOptions(newswire_version=__version__))
    raw_topic = str(Settings.model_fields["raw_topic"].default)
    stamp = int(EXAMPLE_TIME.timestamp() * 1000)
    seed = EXAMPLE_SEED.read_bytes()
    article = pipeline.process(
        InRecord(raw_topic, 0, 0, stamp, None, seed, EXAMPLE_HEADERS), now=EXAMPLE_TIME
    ).result
    dead = pipeline.process(
        InRecord(raw_topic, 0, 1, stamp, None, EXAMPLE_BAD_INPUT, ()), now=EXAMPLE_TIME
    ).result
    if not isinstance(article, Article) or not isinstance(dead, DeadLetter):
        raise TypeError(f"example inputs gave {article!r} and {dead!r}")
    return (
        json.loads(article.model_dump_json()),
        json.loads(dead.model_dump_json()),
        seed.decode("utf-8"),
    )
