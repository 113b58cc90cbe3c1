"""The page's microdata items: the types its elements declare, counted once on a parsed page."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.microdata_items import microdata_elements, microdata_types
from newswire.pipeline.html.page_elements import Page

_ITEMS = (
    '<div itemscope itemtype="https://schema.org/Comment"></div>'
    '<li itemprop="comment" itemscope itemtype="http://schema.org/Comment"></li>'
    '<section itemscope itemtype="https://schema.org/QAPage/"></section>'
)


def test_microdata_types_counts_each_item_type_by_its_last_part() -> None:
    """Each element's ``itemtype`` counts once under its last path part, lowered, whether or
    not the element also names a property."""
    assert microdata_types(LexborHTMLParser(_ITEMS)) == {"comment": 2, "qapage": 1}


def test_microdata_types_are_counted_once_on_a_page_until_it_is_forgotten() -> None:
    """A ``Page`` gives the same count each ask, and counts again once its queries are
    forgotten (a repair moved its nodes)."""
    page = Page(_ITEMS)
    first = microdata_types(page)
    assert microdata_types(page) is first
    assert first == {"comment": 2, "qapage": 1}
    page.forget()
    again = microdata_types(page)
    assert again is not first
    assert again == first


def test_microdata_elements_are_those_naming_a_property() -> None:
    """Only the elements with an ``itemprop`` are the items' properties."""
    tree = LexborHTMLParser(_ITEMS)
    assert [node.tag for node, _, _ in microdata_elements(tree)] == ["li"]


def test_a_work_sold_as_a_product_is_a_work() -> None:
    """An item typed a CreativeWork and a Product at once (Google's markup of the subscription
    that unlocks a paywalled story) counts as a work, not a product; a shop's Product still
    counts as a product, and another pair of types under its last one."""
    paywall = (
        '<article itemscope itemtype="http://schema.org/NewsArticle">'
        '<div itemprop="isPartOf" itemscope '
        'itemtype="http://schema.org/CreativeWork http://schema.org/Product">'
        '<meta itemprop="productID" content="example.com:basic"></div></article>'
    )
    assert microdata_types(LexborHTMLParser(paywall)) == {"newsarticle": 1, "creativework": 1}
    shop = '<div itemscope itemtype="https://schema.org/Product"></div>'
    assert microdata_types(LexborHTMLParser(shop)) == {"product": 1}
    twice = '<div itemscope itemtype="https://schema.org/Place https://schema.org/Museum"></div>'
    assert microdata_types(LexborHTMLParser(twice)) == {"museum": 1}
