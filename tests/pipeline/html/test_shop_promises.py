"""A shop's shipping, returns, warranty and stock badges on one product's page."""

from __future__ import annotations

from newswire.pipeline.html.shop_promises import is_shop_promise, without_shop_promises
from newswire.pipeline.html.walk import Block, Tree
from tests.pipeline.html.pages import page, prose, text_of

_PRODUCT_LD = '<script type="application/ld+json">{"@type": "Product", "name": "Lamp"}</script>'
_BADGES = (
    "Free Shipping on Domestic Orders $75+",
    "Free 30-day Returns",
    "Ships from: Israel",
    "Low in stock, only 6 left",
    "3-Year Thomann Warranty",
    "30-Day Money-Back Guarantee",
    "Returns & exchanges accepted within 30 days",
    "Price alert",
    "Rated 4.4 out of 5 stars.",
    "369 Reviews",
    "Be the first to review this item",
    "Sold and shipped by Walmart.com",
    "Sold By: Poetry in Stitches",
    "Arrives by Today",
    "Members Get Free Shipping on orders over $49",
    "No Longer Available",
    "4 interest-free installments with",
    "Low Price Guarantee",
    "Meet Your Seller",
    "Visit the Ninja Store",
    "Message seller",
    "Report this item to Etsy",
    "Based on 407 reviews",
    "or 4 payments of",
    "Current price is $179.00",
    "Price when purchased online",
    "Loading Questions...",
    "Loading recommendations",
    "Sign in to add this item to your wishlist, follow it, or mark it as ignored",
    "No feedback yet",
    "Most recent",
    "Highest rated",
    "Customers say",
    "AI-generated from customer reviews",
    "Ask an Expert",
    "Authorized Dealer",
    "100% authentic",
    "Your Recently Viewed Items",
)


def _page(head: str, extra: str = "") -> str:
    badges = "".join(f"<p>{badge}</p>" for badge in _BADGES) + extra
    return page(f'<main><div class="description">{prose("lamp", 2)}</div>{badges}</main>', head)


def test_badges_are_shop_promises_and_sentences_are_not() -> None:
    """Each short badge of a shop's template is a promise (a marketplace's seller line or
    panel, an offer of free shipping, a notice that the product is gone, instalments, the buy
    box's and the reviews widget's controls and placeholders); a longer sentence, one about a
    product's own delivery of power or its return, a spec's "Loading capacity" (no ellipsis of
    a placeholder), and the badges kept as often as dropped ("Condition: New", "Lifetime
    Warranty") are not."""
    assert all(is_shop_promise(badge) for badge in _BADGES)
    for line in (
        "Delivers 10x power-lifting suction",
        "The lamp's return to the brass shade of the 1950s",
        "Free shipping " + "on every order of a lamp and its shade, " * 4,
        "Warranty claims are handled by the maker within two weeks of the request",
        "Condition: New",
        "Lifetime Warranty",
        "Loading capacity 20 kg",
        "Customers say the shade is brighter than the photos show, and warmer at dusk",
        "First Listed on Newegg July 26, 2021",
        "Visit our showroom in Leeds to see every lamp we make in brass and in copper store",
        "Sold by the yard in three colours and two widths, and by the metre on request",
    ):
        assert not is_shop_promise(line)


def test_badges_go_on_a_product_page_only() -> None:
    """On a page that declares one Product the badges go and the description stays; on a page
    that declares nothing (a shop's policy page, an article) they stay."""
    text = text_of(_page(_PRODUCT_LD))
    assert "lamp 1" in text
    assert not any(badge in text for badge in _BADGES)
    assert all(badge in text_of(_page("")) for badge in _BADGES)


def test_a_sales_price_pair_goes_unless_the_page_shows_many() -> None:
    """On a product's page its sale's two prices on a line of their own and the discount go;
    a page with more than two such lines shows a grid of priced items, and keeps them all."""
    buy_box = "<p>$98.00 $130.00</p><p>Save 25%</p>"
    text = text_of(_page(_PRODUCT_LD, buy_box))
    assert "$130.00" not in text
    assert "Save 25%" not in text
    walked = Tree({}, {}, [], [], product=True)
    grid = [Block(f"${i}9.00 ${i}5.00", "p", 0, (0, i)) for i in range(2, 6)]
    assert without_shop_promises(grid, walked) == grid
    assert without_shop_promises(grid[:2], walked) == []


def test_the_size_pickers_and_the_sales_notices_are_shop_promises() -> None:
    """The size picker's lines ("Select a size", "Size Guide"), the reviews' fit summary, a
    final-sale notice, "Also available in: ..." and a sale's zeroed countdown are promises;
    a spec's duration on a line of its own ("30 hours", "5 minutes") is not."""
    for badge in (
        "Select a size",
        "Size Guide",
        "Size chart",
        "Find your size",
        "On average 279 reviewers say this product is true to size.",
        "Final Sale items cannot be returned, canceled, or exchanged",
        "Also available in: Women's Sizes",
        "Your offer is reserved for the next:",
        "Offer reserved:",
        "00 Minutes",
    ):
        assert is_shop_promise(badge), badge
    for line in ("30 hours", "5 minutes", "Sizes run large in the shoulders, so size down"):
        assert not is_shop_promise(line), line


def test_a_marketplace_sellers_panel_lines_are_shop_promises() -> None:
    """A marketplace seller's panel ("Owned by Jane Doe |", "1.1k sales", "10 years on
    Etsy", its response time and badges) and the buy box's cost to ship are promises; a
    sentence about the maker's years at the wheel is not."""
    for badge in (
        "Owned by Jane Doe |",
        "1.1k sales",
        "10 years on Etsy",
        "This seller usually responds within a few hours.",
        "Smooth shipping Has a history of shipping on time with tracking.",
        "Rave reviews Average review rating is 4.8 or higher.",
        "Cost to ship: USD 14.40",
        "You can only make an offer when buying a single item",
    ):
        assert is_shop_promise(badge), badge
    assert not is_shop_promise("She has thrown mugs on the same wheel for 10 years on end.")
