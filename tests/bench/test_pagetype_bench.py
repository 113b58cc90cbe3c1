"""The page-type bench's ``--verdicts``: each out-of-domain test page's verdict, to diff two
versions of the classifier page by page."""

from __future__ import annotations

import json

import numpy as np

from newswire.bench.pagetype_bench import verdicts_of
from newswire.bench.pagetype_data import Row
from newswire.events import PAGE_TYPES


def _row(page: str, label: str) -> Row:
    return Row(page, f"{page}.example", "B", label, {"blocks": 1.0}, None, None, 0)


def test_each_test_page_has_its_label_verdict_and_article_probability() -> None:
    """Every test page appears once, in order, with its own label, the type it was given and
    its P(article) (the first class), and the verdicts survive a JSON round trip."""
    rows = [_row("a", "article"), _row("b", "listing")]
    scores = np.zeros((2, len(PAGE_TYPES)))
    scores[0, 0], scores[1, 0], scores[1, 1] = 0.91234, 0.2, 0.8
    predicted = [PAGE_TYPES.index("article"), PAGE_TYPES.index("listing")]
    verdicts = json.loads(json.dumps(verdicts_of(rows, predicted, scores)))
    assert [v["id"] for v in verdicts] == ["a", "b"]
    assert [v["label"] for v in verdicts] == ["article", "listing"]
    assert [v["predicted"] for v in verdicts] == ["article", "listing"]
    assert [v["article_probability"] for v in verdicts] == [0.9123, 0.2]
    assert verdicts[1]["domain"] == "b.example"
