"""Small text helpers shared by the HTML modules."""

from __future__ import annotations

import re

SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case words only, for comparing a headline with the lines that may repeat it."""
    return re.sub(r"\W+", " ", text).strip().lower()
