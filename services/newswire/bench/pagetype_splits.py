"""The domain splits the page-type bench judges a change on, beyond ``corpora.half_of``'s halves.

One split of wcxb-dev deals ~110 domains to each side; which sites land in training moves the
out-of-domain article recall by several stories (session 38, the shipped recipe on main
55817eb's extraction: 0.943 to 0.984 over the six directions of three splits), more than
most feature changes move it. A change is judged by the mean and the worst over several.
"""

from __future__ import annotations

import hashlib
import statistics
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt

from newswire.bench.pagetype_data import Row


def reseeded(rows: Sequence[Row], seed: str) -> list[Row]:
    """The rows with their domains dealt to halves A and B by sha256(seed + domain) instead of
    ``corpora.half_of`` (sessions 35-37's "seed7" split is seed "7"); nothing else changes."""

    def half(domain: str) -> str:
        return "A" if hashlib.sha256((seed + domain.lower()).encode()).digest()[0] % 2 else "B"

    return [replace(row, half=half(row.domain)) for row in rows]


#: A deal's folds: (training rows, test rows) index pairs.
Folds = list[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]]


def dealt_folds(domains: npt.NDArray[Any], deal: int, count: int) -> Folds:
    """``count`` folds grouped by ``domains`` (one per row). Deal 0 is scikit-learn's
    ``GroupKFold`` (largest domains first, each to the fold with fewest rows); deal k > 0 takes
    the domains in an order shuffled by seed k, each to the fold with fewest rows so far (ties
    broken by the same generator), so folds stay balanced but hold other sites together."""
    from sklearn.model_selection import GroupKFold

    if deal == 0:
        return list(GroupKFold(n_splits=count).split(domains, domains, domains))
    names = sorted(set(domains.tolist()))
    generator = np.random.default_rng(deal)
    order = generator.permutation(len(names))
    load = np.zeros(count)
    fold: dict[str, int] = {}
    for index in order:
        name = names[index]
        fold[name] = int(np.argmin(load + generator.random(count) * 1e-6))
        load[fold[name]] += int((domains == name).sum())
    dealt = np.array([fold[name] for name in domains.tolist()])
    return [(np.flatnonzero(dealt != k), np.flatnonzero(dealt == k)) for k in range(count)]


def article_recall(predicted: npt.NDArray[np.intp], truth: npt.NDArray[np.intp]) -> float:
    """The share of true articles (class 0) called article."""
    stories = truth == 0
    return int((stories & (predicted == 0)).sum()) / max(1, int(stories.sum()))


def recall_line(kind: str, seeds: Sequence[str], recalls: Sequence[float]) -> str:
    """The seeded splits' article recall, mean and worst (the floor is a worst case)."""
    return (
        f"{kind} seeds {' '.join(seeds)}: article recall mean {statistics.fmean(recalls):.3f}, "
        f"worst {min(recalls):.3f} over {len(recalls)} directions"
    )


#: The article recall a direction's ranking is read at (issue 15's floor).
FLOOR = 0.97


def accuracy_at_recall(
    article_scores: npt.NDArray[np.float64], truth: npt.NDArray[np.intp], recall: float = FLOOR
) -> float:
    """Article-vs-rest accuracy at the highest P(article) cut that keeps ``recall`` of this set's
    true articles: how well the scores rank the pages, whatever cut training chose (two models
    compared at the same recall, not at the recalls their cuts happened to land on)."""
    stories = np.sort(article_scores[truth == 0])
    if not len(stories):
        return float((truth != 0).mean())
    cut = stories[int(np.floor((1 - recall) * len(stories)))]
    return float(((article_scores >= cut) == (truth == 0)).mean())


def direction(
    predicted: npt.NDArray[np.intp], truth: npt.NDArray[np.intp], ranked: float
) -> tuple[float, float, float]:
    """A direction's article recall, article-vs-rest accuracy at its cut, and ``ranked`` (its
    ``accuracy_at_recall``), as ``summary_line`` reads them."""
    accuracy = float(((predicted == 0) == (truth == 0)).mean())
    return article_recall(predicted, truth), accuracy, ranked


def summary_line(name: str, directions: Sequence[tuple[float, float, float]]) -> str:
    """Directions' (article recall, accuracy at the trained cut, accuracy at recall ``FLOOR``):
    each one's figures, then the mean and the worst of each."""
    each = ", ".join(f"{r:.3f}/{a:.3f}/{k:.3f}" for r, a, k in directions)
    columns = list(zip(*directions, strict=True))
    stats = "; ".join(
        f"{title} mean {statistics.fmean(values):.3f} worst {min(values):.3f}"
        for title, values in zip(("recall", "accuracy", f"at {FLOOR}"), columns, strict=True)
    )
    return f"{name}: recall/accuracy/accuracy at recall {FLOOR} per direction {each}; {stats}"
