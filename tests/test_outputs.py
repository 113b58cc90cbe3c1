"""Output records: which topic each event goes to, and what publishing it counts."""

from __future__ import annotations

import dataclasses
import time
from datetime import UTC, datetime, timedelta

from prometheus_client import CollectorRegistry

from newswire.events import Article, PageType
from newswire.metrics import Metrics
from newswire.outputs import OutputTopics, count_published
from newswire.pipeline import Outcome, Pipeline, PipelineOptions
from newswire.records import InRecord
from tests.support import SEED


def _outcome(page_type: PageType) -> Outcome:
    outcome = Pipeline(PipelineOptions()).process(
        InRecord("raw", 0, 0, -1, None, SEED.read_bytes()), now=datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert isinstance(outcome.result, Article)
    article = outcome.result.model_copy(update={"page_type": page_type})
    return Outcome(outcome.record, article, outcome.stage_seconds)


def test_non_articles_go_to_the_pages_topic_with_their_type_in_a_header() -> None:
    """An article goes to the articles topic, a listing to the pages topic; both say their
    page type in the newswire-page-type header."""
    topics = OutputTopics("articles", "dlq", "pages")
    story, listing = topics.encode(_outcome("article")), topics.encode(_outcome("listing"))
    assert story.topic == "articles"
    assert listing.topic == "pages"
    assert ("newswire-page-type", b"listing") in listing.headers
    assert ("newswire-page-type", b"article") in story.headers


def test_pages_topic_equal_to_articles_topic_keeps_one_stream() -> None:
    """With the pages topic set to the articles topic every Article lands on it."""
    topics = OutputTopics("articles", "dlq", "articles")
    assert {topics.encode(_outcome(kind)).topic for kind in ("article", "forum")} == {"articles"}


def test_published_articles_are_counted_by_topic_and_page_type() -> None:
    """newswire_articles_published_total carries the topic written to and the page type."""
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    count_published(
        metrics,
        OutputTopics("articles", "dlq", "pages"),
        [_outcome("article"), _outcome("product")],
    )
    sample = registry.get_sample_value
    labels = {"topic": "articles", "page_type": "article"}
    assert sample("newswire_articles_published_total", labels) == 1
    labels = {"topic": "pages", "page_type": "product"}
    assert sample("newswire_articles_published_total", labels) == 1


def test_a_transactions_articles_are_counted_together_with_each_ones_latency() -> None:
    """Several articles of one topic and page type add up in one series, and each published
    article is one end-to-end latency observation: from its record's timestamp, or, when the
    broker gave none, from when the page was fetched."""
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    story = _outcome("article")
    two_minutes_ago = int((time.time() - 120) * 1000)
    stamped = Outcome(
        dataclasses.replace(story.record, timestamp_ms=two_minutes_ago), story.result, {}
    )
    unstamped = _outcome("article")
    article = unstamped.result
    assert isinstance(article, Article)
    fetched = datetime.now(UTC) - timedelta(seconds=20)
    provenance = article.provenance.model_copy(update={"fetched_at": fetched})
    unstamped = Outcome(unstamped.record, article.model_copy(update={"provenance": provenance}), {})
    count_published(metrics, OutputTopics("articles", "dlq", "pages"), [stamped, unstamped])
    sample = registry.get_sample_value
    labels = {"topic": "articles", "page_type": "article"}
    assert sample("newswire_articles_published_total", labels) == 2
    name = "newswire_end_to_end_latency_seconds"
    assert sample(f"{name}_count", {}) == 2
    assert sample(f"{name}_bucket", {"le": "10.0"}) == 0
    assert sample(f"{name}_bucket", {"le": "30.0"}) == 1  # fetched 20 s ago
    assert sample(f"{name}_bucket", {"le": "300.0"}) == 2  # produced 2 minutes ago
    assert 139 < (sample(f"{name}_sum", {}) or 0) < 150
