"""scikit-learn's histogram gradient boosting as the flat node arrays that
``pipeline.pagetype.model`` applies with numpy (``make train-page-type``: :mod:`newswire.bench.
pagetype_train` checks the export against scikit-learn's own probabilities before writing it).
A ``pagetype_bag.Bag`` is exported as one model: its members' trees one after the other, each
leaf and the baseline scaled by 1/K (the mean of the members' raw scores).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from newswire.bench.pagetype_bag import members
from newswire.events import PAGE_TYPES
from newswire.pipeline.pagetype import model as page_model


def export(
    clf: Any, names: Sequence[str], article_threshold: float, no_url_threshold: float = 0.5
) -> page_model.TreeModel:
    """scikit-learn's trees (of one model or of a bag's members) as complete trees of the
    deepest one's depth (see model.py): a leaf above the last level fills every leaf position
    under it, its split positions compare feature 0 against +inf."""
    parts = members(clf)
    scale = 1.0 / len(parts)
    trees = [
        (int(part.classes_[label]), predictor.nodes)
        for part in parts
        for per_class in part._predictors
        for label, predictor in enumerate(per_class)
    ]
    depth = max(1, *(int(nodes["depth"].max()) for _, nodes in trees))
    splits = (1 << depth) - 1
    feature = np.zeros((len(trees), splits), dtype=np.intp)
    threshold = np.full((len(trees), splits), np.inf)
    leaves = np.zeros((len(trees), splits + 1))
    for row, (_, nodes) in enumerate(trees):
        # (sklearn node, position in the complete tree), breadth-first positions.
        pending = [(0, 0)]
        while pending:
            index, position = pending.pop()
            node = nodes[index]
            if node["is_leaf"]:
                # Every leaf position under ``position``: at the last level, a contiguous run.
                level = int(np.floor(np.log2(position + 1)))
                first = (position + 1) * (1 << (depth - level)) - 1 - splits
                leaves[row, first : first + (1 << (depth - level))] = scale * float(node["value"])
            else:
                feature[row, position] = int(node["feature_idx"])
                threshold[row, position] = float(node["num_threshold"])
                pending.append((int(node["left"]), 2 * position + 1))
                pending.append((int(node["right"]), 2 * position + 2))
    baseline = np.zeros(len(PAGE_TYPES))
    for part in parts:
        baseline[part.classes_] += scale * np.asarray(part._baseline_prediction).ravel()
    return page_model.TreeModel(
        features=tuple(names),
        feature=feature,
        threshold=threshold,
        leaves=leaves,
        tree_class=np.array([label for label, _ in trees], dtype=np.intp),
        baseline=baseline,
        depth=depth,
        article_threshold=article_threshold,
        article_threshold_no_url=no_url_threshold,
    )


def exported_probabilities(
    exported: page_model.TreeModel, x: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    return np.array([exported.probabilities(row) for row in x])
