"""The page-type bench's seeded domain splits and their recall summary."""

from __future__ import annotations

import numpy as np

from newswire.bench.pagetype_data import Row
from newswire.bench.pagetype_splits import article_recall, recall_line, reseeded


def _row(page: str, domain: str, label: str = "article") -> Row:
    return Row(page, domain, "A", label, {"blocks": 1.0}, None, None, 0)


def test_a_seeded_split_deals_each_domain_whole_and_follows_the_seed() -> None:
    """Every page of a domain lands on one side, nothing but the half changes, both sides get
    domains, and two seeds deal the same domains differently."""
    rows = [_row(f"p{n}", f"site{n}.example") for n in range(40)]
    rows.append(_row("again", "SITE0.example", "listing"))
    seven, eight = reseeded(rows, "7"), reseeded(rows, "8")
    assert seven[0].half == seven[-1].half
    assert [(r.id, r.label, r.html) for r in seven] == [(r.id, r.label, r.html) for r in rows]
    assert {r.half for r in seven} == {"A", "B"}
    assert [r.half for r in seven] != [r.half for r in eight]


def test_recall_counts_only_true_articles_and_the_summary_names_the_worst() -> None:
    """Recall is the share of class-0 pages predicted 0 (other pages' verdicts do not count);
    the summary gives the mean and the lowest direction."""
    truth = np.array([0, 0, 0, 0, 3, 3])
    predicted = np.array([0, 0, 0, 2, 0, 3])
    assert article_recall(predicted, truth) == 0.75
    line = recall_line("html", ["7", "1"], [0.98, 0.94])
    assert "mean 0.960" in line
    assert "worst 0.940 over 2 directions" in line


def test_accuracy_at_recall_reads_the_ranking_at_the_cut_keeping_the_floor() -> None:
    """The cut keeps the highest-scored 97% of the true articles (here all but the lowest of
    forty): pages at or above it are called article, and accuracy counts both sides."""
    from newswire.bench.pagetype_splits import accuracy_at_recall

    truth = np.array([0] * 40 + [2] * 10)
    scores = np.concatenate([np.linspace(0.2, 0.9, 40), [0.1] * 8 + [0.5, 0.95]])
    # Cut at the second-lowest story (0.218): the lowest story and 8 listings fall under it,
    # the two listings above it are false articles.
    assert accuracy_at_recall(scores, truth) == (39 + 8) / 50
    assert accuracy_at_recall(scores, truth, recall=1.0) == (40 + 8) / 50


def test_a_direction_is_its_recall_its_accuracy_and_its_ranking() -> None:
    """Recall over the true articles, article-vs-rest accuracy over every page (a listing
    called forum is right here), and the ranked accuracy passed through."""
    from newswire.bench.pagetype_splits import direction

    predicted = np.array([0, 0, 3, 0, 4])
    truth = np.array([0, 0, 0, 2, 2])
    assert direction(predicted, truth, 0.5) == (2 / 3, 3 / 5, 0.5)


def test_each_deal_puts_every_domain_whole_in_one_of_balanced_folds() -> None:
    """In every deal each row is tested exactly once, all rows of a domain share a fold, and
    the folds' sizes differ by less than the largest domain; deal 0 is GroupKFold's deal,
    the seeded deals repeat themselves and differ from each other."""
    from sklearn.model_selection import GroupKFold

    from newswire.bench.pagetype_splits import dealt_folds

    domains = np.array([f"site{n % 23}" for n in range(100)] + ["big"] * 9)
    for deal in range(3):
        folds = dealt_folds(domains, deal, 5)
        tested = np.concatenate([test for _, test in folds])
        assert sorted(tested.tolist()) == list(range(len(domains)))
        for train, test in folds:
            assert not set(domains[test]) & set(domains[train])
        sizes = [len(test) for _, test in folds]
        assert max(sizes) - min(sizes) < 9
    group = list(GroupKFold(n_splits=5).split(domains, domains, domains))
    first = dealt_folds(domains, 0, 5)
    assert [t.tolist() for _, t in first] == [t.tolist() for _, t in group]

    def fold_sets(deal: int) -> set[frozenset[str]]:
        return {frozenset(domains[test]) for _, test in dealt_folds(domains, deal, 5)}

    assert fold_sets(1) == fold_sets(1)
    assert fold_sets(1) != fold_sets(2)
    assert fold_sets(1) != fold_sets(0)
