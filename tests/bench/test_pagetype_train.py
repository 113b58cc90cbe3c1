"""Training's ``--only``: one model's arrays replaced, the other's kept; the text model's rows
(whole-page and clean renderings) and its article cut."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from newswire.bench import pagetype_train
from newswire.bench.pagetype_data import Row
from newswire.bench.pagetype_train import keep_other
from newswire.events import PAGE_TYPES


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


def test_the_lexicon_goes_with_the_html_model() -> None:
    """The lexicon's arrays are the HTML model's (its trees read the lexicon's features):
    ``--only html`` replaces them with the new ones, ``--only text`` keeps the file's."""
    trained = {"html_leaves": np.array([1.0]), "lexicon_bias": np.array([5.0])}
    existing = {"html_leaves": np.array([3.0]), "lexicon_bias": np.array([6.0])}
    assert keep_other(trained, existing, "html")["lexicon_bias"].tolist() == [5.0]
    assert keep_other(trained, existing, "text")["lexicon_bias"].tolist() == [6.0]


def _row(page: str, domain: str, label: str, *, clean: bool) -> Row:
    features = {"blocks": 1.0}
    return Row(
        page, domain, "A", label, features, {"words": 1.0}, None, 0, features if clean else None
    )


def test_the_text_model_learns_each_page_as_whole_page_text_and_as_clean_story() -> None:
    """By default the text model's rows are the pages' whole-page renderings, then their clean
    stories; asked for, the short stories follow too, with the page's label and domain, so all
    fall in one fold; a page without clean renderings is there once, and the HTML model's rows
    are the pages once."""
    short = {"blocks": 0.5}
    rows = [
        replace(_row("a", "x.com", "article", clean=True), short=short),
        _row("b", "y.com", "forum", clean=False),
    ]
    assert pagetype_train.training_rows(rows, "text", ("text",)) == rows
    default = pagetype_train.training_rows(rows, "text")
    assert [row.id for row in default] == ["a", "b", "a" + pagetype_train.CLEAN + "-clean"]
    text = pagetype_train.training_rows(rows, "text", ("text", "clean", "short"))
    clean = "a" + pagetype_train.CLEAN
    assert [row.id for row in text] == ["a", "b", clean + "-clean", clean + "-short"]
    assert [pagetype_train.is_clean(row) for row in text] == [False, False, True, True]
    assert text[2].text == rows[0].clean
    assert text[3].text == short
    assert {row.label for row in text[2:]} == {"article"}
    assert list(pagetype_train.groups(text)) == ["x.com", "y.com", "x.com", "x.com"]
    assert pagetype_train.training_rows(rows, "html", ("text", "clean")) == rows


def test_the_article_cut_keeps_the_recall_on_each_rendering() -> None:
    """The article threshold is the lower of the two renderings' cuts, so that the recall floor
    holds on the whole-page scrapes even when the clean stories alone would allow a higher cut."""
    rows = [_row(str(i), "x.com", "article", clean=False) for i in range(40)]
    rows += [replace(row, id=row.id + pagetype_train.CLEAN) for row in rows]
    probabilities = np.zeros((80, len(PAGE_TYPES)))
    probabilities[:40, 0] = np.linspace(0.05, 0.95, 40)
    probabilities[40:, 0] = 0.99
    labels = np.zeros(80, dtype=np.intp)
    whole = pagetype_train.choose_threshold(probabilities[:40], labels[:40])
    assert pagetype_train.rendering_threshold(probabilities, labels, rows) == whole < 0.99


def test_the_article_cut_weighs_the_tail_rather_than_reading_one_story() -> None:
    """The cut is the recall quantile of the stories' scores weighted over their ranks: equal
    scores give that score, the cut sits among the lowest stories' scores, and moving the one
    story a single order statistic would read shifts the cut by a small part of its move."""
    flat = np.full(400, 0.4)
    assert pagetype_train.tail_quantile(flat, 0.025) == pytest.approx(0.4)
    ordered = np.linspace(0.0, 1.0, 400)
    cut = pagetype_train.tail_quantile(ordered, 0.025)
    assert ordered[5] < cut < ordered[15]
    index = int(np.floor(0.025 * 400))
    moved = ordered.copy()
    moved[index] = (ordered[index - 1] + ordered[index]) / 2
    shift = abs(pagetype_train.tail_quantile(moved, 0.025) - cut)
    assert 0 < shift < 0.3 * (ordered[index] - moved[index])


def test_html_pages_train_a_pair_and_text_scrapes_one_model_on_both_copies(
    monkeypatch: Any,
) -> None:
    """HTML pages train two models, one on the pages as fetched and one on the same pages
    without their URL; text scrapes train one model on both copies at full weight."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    fits: list[tuple[Any, Any, Any]] = []

    def record(self: Any, x: Any, y: Any, sample_weight: Any = None) -> Any:
        fits.append((x, y, sample_weight))
        return self

    monkeypatch.setattr(HistGradientBoostingClassifier, "fit", record)
    names = ["url_depth", "body_words"]
    x = np.array([[3.0, 5.0], [1.0, 7.0]])
    y = np.array([0, 1])
    with_url, blind = pagetype_train.fit_pair(x, y, names, "html")
    assert with_url is not blind
    assert [(seen.tolist(), labels.tolist()) for seen, labels, _ in fits] == [
        (x.tolist(), [0, 1]),
        ([[0.0, 5.0], [0.0, 7.0]], [0, 1]),  # the URL's depth, gone
    ]
    fits.clear()
    one, same = pagetype_train.fit_pair(x, y, names, "text")
    assert one is same
    [(seen, labels, weights)] = fits
    assert seen.tolist() == [*x.tolist(), [0.0, 5.0], [0.0, 7.0]]
    assert labels.tolist() == [0, 1, 0, 1]
    assert weights.tolist() == [1.0] * 4


def test_the_html_model_is_not_given_the_url_features_the_lean_path_skips() -> None:
    """The HTML matrix's default columns leave out every ``urlshape.LEAN_SKIPPED`` feature (so
    no retrain can split on one and lose the pipeline's lean URL path) and keep the other URL
    features; the text model's matrix keeps them all."""
    from newswire.pipeline.pagetype.urlshape import LEAN_SKIPPED, url_features

    url = url_features("https://example.com/forum/thread/12345?page=2")
    row = Row("a", "x.com", "A", "article", {"blocks": 1.0, **url}, dict(url), None, 0)
    _, _, html = pagetype_train.matrix([row], "html")
    _, _, text = pagetype_train.matrix([row], "text")
    assert not LEAN_SKIPPED & set(html)
    assert set(url) - LEAN_SKIPPED <= set(html)
    assert set(url) <= set(text)


def test_the_article_cut_is_the_mean_of_the_deals_cuts() -> None:
    """The cut averages each deal's own cut (its scores with or without the URL, over the rows
    asked for only), so one deal whose folds put the hard sites together moves it by a share."""
    rows = [_row(str(i), f"s{i}.com", "article", clean=False) for i in range(40)]
    rows += [_row("x", "x.com", "listing", clean=False)]
    labels = np.array([PAGE_TYPES.index(row.label) for row in rows])
    deals = []
    for low in (0.1, 0.3, 0.5):
        with_url, blind = np.zeros((41, len(PAGE_TYPES))), np.zeros((41, len(PAGE_TYPES)))
        with_url[:40, 0] = np.linspace(low, 0.9, 40)
        blind[:40, 0] = np.linspace(low / 2, 0.9, 40)
        deals.append((with_url, blind, rows))

    every = np.arange(len(rows))

    def one(scores: Any, among: Any = every) -> float:
        picked = [rows[index] for index in among]
        return pagetype_train.rendering_threshold(scores[among], labels[among], picked)

    assert pagetype_train.dealt_threshold(deals) == pytest.approx(
        np.mean([one(deal[0]) for deal in deals])
    )
    assert pagetype_train.dealt_threshold(deals, blind=True) == pytest.approx(
        np.mean([one(deal[1]) for deal in deals])
    )
    among = np.arange(20, 41)
    assert pagetype_train.dealt_threshold(deals, among=among) == pytest.approx(
        np.mean([one(deal[0], among) for deal in deals])
    )
    assert pagetype_train.dealt_threshold(deals[:1]) < pagetype_train.dealt_threshold(deals)
