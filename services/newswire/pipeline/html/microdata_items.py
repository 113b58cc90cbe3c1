"""The page's microdata: the elements of its items' properties and the types its items declare,
read from the page's shared query (``page_elements``)."""

from __future__ import annotations

from collections import Counter

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.page_elements import Element, Page, page_elements


def microdata_elements(tree: LexborHTMLParser) -> list[Element]:
    """``tree.css("[itemprop]")``."""
    return [element for element in page_elements(tree) if "itemprop" in element[2]]


def microdata_types(tree: LexborHTMLParser) -> Counter[str]:
    """How many elements declare each microdata item type (``itemtype``'s last path part,
    lowered: "comment" for "https://schema.org/Comment"). Counted once on a ``Page`` (the
    extractor and the byline rules ask): callers share the count and must not change it."""
    if not isinstance(tree, Page):
        return _types(tree)
    if tree.item_types is None:
        tree.item_types = _types(tree)
    return tree.item_types


def _types(tree: LexborHTMLParser) -> Counter[str]:
    return Counter(
        item_type(itemtype)
        for _, _, attrs in page_elements(tree)
        if (itemtype := attrs.get("itemtype"))
    )


def item_type(itemtype: str) -> str:
    """The type an ``itemtype`` declares: its last type's last path part, lowered, except for
    a work sold as a product, which is a work ("creativework").

    Google's markup for paywalled content types the item of the subscription that unlocks a
    story as a CreativeWork and a Product at once (``itemtype="http://schema.org/CreativeWork
    http://schema.org/Product"``, a ``productID`` such as "site.com:basic"), inside the story's
    NewsArticle: it sells access to the work, and a story that carries it is no product's
    page. A shop's product is never typed a work as well. Read as a product, it made a
    newspaper's paywalled opinion column one product's page (the extractor's ``product``, and
    with it the page-type model's ``marked_product``: ScrapingHub's story called product at
    0.74); no wcxb-dev page types an item twice."""
    name = itemtype.rstrip("/").rsplit("/", 1)[-1].lower()
    if name == "product" and "creativework" in itemtype.lower():
        return "creativework"
    return name
