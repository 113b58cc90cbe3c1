"""Boosted trees applied with numpy alone: the shipped page-type model.

``make train-page-type`` (``newswire.bench.pagetype_train``, scikit-learn's histogram gradient
boosting, a bench-only dependency) writes every tree of both models (HTML pages, text scrapes) into
``newswire/resources/page_type.npz``, each padded to a complete binary tree of ``depth`` levels
(a leaf above the last level is copied into every leaf under it; the nodes under it compare
against +inf). Applying the model is then a handful of numpy calls over all trees at once, with
no walk: every node's comparison at once, each tree's comparisons packed into a 16-bit code, and
one table (the same for every complete tree) from code to leaf. (The walk it replaces, ``depth``
steps of five gathers each, cost ~2.5x more on the same trees.) The compiled build walks the same
trees in compiled code instead (``tree_walk``: the same sums, no numpy call a page, which right
after an extraction costs a third of the numpy calls' time).
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from librt.vecs import vec
from mypy_extensions import i32

from newswire import native
from newswire.events import PAGE_TYPES, PageType
from newswire.pipeline.pagetype.lexicon import LEXICON_NAMES, Lexicon
from newswire.pipeline.pagetype.lexicon import from_arrays as lexicon_from_arrays
from newswire.pipeline.pagetype.tree_walk import TreeWalk
from newswire.pipeline.rounding import rounded

MODEL_RESOURCE: Final = "page_type.npz"
#: The arrays' prefix of the HTML model for inputs without a URL (``PageTypeModels.html_blind``).
HTML_BLIND: Final = "html_blind"
#: Deepest tree a 16-bit code holds: 2**4 - 1 = 15 split nodes (+1 unused bit); trees of 3
#: levels or fewer take 8-bit codes (half the comparisons).
MAX_DEPTH: Final = 4


def code_bits(depth: int) -> int:
    """Bits of a tree's code: its split nodes, padded to a whole unsigned integer type."""
    return 8 if depth <= 3 else 16


@dataclass(frozen=True, slots=True)
class Verdict:
    page_type: PageType
    confidence: float


@functools.cache
def leaf_table(depth: int) -> npt.NDArray[np.intp]:
    """Leaf reached in a complete tree of ``depth`` levels, for every code of its split nodes'
    outcomes (``code_bits`` bits, the first node's the highest: bit set = the node sends left)."""
    bits = code_bits(depth)
    codes = np.arange(1 << bits)
    node = np.zeros_like(codes)
    for _ in range(depth):
        left = (codes >> (bits - 1 - node)) & 1
        node = 2 * node + 2 - left
    result: npt.NDArray[np.intp] = (node - ((1 << depth) - 1)).astype(np.intp)
    return result


@dataclass(frozen=True, slots=True)
class TreeModel:
    """One multi-class boosted-trees model of complete trees (one row per tree)."""

    features: tuple[str, ...]
    #: Feature index and threshold of each tree's split nodes, breadth-first: (trees, 2**depth - 1).
    feature: npt.NDArray[np.intp]
    threshold: npt.NDArray[np.float64]
    #: Each tree's leaves, left to right: (trees, 2**depth).
    leaves: npt.NDArray[np.float64]
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
    #: ``feature`` and ``threshold`` flat, each tree padded to ``code_bits`` nodes (the extra
    #: ones compare against +inf), so that ``packbits`` makes one code per tree.
    _flat_feature: npt.NDArray[np.intp] = field(init=False, repr=False, compare=False)
    _flat_threshold: npt.NDArray[np.float64] = field(init=False, repr=False, compare=False)
    _flat_leaves: npt.NDArray[np.float64] = field(init=False, repr=False, compare=False)
    #: Index of each tree's first leaf in ``_flat_leaves``.
    _leaf_base: npt.NDArray[np.intp] = field(init=False, repr=False, compare=False)
    _table: npt.NDArray[np.intp] = field(init=False, repr=False, compare=False)
    _code_type: np.dtype[Any] = field(init=False, repr=False, compare=False)
    #: ``baseline`` as a list of floats.
    _baseline: list[float] = field(init=False, repr=False, compare=False)
    #: In the compiled build, the trees as native arrays for the compiled walk (no numpy call a
    #: page: ``tree_walk``); None in pure Python, where numpy's calls are the faster.
    _walk: TreeWalk | None = field(init=False, repr=False, compare=False)
    #: The feature values of a mapping in ``features`` order, as a tuple.
    getter: Callable[[Mapping[str, float]], tuple[float, ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        trees = len(self.tree_class)
        splits = (1 << self.depth) - 1
        if not 1 <= self.depth <= MAX_DEPTH:
            raise ValueError(f"tree depth {self.depth} outside 1..{MAX_DEPTH}")
        if self.feature.shape != (trees, splits) or self.leaves.shape != (trees, splits + 1):
            raise ValueError(
                "feature, threshold and leaves must be (trees, 2**depth - 1 / 2**depth)"
            )
        bits = code_bits(self.depth)
        feature = np.zeros((trees, bits), dtype=np.intp)
        threshold = np.full((trees, bits), np.inf)
        feature[:, :splits] = self.feature
        threshold[:, :splits] = self.threshold
        set_ = functools.partial(object.__setattr__, self)
        set_("_flat_feature", feature.ravel())
        set_("_flat_threshold", threshold.ravel())
        set_("_flat_leaves", np.ascontiguousarray(self.leaves, dtype=np.float64).ravel())
        set_("_leaf_base", np.arange(trees, dtype=np.intp) * (splits + 1))
        set_("_table", leaf_table(self.depth))
        set_("_code_type", np.dtype(">u2" if bits == 16 else "u1"))
        set_("_baseline", self.baseline.tolist())
        set_("_walk", walk_of(self) if native.MODE == "compiled" else None)
        names = self.features
        getter = operator.itemgetter(*names) if len(names) > 1 else lambda v: (v[names[0]],)
        set_("getter", getter)

    def vector(self, values: Mapping[str, float]) -> npt.NDArray[np.float64]:
        # Every feature is there on a page of the pipeline: one C-level look-up of all of them
        # (~5x cheaper than a generator of .get calls); the slow path is for partial mappings.
        try:
            return np.array(self.getter(values), dtype=np.float64)
        except KeyError:
            return np.fromiter((values.get(name, 0.0) for name in self.features), np.float64)

    def probabilities(self, x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Class probabilities, in ``PAGE_TYPES`` order."""
        scores = self.scores(x)
        exp = np.exp(scores - scores.max())
        result: npt.NDArray[np.float64] = exp / exp.sum()
        return result

    def scores(self, x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Each class's raw score (the softmax of which is ``probabilities``)."""
        return np.array(self.score_list(x), dtype=np.float64)

    def score_list(self, x: npt.NDArray[np.float64]) -> list[float]:
        """``scores`` as a list, with no numpy call of a kind the page's others do not make."""
        # mode="clip": every index is in range by construction (``__post_init__``), and
        # numpy's default bounds check of each of the 6,720 node gathers cost half of this
        # call (11 -> 5 µs for the first take). Session 27: the 1,484 distinct (feature,
        # threshold) pairs of the HTML model's 6,720 nodes compared once and gathered to the
        # nodes gave the same scores at +0.4 µs (a second gather costs what it saves).
        goes_left = x.take(self._flat_feature, mode="clip") <= self._flat_threshold
        codes = np.packbits(goes_left).view(self._code_type)
        leaves = self._leaf_base + self._table.take(codes, mode="clip")
        values = self._flat_leaves.take(leaves, mode="clip")
        sums = np.bincount(self.tree_class, weights=values, minlength=len(self.baseline)).tolist()
        # The baseline added in Python (the same IEEE additions as numpy's ``+``): right after
        # an extraction every kind of numpy call pays for its evicted code, an add no less.
        return list(map(operator.add, self._baseline, sums))

    def classify(self, values: Mapping[str, float]) -> Verdict:
        no_url = values.get("url_missing", 0.0) > 0
        cut = self.article_threshold_no_url if no_url else self.article_threshold
        return decide_scores(self.score_list(self.vector(values)), cut)

    def classify_vector(self, values: Sequence[float], no_url: bool) -> Verdict:
        """``classify`` of a page's features in ``features`` order (a model ``bound`` to the
        order the feature code makes them in: no names looked up)."""
        cut = self.article_threshold_no_url if no_url else self.article_threshold
        if self._walk is not None:
            return decide_scores(self._walk.scores(values), cut)
        x = np.array(values, dtype=np.float64)
        return decide_scores(self.score_list(x), cut)

    def read(self) -> frozenset[str]:
        """The features some split node compares (a padding node, against +inf, reads none)."""
        columns = np.unique(self.feature[np.isfinite(self.threshold)])
        return frozenset(self.features[column] for column in columns.tolist())

    def bound(self, names: Sequence[str]) -> TreeModel:
        """The same model reading its features from vectors in ``names`` order (a superset of
        its own): each split's feature index is moved to that feature's place in ``names``,
        once, when the model is loaded."""
        place = {name: index for index, name in enumerate(names)}
        missing = [name for name in self.features if name not in place]
        if missing:
            raise ValueError(f"the model reads features the code does not make: {missing}")
        moved = np.array([place[name] for name in self.features], dtype=np.intp)
        return TreeModel(
            features=tuple(names),
            feature=moved[self.feature],
            threshold=self.threshold,
            leaves=self.leaves,
            tree_class=self.tree_class,
            baseline=self.baseline,
            depth=self.depth,
            article_threshold=self.article_threshold,
            article_threshold_no_url=self.article_threshold_no_url,
        )


def walk_of(model: TreeModel) -> TreeWalk:
    """``model``'s trees as the compiled walk reads them (``tree_walk.TreeWalk``)."""
    return TreeWalk(
        vec[i32](model.feature.astype(np.int32).ravel().data),
        vec[float](model.threshold.astype(np.float64).ravel().data),
        vec[float](model.leaves.astype(np.float64).ravel().data),
        vec[i32](model.tree_class.astype(np.int32).data),
        depth=model.depth,
        baseline=model.baseline.tolist(),
    )


def decide(probabilities: npt.NDArray[np.float64], article_threshold: float) -> Verdict:
    """Article when P(article) reaches the threshold, else the likeliest other type."""
    article = float(probabilities[0])
    if article >= article_threshold:
        return Verdict("article", rounded(article, 4))
    best = int(np.argmax(probabilities[1:])) + 1
    return Verdict(PAGE_TYPES[best], rounded(float(probabilities[best]), 4))


def decide_scores(scores: list[float], article_threshold: float) -> Verdict:
    """``decide`` from the raw scores of one page, in Python: for seven numbers the softmax of
    a list costs a fifth of numpy's calls; it sums in the same order, so the answers are the
    same (compared on every wcxb-dev and ScrapingHub page, HTML and text)."""
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    article = exps[0] / total
    if article >= article_threshold:
        return Verdict("article", rounded(article, 4))
    best = max(range(1, len(exps)), key=exps.__getitem__)
    return Verdict(PAGE_TYPES[best], rounded(exps[best] / total, 4))


def from_arrays(arrays: Mapping[str, Any], prefix: str) -> TreeModel:
    """A model from the arrays ``to_arrays`` wrote (keys ``{prefix}_feature`` …)."""

    def get(name: str) -> Any:
        return arrays[f"{prefix}_{name}"]

    return TreeModel(
        features=tuple(str(name) for name in get("features")),
        feature=get("feature").astype(np.intp),
        threshold=get("threshold").astype(np.float64),
        leaves=get("leaves").astype(np.float64),
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
        f"{prefix}_feature": model.feature.astype(np.int16),
        f"{prefix}_threshold": model.threshold.astype(np.float64),
        f"{prefix}_leaves": model.leaves.astype(np.float32),
        f"{prefix}_tree_class": model.tree_class.astype(np.int8),
        f"{prefix}_baseline": model.baseline.astype(np.float64),
        f"{prefix}_depth": np.array(model.depth),
        f"{prefix}_article_threshold": np.array(model.article_threshold),
        f"{prefix}_article_threshold_no_url": np.array(model.article_threshold_no_url),
    }


@dataclass(frozen=True, slots=True)
class PageTypeModels:
    html: TreeModel
    text: TreeModel
    #: The words' evidence the HTML model reads (``lexicon.LEXICON_NAMES``), when it has one.
    lexicon: Lexicon | None = None
    #: The HTML model for inputs without a URL, trained on pages without their URL features
    #: (``html`` then learns its URL evidence at full strength), when the file has one.
    html_blind: TreeModel | None = None

    def html_for(self, has_url: bool) -> TreeModel:
        """The HTML model for an input with a URL, or for one without."""
        return self.html if has_url or self.html_blind is None else self.html_blind


@functools.cache
def shipped(names: tuple[str, ...] | None = None) -> PageTypeModels:
    """The models in the package (loaded once per process), ``bound`` to read vectors in
    ``names`` order when given."""
    with (resources.files("newswire") / "resources" / MODEL_RESOURCE).open("rb") as handle:
        arrays = dict(np.load(handle, allow_pickle=False))
    html, text = from_arrays(arrays, "html"), from_arrays(arrays, "text")
    blind = from_arrays(arrays, HTML_BLIND) if f"{HTML_BLIND}_features" in arrays else None
    words = lexicon_from_arrays(arrays)
    if names is not None:
        # The HTML vector ends with the lexicon's features when there is a lexicon; a text
        # scrape's has none (its model never reads them).
        extra = LEXICON_NAMES if words is not None else ()
        html, text = html.bound((*names, *extra)), text.bound(names)
        blind = blind.bound((*names, *extra)) if blind is not None else None
    return PageTypeModels(html, text, words, blind)
