"""A bag of boosted-trees models, each trained without one fold of the domains, as one model.

Session 39 found that the average of the five inner fold models (each on 4/5 of the domains)
ranks unseen sites' pages better than one model on all of them: a model that never met a fifth
of the sites leans less on any one site's habits, and five such views smooth the deep misses'
neighbours. At the shipped size the members share the trees one model had (``member_params``:
rounds divided by the bag's size), so the run-time cost is unchanged: the bag is exported as
its members' trees concatenated with their leaves scaled by 1/K (``pagetype_export``), i.e. the
softmax of the mean of the members' raw scores, which ``Bag.predict_proba`` computes too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from newswire.events import PAGE_TYPES

#: fit(x, y, weights, params) -> a fitted scikit-learn classifier.
Fit = Callable[
    [npt.NDArray[np.float64], npt.NDArray[np.intp], npt.NDArray[np.float64] | None, dict[str, Any]],
    Any,
]


@dataclass(frozen=True)
class Bag:
    """Fitted members whose raw scores are averaged."""

    members: tuple[Any, ...]

    def raw(self, x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The mean of the members' raw class scores, in ``PAGE_TYPES`` order (a class a member
        never saw scores 0 there, as its export's baseline and trees do)."""
        total = np.zeros((len(x), len(PAGE_TYPES)))
        for member in self.members:
            total[:, member.classes_] += member._raw_predict(x)
        result: npt.NDArray[np.float64] = total / len(self.members)
        return result

    def predict_proba(self, x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The softmax of ``raw`` (what the exported model gives)."""
        raw = self.raw(x)
        exp = np.exp(raw - raw.max(axis=1, keepdims=True))
        result: npt.NDArray[np.float64] = exp / exp.sum(axis=1, keepdims=True)
        return result


def members(clf: Any) -> tuple[Any, ...]:
    """The scikit-learn models a fitted model (a ``Bag`` or one model) is made of."""
    return clf.members if isinstance(clf, Bag) else (clf,)


def member_params(params: dict[str, Any], size: int, rate: float | None = None) -> dict[str, Any]:
    """``params`` for one of ``size`` members: the rounds divided among them (the trees the
    bag ships are the single model's count), at ``rate`` when given."""
    shared = params | {"max_iter": max(1, int(params["max_iter"]) // size)}
    return shared if rate is None else shared | {"learning_rate": rate}


def fit_bag(
    x: npt.NDArray[np.float64],
    y: npt.NDArray[np.intp],
    weights: npt.NDArray[np.float64] | None,
    groups: Sequence[str] | npt.NDArray[Any],
    *,
    size: int,
    fit: Fit,
    params: dict[str, Any],
    rate: float | None = None,
) -> Any:
    """One model on every row when ``size`` is 1; else a ``Bag`` of ``size`` members, each
    fitted on the rows outside one of ``size`` folds grouped by ``groups`` (the domains)."""
    if size <= 1:
        return fit(x, y, weights, params)
    from sklearn.model_selection import GroupKFold

    each = member_params(params, size, rate)
    fitted = [
        fit(x[train], y[train], None if weights is None else weights[train], each)
        for train, _ in GroupKFold(n_splits=size).split(x, y, np.asarray(groups))
    ]
    return Bag(tuple(fitted))
