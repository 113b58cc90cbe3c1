"""A shop's grid of product cards in a page's text (price_grid): the page's content."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.price_grid import price_grid, price_line

_MENU = ["Skip to content", "Shop", "Parts", "Tools", "Guides", "Sign In", "Cart"]
_FOOTER = ["About us", "Contact", "Careers", "Privacy", "Terms"]
_INTRO = (
    "Every part we sell is tested to meet our standards and is backed by a lifetime "
    "guarantee, so that you can repair your devices with confidence."
)


def _grid(cards: int) -> list[str]:
    lines: list[str] = []
    for number in range(cards):
        lines += [f"Replacement Battery Model {number}", f"{100 + number}", f"${number + 10}.99"]
    return lines


def _page(body: list[str]) -> str:
    return "\n".join([*_MENU, "Replacement Parts", _INTRO, *body, *_FOOTER])


def test_price_line_is_a_price_or_a_price_range_alone() -> None:
    """A price or a range of prices alone on its line is a price line; a sentence is not."""
    assert price_line("$7.95 - $179.95")
    assert price_line("From $12")
    assert price_line("19,99 €")
    assert not price_line("The kit costs $12 and ships today.")


def test_a_grid_runs_from_the_first_card_name_to_the_last_price() -> None:
    """A run of eight prices or more, a card apart, is a grid from the first card's name."""
    lines = ["Intro", *_grid(10), "Footer"]
    assert price_grid(lines) == (1, 30)


def test_a_few_prices_or_prices_far_apart_are_no_grid() -> None:
    """Seven prices, or prices more than eight lines apart, make no grid."""
    assert price_grid(_grid(7)) is None
    spread = [line for price in range(10) for line in (f"${price}", *"abcdefgh")]
    assert price_grid(spread) is None


def test_a_collection_page_keeps_its_grid_of_cards() -> None:
    """A grid outweighing the page's prose is kept with it, card lines included."""
    paragraphs = extract_text(_page(_grid(12))).paragraphs
    assert _INTRO in paragraphs
    assert "Replacement Battery Model 11" in paragraphs
    assert "$21.99" in paragraphs
    assert "Careers" not in paragraphs


def test_a_small_grid_under_a_longer_story_stays_out() -> None:
    """A grid with fewer words than the story (related products) is not added to it."""
    story = [_INTRO] * 12
    paragraphs = extract_text(_page([*story, "You may also like", *_grid(8)])).paragraphs
    assert _INTRO in paragraphs
    assert "Replacement Battery Model 3" not in paragraphs
