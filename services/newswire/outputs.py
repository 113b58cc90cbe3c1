"""Outputs: an Outcome as the Kafka record newswire publishes, and what publishing it counts.

Articles go to the articles topic keyed by their id (so the same article lands on the same
partition); DeadLetters go to the dead-letter topic keyed like their input, with the reason in
a header so a consumer can route them without parsing the value.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from newswire.events import Article, DeadLetter
from newswire.metrics import Metrics
from newswire.pipeline import Outcome
from newswire.records import InRecord, OutRecord

log = logging.getLogger("newswire.app")

_JSON_HEADERS = (("content-type", b"application/json"),)


@dataclass(frozen=True, slots=True)
class OutputTopics:
    articles: str
    deadletters: str

    def encode(self, outcome: Outcome) -> OutRecord:
        result = outcome.result
        value = result.model_dump_json().encode("utf-8")
        if isinstance(result, Article):
            return OutRecord(
                self.articles,
                result.id.encode("ascii"),
                value,
                (*_JSON_HEADERS, ("newswire-schema", b"article.v1")),
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


def count_published(metrics: Metrics, articles_topic: str, outcomes: list[Outcome]) -> None:
    """Metrics and logs of outputs that are now visible (acknowledged or committed)."""
    now = datetime.now(UTC)
    for outcome in outcomes:
        result = outcome.result
        if isinstance(result, DeadLetter):
            _count_dead_letter(metrics, outcome.record, result)
            continue
        metrics.articles_published.labels(articles_topic).inc()
        if log.isEnabledFor(logging.DEBUG):
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
        started = _record_time(outcome.record) or result.provenance.fetched_at
        if started is not None:
            metrics.end_to_end_seconds.observe(max(0.0, (now - started).total_seconds()))


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


def _record_time(record: InRecord) -> datetime | None:
    if record.timestamp_ms < 0:
        return None
    return datetime.fromtimestamp(record.timestamp_ms / 1000, tz=UTC)
