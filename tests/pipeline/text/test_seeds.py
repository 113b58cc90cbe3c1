"""Text-mode quality gate on the rendered text seeds (seeds/text/<lang>_*.txt: real pages in 8
languages rendered with their boilerplate, see seeds/text/ORIGIN.md), scored against the
benchmark's ground-truth bodies (tests/golden/text_seeds/) with the benchmark's own metric."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newswire.bench.corpora import shingle_scores
from newswire.events import Article
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
from tests.support import REPO

SEEDS = sorted((REPO / "seeds" / "text").glob("[a-z][a-z]_*.txt"))
GOLDEN = REPO / "tests" / "golden" / "text_seeds"
PIPELINE = Pipeline(PipelineOptions())

#: Pinned floor of the aggregate F1 on these seeds (0.865 when pinned; 0.860 in session 5). Re-pin only deliberately,
#: with the new measurement in the commit message.
F1_FLOOR = 0.85
#: Each seed's headline as its page shows it (the <h1>, or the <title> without the site's
#: name where the <h1> is a logo), and how many of them text mode must find (17 of 20 when
#: pinned; 18 since session 17, when a photo credit stopped being a headline: the misses are a
#: list line and a code line above the story; 19 since session 19, when the heading under a
#: section's breadcrumb trail became the headline: ru_c4a3, all 20 found).
TITLES = json.loads((GOLDEN / "titles.json").read_text())
TITLES_FLOOR = 19


def _article(path: object) -> Article:
    assert hasattr(path, "read_bytes")
    record = InRecord("raw", 0, 0, -1, None, path.read_bytes(), (("content-type", b"text/plain"),))
    result = PIPELINE.process(record, now=datetime(2026, 1, 1, tzinfo=UTC)).result
    assert isinstance(result, Article), getattr(result, "error", result)
    return result


def test_there_are_twenty_seeds_in_at_least_five_languages() -> None:
    """At least 20 rendered seeds in at least 5 languages, each with its golden body."""
    assert len(SEEDS) >= 20
    assert len({path.name[:2] for path in SEEDS}) >= 5
    for path in SEEDS:
        assert (GOLDEN / path.name).is_file(), path.name
        assert path.name in TITLES, path.name


@pytest.mark.parametrize("path", SEEDS, ids=[path.stem for path in SEEDS])
def test_each_text_seed_becomes_an_article_in_its_language(path: object) -> None:
    """Every rendered seed becomes an Article whose language is the seed's language."""
    article = _article(path)
    assert article.language == path.name[:2]  # type: ignore[attr-defined]


def test_text_mode_quality_gate() -> None:
    """Averaged over the seeds, the body's shingle F1 against the ground truth (precision and
    recall averaged over pages, then harmonic mean: the benchmark's metric) stays at or above
    the pinned floor."""
    precisions, recalls = [], []
    for path in SEEDS:
        article = _article(path)
        precision, recall = shingle_scores(article.body, (GOLDEN / path.name).read_text())
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    f1 = 2 * p * r / (p + r)
    print(f"text seeds: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    assert f1 >= F1_FLOOR, f"F1 {f1:.3f} < {F1_FLOOR}"


def test_text_mode_finds_the_headline_of_most_seeds() -> None:
    """The title text mode picks is the page's headline on at least the pinned number of seeds
    (scraped text starts with menus, so the first line is rarely the headline)."""
    found = {path.name: _article(path).title for path in SEEDS}
    right = sorted(name for name, title in found.items() if title == TITLES[name])
    wrong = {name: found[name] for name in found if name not in right}
    print(f"titles: {len(right)}/{len(found)} right; wrong: {wrong}")
    assert len(right) >= TITLES_FLOOR, wrong
