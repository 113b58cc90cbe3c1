"""A shop's shipping and returns terms and its offers of help on one product's page."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.shop_lines import (
    is_shop_policy,
    without_rating_summaries,
    without_shop_policies,
)
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of

_PRODUCT_LD = '<script type="application/ld+json">{"@type": "Product", "name": "Lamp"}</script>'
_STORY = [f"lamp {index}: {SENTENCE}" for index in range(4)]


@pytest.mark.parametrize(
    "line",
    [
        "Standard U.S. shipping is free on orders over $65 and typically arrives in 3–6 days.",
        "Need it faster? Choose Priority Shipping at checkout for delivery in 1–2 days.",
        "If you would like more details, you can visit our Shipping Info page.",
        "For information on returns please see our Returns Policy page.",
        "All orders dispatched within 24 hours.",
        "All in-stock items will be dispatched from our warehouse within 24 hours.",
        "Need it fast? Try express shipping. We offer a 30-day return policy*.",
        "We offer free standard shipping and returns on select orders over 125 EUR.",
        "Example.com Return Policy: you enjoy a 30-day right of return for many products.",
        "Any questions about this product?",
        "Feel free to get in touch with our support department at 555-0100. We're happy to help!",
        "For general questions about orders, please visit our Help Centre FAQ page.",
        "The Example Customer Happiness Team is your go-to when you need a return.",
        "If you have trouble, first take a look at our extensive support center.",
        "Delivery in approx. 3-6 business days",
        "Choose two-hour delivery from a store near you, free delivery, or easy pickup.",
        "Order for another $100.00 and receive free shipping",
        "Price drops? Get the difference back within 90 days with the shop's card.",
        "Example+ points are subject to change based on final price paid at checkout.",
    ],
)
def test_a_shops_terms_and_offers_of_help_go(line: str) -> None:
    """A sentence stating the shop's shipping or returns terms in its own voice ("shipping
    is free on orders", "we offer a 30-day return policy", "dispatched within 24 hours"),
    its delivery estimate, free-shipping threshold, price guarantee or loyalty fine print,
    or offering its help ("get in touch with our support", "visit our Help Centre") is the
    shop's, not the product's: it goes."""
    assert is_shop_policy(line)
    assert without_shop_policies([*_STORY, line]) == _STORY


@pytest.mark.parametrize(
    "line",
    [
        "Free shipping over $75 USD & easy returns.",
        "30 days returns. Buyer pays for return shipping.",
        "You may return unused items within 14 days of receiving the item for a full refund.",
        "Don't love it? Don't worry, you have 365-days to return with no fees.",
        "Yes, we ship worldwide. Shipping costs are calculated at checkout.",
        "The motor's delivery of power returns the blade to speed in a second.",
        "Our support team designed the stand to hold any lamp.",
        "Most orders ship within 24-48 hours of ordering.",
        "International shipment of items may be subject to customs processing.",
        "Its pads spread the load over four points for even delivery of power.",
    ],
)
def test_badges_kept_terms_and_the_products_own_words_stay(line: str) -> None:
    """A shop's bare badge, terms the truths keep (an auction's returns and customs lines, a
    FAQ's answer, a shop's "you have 365-days to return", "orders ship within 24-48 hours")
    and a product's own sentence about its delivery of power or its makers are no shop's
    terms: they stay."""
    assert not is_shop_policy(line)


def test_a_long_paragraph_stays() -> None:
    """A paragraph longer than a few sentences of terms is not one: it stays."""
    line = "We offer free shipping. " + SENTENCE * 8
    assert not is_shop_policy(line)


def test_the_terms_go_on_a_product_page_only() -> None:
    """On a page that says it is one product's, the shop's terms go; the same page without
    the product's markup (a shop's policy page, an article) keeps them."""
    terms = "Standard shipping is free on orders over $65 and arrives in 3 to 6 days."
    body = f'<main><div class="description">{prose("lamp", 6)}<p>{terms}</p></div></main>'
    shown = text_of(page(body, _PRODUCT_LD))
    assert "lamp 5" in shown
    assert "free on orders" not in shown
    assert "free on orders" in text_of(page(body))


@pytest.mark.parametrize(
    "line",
    [
        "4.7 out of 5 stars from 98 customer ratings",
        "Rated 4.80 out of 5 based on 5 customer ratings",
        "(5 customer reviews)",
    ],
)
def test_a_summary_of_the_buyers_ratings_goes(line: str) -> None:
    """A line summing up the buyers' ratings with their count goes from a product's page."""
    assert without_rating_summaries([*_STORY, line]) == _STORY


@pytest.mark.parametrize(
    "line",
    [
        "4.6 out of 5 stars (44,754)",
        "4.9 1,113 reviews",
        "Rated 5 out of 5 by our testers",
        "Over 1,000 reviews",
    ],
)
def test_a_bare_score_and_the_products_own_words_stay(line: str) -> None:
    """A bare score beside the product's name, or with its count alone (which a marketplace's
    and a tool shop's truths keep), and other lines that speak of ratings or reviews without
    saying they sum them up stay."""
    assert without_rating_summaries([*_STORY, line]) == [*_STORY, line]


def test_the_rating_summary_goes_on_a_product_page_only() -> None:
    """The summary goes on a page that says it is one product's and stays on any other (a
    critic's review may quote a shop's score)."""
    body = (
        f"<article>{prose('lamp', 4)}<p>4.7 out of 5 stars from 98 customer ratings</p></article>"
    )
    assert "customer ratings" not in text_of(page(body, _PRODUCT_LD))
    assert "customer ratings" in text_of(page(body))
