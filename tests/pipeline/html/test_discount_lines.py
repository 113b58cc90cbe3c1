"""A shop card's discount sticker beside its prices: dropped; other percentages stay."""

from __future__ import annotations

from newswire.pipeline.html.discount_lines import without_discount_stickers


def test_a_sticker_beside_the_cards_prices_is_dropped() -> None:
    """A line that is a discount alone ("-38%", "Save: $150.00 (13%)", "-100,00 €", "15% off,
    save $300.00") next to a price line is the card's sticker, and goes."""
    for sticker in ("-38%", "Save: $150.00 (13%)", "-100,00 €", "15% off, save $300.00"):
        lines = ["Crusher Evo", "$99.99 $209.99", sticker, "Icon ANC"]
        assert without_discount_stickers(lines) == ["Crusher Evo", "$99.99 $209.99", "Icon ANC"]


def test_a_sticker_away_from_any_price_stays() -> None:
    """A discount line with no price within two lines is the card's only word of its sale, and
    stays."""
    lines = ["-30%", "Travel Gear / On Sale", "Gear Bag, large", "Waterproof canvas"]
    assert without_discount_stickers(lines) == lines


def test_a_percentage_among_words_or_a_bare_save_stays() -> None:
    """A line with words besides the discount, or a bare "Save 25%" without a colon (the sale's
    text on some shops' cards), is no sticker."""
    lines = ["$49.95", "Prices fell -5% this year in most stores.", "Save 25%", "$19.99"]
    assert without_discount_stickers(lines) == lines
