"""The page-type bag: members each trained without one fold of the domains, exported as one
model of the single model's size whose probabilities are the bag's."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from newswire.bench import pagetype_bag, pagetype_train
from newswire.bench.pagetype_export import export, exported_probabilities
from newswire.bench.pagetype_recipe import PARAMS
from newswire.events import PAGE_TYPES


def _pages(count: int = 420) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.intp], Any]:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(count, 4))
    y = (np.abs(x[:, 0] * 3).astype(np.intp) + (x[:, 1] > 0)) % len(PAGE_TYPES)
    domains = np.array([f"site{n % 30}.example" for n in range(count)])
    return x, y, domains


def test_each_member_leaves_out_one_fold_of_whole_domains() -> None:
    """A bag of K members trains each on the pages of all but one fold: every domain is missing
    from exactly one member's rows and whole (none of its pages seen by that member), and the
    members share the single model's rounds."""
    x, y, domains = _pages()
    seen: list[set[str]] = []
    sizes: list[int] = []
    rounds: list[int] = []

    def record(
        rows: npt.NDArray[np.float64], labels: Any, weights: Any, params: dict[str, Any]
    ) -> str:
        picked = {tuple(row) for row in rows}
        seen.append({d for d, row in zip(domains, x, strict=True) if tuple(row) in picked})
        sizes.append(len(rows))
        rounds.append(params["max_iter"])
        return "member"

    bag = pagetype_bag.fit_bag(x, y, None, domains, size=5, fit=record, params=PARAMS)
    assert isinstance(bag, pagetype_bag.Bag)
    assert len(bag.members) == 5
    for domain in set(domains):
        assert sum(domain not in members for members in seen) == 1
    # Whole domains: a member's rows are every page of the domains it saw.
    assert sizes == [int(np.isin(domains, list(members)).sum()) for members in seen]
    assert rounds == [PARAMS["max_iter"] // 5] * 5


def test_a_bag_of_one_is_the_single_model() -> None:
    """Size 1 fits one model on every page with the recipe's own settings (no ``Bag``)."""
    x, y, domains = _pages()
    calls: list[tuple[int, dict[str, Any]]] = []

    def record(rows: Any, labels: Any, weights: Any, params: dict[str, Any]) -> str:
        calls.append((len(rows), params))
        return "model"

    model = pagetype_bag.fit_bag(x, y, None, domains, size=1, fit=record, params=PARAMS)
    assert model == "model"
    assert calls == [(len(x), PARAMS)]


def test_the_exported_bag_gives_the_bags_probabilities_with_the_single_models_trees() -> None:
    """The export concatenates the members' trees with leaves and baselines scaled by 1/K: its
    numpy probabilities equal the softmax of the members' mean raw scores, and the bag ships as
    many trees as one model of the recipe's rounds."""
    x, y, domains = _pages()
    names = [f"f{n}" for n in range(x.shape[1])]
    bag, _ = pagetype_train.fit_pair(x, y, names, "html", domains, bag=5)
    single, _ = pagetype_train.fit_pair(x, y, names, "html")
    exported = export(bag, names, 0.5)
    assert np.abs(exported_probabilities(exported, x) - bag.predict_proba(x)).max() < 1e-9
    assert len(exported.tree_class) == len(export(single, names, 0.5).tree_class)
    mean = np.mean([member._raw_predict(x) for member in bag.members], axis=0)
    assert np.allclose(bag.raw(x), mean)


def test_the_text_models_two_copies_of_a_page_fall_in_one_fold(monkeypatch: Any) -> None:
    """The text model learns each page with and without its URL: both copies carry the page's
    domain, so a member that leaves the domain out sees neither."""
    x, y, domains = _pages(60)
    names = ["url_depth", "f1", "f2", "f3"]
    dealt: list[Any] = []

    def spy(*args: Any, **kwargs: Any) -> str:
        dealt.append(args[3])
        return "bag"

    monkeypatch.setattr(pagetype_bag, "fit_bag", spy)
    pagetype_train.fit_pair(x, y, names, "text", domains, bag=5)
    assert list(dealt[0]) == [*domains, *domains]
