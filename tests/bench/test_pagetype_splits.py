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
