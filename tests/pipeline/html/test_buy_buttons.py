"""A shop's buy buttons: one product's page shows one or two, a grid of cards one a card."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.buy_buttons import buy_buttons, one_products_buttons
from tests.pipeline.html.pages import page


def _tree(body: str) -> LexborHTMLParser:
    return LexborHTMLParser(page(body))


def test_buy_buttons_are_counted_by_their_label() -> None:
    """A <button>, a submit input, a link with the button role and an aria-label count when
    their label is all "Add to cart", "Add to bag", "Buy now" (any case); a link, a longer
    label and other buttons do not."""
    assert buy_buttons(_tree("<button> Add to Cart </button>")) == 1
    assert buy_buttons(_tree('<input type="submit" value="Add to basket">')) == 1
    assert buy_buttons(_tree('<a role="button" href="/buy">Buy it now</a>')) == 1
    assert buy_buttons(_tree('<button aria-label="Add to bag"><svg></svg></button>')) == 1
    assert buy_buttons(_tree('<a href="/buy">Buy now</a>')) == 0
    assert buy_buttons(_tree("<button>Add to cart and save 10% on your first order</button>")) == 0
    assert buy_buttons(_tree("<button>Add to wishlist</button><button>Menu</button>")) == 0


def test_one_products_page_shows_one_or_two() -> None:
    """One or two buy buttons (the form and its pinned bar) are one product's; none, or one a
    card of a grid, are not."""
    button = "<button>Add to cart</button>"
    assert one_products_buttons(_tree(button))
    assert one_products_buttons(_tree(button * 2))
    assert not one_products_buttons(_tree(button * 3))
    assert not one_products_buttons(_tree("<p>A lamp</p>"))
