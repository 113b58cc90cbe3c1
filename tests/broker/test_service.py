"""The service end to end on a real Kafka broker (outside producers and consumers included)."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from newswire.dev.harness import LocalBroker
from newswire.dev.inputs import mixed_inputs
from newswire.settings import Settings
from tests.support import (
    ARRIVAL,
    SEED,
    SEED_TITLE,
    Topics,
    collect,
    create_topics,
    http_get,
    input_offset,
    metric_value,
    produce,
    start_service,
    trickle,
    wait_ready,
)

pytestmark = pytest.mark.kafka


def _kcat() -> str:
    kcat = shutil.which("kcat")
    if kcat is None:
        pytest.fail("kcat is not installed (make test installs it with apt-get)")
    return kcat


def _kcat_first_record(bootstrap: str, topic: str) -> bytes:
    command = [
        _kcat(),
        "-C",
        "-b",
        bootstrap,
        "-t",
        topic,
        "-o",
        "beginning",
        "-c",
        "1",
        "-e",
        "-q",
        "-X",
        "isolation.level=read_committed",
        "-f",
        "%s\n",
    ]
    return subprocess.run(command, capture_output=True, check=True, timeout=60).stdout


def test_seed_published_by_kcat_comes_out_as_article_read_by_kcat(
    kafka_bootstrap: str, topics: Topics, tmp_path: Path
) -> None:
    """A scrape published as-is by an outside producer (kcat -P) becomes one Article with the
    seed's title and body, readable by an outside consumer (kcat -C, read_committed)."""
    service = start_service(kafka_bootstrap, topics, tmp_path)
    try:
        wait_ready(service)
        subprocess.run(
            [
                _kcat(),
                "-P",
                "-b",
                kafka_bootstrap,
                "-t",
                topics.raw,
                "-H",
                "content-type=text/plain",
                "-H",
                "url=https://bekasi.pikiran-rakyat.com/x",
                str(SEED),
            ],
            check=True,
            timeout=30,
        )
        # kcat -e exits at the end of the topic: poll until the Article is there.
        deadline = time.monotonic() + 60
        output = _kcat_first_record(kafka_bootstrap, topics.articles)
        while not output.strip() and time.monotonic() < deadline:
            time.sleep(0.5)
            output = _kcat_first_record(kafka_bootstrap, topics.articles)
        article = json.loads(output)
        assert article["title"] == SEED_TITLE
        assert article["body"].startswith("Menteri Luar Negeri Amerika Serikat (AS), Mike Pompeo")
        assert article["url"] == "https://bekasi.pikiran-rakyat.com/x"
        assert article["provenance"]["topic"] == topics.raw
    finally:
        assert service.stop() == 0, service.log()


async def test_json_envelope_published_by_aiokafka_becomes_article(
    kafka_bootstrap: str, topics: Topics, tmp_path: Path
) -> None:
    """A JSON envelope (url, content_type, body, fetched_at) becomes an Article that keeps the
    envelope's url and fetched_at and is keyed by its id."""
    service = start_service(kafka_bootstrap, topics, tmp_path)
    try:
        wait_ready(service)
        envelope = {
            "url": "https://example.org/news/1",
            "content_type": "text/plain",
            "body": SEED.read_text(encoding="utf-8"),
            "fetched_at": "2020-10-24T00:00:00+00:00",
        }
        await produce(kafka_bootstrap, topics.raw, [(json.dumps(envelope).encode(), [])])
        events = await collect(kafka_bootstrap, [topics.articles], until=1)
        assert len(events) == 1
        article = events[0][1]
        assert article["title"] == SEED_TITLE
        assert article["url"] == "https://example.org/news/1"
        assert article["provenance"]["fetched_at"].startswith("2020-10-24T00:00:00")
    finally:
        assert service.stop() == 0, service.log()


async def test_bad_inputs_each_become_one_dead_letter_and_consumption_goes_on(
    kafka_bootstrap: str, topics: Topics, tmp_path: Path
) -> None:
    """Invalid JSON, invalid UTF-8 without a charset, an empty value and an over-limit value each
    give exactly one DeadLetter with the right reason and the original bytes; a good message after
    them is still processed."""
    service = start_service(
        kafka_bootstrap, topics, tmp_path, NEWSWIRE_MAX_MESSAGE_BYTES=str(200_000)
    )
    try:
        wait_ready(service)
        bad = {
            b'{"url": "https://x", "body": ': "invalid_envelope",
            b"Caf\xe9 au lait \xff\xfe is not UTF-8 and nothing says what it is": "undecodable",
            b"": "no_content",
            b"x" * 300_000: "too_large",
        }
        good = SEED.read_bytes()
        await produce(
            kafka_bootstrap,
            topics.raw,
            [(value, [("trace", b"t1")]) for value in bad] + [(good, [])],
        )
        events = await collect(kafka_bootstrap, [topics.articles, topics.deadletter], until=5)
        dead = [event for topic, event in events if topic == topics.deadletter]
        articles = [event for topic, event in events if topic == topics.articles]
        assert len(dead) == 4
        assert len(articles) == 1
        import base64

        by_value = {base64.b64decode(d["original"]["value"]): d for d in dead}
        for value, reason in bad.items():
            letter = by_value[value]
            assert letter["reason"] == reason
            assert letter["original"]["topic"] == topics.raw
            assert ["trace", base64.b64encode(b"t1").decode()] in letter["original"]["headers"]
        assert articles[0]["title"] == SEED_TITLE
    finally:
        assert service.stop() == 0, service.log()


#: exactly_once again with a commit interval: the first batch is one the interval kept open, taking
#: in the records fetched meanwhile, when the worker dies before its commit. The interval is long
#: against the arrivals (4 records every 100 ms) so the batch meets several of them whatever the
#: machine's load (at 100 ms, the arrivals' own gap, a loaded CI run saw one arrival only).
KEPT_OPEN_MS = 1000


@pytest.mark.parametrize(
    ("guarantee", "interval_ms"),
    [("at_least_once", 0), ("exactly_once", 0), ("exactly_once", KEPT_OPEN_MS)],
)
async def test_a_worker_killed_before_its_commit_is_restarted_and_nothing_is_lost(
    kafka_bootstrap: str, topics: Topics, tmp_path: Path, guarantee: str, interval_ms: int
) -> None:
    """The worker SIGKILLs itself after its first batch is processed (in at_least_once: after
    its outputs are acknowledged) and before the commit; with a commit interval
    (``NEWSWIRE_COMMIT_INTERVAL_MS``) the inputs arrive a few at a time once the worker is up,
    so that batch is one kept open, taking in later arrivals. The supervisor restarts it; every
    input then has an output: in at_least_once the crashed batch appears twice, in exactly_once
    once."""
    inputs = 60
    values = [f"Judul berita {i}\n\n{SEED.read_text()}".encode() for i in range(inputs)]
    await create_topics(kafka_bootstrap, topics)
    if not interval_ms:  # preloaded: the first fetch fills the batch to 20, nothing left to take
        await produce(kafka_bootstrap, topics.raw, values)
    service = start_service(
        kafka_bootstrap,
        topics,
        tmp_path,
        NEWSWIRE_PROCESSING_GUARANTEE=guarantee,
        NEWSWIRE_FAULT_INJECTION="kill-before-commit:1",
        NEWSWIRE_BATCH_MAX_RECORDS="20",
        NEWSWIRE_COMMIT_INTERVAL_MS=str(interval_ms),
        # The batch must take in later arrivals however slow the machine's pipeline is, so it
        # stays open also while records wait behind it (the behaviour until session 39).
        NEWSWIRE_COMMIT_INTERVAL_WHEN_BEHIND="true",
    )
    try:
        if interval_ms:
            wait_ready(service)
            await trickle(kafka_bootstrap, topics.raw, values)
        events = await collect(
            kafka_bootstrap,
            [topics.articles, topics.deadletter],
            until=inputs,
            within_s=120,
            distinct=input_offset,
            settle_s=3,
        )
        text = http_get(f"{service.base_url}/metrics")[1]
        assert service.process.poll() is None, "the supervisor survives its worker"
    finally:
        assert service.stop() == 0, service.log()
    seen = Counter(input_offset(event) for _, event in events)
    assert len(seen) == inputs, f"lost inputs: {inputs - len(seen)}"
    assert metric_value(text, "newswire_worker_restarts_total", cause="signal_9") == 1
    if interval_ms:  # the batch the kill met had taken in more than its first arrival
        assert _killed_batch_records(service.log_path.read_text()) > ARRIVAL, service.log()
    if guarantee == "exactly_once":
        assert max(seen.values()) == 1, "duplicates in exactly_once"
    else:
        assert sum(seen.values()) > inputs, "the acknowledged batch is re-processed"


def _killed_batch_records(log: str) -> int:
    """The records of the batch fault injection killed the worker before committing."""
    for line in log.splitlines():
        if "fault injection: SIGKILL before commit" in line:
            return int(json.loads(line)["records"])
    raise AssertionError(f"no fault injection in the log:\n{log[-2000:]}")


def test_broker_outage_mid_stream_recovers_by_itself_with_exactly_once_output(
    topics: Topics, tmp_path: Path, settings: Settings
) -> None:
    """The broker stops for ~10 s while a stream is being processed: /readyz turns 503 (/healthz
    stays 200), the service retries, and after the broker is back (same data, same port) it turns
    200 again by itself; every input published before and after the outage ends as exactly one
    committed output."""
    if settings.kafka_bootstrap_servers:
        pytest.skip("a cluster is configured: its brokers are not ours to stop")
    broker = LocalBroker(settings, tmp_path / "outage-broker")
    # The broker is started inside the try: a signal during its start stops it too.
    try:
        bootstrap = broker.start()
        values = mixed_inputs(600)
        service = start_service(bootstrap, topics, tmp_path, NEWSWIRE_BATCH_MAX_RECORDS="50")
        try:
            wait_ready(service)
            asyncio.run(produce(bootstrap, topics.raw, [(v, []) for v in values[:500]]))
            stopped_at = time.monotonic()
            broker.stop()
            deadline = time.monotonic() + 30
            while http_get(f"{service.base_url}/readyz")[0] != 503 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert http_get(f"{service.base_url}/readyz")[0] == 503
            assert http_get(f"{service.base_url}/healthz")[0] == 200
            time.sleep(max(0.0, 10 - (time.monotonic() - stopped_at)))
            assert broker.start() == bootstrap
            wait_ready(service, timeout=90)
            asyncio.run(produce(bootstrap, topics.raw, [(v, []) for v in values[500:]]))
            events = asyncio.run(
                collect(
                    bootstrap,
                    [topics.articles, topics.deadletter],
                    until=len(values),
                    within_s=120,
                    distinct=input_offset,
                    settle_s=3,
                )
            )
        finally:
            assert service.stop() == 0, service.log()
    finally:
        broker.stop()
    seen = Counter(input_offset(event) for _, event in events)
    assert len(seen) == len(values), f"lost: {len(values) - len(seen)}"
    assert max(seen.values()) == 1, f"duplicated: {sum(seen.values()) - len(seen)}"


async def test_articles_pages_and_dead_letters_of_one_partition_go_to_their_topics(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """exactly_once, one input partition: a story lands on the articles topic, a section front
    on the pages topic (created by the service like the others), a bad input on the dead-letter
    topic, each exactly once, and the metrics count articles by topic and page type."""
    from dataclasses import replace

    from tests.pipeline.pagetype.pages import section_page

    topics = Topics.unique(pages=True)
    # Raw, articles and dead letters created here with one partition; the pages topic is not.
    await create_topics(kafka_bootstrap, replace(topics, pages=None), partitions=1)
    service = start_service(
        kafka_bootstrap, topics, tmp_path, NEWSWIRE_PROCESSING_GUARANTEE="exactly_once"
    )
    try:
        wait_ready(service)
        listing = (
            section_page().encode(),
            [("url", b"https://example.com/news/"), ("content-type", b"text/html")],
        )
        await produce(kafka_bootstrap, topics.raw, [(SEED.read_bytes(), []), listing, (b"", [])])
        assert topics.pages is not None
        events = await collect(kafka_bootstrap, topics.outputs, until=3)
        by_topic = {topic: [e for t, e in events if t == topic] for topic in topics.outputs}
        assert [e["title"] for e in by_topic[topics.articles]] == [SEED_TITLE]
        assert by_topic[topics.articles][0]["page_type"] == "article"
        assert len(by_topic[topics.pages]) == 1
        page_type = by_topic[topics.pages][0]["page_type"]
        assert page_type != "article"
        assert [e["reason"] for e in by_topic[topics.deadletter]] == ["no_content"]
        assert sorted(input_offset(event) for _, event in events) == [(0, 0), (0, 1), (0, 2)]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            text = http_get(f"{service.base_url}/metrics")[1]
            if metric_value(text, "newswire_articles_published_total") >= 2:
                break
            await asyncio.sleep(0.2)
        assert (
            metric_value(
                text, "newswire_articles_published_total", topic=topics.pages, page_type=page_type
            )
            == 1
        )
        assert (
            metric_value(
                text,
                "newswire_articles_published_total",
                topic=topics.articles,
                page_type="article",
            )
            == 1
        )
    finally:
        assert service.stop() == 0, service.log()
