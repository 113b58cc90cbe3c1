"""Where the enrich stage's time goes in the pipeline's own conditions (``make bench-meta``, issue 19).

The per-seed table of ``bench.meta`` times each step as the best of repeated calls on one body:
its tables and code stay in the CPU's caches. In ``Pipeline.process`` each step runs once per
message, right after the extractor has walked a page of ~160 KB, so the caches hold the
extractor's data, not the step's. Here every message of the e2e corpus (``bench_corpus``) is
decoded and extracted untimed, then each step of ``enrich`` is timed once as the stage runs it
("in the pipeline"), and once more at once on the same body ("warm"). Passes that time the steps
take turns with passes that time the real ``enrich`` call the same way, so that the steps' sum can
be checked against the stage. CPU time of this thread, per message of the corpus (bad inputs
included, as ``bench.e2e`` divides).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from newswire.errors import RejectedInput
from newswire.pipeline import enrich as stage
from newswire.pipeline.decode import RawArticle, decode
from newswire.pipeline.extract import extract
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.fingerprint import content_hash, simhash
from newswire.pipeline.language import LanguageDetector
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.pagetype import classify
from newswire.pipeline.pagetype.features import body_of
from newswire.records import InRecord

T = TypeVar("T")

#: The steps of ``pipeline.enrich`` in its order.
STEPS = ("join and split", "language", "page type", "dates", "sha256", "SimHash")


@dataclass
class StepCosts:
    #: Messages of the passes that timed the steps, and of those that timed ``enrich``.
    messages: int = 0
    stage_messages: int = 0
    #: Messages whose body had enough words to reach every step.
    enriched: int = 0
    #: CPU seconds per step, summed over the measured messages.
    in_pipeline: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STEPS, 0.0))
    warm: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STEPS, 0.0))
    #: The ``enrich`` call itself and extraction (in the same passes), for ``bench.e2e``'s ratio.
    enrich: float = 0.0
    extract: float = 0.0


def _timed(clock: Callable[[], float], step: Callable[[], T]) -> tuple[T, float, float]:
    """``step()``'s result, and its CPU seconds at the first call and at an immediate second."""
    started = clock()
    result = step()
    first = clock()
    step()
    return result, first - started, clock() - first


def _time_steps(
    raw: RawArticle, extracted: Extracted, detector: LanguageDetector, now: datetime
) -> list[tuple[float, float]] | None:
    """(first call, second call) seconds of each step of ``enrich``, in its order, each fed what
    the earlier ones made; None when the body is too short (``enrich`` stops with NoContent)."""
    clock = time.thread_time
    (body, opening, words), *joined = _timed(clock, lambda: body_of(extracted))
    if words < PipelineOptions().min_body_words:
        return None
    detected, *language = _timed(clock, lambda: detector.detect(body, extracted.language_hint))
    found = detected.language if detected else None
    reference = raw.fetched_at or now
    text = raw.text if extracted.structure is None else ""  # as the stage passes it
    return [
        (joined[0], joined[1]),
        (language[0], language[1]),
        _timed(clock, lambda: classify(raw.url, text, extracted, (body, opening, words)))[1:],
        _timed(
            clock,
            lambda: (
                stage._first_date(extracted.published_raw, reference, found),
                stage._first_date(extracted.modified_raw, reference, found),
            ),
        )[1:],
        _timed(clock, lambda: content_hash(body))[1:],
        _timed(clock, lambda: simhash(body))[1:],
    ]


def measure(values: list[bytes], *, rounds: int = 2) -> StepCosts:
    """A pass over ``values`` that only warms the process (models, caches), then ``rounds``
    pairs of passes: one timing each step, one timing the ``enrich`` call."""
    options = PipelineOptions()
    detector = LanguageDetector()
    costs = StepCosts()
    clock = time.thread_time
    for pass_ in range(1 + 2 * rounds):
        timing_steps = pass_ % 2 == 1
        timing_stage = pass_ > 0 and not timing_steps
        costs.messages += timing_steps * len(values)
        costs.stage_messages += timing_stage * len(values)
        for i, value in enumerate(values):
            now = datetime.now(UTC)
            try:
                raw = decode(InRecord("bench", 0, i, -1, None, value), options)
                started = clock()
                extracted = extract(raw, options)
                costs.extract += (clock() - started) * timing_stage
            except RejectedInput:
                continue
            if not timing_steps:
                started = clock()
                with contextlib.suppress(RejectedInput):  # a short body: the stage's NoContent
                    stage.enrich(raw, extracted, options, detector=detector, now=now)
                costs.enrich += (clock() - started) * timing_stage
                continue
            steps = _time_steps(raw, extracted, detector, now)
            if steps is None:
                continue
            costs.enriched += 1
            for name, (first, second) in zip(STEPS, steps, strict=True):
                costs.in_pipeline[name] += first
                costs.warm[name] += second
    return costs


def report(costs: StepCosts) -> str:
    """µs per message of each step in the pipeline and warm, their sums, and the real stage."""
    per = 1e6 / max(1, costs.messages)
    per_stage = 1e6 / max(1, costs.stage_messages)
    lines = [
        f"enrich's steps in the pipeline's conditions: {costs.messages} messages of the e2e "
        f"corpus ({costs.enriched} enriched), CPU µs per message, timed right after extraction "
        "-> again at once (warm)",
    ]
    for name in STEPS:
        cold, warm = costs.in_pipeline[name] * per, costs.warm[name] * per
        lines.append(f"  {name:15} {cold:7.0f} -> {warm:5.0f}  ({cold / max(warm, 1e-9):.1f}x)")
    cold_sum = sum(costs.in_pipeline.values()) * per
    warm_sum = sum(costs.warm.values()) * per
    lines += [
        f"  {'steps together':15} {cold_sum:7.0f} -> {warm_sum:5.0f}",
        f"enrich() itself {costs.enrich * per_stage:.0f}, extract {costs.extract * per_stage:.0f}"
        f" (in other passes, {costs.stage_messages} messages): enrich / "
        f"extract {costs.enrich / max(costs.extract, 1e-9):.3f} (CPU; bench.e2e divides wall times)",
    ]
    return "\n".join(lines)
