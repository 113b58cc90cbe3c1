"""The shipped page-type model: applied with numpy, small, and sensible on clear cases."""

from __future__ import annotations

import math
from importlib import resources

import numpy as np
import pytest

from newswire.events import PAGE_TYPES
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.html import extract_html
from newswire.pipeline.pagetype import _bound, classify
from newswire.pipeline.pagetype.features import PAGE_NAMES, body_of, html_features, html_vector
from newswire.pipeline.pagetype.lexicon import LEXICON_NAMES
from newswire.pipeline.pagetype.model import (
    MODEL_RESOURCE,
    TreeModel,
    decide,
    decide_scores,
    shipped,
)
from newswire.pipeline.pagetype.urlshape import LEAN_SKIPPED, URL_NAMES
from tests.pipeline.pagetype.pages import section_page, section_page_with_summaries, story_page


def _stump(split: float) -> TreeModel:
    """One tree per class: feature 0 <= split sends the article tree's score to -1, else +1."""
    # Complete trees of one level: a split and two leaves; trees 1..6 never split (+inf).
    return TreeModel(
        features=("x",),
        feature=np.zeros((7, 1), dtype=np.intp),
        threshold=np.array([[split]] + [[np.inf]] * 6),
        leaves=np.array([[-1.0, 1.0]] + [[0.0, 0.0]] * 6),
        tree_class=np.arange(7, dtype=np.intp),
        baseline=np.zeros(7),
        depth=1,
        article_threshold=0.3,
        article_threshold_no_url=0.2,
    )


def _reference_leaf(feature: list[int], threshold: list[float], x: list[float]) -> int:
    """The leaf of a complete tree (breadth-first split nodes) reached by a plain walk."""
    node = 0
    while node < len(feature):
        node = 2 * node + (1 if x[feature[node]] <= threshold[node] else 2)
    return node - len(feature)


def test_complete_trees_reach_the_leaf_a_walk_reaches() -> None:
    """For trees of 1 to 4 levels (8- and 16-bit codes), the packed comparisons and the leaf
    table pick the leaf that walking the tree node by node picks, for random trees and inputs."""
    rng = np.random.default_rng(7)
    for depth in range(1, 5):
        splits = (1 << depth) - 1
        feature = rng.integers(0, 3, size=(5, splits))
        threshold = rng.normal(size=(5, splits))
        leaves = rng.normal(size=(5, splits + 1))
        model = TreeModel(
            features=("a", "b", "c"),
            feature=feature,
            threshold=threshold,
            leaves=leaves,
            tree_class=np.array([0, 1, 2, 3, 4]),
            baseline=np.zeros(7),
            depth=depth,
            article_threshold=0.5,
            article_threshold_no_url=0.5,
        )
        for _ in range(20):
            x = rng.normal(size=3)
            expected = np.zeros(7)
            for tree in range(5):
                leaf = _reference_leaf(list(feature[tree]), list(threshold[tree]), list(x))
                expected[tree] += leaves[tree, leaf]
            softmax = np.exp(expected - expected.max())
            assert np.allclose(model.probabilities(x), softmax / softmax.sum())


def test_trees_deeper_than_a_code_holds_are_refused() -> None:
    """Five levels would need 31 bits per tree: the model refuses them rather than misread."""
    with pytest.raises(ValueError, match="depth"):
        TreeModel(
            features=("x",),
            feature=np.zeros((1, 31), dtype=np.intp),
            threshold=np.zeros((1, 31)),
            leaves=np.zeros((1, 32)),
            tree_class=np.zeros(1, dtype=np.intp),
            baseline=np.zeros(7),
            depth=5,
            article_threshold=0.5,
            article_threshold_no_url=0.5,
        )


def test_trees_are_walked_to_their_leaves_and_softmaxed() -> None:
    """Each tree adds its leaf's value to its class; the result is a softmax over the classes."""
    model = _stump(0.5)
    high = model.probabilities(np.array([1.0]))
    low = model.probabilities(np.array([0.0]))
    assert np.isclose(high.sum(), 1.0)
    assert np.isclose(high[0], np.e / (np.e + 6))
    assert np.isclose(low[0], np.exp(-1) / (np.exp(-1) + 6))
    assert model.vector({"x": 2.0, "other": 5.0}).tolist() == [2.0]


def test_missing_features_read_as_zero_and_order_follows_the_model() -> None:
    """The vector lists the model's features in its own order, whatever the mapping's order;
    a feature the mapping lacks is 0.0."""
    model = shipped().html
    names = model.features
    values = {name: float(index) for index, name in reversed(list(enumerate(names)))}
    assert model.vector(values).tolist() == [float(index) for index in range(len(names))]
    del values[names[1]]
    partial = model.vector(values)
    assert partial[1] == 0.0
    assert partial[2] == 2.0


def test_article_wins_from_its_threshold_not_from_the_argmax() -> None:
    """P(article) at the threshold makes an article even when another type is likelier."""
    probabilities = np.array([0.3, 0.5, 0.2, 0, 0, 0, 0])
    assert decide(probabilities, 0.3).page_type == "article"
    verdict = decide(probabilities, 0.35)
    assert verdict.page_type == "listing"
    assert verdict.confidence == 0.5


def test_deciding_from_raw_scores_gives_the_softmax_verdict() -> None:
    """``decide_scores`` (the per-page path, a Python softmax) gives the type and confidence that
    ``decide`` gives on numpy's probabilities of the same scores, for random scores, ties and
    both sides of the threshold (a hair from it: numpy's SIMD ``exp`` and ``math.exp`` may
    differ in the last bit), and a P(article) exactly at the cut is an article."""
    rng = np.random.default_rng(3)
    model = _stump(0.5)
    cases = [rng.normal(0, 3, 7) for _ in range(500)] + [
        np.zeros(7),
        np.array([0, 1, 1, 0, 0, 0, 0.0]),
    ]
    for scores in cases:
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        article = float(probabilities[0])
        for cut in (0.05, article * (1 - 1e-9), article * (1 + 1e-9), 0.5, 0.9):
            assert decide_scores(scores.tolist(), cut) == decide(probabilities, cut)
        top = max(scores.tolist())
        exps = [math.exp(score - top) for score in scores.tolist()]
        assert decide_scores(scores.tolist(), exps[0] / sum(exps)).page_type == "article"
    assert model.classify({"x": 1.0}) == decide(model.probabilities(np.array([1.0])), 0.3)


def test_shipped_model_is_small_and_covers_every_type() -> None:
    """The weights in the package are a few hundred KB at most and know all seven types."""
    size = len((resources.files("newswire") / "resources" / MODEL_RESOURCE).read_bytes())
    assert size < 500_000
    models = shipped()
    assert models.html_blind is not None
    for model in (models.html, models.html_blind, models.text):
        assert set(model.tree_class.tolist()) == set(range(len(PAGE_TYPES)))
        assert 0.0 < model.article_threshold < 1.0
        assert 0.0 < model.article_threshold_no_url < 1.0


def _with_lexicon(values: dict[str, float], extracted: Extracted) -> dict[str, float]:
    """A page's features by name with the shipped lexicon's (what ``classify`` adds)."""
    lexicon = shipped().lexicon
    assert lexicon is not None
    found = lexicon.values(extracted.title, body_of(extracted)[1])
    return values | dict(zip(LEXICON_NAMES, found, strict=True))


def test_story_and_section_front() -> None:
    """A story page is an article; a section front of teaser cards is not."""
    story = classify(
        "https://example.com/2024/05/12/harbour-expansion-approved", "", extract_html(story_page())
    )
    assert story.page_type == "article"
    front = classify("https://example.com/news/", "", extract_html(section_page()))
    assert front.page_type != "article"
    assert 0.0 <= front.confidence <= 1.0


def test_a_section_front_with_summaries_is_far_from_the_article_cut() -> None:
    """Forty teaser cards with a one-sentence summary each (the extractor keeps the summaries
    as paragraphs) are not an article, and not by a hair: P(article) is under half the cut,
    with its URL and without one."""
    models = shipped()
    extracted = extract_html(section_page_with_summaries())
    for url in ("https://example.com/news/", None):
        values = _with_lexicon(html_features(url, extracted), extracted)
        model = models.html_for(bool(url))
        cut = model.article_threshold if url else model.article_threshold_no_url
        assert model.probabilities(model.vector(values))[0] < cut / 2
        assert classify(url, "", extracted).page_type != "article"


def test_a_model_bound_to_the_feature_codes_order_gives_the_same_verdicts() -> None:
    """The shipped models read from vectors in ``PAGE_NAMES`` order (no names looked up) give
    the verdicts the models give on the same features by name, with and without a URL; a
    model bound to names that lack one of its features is refused."""
    named, bound = shipped(), shipped(PAGE_NAMES)
    for page, url in (
        (story_page(), "https://example.com/2024/05/12/a-story"),
        (section_page(), None),
    ):
        extracted = extract_html(page)
        values = html_features(url, extracted)
        vector = html_vector(url, extracted)
        assert vector == [values[name] for name in PAGE_NAMES]
        assert bound.text.classify_vector(vector, not url) == named.text.classify(values)
        values = _with_lexicon(values, extracted)
        vector += [values[name] for name in LEXICON_NAMES]
        verdict = named.html_for(bool(url)).classify(values)
        assert bound.html_for(bool(url)).classify_vector(vector, not url) == verdict
        assert classify(url, "", extracted) == verdict
    with pytest.raises(ValueError, match="does not make"):
        named.html.bound(PAGE_NAMES[1:])


def test_the_features_a_model_reads_are_those_of_its_split_nodes_only() -> None:
    """``read`` names the features some split node compares; a padding node (feature 0
    against +inf) reads nothing, so a tree that never splits on feature 0 does not read it."""
    model = TreeModel(
        features=("a", "b", "c"),
        feature=np.array([[1, 0, 2], [0, 0, 0]]),
        threshold=np.array([[0.5, np.inf, 1.0], [np.inf, np.inf, np.inf]]),
        leaves=np.zeros((2, 4)),
        tree_class=np.array([0, 1]),
        baseline=np.zeros(len(PAGE_TYPES)),
        depth=2,
        article_threshold=0.5,
        article_threshold_no_url=0.5,
    )
    assert model.read() == frozenset({"b", "c"})


def test_lean_url_features_only_for_an_html_model_that_never_reads_them() -> None:
    """The classifier leaves the ``LEAN_SKIPPED`` URL features at 0 only for an HTML model that
    reads none of them, and then its verdicts are those of the full features."""
    models, lean = _bound()
    assert lean == LEAN_SKIPPED.isdisjoint(models.html.read())
    extracted = extract_html(story_page())
    url = "https://docs.example.com/2024/05/12/a-story.html?page=2"
    values = _with_lexicon(html_features(url, extracted), extracted)
    assert classify(url, "", extracted) == shipped().html.classify(values)


def test_the_shipped_html_model_reads_no_feature_the_lean_path_skips() -> None:
    """The shipped HTML model splits on none of ``LEAN_SKIPPED`` (the features the pipeline does
    not compute for it), so it takes the lean path: a retrained model that reads one of them
    fails here, naming them, rather than silently losing the lean path (the classifier would
    fall back to computing every feature, correct but slower)."""
    models, lean = _bound()
    assert sorted(LEAN_SKIPPED & models.html.read()) == []
    assert lean


def test_an_input_without_a_url_meets_the_html_model_trained_without_one() -> None:
    """A page without a URL is classified by the HTML model trained on pages without their
    URL features (it reads none of them); a page with one by the model that learnt them."""
    models = shipped()
    assert models.html_blind is not None
    assert models.html_blind.read().isdisjoint(URL_NAMES)
    assert not models.html.read().isdisjoint(URL_NAMES)
    extracted = extract_html(story_page())
    for url, model in (
        ("https://example.com/2024/05/12/a-story", models.html),
        (None, models.html_blind),
    ):
        values = _with_lexicon(html_features(url, extracted), extracted)
        assert classify(url, "", extracted) == model.classify(values)


def test_the_shipped_trees_score_as_a_list_what_they_score_as_an_array() -> None:
    """``score_list`` (the baseline added in Python) is the baseline plus the summed leaves,
    bit for bit, for the shipped HTML and text models on random feature vectors."""
    models = shipped()
    generator = np.random.default_rng(15)
    for model in (models.html, models.text):
        for _ in range(20):
            x = generator.normal(0.0, 2.0, len(model.features))
            goes_left = x.take(model._flat_feature) <= model._flat_threshold
            codes = np.packbits(goes_left).view(model._code_type)
            leaves = model._flat_leaves[model._leaf_base + model._table[codes]]
            expected = model.baseline + np.bincount(
                model.tree_class, weights=leaves, minlength=len(model.baseline)
            )
            assert model.score_list(x) == expected.tolist()
