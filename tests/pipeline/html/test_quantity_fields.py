"""A shop's quantity field: one product's buy box shows one or two, a grid's cards more."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.quantity_fields import one_products_quantity
from tests.pipeline.html.pages import page


def _tree(body: str) -> LexborHTMLParser:
    return LexborHTMLParser(page(body))


def test_one_or_two_shown_quantity_fields_are_one_products() -> None:
    """A number input or a <select> named for the quantity, once or twice (the buy box and its
    quick-buy copy), is one product's buy box."""
    field = '<input type="number" name="quantity" value="1">'
    assert one_products_quantity(_tree(field))
    assert one_products_quantity(_tree(field * 2))
    assert one_products_quantity(_tree('<select name="qty"><option>1</option></select>'))


def test_a_grid_of_quantity_fields_is_not_one_products() -> None:
    """Three shown quantity fields or more are a grid's cards, not one product's buy box."""
    field = '<input type="number" name="qty" value="1">'
    assert not one_products_quantity(_tree(field * 3))


def test_hidden_quantity_fields_and_other_fields_do_not_count() -> None:
    """A card's hidden "buy one" field is not shown and does not count, nor does a field of
    another name or a page without fields."""
    assert not one_products_quantity(_tree('<input type="hidden" name="qty" value="1">'))
    assert not one_products_quantity(_tree('<input type="text" name="email">'))
    assert not one_products_quantity(_tree("<p>A lamp</p>"))
    hidden = '<input type="HIDDEN" name="qty" value="1">' * 13
    assert one_products_quantity(_tree(hidden + '<input name="quantity" value="1">'))
