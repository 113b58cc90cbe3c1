"""HTML extraction quality gate (like trafilatura's tests/eval_gate.py): newswire's F1 on the
article-extraction benchmark's 118 dev pages may not fall below a pinned floor.

The pages live beside the project (../shared/bench/article-extraction, MIT-licensed, too large to
vendor); where they are absent the gate is skipped and says so.
"""

from __future__ import annotations

import gzip
import json

import pytest

from newswire.bench.extraction import score
from newswire.pipeline.html import extract_html
from tests.support import REPO

PAGES = REPO.parent / "shared" / "bench" / "article-extraction"

#: Pinned floor: issue #4's target (F1 was 0.980 when pinned; trafilatura fast 0.966 in the
#: same run). Raise it when extraction improves; lower it only deliberately, with the
#: measurement in the commit message.
F1_FLOOR = 0.975
EMPTY_PAGES_CEILING = 0


@pytest.mark.skipif(not PAGES.is_dir(), reason=f"benchmark pages not found at {PAGES}")
def test_extraction_f1_on_the_dev_pages_stays_above_the_floor() -> None:
    """F1 (the benchmark's metric) over all dev pages >= the pinned floor, and at most the
    pinned number of pages come out empty."""
    truth = {
        page: item["articleBody"]
        for page, item in json.loads((PAGES / "ground-truth.json").read_text()).items()
    }
    predictions = {
        page: "\n\n".join(
            extract_html(
                gzip.decompress((PAGES / "html" / f"{page}.html.gz").read_bytes()).decode("utf-8")
            ).paragraphs
        )
        for page in truth
    }
    f1, precision, recall = score(predictions, truth)
    empty = sum(1 for text in predictions.values() if not text.strip())
    print(f"dev pages: F1 {f1:.3f} precision {precision:.3f} recall {recall:.3f} empty {empty}")
    assert f1 >= F1_FLOOR, f"F1 {f1:.3f} fell below the pinned floor {F1_FLOOR}"
    assert empty <= EMPTY_PAGES_CEILING
