"""The page-type bench's printed figures: article-vs-rest precision / recall / accuracy and
the renderings scored apart."""

from __future__ import annotations

import numpy as np

from newswire.bench import pagetype_train
from newswire.bench.pagetype_data import Row
from newswire.bench.pagetype_report import binary, by_rendering


def test_binary_counts_precision_recall_and_accuracy() -> None:
    """Two of three called articles are articles, two of four articles are found, and six of
    ten verdicts are right."""
    predicted = np.array([1, 1, 1, 0, 0, 0, 0, 0, 0, 0], dtype=bool)
    truth = np.array([1, 1, 0, 1, 1, 0, 0, 0, 0, 0], dtype=bool)
    assert binary(predicted, truth) == "precision 0.667  recall 0.500  accuracy 0.700"


def test_whole_pages_and_clean_stories_are_scored_apart() -> None:
    """The clean renderings' rows are one part and the whole pages the other; a part with no
    rows is left out."""
    rows = [
        Row("a", "x.com", "A", "article", {"blocks": 1.0}, None, None, 0),
        Row("a" + pagetype_train.CLEAN + "-clean", "x.com", "A", "article", {}, None, None, 0),
        Row("b", "y.com", "A", "listing", {"blocks": 1.0}, None, None, 0),
    ]
    parts = {name: part.tolist() for name, part in by_rendering(rows)}
    assert parts == {"whole page": [0, 2], "clean story": [1]}
    assert [name for name, _ in by_rendering(rows[:1])] == ["whole page"]
