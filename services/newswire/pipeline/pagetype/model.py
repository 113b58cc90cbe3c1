"""Boosted trees applied with numpy alone: the shipped page-type model.

``make train-page-type`` (``newswire.bench.pagetype_train``, scikit-learn's histogram gradient
boosting, a bench-only dependency) writes every tree of both models (HTML pages, text scrapes) into
``newswire/resources/page_type.npz`` as flat node arrays. Leaves point to themselves, so walking
``depth`` steps from every root at once ends on each tree's leaf whatever its shape: a handful of
vectorized steps over all trees instead of a Python loop per tree.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from newswire.events import PAGE_TYPES, PageType

MODEL_RESOURCE = "page_type.npz"


@dataclass(frozen=True, slots=True)
class Verdict:
    page_type: PageType
    confidence: float


@dataclass(frozen=True, slots=True)
class TreeModel:
    """One multi-class boosted-trees model; nodes of all trees in flat arrays."""

    features: tuple[str, ...]
    feature: npt.NDArray[np.intp]
    threshold: npt.NDArray[np.float64]
    left: npt.NDArray[np.intp]
    right: npt.NDArray[np.intp]
    value: npt.NDArray[np.float64]
    roots: npt.NDArray[np.intp]
    #: The class whose score each tree adds to.
    tree_class: npt.NDArray[np.intp]
    baseline: npt.NDArray[np.float64]
    depth: int
    #: P(article) from which a page is called an article (chosen in cross-validation so that
    #: article recall stays >= 97%: losing a story costs more than routing a listing as one).
    article_threshold: float
    #: The same for inputs without a URL (bare bodies, text scrapes without a url header): the
    #: model is surer with one, so its scores run lower without.
    article_threshold_no_url: float
    #: ``right`` and ``left`` interleaved, so that one step of the walk is a single gather:
    #: ``children[2 * node + (x <= threshold)]`` (~30% less time than choosing with np.where).
    children: npt.NDArray[np.intp] = field(init=False, repr=False, compare=False)
    #: The feature values of a mapping in ``features`` order, as a tuple.
    getter: Callable[[Mapping[str, float]], tuple[float, ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        children = np.empty(2 * len(self.left), dtype=np.intp)
        children[0::2] = self.right
        children[1::2] = self.left
        object.__setattr__(self, "children", children)
        names = self.features
        getter = operator.itemgetter(*names) if len(names) > 1 else lambda v: (v[names[0]],)
        object.__setattr__(self, "getter", getter)

    def vector(self, values: Mapping[str, float]) -> npt.NDArray[np.float64]:
        # Every feature is there on a page of the pipeline: one C-level look-up of all of them
        # (~5x cheaper than a generator of .get calls); the slow path is for partial mappings.
        try:
            return np.array(self.getter(values), dtype=np.float64)
        except KeyError:
            return np.fromiter((values.get(name, 0.0) for name in self.features), np.float64)

    def probabilities(self, x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Class probabilities, in ``PAGE_TYPES`` order."""
        node = self.roots
        feature, threshold, children = self.feature, self.threshold, self.children
        # ``take`` rather than fancy indexing: the same gathers without the indexing machinery
        # (~30% less time for the walk).
        for _ in range(self.depth):
            node = children.take((node << 1) + (x.take(feature.take(node)) <= threshold.take(node)))
        scores = self.baseline + np.bincount(
            self.tree_class, weights=self.value[node], minlength=len(self.baseline)
        )
        exp = np.exp(scores - scores.max())
        result: npt.NDArray[np.float64] = exp / exp.sum()
        return result

    def classify(self, values: Mapping[str, float]) -> Verdict:
        no_url = values.get("url_missing", 0.0) > 0
        cut = self.article_threshold_no_url if no_url else self.article_threshold
        return decide(self.probabilities(self.vector(values)), cut)


def decide(probabilities: npt.NDArray[np.float64], article_threshold: float) -> Verdict:
    """Article when P(article) reaches the threshold, else the likeliest other type."""
    article = float(probabilities[0])
    if article >= article_threshold:
        return Verdict("article", round(article, 4))
    best = int(np.argmax(probabilities[1:])) + 1
    return Verdict(PAGE_TYPES[best], round(float(probabilities[best]), 4))


def from_arrays(arrays: Mapping[str, Any], prefix: str) -> TreeModel:
    """A model from the arrays ``to_arrays`` wrote (keys ``{prefix}_feature`` …)."""

    def get(name: str) -> Any:
        return arrays[f"{prefix}_{name}"]

    return TreeModel(
        features=tuple(str(name) for name in get("features")),
        feature=get("feature").astype(np.intp),
        threshold=get("threshold").astype(np.float64),
        left=get("left").astype(np.intp),
        right=get("right").astype(np.intp),
        value=get("value").astype(np.float64),
        roots=get("roots").astype(np.intp),
        tree_class=get("tree_class").astype(np.intp),
        baseline=get("baseline").astype(np.float64),
        depth=int(get("depth")),
        article_threshold=float(get("article_threshold")),
        article_threshold_no_url=float(get("article_threshold_no_url")),
    )


def to_arrays(model: TreeModel, prefix: str) -> dict[str, npt.NDArray[Any]]:
    """The arrays of a model for ``np.savez_compressed``. Thresholds stay float64: rounded to
    float32 they flip comparisons of real pages (up to 0.26 of probability on wcxb-dev)."""
    return {
        f"{prefix}_features": np.array(model.features),
        f"{prefix}_feature": model.feature.astype(np.int32),
        f"{prefix}_threshold": model.threshold.astype(np.float64),
        f"{prefix}_left": model.left.astype(np.int32),
        f"{prefix}_right": model.right.astype(np.int32),
        f"{prefix}_value": model.value.astype(np.float32),
        f"{prefix}_roots": model.roots.astype(np.int32),
        f"{prefix}_tree_class": model.tree_class.astype(np.int32),
        f"{prefix}_baseline": model.baseline.astype(np.float64),
        f"{prefix}_depth": np.array(model.depth),
        f"{prefix}_article_threshold": np.array(model.article_threshold),
        f"{prefix}_article_threshold_no_url": np.array(model.article_threshold_no_url),
    }


@dataclass(frozen=True, slots=True)
class PageTypeModels:
    html: TreeModel
    text: TreeModel


@functools.cache
def shipped() -> PageTypeModels:
    """The models in the package (loaded once per process)."""
    with (resources.files("newswire") / "resources" / MODEL_RESOURCE).open("rb") as handle:
        arrays = dict(np.load(handle, allow_pickle=False))
    return PageTypeModels(from_arrays(arrays, "html"), from_arrays(arrays, "text"))
