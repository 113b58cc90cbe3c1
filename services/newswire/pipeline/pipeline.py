"""The pipeline as one callable: every input becomes exactly one Article or one DeadLetter."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from newswire.errors import ExtractionFailed, RejectedInput, Stage
from newswire.events import Article, DeadLetter
from newswire.pipeline.decode import decode
from newswire.pipeline.enrich import enrich
from newswire.pipeline.extract import extract
from newswire.pipeline.language import LanguageDetector
from newswire.pipeline.normalize import dead_letter, normalize
from newswire.pipeline.options import PipelineOptions
from newswire.records import InRecord


@dataclass(frozen=True, slots=True)
class Outcome:
    record: InRecord
    result: Article | DeadLetter
    #: Seconds spent per stage, for the metrics (measured here, reported by the app).
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def is_article(self) -> bool:
        return isinstance(self.result, Article)


class Pipeline:
    def __init__(self, options: PipelineOptions) -> None:
        self.options = options
        self._detector = LanguageDetector()

    def process(self, record: InRecord, *, now: datetime | None = None) -> Outcome:
        now = now or datetime.now(UTC)
        timings: dict[str, float] = {}
        stage = Stage.DECODE
        try:
            started = time.perf_counter()
            raw = decode(record, self.options)
            timings[Stage.DECODE] = (split := time.perf_counter()) - started

            stage = Stage.EXTRACT
            extracted = extract(raw, self.options)
            timings[Stage.EXTRACT] = (started := time.perf_counter()) - split

            stage = Stage.ENRICH
            enriched = enrich(raw, extracted, self.options, detector=self._detector, now=now)
            timings[Stage.ENRICH] = (split := time.perf_counter()) - started

            stage = Stage.NORMALIZE
            article = normalize(record, raw, enriched, self.options, now=now)
            timings[Stage.NORMALIZE] = time.perf_counter() - split
        except RejectedInput as rejected:
            return Outcome(record, dead_letter(record, rejected, self.options, now=now), timings)
        except Exception as exc:
            failure = ExtractionFailed(f"{type(exc).__name__}: {exc}", stage=stage)
            return Outcome(record, dead_letter(record, failure, self.options, now=now), timings)
        return Outcome(record, article, timings)

    def reject(self, record: InRecord, error: RejectedInput, *, now: datetime) -> Outcome:
        """The DeadLetter for an input rejected without running the stages (e.g. poison)."""
        return Outcome(record, dead_letter(record, error, self.options, now=now))
