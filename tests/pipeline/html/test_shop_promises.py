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


def test_the_shops_loyalty_rewards_are_shop_promises() -> None:
    """The loyalty scheme's lines beside the price (points or money earned by buying, a
    member's rewards) are promises; a spec's attachment points and a store's points shop
    are not."""
    for badge in (
        "Earn up to 4500 Huel+ points per item",
        "Become a member to earn 239 points today. Members enjoy FREE SHIPPING over $49+.",
        "Members get an est. $9.99 in rewards",
        "Unlock Access to Exclusive Rewards & BenefitsPurchasing this product earns 176XP",
    ):
        assert is_shop_promise(badge), badge
    for line in (
        "Dual lanyard attachment points",
        "Points Shop Items Available",
        "Get 3 points of contact with the ground",
    ):
        assert not is_shop_promise(line), line


def test_the_buy_boxs_quantity_label_and_protection_plans_are_shop_promises() -> None:
    """The quantity picker's bare label and the offer of a protection plan are promises; a
    quantity with its value is the product's and is not."""
    for badge in (
        "Quantity:",
        "Qty",
        "Add a protection plan from $79.99",
        "ShopCo Protection Plan by Insureco",
    ):
        assert is_shop_promise(badge), badge
    assert not is_shop_promise("Quantity : 400ml / 14oz*")


def test_the_shops_offers_of_help_and_a_marketplaces_prompts_are_shop_promises() -> None:
    """A marketplace's prompts, a counter of other shoppers and the shop's sales line (its
    experts, its phone number) are promises; a spec with a number, a sentence starting
    "From" and a computer maker's "Our Specialists are here to help." (heading its buying
    guide) are not."""
    for badge in (
        "Import fees may apply on delivery",
        "This item is gift eligible",
        "Where did you see a lower price?",
        "Please sign in to provide feedback.",
        "Log in to set a price alert on this product.",
        "16 people are viewing this right now",
        "Our expertly trained Sales Engineers are ready to help!",
        "Video Chat with a Photography Expert - Live",
        "Questions? Get in touch: 1-800-637-3181",
        "1-877-550-2678 8AM-5PM CST Mon-Fri",
        "844.481.8630",
    ):
        assert is_shop_promise(badge), badge
    for line in (
        "Total weight 2 kg",
        "From the makers of the brass lamp",
        "Our Specialists are here to help.",
        "Power 3800 mAh Rechargeable Lithium Ion Battery",
    ):
        assert not is_shop_promise(line), line


_NOTES = (
    "Original price was: 249€. Current price is: 149€. –40%",
    "The price was $1,199.99",
    "(£2.98 inc. VAT)",
    "$40.00 off",
    "Total amount:",
)


def test_the_buy_boxs_price_notes_go_unless_a_grid_repeats_them() -> None:
    """On a product's page the notes on its price (the sale read out for screen readers, the
    tax, a discount in money, the basket's total) and a marketplace's delivery estimates go,
    the description and a grid card's "From $29.00" stay; a note of one kind on more than two
    lines is a grid's cards, and stays (a delivery estimate goes however many there are)."""
    walked = Tree({}, {}, [], [], product=True)
    lines = (*_NOTES, "EUR 9.95 delivery Tue, Mar 24", "From $29.00", "A lamp of brass.")
    blocks = [Block(line, "p", 0, (0, i)) for i, line in enumerate(lines)]
    kept = [block.text for block in without_shop_promises(blocks, walked)]
    assert kept == ["From $29.00", "A lamp of brass."]
    grid = [Block(f"${i}9.00 off", "p", 0, (0, i)) for i in range(2, 6)]
    grid += [Block(f"EUR {i}.95 delivery Tue, Mar 24", "p", 0, (1, i)) for i in range(2, 6)]
    assert [block.text for block in without_shop_promises(grid, walked)] == [
        block.text for block in grid[:4]
    ]
