"""Furniture lines: a shop card's stock badge in its other spellings, told from the stock
lines the truths keep."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line", ["Low Stock", "Back-order", "Backordered", "Pre-order", "Pre-Order Now", "En stock"]
)
def test_a_cards_stock_badge_is_furniture(line: str) -> None:
    """A product card's stock badge on a line of its own is furniture, in any case."""
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Only 2 left",
        "In stock (165 units)",
        "Pre-order the new model today and save on the case.",
        "Low stock levels forced the shop to close early.",
    ],
)
def test_a_stock_line_that_says_more_is_text(line: str) -> None:
    """A count of what is left, or a sentence that opens with a badge's words, is text."""
    assert not is_furniture_line(line)
