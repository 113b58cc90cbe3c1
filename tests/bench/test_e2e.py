"""``python -m newswire.bench.e2e --pipeline-only``: the per-stage cost without a broker."""

from __future__ import annotations

import re

import pytest

from newswire.bench import e2e


def test_pipeline_only_prints_every_stage_and_enrichs_share_of_extract(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The report names each stage's µs per message and enrich / extract against the 0.25
    ceiling, computed from the same medians it prints; no broker is started."""
    assert e2e.main(["--pipeline-only", "--messages", "12", "--rounds", "1"]) == 0
    printed = capsys.readouterr().out
    stages = dict(re.findall(r"(decode|extract|enrich|normalize) (\d+)", printed))
    assert set(stages) == {"decode", "extract", "enrich", "normalize"}
    ratio = re.search(r"enrich / extract: ([\d.]+) \(ceiling 0.25: (holds|over)\)", printed)
    assert ratio is not None
    expected = int(stages["enrich"]) / int(stages["extract"])
    assert float(ratio.group(1)) == pytest.approx(expected, abs=0.01 + 1 / int(stages["extract"]))
    assert (ratio.group(2) == "holds") == (float(ratio.group(1)) <= 0.25)
