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

import numpy as np
import numpy.typing as npt

from newswire.bench.pagetype_data import Row


def reseeded(rows: Sequence[Row], seed: str) -> list[Row]:
    """The rows with their domains dealt to halves A and B by sha256(seed + domain) instead of
    ``corpora.half_of`` (sessions 35-37's "seed7" split is seed "7"); nothing else changes."""

    def half(domain: str) -> str:
        return "A" if hashlib.sha256((seed + domain.lower()).encode()).digest()[0] % 2 else "B"

    return [replace(row, half=half(row.domain)) for row in rows]


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
