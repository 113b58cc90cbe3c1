"""Training's ``--only``: one model's arrays replaced, the other's kept."""

from __future__ import annotations

import numpy as np

from newswire.bench.pagetype_train import keep_other


def test_only_html_replaces_html_arrays_and_keeps_the_text_ones() -> None:
    """With ``--only html`` every html_* array comes from the new training and every text_*
    array from the file as it was; no array is lost or added."""
    trained = {"html_leaves": np.array([1.0]), "text_leaves": np.array([2.0])}
    existing = {"html_leaves": np.array([3.0]), "text_leaves": np.array([4.0])}
    merged = keep_other(trained, existing, "html")
    assert set(merged) == set(existing)
    assert merged["html_leaves"].tolist() == [1.0]
    assert merged["text_leaves"].tolist() == [4.0]
    assert keep_other(trained, existing, "text")["html_leaves"].tolist() == [3.0]
