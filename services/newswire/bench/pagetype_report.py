"""The page-type bench's figures as it prints them: article-vs-rest precision / recall /
accuracy, the 7-class confusion matrix, each rendering's rows (``pagetype_bench``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from newswire.bench import pagetype_train
from newswire.bench.pagetype_data import Row
from newswire.events import PAGE_TYPES


def binary(predicted: npt.NDArray[np.bool_], truth: npt.NDArray[np.bool_]) -> str:
    hits = int((predicted & truth).sum())
    precision = hits / max(1, int(predicted.sum()))
    recall = hits / max(1, int(truth.sum()))
    accuracy = float((predicted == truth).mean())
    return f"precision {precision:.3f}  recall {recall:.3f}  accuracy {accuracy:.3f}"


def confusion(predicted: Sequence[int], truth: Sequence[int]) -> str:
    width = max(map(len, PAGE_TYPES)) + 1
    lines = [" " * width + "".join(f"{name[:6]:>7}" for name in PAGE_TYPES) + "   <- predicted"]
    for actual, name in enumerate(PAGE_TYPES):
        counts = [
            sum(1 for p, t in zip(predicted, truth, strict=True) if t == actual and p == guess)
            for guess in range(len(PAGE_TYPES))
        ]
        lines.append(f"{name:<{width}}" + "".join(f"{n:>7}" for n in counts))
    return "\n".join(lines)


def by_rendering(rows: Sequence[Row]) -> list[tuple[str, npt.NDArray[np.intp]]]:
    """The positions of each rendering's rows (the text model's whole-page and clean scrapes
    are scored apart: the clean half is the easy one and would hide a loss on the other)."""
    clean = np.array([pagetype_train.is_clean(row) for row in rows], dtype=bool)
    parts = [("whole page", np.flatnonzero(~clean)), ("clean story", np.flatnonzero(clean))]
    return [(name, part) for name, part in parts if len(part)]
