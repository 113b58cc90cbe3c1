"""The name of a product in a text scrape: the line over its price or its rating."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.headline_product import anchor, name_shaped, priced_name

_MENU = ["Skip to content", "Shop", "Packs", "Tents", "Sale", "Sign In", "Cart"]
_REVIEW = [
    "Customer reviews",
    "The straps are a game changer- so comfortable!",
    (
        "I took this pack on a three day hike and it carried everything I needed without any "
        "strain on my shoulders, and the hip belt kept the weight off my back all day long."
    ),
    (
        "The side pockets hold a full water bottle each and the lid pocket fits a map, a phone "
        "and snacks, which made it easy to keep going without taking the pack off at all."
    ),
]


def test_the_name_over_the_price_is_the_title() -> None:
    """A product page prints its name over its rating and price, above any prose: the name is
    the title, not the heading of a review lower down the page."""
    lines = [*_MENU, "Trail 25 Pack", "4.4 out of 5 stars", "$99.95", *_REVIEW]
    assert priced_name(lines, 11) == 7
    assert extract_text("\n".join(lines)).title == "Trail 25 Pack"


def test_a_headline_over_the_prices_a_story_quotes_is_kept() -> None:
    """An article's headline stands over the prices its story quotes: a price under the
    headline found changes nothing."""
    lines = [*_MENU, "The Best Hiking Packs of the Year", "By Jane Doe", "Trail 25 Pack", "$99.95"]
    assert priced_name(lines, 7) is None


def test_the_headline_printed_again_over_the_price_is_taken_there() -> None:
    """When the headline found is the name printed again lower down, its copy over the price is
    the name, not the one-line deck between the name and the price."""
    lines = [
        "Trail 25 Pack",
        "A light daypack with room for a full day's gear and a hydration sleeve",
        "$99.95",
        "Trail 25 Pack",
    ]
    assert priced_name(lines, 3) == 0


def test_an_empty_cart_and_a_price_filter_are_no_product_price() -> None:
    """A cart's empty total and a filter's price bucket stand in a shop's menus over any page:
    neither is a product's price; a price or a rating alone on its line is."""
    assert not anchor("$0.00")
    assert not anchor("$1,000 to $6,000")
    assert anchor("$99.95")
    assert anchor("4.7 out of 5 stars with 914 reviews")
    assert not anchor("Free shipping on orders over $75")


def test_a_name_is_words_not_a_label_a_trail_or_a_price() -> None:
    """A name has two words or more and no sentence's end; a label and its value, a trail's
    step, a one-word badge and a line holding a price are no name."""
    assert name_shaped("Lodge 12 Inch Cast Iron Skillet")
    assert not name_shaped("Item ID: SM7dB")
    assert not name_shaped("GPUs / Video Graphics Cards")
    assert not name_shaped("Sale")
    assert not name_shaped("Under $75")
    assert not name_shaped("Order soon.")
