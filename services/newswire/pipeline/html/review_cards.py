"""A product's customer reviews as a series of cards, known by their accessible labels."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.review_tabs import TABLISTS, closed_panels, review_panels

# A shop's review app shows each buyer's review as a card: the stars, the name, the date, the
# words, the helpful votes. Its names ("review-card", "bv-content-item") drop the cards; where
# a build hashes them (or a CSS-module shop never had such names), the cards' labels for screen
# readers still say what they are: the stars "Rated 5 out of 5", "Review: 4 out of 5 stars.",
# the author "Reviewer Kelly Mead", the votes "Vote this review as helpful". The nearest parent
# to the labels holding _MIN_CARDS children or more that each hold one and show words holds
# the reviews' series: those children go. Not when one of them holds the page's <h1>: then the
# labels are the product box's summary of the stars beside other parts of its column (a book's
# description), not a series of cards. Only on a page that says it is one product's: other
# people's words about it, which the truths leave out. As is, half B all types 0.906969 ->
# 0.907571 (a shop's product page built with CSS modules +0.43), half A and ScrapingHub
# unchanged; class/id hashed, half B 0.889412 -> 0.889826 (two products +0.05, +0.24), half
# A unchanged; no page worse.
# (Without the <h1> test: a bookshop's product -0.006 as is, its description lost; the cards
# alike in tag and class: the CSS-module shop's gain lost, its rating rows alike instead.)
# One query of the labelled elements, once a page (with the tab lists: ``product_reviews``),
# and one of each card found.
_REVIEW_LABEL: Final = re.compile(r"\breview(?:er|s)?\b|\bout of 5\b|\brated \d", re.IGNORECASE)
_MIN_CARDS: Final = 3
# A card nests its labels a few levels deep (stars in a header in a row in the card).
_CARD_LEVELS: Final = 8
# A card shows words (a name, a date, the review): a row of star icons or avatars, each
# labelled but showing no text of its own, is no series of cards.
_CARD_CHARS: Final = 40


_LABELLED: Final = "[aria-label]"


def product_reviews(root: LexborNode) -> frozenset[int]:
    """The ``mem_id`` of the elements under ``root`` that hold a product's customer reviews:
    the reviews' tab panel (``review_tabs``) and the review cards (see above); with them the
    tab panels that the page's script keeps closed beside its description (``review_tabs``).
    The tab lists and the labelled elements come from one query of ``root``: a whole body's
    query costs lexbor a walk of every element whatever it matches (~60-75 µs each on the
    product pages of wcxb-dev, cold), and the tab lists were queried once for each tab rule.
    lexbor gives an element once per selector it matches, the repeats one after the other:
    each is read once, its kinds told by its attributes as the selectors test them (the role
    compared exactly)."""
    tablists: list[LexborNode] = []
    labelled: list[LexborNode] = []
    last: int | None = None
    for node in root.css(f"{TABLISTS}, {_LABELLED}"):
        if node.mem_id == last:
            continue
        last = node.mem_id
        attrs = node.attributes
        if attrs.get("role") == "tablist":
            tablists.append(node)
        if _REVIEW_LABEL.search(attrs.get("aria-label") or ""):
            labelled.append(node)
    return review_panels(tablists) | closed_panels(tablists) | _cards(labelled)


def review_cards(root: LexborNode) -> frozenset[int]:
    """The ``mem_id`` of each review card under ``root`` (see above)."""
    return _cards(
        [
            node
            for node in root.css(_LABELLED)
            if _REVIEW_LABEL.search(node.attributes.get("aria-label") or "")
        ]
    )


def _cards(labelled: list[LexborNode]) -> frozenset[int]:
    """The review cards around ``labelled``, the elements whose labels read as a review's."""
    if len(labelled) < _MIN_CARDS:
        return frozenset()
    # For each ancestor level of each label: the parent and the child of it that holds it.
    holders: defaultdict[int, set[int]] = defaultdict(set)
    depth: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for node in labelled:
        child = node
        for level in range(_CARD_LEVELS):
            parent = child.parent
            if parent is None:
                break
            holders[parent.mem_id].add(child.mem_id)
            nodes[child.mem_id] = child
            depth[parent.mem_id] = min(depth.get(parent.mem_id, level), level)
            child = parent
    series = sorted(
        (holder for holder, children in holders.items() if len(children) >= _MIN_CARDS),
        key=depth.__getitem__,
    )
    if not series:
        return frozenset()
    for holder in series:
        cards = holders[holder]
        if all(_shows_words(nodes[child]) for child in cards):
            if any(nodes[child].css_first("h1") is not None for child in cards):
                return frozenset()
            return frozenset(cards)
    return frozenset()


def _shows_words(node: LexborNode) -> bool:
    return len("".join(node.text(deep=True).split())) >= _CARD_CHARS
