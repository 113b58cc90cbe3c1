"""A shop card's unit price left empty: its label alone goes, a filled one stays."""

from __future__ import annotations

from newswire.pipeline.html.unit_prices import without_empty_unit_prices


def test_an_empty_unit_price_label_goes_and_a_filled_one_stays() -> None:
    """An empty unit price's label ("Unit price per", "Unit price / per": a theme's empty box,
    its names hashed) goes; a unit price with its amount and unit, another theme's "Unit price
    /" and a sentence about unit prices stay."""
    lines = [
        "HD 560S",
        "$199.00",
        "Unit price per",
        "Unit price / per",
        "Unit price $2.50 per 100 g",
        "Unit price /",
        "Unit price per kilo is shown at checkout.",
    ]
    assert without_empty_unit_prices(lines) == [
        "HD 560S",
        "$199.00",
        "Unit price $2.50 per 100 g",
        "Unit price /",
        "Unit price per kilo is shown at checkout.",
    ]


def test_lines_without_an_empty_unit_price_are_returned_as_they_are() -> None:
    """A page with no empty unit price label is returned as it is (the same list)."""
    lines = ["Rejoy Carry-On", "$79.99"]
    assert without_empty_unit_prices(lines) is lines
