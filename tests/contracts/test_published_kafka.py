"""On a real broker, every record newswire publishes for a mixed input set is the message its
channel names in schemas/asyncapi.yaml (payload schema, headers, key), read back committed."""

from __future__ import annotations

import base64
import gzip
from collections import Counter
from pathlib import Path

import pytest

from newswire.replay import iter_messages
from tests.contracts.plugin import CHECKED_TOPICS
from tests.contracts.published import check_topics
from tests.support import REPO, Topics, collect, produce, start_service, wait_ready

pytestmark = pytest.mark.kafka

BAD = {
    b'{"url": "https://x", "body": ': "invalid_envelope",
    b"Caf\xe9 \xff\xfe is not UTF-8 and nothing says what it is": "undecodable",
    b"   \n ": "no_content",
    b"x" * 1_100_000: "too_large",
    b"<html><body>" + b"<div>" * 6_000 + b"deep" + b"</div>" * 6_000 + b"</body></html>": (
        "too_complex"
    ),
    gzip.compress(b"fine")[:-6]: "undecodable",
}


async def test_every_published_record_matches_its_channel(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """The 25 seed inputs (text and HTML envelopes) and one bad input per reason (with a header)
    come out as 25 Articles and 6 DeadLetters; each record, read committed, is checked against
    its channel's message: payload against the referenced JSON Schema,
    headers against the header schema, the key against the key schema (an Article's is its id,
    a DeadLetter's the input's key, here none)."""
    topics = Topics.unique()
    seeds = [(m.value, list(m.headers)) for m in iter_messages([REPO / "seeds"])]
    bad = [(value, [("trace", b"t")]) for value in BAD]
    service = start_service(
        kafka_bootstrap, topics, tmp_path, NEWSWIRE_MAX_MESSAGE_BYTES=str(1_000_000)
    )
    try:
        wait_ready(service)
        await produce(kafka_bootstrap, topics.raw, seeds + bad)
        events = await collect(
            kafka_bootstrap,
            [topics.articles, topics.deadletter],
            until=len(seeds) + len(bad),
            within_s=120,
        )
    finally:
        assert service.stop() == 0, service.log()
    by_topic = Counter(topic for topic, _ in events)
    assert by_topic == {topics.articles: len(seeds), topics.deadletter: len(bad)}
    reasons = Counter(event["reason"] for topic, event in events if topic == topics.deadletter)
    assert reasons == Counter(BAD.values())
    for topic, event in events:
        if topic == topics.deadletter:
            assert base64.b64decode(event["original"]["value"]) in BAD
    checked = await check_topics(kafka_bootstrap, [topics.articles, topics.deadletter])
    CHECKED_TOPICS.update([topics.articles, topics.deadletter])
    assert checked == {"articles": len(seeds), "deadletter": len(bad)}
