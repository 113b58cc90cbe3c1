"""Outputs: an Outcome as the Kafka record newswire publishes, and what publishing it counts.

Articles go to the articles topic keyed by their id (so the same article lands on the same
partition), or, when the classifier says the page is not an article (a section front, a product,
a forum thread), to the pages topic, in the same transaction; DeadLetters go to the dead-letter topic keyed like their input, with the reason in
a header so a consumer can route them without parsing the value.
"""

from __future__ import annotations

import collections
import logging
import time
from dataclasses import dataclass

from newswire.events import Article, DeadLetter, event_json
from newswire.metrics import Metrics, observe_many
from newswire.pipeline import Outcome
from newswire.records import InRecord, OutRecord

log = logging.getLogger("newswire.app")

_JSON_HEADERS = (("content-type", b"application/json"),)


@dataclass(frozen=True, slots=True)
class OutputTopics:
    articles: str
    deadletters: str
    #: Articles whose page_type is not "article"; equal to ``articles`` for one stream.
    pages: str

    def article_topic(self, article: Article) -> str:
        return self.articles if article.page_type == "article" else self.pages

    def encode(self, outcome: Outcome) -> OutRecord:
        result = outcome.result
        value = event_json(result)
        if isinstance(result, Article):
            return OutRecord(
                self.article_topic(result),
                result.id.encode("ascii"),
                value,
                (
                    *_JSON_HEADERS,
                    ("newswire-schema", b"article.v1"),
                    # Consumers of one stream can route by page type without parsing the value.
                    ("newswire-page-type", result.page_type.encode("ascii")),
                ),
            )
        return OutRecord(
            self.deadletters,
            outcome.record.key,
            value,
            (
                *_JSON_HEADERS,
                ("newswire-schema", b"dead_letter.v1"),
                ("newswire-reason", result.reason.encode("ascii")),
            ),
        )


def count_published(metrics: Metrics, topics: OutputTopics, outcomes: list[Outcome]) -> None:
    """Metrics and logs of outputs that are now visible (acknowledged or committed).

    Counted a transaction at a time (``Metrics.observe_stages`` explains why): one ``labels()``
    and one increment per topic and page type, the latencies observed together
    (``observe_many``); ~9 µs an output on the event loop when each was counted alone."""
    now = time.time()
    published: collections.Counter[tuple[str, str]] = collections.Counter()
    latencies: list[float] = []
    debug = log.isEnabledFor(logging.DEBUG)
    for outcome in outcomes:
        result = outcome.result
        if isinstance(result, DeadLetter):
            _count_dead_letter(metrics, outcome.record, result)
            continue
        published[(topics.article_topic(result), result.page_type)] += 1
        if debug:
            log.debug(
                "article published",
                extra={
                    "article_id": result.id,
                    "topic": outcome.record.topic,
                    "partition": outcome.record.partition,
                    "offset": outcome.record.offset,
                },
            )
        # The record's timestamp (when it was produced) rather than fetched_at: a re-sent
        # archive page would otherwise count years of "latency".
        started = _record_seconds(outcome.record, result)
        if started is not None:
            latencies.append(max(0.0, now - started))
    for (topic, page_type), count in published.items():
        metrics.articles_published.labels(topic, page_type).inc(count)
    observe_many(metrics.end_to_end_seconds, latencies)


def _count_dead_letter(metrics: Metrics, record: InRecord, letter: DeadLetter) -> None:
    metrics.dead_letters.labels(letter.reason, letter.stage).inc()
    log.info(
        "dead-lettered",
        extra={
            "reason": letter.reason,
            "topic": record.topic,
            "partition": record.partition,
            "offset": record.offset,
            "error": letter.error[:200],
        },
    )


def _record_seconds(record: InRecord, article: Article) -> float | None:
    """When the input was produced (its timestamp), else fetched, in epoch seconds."""
    if record.timestamp_ms >= 0:
        return record.timestamp_ms / 1000
    fetched = article.provenance.fetched_at
    return fetched.timestamp() if fetched is not None else None
