"""The adaptive processing-time bound of a batch: a multiple of the recent commits' median
duration, never under the floor nor over the ceiling (``NEWSWIRE_BATCH_MAX_PROCESSING_MS``)."""

from __future__ import annotations

import pytest

from newswire.batchbound import WINDOW, BatchBound


def test_before_any_commit_the_bound_is_the_floor() -> None:
    """Nothing measured yet: the batch is bounded by the floor (latency first)."""
    assert BatchBound(floor_s=0.25, ceiling_s=2.0, factor=20).seconds() == 0.25


def test_the_bound_is_factor_times_the_median_commit_within_floor_and_ceiling() -> None:
    """Commits of 40 ms with a factor of 20 give 800 ms; cheap commits give the floor; slow
    ones the ceiling."""
    bound = BatchBound(floor_s=0.25, ceiling_s=2.0, factor=20)
    for _ in range(3):
        bound.observe_commit(0.04)
    assert bound.seconds() == pytest.approx(0.8)
    cheap = BatchBound(floor_s=0.25, ceiling_s=2.0, factor=20)
    cheap.observe_commit(0.005)
    assert cheap.seconds() == 0.25
    slow = BatchBound(floor_s=0.25, ceiling_s=2.0, factor=20)
    slow.observe_commit(0.5)
    assert slow.seconds() == 2.0


def test_one_slow_commit_does_not_move_the_bound_and_old_commits_are_forgotten() -> None:
    """The median of the window: one commit slowed by a retry leaves the bound where the others
    put it; after a window of faster commits the slower past no longer counts."""
    bound = BatchBound(floor_s=0.1, ceiling_s=5.0, factor=10)
    for seconds in (0.05, 0.05, 3.0, 0.05, 0.05):
        bound.observe_commit(seconds)
    assert bound.seconds() == pytest.approx(0.5)
    for _ in range(WINDOW):
        bound.observe_commit(0.02)
    assert bound.seconds() == pytest.approx(0.2)


def test_a_zero_ceiling_means_no_bound_and_a_floor_over_the_ceiling_is_the_ceiling() -> None:
    """NEWSWIRE_BATCH_MAX_PROCESSING_MS=0 keeps batches bounded by count only, whatever the
    commits; a floor set above the ceiling cannot lift the bound over it."""
    unbounded = BatchBound(floor_s=0.25, ceiling_s=0, factor=20)
    unbounded.observe_commit(0.04)
    assert unbounded.seconds() == 0
    assert BatchBound(floor_s=3.0, ceiling_s=2.0, factor=20).seconds() == 2.0


def test_a_deep_backlog_raises_the_bound_to_half_the_work_in_sight() -> None:
    """At 10 ms a record, 60 records in sight (the batch and the lag behind it) are 600 ms of
    work: the bound is 300 ms; 1,000 records reach the ceiling; with nothing behind a small
    batch the floor holds. Before any batch was processed the cost per record is unknown and
    the backlog adds nothing."""
    bound = BatchBound(floor_s=0.1, ceiling_s=2.0, factor=4)
    assert bound.seconds(waiting=1000) == 0.1
    bound.observe_processing(records=20, seconds=0.2)
    bound.observe_processing(records=0, seconds=0.05)  # an empty batch says nothing
    assert bound.per_record_s() == pytest.approx(0.01)
    assert bound.seconds(waiting=60) == pytest.approx(0.3)
    assert bound.seconds(waiting=1000) == 2.0
    assert bound.seconds(waiting=5) == 0.1
