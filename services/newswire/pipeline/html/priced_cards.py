"""A card of a shop's grid built as a <figure>: the product's picture, linked name and price,
which the walk would drop with the <figure>s that hold a story's photos."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.prices import has_price

# A <figure> is a photo with its caption and credit, dropped by its tag; some shops build
# each card of a category's grid as one (React storefronts: <div class="product-card"> around
# <figure><a>name</a><img>...<div>$190</div></figure>), and the grid, the page's content,
# was lost whole (a running-shoe category kept only its strip of sub-category links). A grid
# is the same element repeated: the <figure>, or its wrapper up to _CARD_LEVELS above it,
# stands among at least _MIN_CARDS siblings of its tag and classes, and the figure holds a
# link (the card opens the product) and a price. A story's photo is one figure, not a row of
# them, and its caption names no price; a gallery's row of photos has no prices either. On a
# page that declares a story the rule is not asked (``junk``): a gift guide's row of product
# photos with prices in their captions is the story's pictures.
_CARD_LEVELS: Final = 3
_MIN_CARDS: Final = 3
_STOPS: Final = frozenset({"body", "main", "html"})


def priced_card(node: LexborNode) -> bool:
    """``node`` is one card of a grid of priced cards (see above): it holds a link and a
    price, and it or an element up to _CARD_LEVELS above it repeats among its siblings."""
    if node.css_first("a[href]") is None or not has_price(node.text(deep=True)):
        return False
    element: LexborNode | None = node
    for _ in range(_CARD_LEVELS + 1):
        if element is None or element.tag in _STOPS:
            return False
        if _repeated(element):
            return True
        element = element.parent
    return False


def _repeated(element: LexborNode) -> bool:
    """``element`` is one of at least _MIN_CARDS siblings (itself counted) of its tag and
    classes (an element without classes repeats by its tag alone: a list's <li>s)."""
    classes = element.attributes.get("class")
    parent = element.parent
    if parent is None:
        return False
    same = 0
    sibling = parent.child
    while sibling is not None:
        if sibling.tag == element.tag and sibling.attributes.get("class") == classes:
            same += 1
            if same >= _MIN_CARDS:
                return True
        sibling = sibling.next
    return False
