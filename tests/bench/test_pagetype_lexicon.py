"""Training of the page-type lexicon: its vocabulary, its weights against scikit-learn's own
probabilities, and the out-of-fold features the trees learn from."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from newswire.bench import pagetype_lexicon
from newswire.bench.pagetype_data import Row
from newswire.events import PAGE_TYPES

#: Words pages of each kind say (and a few the other kind says too).
_KIND_WORDS = {
    "article": ["officials", "said,", "police.", "minister", "price"],
    "product": ["price", "Cart", "buy", "shipping", "said,"],
    "forum": ["thread", "reply", "posted", "said,", "buy"],
}


def _row(number: int, label: str, rng: np.random.Generator) -> Row:
    """A page of ``label`` on its own domain: three of its kind's words, common words, one word
    of its own (seen on one domain only)."""
    words = [*rng.choice(_KIND_WORDS[label], 3, replace=False), "the", "and", f"unique{number}"]
    title = {"article": "Latest news", "product": "Shop"}.get(label, "Forum")
    return Row(
        f"p{number}", f"d{number}.com", "A", label, {}, None, None, 0, title=title, opening=words
    )


def _rows(kinds: tuple[str, ...] = ("article", "product")) -> list[Row]:
    rng = np.random.default_rng(3)
    return [_row(number, kinds[number % len(kinds)], rng) for number in range(10 * len(kinds))]


def test_the_vocabulary_holds_the_tokens_of_five_domains_or_more() -> None:
    """Words every page says are kept (canonical; title words under ``t:``); a word seen on
    five domains is kept, on four not, however many pages of one domain say it."""
    rows = _rows()
    for number, row in enumerate(rows[:10]):
        rows[number] = replace(
            row, opening=[*(row.opening or ()), "Five." if number < 5 else "four"]
        )
    domains = [row.domain for row in rows]
    domains[9] = domains[8]  # five pages say "four", on four sites
    words = pagetype_lexicon.vocabulary(rows, domains)
    assert {"the", "and", "five", "t:latest", "t:news", "t:shop"} <= set(words)
    assert not [word for word in words if word.startswith("unique") or word == "four"]
    assert list(words) == sorted(words)


@pytest.mark.parametrize("kinds", [("article", "product"), ("article", "product", "forum")])
def test_the_pipeline_lexicon_gives_scikit_learns_probabilities(kinds: tuple[str, ...]) -> None:
    """The fitted lexicon applied by the pipeline's numpy code (weights rounded to float32)
    gives the probabilities scikit-learn's own model gives, within 1e-5, with two classes (one
    score in scikit-learn) and more; a class without pages gets none."""
    from sklearn.linear_model import LogisticRegression

    rows = _rows(kinds)
    domains = [row.domain for row in rows]
    lexicon = pagetype_lexicon.fit(rows, domains)
    labels = [PAGE_TYPES.index(row.label) for row in rows]
    x = pagetype_lexicon.design(lexicon, rows)
    clf = LogisticRegression(C=pagetype_lexicon.C, max_iter=2000).fit(x, labels)
    ours = pagetype_lexicon.values(lexicon, rows)
    assert np.abs(ours[:, clf.classes_] - clf.predict_proba(x)).max() < 1e-5
    absent = [index for index in range(len(PAGE_TYPES)) if index not in clf.classes_]
    assert ours[:, absent].max() < 1e-9


def test_the_trees_learn_from_out_of_fold_features() -> None:
    """``stacked`` gives the training pages the features of lexicons fitted without their
    domain (not those of the lexicon fitted on them all) and the test pages those of the
    lexicon fitted on every training page."""
    rows = _rows()
    domains = [row.domain for row in rows]
    train, test = np.arange(15), np.arange(15, 20)
    inner, outer, lexicon = pagetype_lexicon.stacked(rows, domains, train, test)
    assert inner.shape == (15, len(PAGE_TYPES))
    assert np.allclose(outer, pagetype_lexicon.values(lexicon, rows[15:]))
    assert np.allclose(inner, pagetype_lexicon.out_of_fold(rows[:15], domains[:15]))
    assert not np.allclose(inner, pagetype_lexicon.values(lexicon, rows[:15]))
