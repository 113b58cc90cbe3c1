"""A product's page keeps its first price line; the price lines after it (other products'
and offers' prices) are dropped."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.price_lines import without_other_prices
from tests.pipeline.html.pages import page, prose


def test_price_lines_after_the_first_are_dropped() -> None:
    """Of the lines that are a price alone ("$35.00", "59,99 €", "Price $ 79.00", "€89 €98"),
    the first stays and the later ones go; the other lines stay where they are."""
    lines = ["Rambler Tumbler", "$35.00", "A go-to for coffee.", "Mug", "59,99 €", "Price $ 79.00"]
    lines += ["€89 €98", "Dishwasher safe"]
    assert without_other_prices(lines) == [*lines[:4], "Dishwasher safe"]


def test_lines_with_words_besides_a_price_stay() -> None:
    """A line that says more than a price ("Free shipping over $75 USD", "$13.70 in rewards")
    stays, after the first price as before it."""
    lines = ["$35.00", "Free shipping over $75 USD", "$13.70 in rewards", "20 oz"]
    assert without_other_prices(lines) == lines


def test_only_a_product_page_drops_its_later_prices() -> None:
    """A page that declares one product gives its buy box's price and not the price of a card
    further down; the same page without the product markup (a collection, a listing: its
    items' prices are its text) keeps both."""
    body = (
        f"<main><h1>Tumbler</h1><p>$35.00</p>{prose('feature', 8)}"
        f"<div><p>Insulated mug with a handle and a lid</p><p>$25.00</p></div></main>"
    )
    product = extract_html(page(body, '<meta property="og:type" content="product">'))
    assert "$35.00" in product.paragraphs
    assert "$25.00" not in product.paragraphs
    other = extract_html(page(body)).paragraphs
    assert "$35.00" in other
    assert "$25.00" in other


def test_prices_at_even_steps_through_the_page_stay() -> None:
    """Six price lines or more, none further than 0.15 of the text from the one before (a
    listing's items marked one product, each card with its price), all stay."""
    lines: list[str] = []
    for i in range(8):
        lines += [f"Indoor pottery planter number {i} in glazed stoneware", f"${20 + i}.00"]
    assert without_other_prices(lines) == lines


def test_clustered_prices_go_though_there_are_many() -> None:
    """Many price lines in two clusters with a long description between them (a product's
    size table and a strip of other products' cards) go, all but the first."""
    prices = [f"${20 + i}.00" for i in range(6)]
    description = [
        f"Paragraph {i} of the product's description, its cloth and cut." for i in range(20)
    ]
    lines = [*prices, *description, *prices]
    assert without_other_prices(lines) == [prices[0], *description]
