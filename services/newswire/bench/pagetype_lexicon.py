"""Training of the page-type lexicon (``pipeline.pagetype.lexicon``) and its stacking into the
boosted trees.

The trees read the lexicon's seven probabilities as features. Trained on the probabilities of
pages the lexicon itself learned from, they would trust them far more than a new page's deserve;
so the trees' training pages get out-of-fold probabilities (a grouped k-fold inside the training
pages: each page's from a lexicon fitted without its domain), and the pages they are applied to
get the probabilities of a lexicon fitted on all training pages, as in production. In a
cross-validation this nests: the outer fold's training pages are split again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from newswire.bench.pagetype_data import Row
from newswire.events import PAGE_TYPES
from newswire.pipeline.pagetype.lexicon import MIN_DOMAINS, Lexicon, page_tokens

#: Inverse L2 strength of the logistic regression (session 18: 0.5 over 0.25 and 1).
C = 0.5
FOLDS = 5
#: Intercept of a class no training page had (never the answer).
ABSENT = -30.0


def vocabulary(rows: Sequence[Row], domains: Sequence[str]) -> tuple[str, ...]:
    """The tokens seen on at least ``MIN_DOMAINS`` of the pages' domains, sorted."""
    seen: dict[str, set[str]] = {}
    for row, domain in zip(rows, domains, strict=True):
        for token in page_tokens(row.title, row.opening or ()):
            seen.setdefault(token, set()).add(domain)
    return tuple(sorted(token for token, where in seen.items() if len(where) >= MIN_DOMAINS))


def design(lexicon: Lexicon, rows: Sequence[Row]) -> Any:
    """The pages' token presence, read by the pipeline's own ``Lexicon.rows`` (a sparse
    matrix, one column per vocabulary token)."""
    from scipy import sparse

    line: list[int] = []
    column: list[int] = []
    for number, row in enumerate(rows):
        found = sorted(lexicon.rows(row.title, row.opening or ()) - {0})
        line += [number] * len(found)
        column += [index - 1 for index in found]
    shape = (len(rows), len(lexicon.vocabulary))
    return sparse.csr_matrix((np.ones(len(line)), (line, column)), shape=shape)


def fit(rows: Sequence[Row], domains: Sequence[str]) -> Lexicon:
    """A lexicon fitted on ``rows`` (weights rounded to float32, as the model file stores them)."""
    from sklearn.linear_model import LogisticRegression

    words = vocabulary(rows, domains)
    empty = Lexicon(words, np.zeros((len(words), len(PAGE_TYPES))), np.zeros(len(PAGE_TYPES)))
    labels = np.array([PAGE_TYPES.index(row.label) for row in rows])
    clf = LogisticRegression(C=C, max_iter=2000).fit(design(empty, rows), labels)
    weights = np.zeros((len(words), len(PAGE_TYPES)))
    bias = np.full(len(PAGE_TYPES), ABSENT)
    if len(clf.classes_) == 2:
        # Two classes: one score, the second class's (softmax of (0, s) = its sigmoid).
        weights[:, clf.classes_[1]] = clf.coef_[0]
        bias[clf.classes_] = (0.0, clf.intercept_[0])
    else:
        weights[:, clf.classes_] = clf.coef_.T
        bias[clf.classes_] = clf.intercept_
    prior = tuple((np.bincount(labels, minlength=len(PAGE_TYPES)) / len(labels)).tolist())
    return Lexicon(words, weights.astype(np.float32).astype(np.float64), bias, prior)


def values(lexicon: Lexicon, rows: Sequence[Row]) -> npt.NDArray[np.float64]:
    """The pages' ``LEXICON_NAMES`` features by the pipeline's code."""
    return np.array([lexicon.values(row.title, row.opening or ()) for row in rows]).reshape(
        len(rows), len(PAGE_TYPES)
    )


def out_of_fold(rows: Sequence[Row], domains: Sequence[str]) -> npt.NDArray[np.float64]:
    """Each page's features from a lexicon fitted without its domain (grouped k-fold)."""
    from sklearn.model_selection import GroupKFold

    result = np.zeros((len(rows), len(PAGE_TYPES)))
    if len(set(domains)) < FOLDS:
        return result
    groups = np.asarray(domains)
    for train, test in GroupKFold(n_splits=FOLDS).split(groups, groups=groups):
        lexicon = fit([rows[i] for i in train], [domains[i] for i in train])
        result[test] = values(lexicon, [rows[i] for i in test])
    return result


def stacked(
    rows: Sequence[Row],
    domains: Sequence[str],
    train: npt.NDArray[np.intp],
    test: npt.NDArray[np.intp],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], Lexicon]:
    """The lexicon features of the ``train`` pages (out of fold among them) and of the ``test``
    pages, from a lexicon fitted on every ``train`` page (returned too)."""
    train_rows = [rows[i] for i in train]
    train_domains = [domains[i] for i in train]
    lexicon = fit(train_rows, train_domains)
    inner = out_of_fold(train_rows, train_domains)
    return inner, values(lexicon, [rows[i] for i in test]), lexicon
