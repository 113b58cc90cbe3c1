"""A worker's start-up: the built-in inputs load the pipeline's models and reach its other
shapes of input, the heap is then frozen."""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Iterator

import pytest

from newswire import warmup
from newswire.events import Article
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Leave the collector as the test found it: other tests count on collections."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_the_built_in_page_goes_through_every_stage_as_an_article() -> None:
    """The warm-up page is an Article, not a dead letter: a page that stopped at decode or
    extraction would leave the later stages' models to load on the first real record."""
    outcome = Pipeline(PipelineOptions()).process(
        InRecord("warm-up", 0, 0, -1, None, warmup.WARM_PAGE, (("content-type", b"text/html"),))
    )
    assert outcome.is_article
    assert set(outcome.stage_seconds) == {"decode", "extract", "enrich", "normalize"}


def test_the_built_in_inputs_are_the_same_bytes_on_every_call() -> None:
    """warm_inputs() gives identical bytes whenever it is called (the compressed page's gzip
    header carries no clock time), so a start-up is reproducible."""
    first = warmup.warm_inputs()
    time.sleep(1.1)  # gzip's header time has a resolution of one second
    assert warmup.warm_inputs() == first


def test_each_built_in_input_reaches_the_outcome_its_shape_calls_for() -> None:
    """The enveloped page and the text scrapes in two scripts and a Cyrillic page come out as
    Articles, and the bad input as a dead letter: an input that stopped early would leave its
    shape's later code to run first on a real record."""
    pipeline = Pipeline(PipelineOptions())
    outcomes = [
        pipeline.process(InRecord("warm-up", 0, offset, -1, None, value))
        for offset, value in enumerate(warmup.warm_inputs())
    ]
    assert [outcome.is_article for outcome in outcomes] == [True, True, True, True, True, False]
    kinds = [
        outcome.result.provenance.content_type
        for outcome in outcomes
        if isinstance(outcome.result, Article)
    ]
    assert kinds == ["text/html", "text/html", "text/plain", "text/plain", "text/html"]


def test_warm_primes_the_line_dispatches_and_builds_every_planes_word_table() -> None:
    """After warm() a dispatch built before it has its common first characters compiled, and
    SimHash's word table covers every Unicode plane."""
    from newswire.pipeline import fingerprint
    from newswire.pipeline.html.lead_dispatch import COMMON_FIRSTS, LeadDispatch

    dispatch = LeadDispatch("share|tweet|©.*", r"\W*$", re.IGNORECASE)
    warmup.warm(Pipeline(PipelineOptions()))
    assert set(COMMON_FIRSTS) <= set(dispatch.primed())
    assert 17 in fingerprint.built_planes()


def test_warm_runs_the_page_through_the_pipeline_it_is_given() -> None:
    """warm() hands the built-in inputs to the pipeline once each, the page first, and keeps
    nothing of the outcomes."""
    seen: list[InRecord] = []

    class _Recording(Pipeline):
        def process(self, record: InRecord, **kwargs: object) -> object:  # type: ignore[override]
            seen.append(record)
            return super().process(record)

    warmup.warm(_Recording(PipelineOptions()))
    assert [record.value for record in seen] == warmup.warm_inputs()
    assert seen[0].value == warmup.WARM_PAGE


@pytest.mark.usefixtures("unfrozen")
def test_freeze_heap_moves_the_live_objects_out_of_the_collectors_sight() -> None:
    """After freeze_heap the objects alive then sit in the permanent generation, and a full
    collection still frees new garbage (collection itself stays on)."""
    kept = [object() for _ in range(10)]
    warmup.freeze_heap()
    assert gc.get_freeze_count() >= len(kept)
    assert gc.isenabled()
    cycle: list[object] = []
    cycle.append(cycle)
    del cycle
    assert gc.collect() >= 1


@pytest.mark.usefixtures("unfrozen")
def test_collect_young_every_sets_only_the_young_generations_threshold() -> None:
    """The young generation's threshold becomes the setting; the older two keep theirs."""
    _, middle, old = gc.get_threshold()
    warmup.collect_young_every(5000)
    assert gc.get_threshold() == (5000, middle, old)


@pytest.mark.usefixtures("unfrozen")
def test_ready_alone_warms_and_freezes_only_when_asked_and_sets_the_young_threshold() -> None:
    """A process running the pipeline alone starts like a worker: with freeze on, the built-in
    page goes through and the heap is frozen; with it off neither happens; the young
    generation's threshold is set either way."""
    seen: list[InRecord] = []

    class _Recording(Pipeline):
        def process(self, record: InRecord, **kwargs: object) -> object:  # type: ignore[override]
            seen.append(record)
            return super().process(record)

    gc.unfreeze()
    warmup.ready_alone(_Recording(PipelineOptions()), freeze=False, young_allocations=900)
    assert seen == []
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold()[0] == 900
    warmup.ready_alone(_Recording(PipelineOptions()), freeze=True, young_allocations=800)
    assert [record.value for record in seen] == warmup.warm_inputs()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] == 800
