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
        (attrs.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()
        for _, _, attrs in page_elements(tree)
        if attrs.get("itemtype")
    )
