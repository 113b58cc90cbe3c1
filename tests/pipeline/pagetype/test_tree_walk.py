"""The compiled build's walk of the trees and sums of the lexicon's weights: the same numbers as
numpy's calls, to the last bit (run here as Python over the same native arrays)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from librt.vecs import vec

from newswire import native
from newswire.events import PAGE_TYPES
from newswire.pipeline.pagetype import _bound
from newswire.pipeline.pagetype.model import TreeModel, shipped, walk_of
from newswire.pipeline.pagetype.tree_walk import row_sums


def _vectors(model: TreeModel, count: int, seed: int) -> list[npt.NDArray[np.float64]]:
    """Random feature vectors, half of their values set to a threshold of the model (a value on
    a threshold goes left: the comparison is ``<=``)."""
    generator = np.random.default_rng(seed)
    thresholds = model.threshold[np.isfinite(model.threshold)]
    vectors = []
    for _ in range(count):
        x = generator.normal(0.0, 2.0, len(model.features))
        on = generator.random(len(x)) < 0.5
        x[on] = generator.choice(thresholds, int(on.sum()))
        vectors.append(x)
    return vectors


def test_the_walk_scores_the_shipped_trees_as_numpy_does() -> None:
    """For every shipped model (HTML, HTML without URL, text; as shipped and bound to the
    feature code's order), the walk's scores are ``score_list``'s, bit for bit."""
    models, _ = _bound()
    unbound = shipped()
    for model in (models.html, models.html_blind, models.text, unbound.html, unbound.text):
        assert model is not None
        walk = walk_of(model)
        for x in _vectors(model, 3, seed=len(model.features)):
            assert walk.scores(x.tolist()) == model.score_list(x)


def test_the_walk_reaches_the_leaves_of_complete_trees_of_every_depth() -> None:
    """Random complete trees of 1 to 4 levels, some nodes against +inf (under a leaf), into
    several classes: the walk's scores are numpy's, for inputs on and off the thresholds."""
    generator = np.random.default_rng(43)
    for depth in range(1, 5):
        splits = (1 << depth) - 1
        threshold = generator.normal(size=(9, splits))
        threshold[generator.random(threshold.shape) < 0.2] = np.inf
        model = TreeModel(
            features=("a", "b", "c"),
            feature=generator.integers(0, 3, size=(9, splits)),
            threshold=threshold,
            leaves=generator.normal(size=(9, splits + 1)),
            tree_class=generator.integers(0, 7, size=9),
            baseline=generator.normal(size=7),
            depth=depth,
            article_threshold=0.5,
            article_threshold_no_url=0.5,
        )
        walk = walk_of(model)
        for x in _vectors(model, 20, seed=depth):
            assert walk.scores(x.tolist()) == model.score_list(x)


def test_the_lexicon_rows_are_summed_in_numpys_order() -> None:
    """Any rows of the shipped lexicon's weights (none, one, a page's, more than a page holds,
    the padding row among them) sum to numpy's sums, bit for bit, in the order given."""
    lexicon = shipped().lexicon
    assert lexicon is not None
    weights = vec[float](lexicon._padded.ravel().data)
    generator = np.random.default_rng(5)
    for count in (0, 1, 120, 400):
        rows = generator.choice(len(lexicon._padded), count, replace=False).tolist()
        expected = lexicon._numpy_sums(rows)
        assert row_sums(weights, rows, len(PAGE_TYPES)) == expected


def test_only_the_compiled_build_walks_natively() -> None:
    """The models carry native arrays in the compiled build and none in pure Python (where
    numpy's calls are the faster)."""
    models = shipped()
    assert models.lexicon is not None
    compiled = native.MODE == "compiled"
    assert (models.html._walk is not None) == compiled
    assert (models.text._walk is not None) == compiled
    assert (models.lexicon._native_padded is not None) == compiled
