"""``bench.enrich_steps``: the enrich stage's steps timed in the pipeline's conditions."""

from __future__ import annotations

from newswire.bench import enrich_steps
from newswire.dev.inputs import BAD_INPUTS
from tests.support import SEED

_SHORT = b"Too short to be an article."


def test_every_message_is_counted_and_only_full_bodies_reach_the_steps() -> None:
    """Per pass, every message counts (bad inputs and short bodies too, as bench.e2e divides by
    all of them), and only a body long enough for ``enrich`` is timed step by step."""
    values = [SEED.read_bytes(), BAD_INPUTS[0], _SHORT]
    costs = enrich_steps.measure(values, rounds=2)
    assert costs.messages == costs.stage_messages == 2 * len(values)
    assert costs.enriched == 2
    assert set(costs.in_pipeline) == set(costs.warm) == set(enrich_steps.STEPS)
    assert all(seconds >= 0 for seconds in (*costs.in_pipeline.values(), *costs.warm.values()))
    assert costs.extract > 0


def test_the_report_names_every_step_and_the_stage_ratio() -> None:
    """The report has a line per step of ``enrich`` in its order, their sum, and the real
    stage against extraction."""
    text = enrich_steps.report(enrich_steps.measure([SEED.read_bytes()], rounds=1))
    lines = text.splitlines()
    names = [line.split()[0] for line in lines[1 : 1 + len(enrich_steps.STEPS)]]
    assert names == [name.split()[0] for name in enrich_steps.STEPS]
    assert "steps together" in text
    assert "enrich / extract" in lines[-1]
