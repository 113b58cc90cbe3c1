"""A shop's shipping, returns, warranty and stock badges on one product's page."""

from __future__ import annotations

from newswire.pipeline.html.shop_promises import is_shop_promise
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
)


def _page(head: str) -> str:
    badges = "".join(f"<p>{badge}</p>" for badge in _BADGES)
    return page(f'<main><div class="description">{prose("lamp", 2)}</div>{badges}</main>', head)


def test_badges_are_shop_promises_and_sentences_are_not() -> None:
    """Each short badge of a shop's template is a promise; a longer sentence, or one about a
    product's own delivery of power or its return, is not."""
    assert all(is_shop_promise(badge) for badge in _BADGES)
    for line in (
        "Delivers 10x power-lifting suction",
        "The lamp's return to the brass shade of the 1950s",
        "Free shipping " + "on every order of a lamp and its shade, " * 4,
        "Warranty claims are handled by the maker within two weeks of the request",
    ):
        assert not is_shop_promise(line)


def test_badges_go_on_a_product_page_only() -> None:
    """On a page that declares one Product the badges go and the description stays; on a page
    that declares nothing (a shop's policy page, an article) they stay."""
    text = text_of(_page(_PRODUCT_LD))
    assert "lamp 1" in text
    assert not any(badge in text for badge in _BADGES)
    assert all(badge in text_of(_page("")) for badge in _BADGES)
