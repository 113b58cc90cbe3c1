"""``make bench-e2e``'s pipeline-only baseline and the machine's speed pass."""

from __future__ import annotations

import gc

from newswire.bench import e2e_pipeline, e2e_service


def test_pipeline_only_measures_its_rate_and_cpu_over_the_middle_of_the_records() -> None:
    """Like the service's rows, the pipeline alone is timed over the middle 80% of its records,
    with its thread's CPU per message beside the rate."""
    row, stages = e2e_pipeline.pipeline_only(e2e_service.bench_corpus(20))
    assert gc.get_freeze_count() == 0  # the worker-like freeze ends with the run
    assert row.messages == 16
    assert row.cpu_ms > 0
    assert row.pipeline_cpu_ms == row.cpu_ms
    assert set(stages) == {"decode", "extract", "enrich", "normalize"}


def test_the_speed_pass_measures_a_rate_with_one_warm_pipeline() -> None:
    """``machine_speed`` warms its pipeline once, then each call returns a positive rate."""
    measure = e2e_pipeline.machine_speed(e2e_service.bench_corpus(4))
    assert measure() > 0
    assert measure() > 0


def test_a_speed_reading_is_the_median_of_its_passes() -> None:
    """One pass caught in a hiccup (40 msgs/s between 100 and 110) does not move the reading;
    a reading asked for no passes still makes one."""
    passes = iter([100.0, 40.0, 110.0])
    assert e2e_pipeline.median_of(lambda: next(passes), 3) == 100.0
    assert e2e_pipeline.median_of(lambda: 7.0, 0) == 7.0
