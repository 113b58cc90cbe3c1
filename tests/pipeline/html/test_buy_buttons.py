"""A shop's buy buttons: one product's page shows one or two, a grid of cards one a card."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.buy_buttons import (
    buy_box_under_headline,
    buy_buttons,
    one_products_buttons,
)
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


def _h1s(body: str) -> list[LexborNode]:
    return _tree(body).css("h1")


def test_a_buy_box_sits_under_the_headline_before_the_next_heading() -> None:
    """One or two buy controls (a button, a submit input or a plain link) between the first
    <h1> with text and the next heading are a product's buy box, whatever the page shows
    further down; none there, one after a heading, or three there are not."""
    box = "<h1>Desk lamp</h1><p>$49.00</p><button>Add to cart</button>"
    cards = "<h3>Other lamp</h3><button>Add to cart</button>" * 5
    assert buy_box_under_headline(_h1s(f"<div>{box}</div><h2>Details</h2>{cards}"))
    assert buy_box_under_headline(
        _h1s('<h1></h1><div><h1>Console</h1><span>$399</span></div><a href="/s">Buy now</a>')
    )
    assert buy_box_under_headline(_h1s('<h1>Lamp</h1><input type="submit" value="Buy now">'))
    assert not buy_box_under_headline(_h1s(f"<h1>Lamps</h1><p>Our range</p>{cards}"))
    assert not buy_box_under_headline(_h1s("<h1>Lamps</h1>" + "<button>Add to cart</button>" * 3))
    assert not buy_box_under_headline(_h1s('<h1>Lamp</h1><input type="hidden" value="Buy now">'))
    assert not buy_box_under_headline(_h1s("<p>No headline</p><button>Add to cart</button>"))


def test_the_buy_box_is_looked_for_near_the_headline_only() -> None:
    """A buy control far under the headline (a category's first card, under tens of other
    elements) is no buy box."""
    far = "<h1>Lamps</h1>" + "<p>Lamp</p>" * 40 + "<button>Add to cart</button>"
    assert not buy_box_under_headline(_h1s(far))
