"""The hostile-input corpus (tests/corpus/hostile.py) through the pipeline: every case has its
expected outcome, and the pipeline's cost grows linearly on inputs built to make regexes backtrack
or loops go quadratic."""

from __future__ import annotations

import base64
import json
import sys
from datetime import UTC, datetime
from types import FrameType

import pytest

from newswire.bench.linearity import SCALED
from newswire.events import DeadLetter
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
from tests.corpus.hostile import ARTICLE, CASES, Case

PIPELINE = Pipeline(PipelineOptions())


def _process(value: bytes, headers: tuple[tuple[str, bytes], ...] = ()) -> object:
    record = InRecord("raw", 0, 1, 1_700_000_000_000, None, value, headers)
    return PIPELINE.process(record, now=datetime(2026, 1, 1, tzinfo=UTC)).result


def test_the_corpus_has_at_least_30_cases() -> None:
    """The issue's floor: 30 cases or more, names unique."""
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_hostile_case_has_its_expected_outcome(case: Case) -> None:
    """Each nasty input ends as its expected output: an Article, or a DeadLetter with the
    expected machine-readable reason that carries the original bytes."""
    value, headers = case.make()
    result = _process(value, headers)
    if case.expect == ARTICLE:
        assert not isinstance(result, DeadLetter), (result.reason, result.error)
        return
    assert isinstance(result, DeadLetter), "expected a dead letter"
    assert result.reason == case.expect, result.error
    if len(value) <= 1 << 20:
        original = json.loads(result.model_dump_json())["original"]["value"]
        assert base64.b64decode(original) == value


def _calls(value: bytes) -> int:
    """Function calls (Python and C) made while ``value`` goes through the pipeline: a count of
    the work the pipeline's own code does, the same on a busy machine as on an idle one. (Work
    inside one C call, a regex's backtracking or lexbor's parse, is timed by
    ``make bench-linearity`` instead.)"""
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        _process(value)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("name", list(SCALED), ids=list(SCALED))
def test_cost_grows_linearly_on_adversarial_input(name: str) -> None:
    """Ten times the adversarial input costs about ten times the work, not a hundred: the
    number of function calls grows less than 30-fold, which a quadratic loop would exceed."""
    make = SCALED[name]
    small, large = make(40_000), make(400_000)
    _process(small)  # caches (page type, line tests) warmed alike for both counts
    base, scaled = _calls(small), _calls(large)
    ratio = scaled / max(base, 1)
    assert ratio < 30, f"{name}: {base} -> {scaled} calls (x{ratio:.1f})"
