"""The shipped page-type model: applied with numpy, small, and sensible on clear cases."""

from __future__ import annotations

from importlib import resources

import numpy as np

from newswire.events import PAGE_TYPES
from newswire.pipeline.html import extract_html
from newswire.pipeline.pagetype import classify
from newswire.pipeline.pagetype.model import MODEL_RESOURCE, TreeModel, decide, shipped
from tests.pipeline.pagetype.pages import section_page, story_page


def _stump(split: float) -> TreeModel:
    """One tree per class: feature 0 <= split sends the article tree's score to -1, else +1."""
    # Nodes: tree 0 (article) = [split, leaf -1, leaf +1]; trees 1..6 = one leaf of 0 each.
    feature = [0, 0, 0] + [0] * 6
    threshold = [split, np.inf, np.inf] + [np.inf] * 6
    left = [1, 1, 2, *list(range(3, 9))]
    right = [2, 1, 2, *list(range(3, 9))]
    value = [0.0, -1.0, 1.0] + [0.0] * 6
    return TreeModel(
        features=("x",),
        feature=np.array(feature, dtype=np.intp),
        threshold=np.array(threshold),
        left=np.array(left, dtype=np.intp),
        right=np.array(right, dtype=np.intp),
        value=np.array(value),
        roots=np.array([0, *range(3, 9)], dtype=np.intp),
        tree_class=np.arange(7, dtype=np.intp),
        baseline=np.zeros(7),
        depth=1,
        article_threshold=0.3,
        article_threshold_no_url=0.2,
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


def test_shipped_model_is_small_and_covers_every_type() -> None:
    """The weights in the package are a few hundred KB at most and know all seven types."""
    size = len((resources.files("newswire") / "resources" / MODEL_RESOURCE).read_bytes())
    assert size < 500_000
    models = shipped()
    for model in (models.html, models.text):
        assert set(model.tree_class.tolist()) == set(range(len(PAGE_TYPES)))
        assert 0.0 < model.article_threshold < 1.0
        assert 0.0 < model.article_threshold_no_url < 1.0


def test_story_and_section_front() -> None:
    """A story page is an article; a section front of teaser cards is not."""
    story = classify(
        "https://example.com/2024/05/12/harbour-expansion-approved", "", extract_html(story_page())
    )
    assert story.page_type == "article"
    front = classify("https://example.com/news/", "", extract_html(section_page()))
    assert front.page_type != "article"
    assert 0.0 <= front.confidence <= 1.0
