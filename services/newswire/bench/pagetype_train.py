"""Train the page-type models (``make train-page-type``) and cross-validate them by domain.

Data: every wcxb-dev page as HTML and as a text scrape (``pagetype_data``). Model: scikit-learn's
histogram gradient boosting (a bench-only dependency), exported to flat node arrays that
``pipeline.pagetype.model`` applies with numpy. Cross-validation is grouped by domain (a site's
pages are never in training and test at once), 5 folds; the article threshold is the ``1 -
RECALL`` quantile of the out-of-fold stories' P(article) (``tail_quantile``), averaged over
``DEALS`` deals of the domains to folds (``dealt_threshold``).
With ``--bag K`` (K > 1; the recipe's ``BAG`` is 1) each model is a bag of K members, each on
the pages of all but one fold of the domains (``pagetype_bag``), and the out-of-fold scores are
a bag's too (nested folds: each page is scored by a bag none of whose members saw its domain),
so the cut is read on the shipped model's kind of score.
The exported model is checked against scikit-learn's own probabilities before it is written.
The recipe's settings, and what was tried beside them with its figures, are in ``pagetype_recipe``
(since session 43: ``pagetype_column_trials``, ``pagetype_model_trials``).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from newswire import native
from newswire.bench import pagetype_bag, pagetype_data, pagetype_lexicon, pagetype_splits
from newswire.bench.pagetype_data import Row
from newswire.bench.pagetype_export import export, exported_probabilities
from newswire.bench.pagetype_recipe import BAG, BAG_RATE, DEALS, FOLDS, PARAMS, RECALL
from newswire.events import PAGE_TYPES
from newswire.pipeline.pagetype import lexicon as page_lexicon
from newswire.pipeline.pagetype import model as page_model
from newswire.pipeline.pagetype import urlshape

RESOURCE = native.source_file(page_model).parents[2] / "resources" / page_model.MODEL_RESOURCE

Kind = str  # "html" or "text"

#: Columns the HTML model is not given: the URL features the pipeline's lean path leaves at 0
#: (``urlshape.LEAN_SKIPPED``; a third of the URL's cost). The shipped model was trained on
#: every column and happened to split on none of them; a retrain on later rows (session 69)
#: split on ``url_last_forum`` and ``url_service``, so the classifier fell back to the full URL
#: path. A model that never sees them keeps the lean path whatever the rows.
HTML_UNREAD: frozenset[str] = urlshape.LEAN_SKIPPED


def matrix(
    rows: Sequence[Row], kind: Kind, names: Sequence[str] | None = None
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.intp], list[str]]:
    """The pages' features (columns ``names``: by default every one they have, sorted, and for
    HTML pages the ``LEXICON_NAMES`` after them, left at 0 for ``stack`` to fill per fold; HTML
    pages without ``urlshape.LEAN_SKIPPED``: ``HTML_UNREAD``)."""
    usable = [row for row in rows if getattr(row, kind) is not None]
    if names is None:
        names = sorted({name for row in usable for name in getattr(row, kind)})
        if kind == "html":
            names = [name for name in names if name not in HTML_UNREAD]
            names += page_lexicon.LEXICON_NAMES
    x = np.array([[getattr(row, kind).get(name, 0.0) for name in names] for row in usable]).reshape(
        len(usable), len(names)
    )
    y = np.array([PAGE_TYPES.index(row.label) for row in usable], dtype=np.intp)
    return x, y, list(names)


def stack(
    x: npt.NDArray[np.float64],
    names: Sequence[str],
    rows: Sequence[Row],
    train: npt.NDArray[np.intp],
    test: npt.NDArray[np.intp],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], page_lexicon.Lexicon | None]:
    """``x``'s ``train`` and ``test`` rows with their lexicon columns filled (out of fold among
    the training pages, from a lexicon fitted on them all for the test pages:
    ``pagetype_lexicon.stacked``), and that lexicon; as they are when ``names`` has none."""
    trained, tested = x[train], x[test]
    if page_lexicon.LEXICON_NAMES[0] not in names:
        return trained, tested, None
    columns = [names.index(name) for name in page_lexicon.LEXICON_NAMES]
    inner, outer, fitted = pagetype_lexicon.stacked(rows, list(groups(rows)), train, test)
    trained, tested = trained.copy(), tested.copy()
    trained[:, columns] = inner
    tested[:, columns] = outer
    return trained, tested, fitted


def usable(rows: Sequence[Row], kind: Kind) -> list[Row]:
    return [row for row in rows if getattr(row, kind) is not None]


#: The id suffix of a page's clean text renderings in ``training_rows``.
CLEAN = "#clean"
#: What the text model learns each page as: ``Row`` columns of text-scrape features. The shipped
#: recipe is the whole-page scrape and the clean story (title, blank line, the ground-truth body):
#: a scraper that already cut the story out delivers the latter, and a model that saw only whole
#: pages took such short clean stories for forum threads. ``short`` (the clean story's first two
#: paragraphs) is an option, not kept (figures in ``training_rows``).
TEXT_RENDERINGS = ("text", "clean")
EXTRA_RENDERINGS = ("clean", "short")


def training_rows(
    rows: Sequence[Row], kind: Kind, renderings: Sequence[str] = TEXT_RENDERINGS
) -> list[Row]:
    """The pages a model learns from. The text model may see every page, beside its whole-page
    scrape (menus and all), as a clean story (``Row.clean``) and as that story's first two
    paragraphs (``Row.short``), with the page's label and domain, so all sit in one fold.

    Session 15 (domain-grouped CV of the whole-page scrapes, 7-class / article-vs-rest accuracy;
    ScrapingHub as text; id_scrapes' 1,000 clean Indonesian stories typed article): whole page
    alone 0.757 / 0.822, 117/118, 907 (the shipped session-12 model: 118/118, 718; 261 forum and
    20 listing); + clean 0.773 / 0.838, 117/118 (a short post with little body became a forum),
    977; + clean + short 0.754 / 0.810, 118/118, 993. Shipped: + clean (the lost ScrapingHub
    page is a text-extraction loss: its body keeps 16% of the page); + short costs whole-page
    article accuracy."""
    whole = usable(rows, kind)
    if kind != "text":
        return whole
    extra = [name for name in renderings if name in EXTRA_RENDERINGS]
    return whole + [
        replace(row, id=f"{row.id}{CLEAN}-{name}", text=getattr(row, name))
        for name in extra
        for row in usable(rows, name)
    ]


def is_clean(row: Row) -> bool:
    """A clean rendering (whole story or short), not a whole-page one."""
    return CLEAN in row.id


#: Weight of the copies without a URL in the text model's training (scrapes without a URL are
#: common; it learns both at full weight). The HTML model is a pair instead (``fit_pair``).
BLIND_WEIGHT = 1.0
HTML_BLIND = page_model.HTML_BLIND


def fit_pair(
    x: npt.NDArray[np.float64],
    y: npt.NDArray[np.intp],
    names: Sequence[str],
    kind: Kind,
    domains: npt.NDArray[Any] | None = None,
    *,
    bag: int = 1,
) -> tuple[Any, Any]:
    """The model for inputs with a URL and the one for inputs without.

    HTML pages: two models, one trained on the pages as fetched, one on the same pages without
    their URL. A single model trained on both copies gave the URL-less ones as much room as the
    pages themselves, and its URL evidence was learnt at half strength; weighting the copies down
    (0.25, sessions 21-22) only traded one use for the other. Session 22, train A -> test B,
    HTML, with URL: copies at 0.25 7-class 0.827, article-vs-rest accuracy 0.890; copies left out
    0.844 / 0.914 (B -> A 0.849 / 0.932, 0.851 / 0.932); the pair keeps both and costs nothing per
    page (one model is applied). Text scrapes (often without a URL): one model on both copies.
    ``bag`` > 1: each model a ``pagetype_bag.Bag`` of that many members, dealt by ``domains``
    (one per row)."""
    by = np.asarray(domains) if domains is not None else np.arange(len(y)).astype(str)

    def fitted(
        seen: npt.NDArray[np.float64],
        labels: npt.NDArray[np.intp],
        dealt: npt.NDArray[Any],
        weights: npt.NDArray[np.float64] | None = None,
    ) -> Any:
        return pagetype_bag.fit_bag(
            seen, labels, weights, dealt, size=bag, fit=fit, params=PARAMS, rate=BAG_RATE
        )

    if kind == "html":
        return fitted(x, y, by), fitted(without_url(x, names), y, by)
    one = fitted(
        np.vstack([x, without_url(x, names)]),
        np.concatenate([y, y]),
        np.concatenate([by, by]),
        np.concatenate([np.ones(len(y)), np.full(len(y), BLIND_WEIGHT)]),
    )
    return one, one


def fit(
    x: npt.NDArray[np.float64],
    y: npt.NDArray[np.intp],
    weights: npt.NDArray[np.float64] | None = None,
    params: dict[str, Any] = PARAMS,
) -> Any:
    """scikit-learn's histogram gradient boosting with ``params`` (the recipe's ``PARAMS``)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**params).fit(x, y, sample_weight=weights)


def without_url(x: npt.NDArray[np.float64], names: Sequence[str]) -> npt.NDArray[np.float64]:
    """The same pages as if they had come without a URL."""
    no_url = urlshape.url_features(None)
    blind = x.copy()
    for column, name in enumerate(names):
        if name in no_url:
            blind[:, column] = no_url[name]
    return blind


def groups(rows: Sequence[Row]) -> npt.NDArray[Any]:
    return np.array([row.domain.lower().removeprefix("www.") for row in rows])


#: A page set's out-of-fold scores with and without the URL, and its rows (``out_of_fold``).
OutOfFold = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], list[Row]]


def out_of_fold(
    rows: Sequence[Row],
    kind: Kind,
    renderings: Sequence[str] = TEXT_RENDERINGS,
    bag: int = BAG,
    deal: int = 0,
) -> OutOfFold:
    """Probabilities of every page from a model trained without its domain (grouped k-fold,
    the domains dealt to folds by ``pagetype_splits.dealt_folds``' ``deal``), computed by the
    exported numpy model, as in production; then the same without the URL (by the model for
    inputs without one: ``fit_pair``). With ``bag`` > 1 each fold's model is a bag of its
    training domains (nested folds), as the model trained on every page is."""
    kept = training_rows(rows, kind, renderings)
    x, y, names = matrix(kept, kind)
    probabilities = np.zeros((len(kept), len(PAGE_TYPES)))
    blind_probabilities = np.zeros((len(kept), len(PAGE_TYPES)))
    domains = groups(kept)
    for train, test in pagetype_splits.dealt_folds(domains, deal, FOLDS):
        trained, tested, _ = stack(x, names, kept, train, test)
        with_url, blind = (
            export(clf, names, 0.5)
            for clf in fit_pair(trained, y[train], names, kind, domains[train], bag=bag)
        )
        probabilities[test] = exported_probabilities(with_url, tested)
        blind_probabilities[test] = exported_probabilities(blind, without_url(tested, names))
    return probabilities, blind_probabilities, kept


def choose_threshold(probabilities: npt.NDArray[np.float64], labels: npt.NDArray[np.intp]) -> float:
    """The P(article) cut at the ``1 - RECALL`` quantile of the true articles' scores, read by
    the Harrell-Davis estimator (``tail_quantile``) rather than as one story's score."""
    articles = np.sort(probabilities[labels == 0, 0])
    return tail_quantile(articles, 1 - RECALL) if len(articles) else 0.5


def tail_quantile(ordered: npt.NDArray[np.float64], share: float) -> float:
    """The ``share`` quantile of ``ordered`` (ascending) as the Harrell-Davis estimate: every
    order statistic weighted by the chance that it is the quantile (a Beta((n+1)q, (n+1)(1-q))
    over its rank). The 2.5% tail of ~400 stories is the score of the ~10th lowest, and the
    stories there sit far apart (session 69: 0.26 then 0.41 on half B), so the single order
    statistic swings with where one or two out-of-fold stories land; the weighted one moves
    smoothly with them all."""
    from scipy.special import betainc

    size = len(ordered)
    a, b = (size + 1) * share, (size + 1) * (1 - share)
    edges = betainc(a, b, np.arange(size + 1) / size)
    return float(np.dot(np.diff(edges), ordered))


def rendering_threshold(
    probabilities: npt.NDArray[np.float64], labels: npt.NDArray[np.intp], rows: Sequence[Row]
) -> float:
    """``choose_threshold`` for each rendering (whole page, clean story), the lower cut: the
    recall holds on each, not only on their mix (clean stories are the easy half)."""
    clean = np.array([is_clean(row) for row in rows], dtype=bool)
    cuts = [
        choose_threshold(probabilities[mask], labels[mask])
        for mask in (~clean, clean)
        if mask.any()
    ]
    return min(cuts, default=0.5)


def dealt(
    rows: Sequence[Row],
    kind: Kind,
    renderings: Sequence[str] = TEXT_RENDERINGS,
    bag: int = BAG,
    deals: int = DEALS,
) -> list[OutOfFold]:
    """``out_of_fold`` for each of ``deals`` deals of the domains to folds (deal 0 first)."""
    return [out_of_fold(rows, kind, renderings, bag, deal) for deal in range(max(1, deals))]


def dealt_threshold(
    scores: Sequence[OutOfFold], blind: bool = False, among: npt.NDArray[np.intp] | None = None
) -> float:
    """The article cut: ``rendering_threshold`` of each deal's out-of-fold scores (without the
    URL when ``blind``; of the rows ``among`` only, if given), averaged over the deals (which
    sites share a fold moves the tail by several stories: ``pagetype_recipe.DEALS``)."""
    cuts = []
    for with_url, without, rows in scores:
        probabilities = without if blind else with_url
        picked = np.arange(len(rows)) if among is None else among
        labels = np.array([PAGE_TYPES.index(rows[index].label) for index in picked])
        cuts.append(
            rendering_threshold(probabilities[picked], labels, [rows[index] for index in picked])
        )
    return float(np.mean(cuts))


def train(
    rows: Sequence[Row],
    renderings: Sequence[str] = TEXT_RENDERINGS,
    kinds: Sequence[Kind] = ("html", "text"),
    bag: int = BAG,
) -> dict[str, Any]:
    """The models of ``kinds``, each on every page (the HTML model's lexicon features out of
    fold: ``stack``; a bag of ``bag`` members) with its article thresholds from a grouped
    cross-validation run the same way, as the arrays of the model file."""
    arrays: dict[str, Any] = {}
    for kind in kinds:
        scores = dealt(rows, kind, renderings, bag)
        kept = scores[0][2]
        cut, no_url_cut = dealt_threshold(scores), dealt_threshold(scores, blind=True)
        x, y, names = matrix(kept, kind)
        x, _, fitted = stack(x, names, kept, np.arange(len(kept)), np.arange(0))
        if fitted is not None:
            arrays |= page_lexicon.to_arrays(fitted)
            print(f"lexicon: {len(fitted.vocabulary)} tokens")
        with_url, blind = fit_pair(x, y, names, kind, groups(kept), bag=bag)
        models = {kind: (with_url, cut, no_url_cut)}
        if blind is not with_url:
            models[HTML_BLIND] = (blind, no_url_cut, no_url_cut)
        for prefix, (clf, url_cut, blind_cut) in models.items():
            exported = export(clf, names, url_cut, blind_cut)
            seen = without_url(x, names) if prefix == HTML_BLIND else x
            difference = np.abs(exported_probabilities(exported, seen) - clf.predict_proba(seen))
            if difference.max() > 1e-6:
                raise SystemExit(f"{prefix}: exported model differs from scikit-learn")
            print(
                f"{prefix}: {len(kept)} pages, {len(names)} features, "
                f"{len(exported.tree_class)} trees, article threshold {url_cut:.3f}, "
                f"{blind_cut:.3f} without a URL (out-of-fold recall ~{RECALL})"
            )
            arrays |= page_model.to_arrays(exported, prefix)
    return arrays


def keep_other(trained: dict[str, Any], existing: dict[str, Any], only: Kind) -> dict[str, Any]:
    """``trained``'s arrays of the ``only`` model, ``existing``'s of the other (session 10
    shipped a retrained HTML model beside the previous text model, which kept one more
    ScrapingHub story as text than its retrained successor)."""
    # The lexicon is the HTML model's: its trees read its probabilities.
    prefixes = (f"{only}_", "lexicon_") if only == "html" else (f"{only}_",)
    kept = {name: value for name, value in existing.items() if not name.startswith(prefixes)}
    return kept | {name: value for name, value in trained.items() if name.startswith(prefixes)}


def add_renderings(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--text-renderings",
        nargs="+",
        choices=("text", *EXTRA_RENDERINGS),
        default=list(TEXT_RENDERINGS),
        help="what the text model learns each page as (text: the whole-page scrape, always)",
    )


def add_bag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bag",
        type=int,
        nargs="+",
        default=[BAG],
        help=f"members of each model's bag (1: one model; default {BAG}); the bench runs each",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESOURCE)
    parser.add_argument(
        "--only",
        choices=("html", "text"),
        help="replace only this model's arrays, keep the other's from --out as they are",
    )
    add_renderings(parser)
    add_bag(parser)
    pagetype_data.add_jobs(parser)
    args = parser.parse_args(argv)
    # ``--only``: the other model is not trained at all (its arrays come from --out).
    kinds = (args.only,) if args.only else ("html", "text")
    rows = pagetype_data.load(jobs=args.jobs)
    arrays = train(rows, args.text_renderings, kinds, args.bag[0])
    if args.only:
        with np.load(args.out, allow_pickle=False) as existing:
            arrays = keep_other(arrays, dict(existing), args.only)
    np.savez_compressed(args.out, allow_pickle=False, **arrays)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
