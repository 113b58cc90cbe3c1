"""The checker every broker test's reads go through: it accepts what newswire publishes and
rejects a record that strays from the AsyncAPI document in payload, headers or key."""

from __future__ import annotations

import json

import pytest

from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
from tests.contracts.published import channel_of, check_published
from tests.support import SEED

JSON = ("content-type", b"application/json")


def _article() -> tuple[bytes, bytes]:
    article = (
        Pipeline(PipelineOptions())
        .process(InRecord("raw", 0, 0, -1, None, SEED.read_bytes(), ()))
        .result
    )
    return article.model_dump_json().encode(), json.loads(article.model_dump_json())["id"].encode()


def _headers(value: bytes) -> list[tuple[str, bytes]]:
    page_type = json.loads(value)["page_type"].encode()
    return [JSON, ("newswire-schema", b"article.v1"), ("newswire-page-type", page_type)]


def test_a_well_formed_article_is_accepted() -> None:
    """An Article keyed by its id with the three headers newswire writes is the Article message."""
    value, key = _article()
    assert check_published("articles", key, value, _headers(value)) == "Article"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("key", "is not the payload's id"),
        ("schema-header", "headers"),
        ("no-content-type", "headers"),
        ("no-page-type", "newswire-page-type"),
        ("payload", "payload"),
    ],
)
def test_a_stray_record_is_rejected_with_the_reason(change: str, expected: str) -> None:
    """A wrong key, a wrong or missing header, or a payload missing a required field fails."""
    value, key = _article()
    headers = _headers(value)
    if change == "key":
        key = b"another"
    elif change == "schema-header":
        headers = [JSON, ("newswire-schema", b"article.v2"), headers[2]]
    elif change == "no-content-type":
        headers = headers[1:]
    elif change == "no-page-type":
        headers = headers[:2]
    else:
        payload = json.loads(value)
        del payload["title"]
        value = json.dumps(payload).encode()
    with pytest.raises(AssertionError, match=expected):
        check_published("articles", key, value, headers)


def test_a_dead_letter_needs_its_reason_header() -> None:
    """A DeadLetter without `newswire-reason` is not the DeadLetter message."""
    dead = Pipeline(PipelineOptions()).process(InRecord("raw", 0, 1, -1, None, b"", ())).result
    value = dead.model_dump_json().encode()
    headers = [JSON, ("newswire-schema", b"dead_letter.v1")]
    with pytest.raises(AssertionError, match="newswire-reason"):
        check_published("deadletter", None, value, headers)
    reason = ("newswire-reason", json.loads(value)["reason"].encode())
    assert check_published("deadletter", None, value, [*headers, reason]) == "DeadLetter"


@pytest.mark.parametrize(
    ("topic", "channel"),
    [
        ("news.articles", "articles"),
        ("news.deadletter", "deadletter"),
        ("t0123456789.articles", "articles"),
        ("t0123456789.dlq", "deadletter"),
        ("news.raw", None),
        ("t0123456789.raw", None),
        ("__consumer_offsets", None),
    ],
)
def test_topics_map_to_their_channels(topic: str, channel: str | None) -> None:
    """Default addresses and the tests' `<tag>.<channel>` topics are checked as their channel;
    raw input topics (written by the tests) and internal ones are not."""
    assert channel_of(topic) == channel
