"""A shop's grid of priced product cards beside the prose that outscores it."""

from __future__ import annotations

from newswire.pipeline.html.card_grids import with_card_grid
from newswire.pipeline.html.prices import PRICE, has_price
from newswire.pipeline.html.walk import Block, Tree
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of


def _grid(priced: bool = True) -> str:
    # A card: the link that opens the product, its name and its price (or its stock).
    cards = "".join(
        f'<div class="card"><a href="/p/{i}">View</a><div>Brass table lamp number {i}</div>'
        f"<div>{f'${i}9.00' if priced else 'In stock'}</div></div>"
        for i in range(12)
    )
    return f'<div class="grid">{cards}</div>'


def _faq() -> str:
    return f'<div class="faq">{prose("answer", 4)}</div>'


def test_a_grid_of_priced_cards_above_the_pages_prose_joins_it() -> None:
    """On a category page whose Q&A below the grid outscores the grid's linked names and
    prices, the grid is the page's content: both are kept."""
    text = text_of(page(_grid() + _faq()))
    assert "Brass table lamp number 11" in text
    assert "$119.00" in text
    assert "answer 3" in text


def test_cards_without_prices_or_on_a_story_page_stay_out() -> None:
    """Cards without prices (a menu's, a filter's entries) and cards on a page that declares
    a story are no collection's grid: the prose alone is the text."""
    article = '<meta property="og:type" content="article">'
    for html in (
        page(_grid(priced=False) + _faq()),
        page(_grid() + _faq(), article),
    ):
        text = text_of(html)
        assert "answer 3" in text
        assert "lamp number 11" not in text


def test_a_grid_joins_only_from_above_the_prose_and_when_large_enough() -> None:
    """A grid above prose it holds half of joins it, in page order; cards that start after
    the chosen prose (other products under one product's description), a grid under half the
    prose's text, and a choice that is mostly links leave the choice as it was."""

    def card(parent: int, node: int) -> Block:
        return Block(f"Brass lamp {node} for $19.00 today", "div", 10, (0, parent, node))

    def paragraph(node: int, links: int = 0) -> Block:
        return Block(SENTENCE, "p", links, (0, 20, node))

    # Elements are numbered in page order: a grid at 1 (cards 2-13) above the prose at 20
    # (paragraphs 21-23), and one at 30 (cards 31-42) below it.
    above, below = range(2, 14), range(31, 43)
    parents = {1: 0, 20: 0, 30: 0, **dict.fromkeys(above, 1), **dict.fromkeys(below, 30)}
    parents.update(dict.fromkeys(range(21, 24), 20))
    walked = Tree(parents, dict.fromkeys([*above, *below], "card"), [], [])
    cards = [card(1, node) for node in above]
    copy = [paragraph(node) for node in range(21, 24)]
    assert with_card_grid(cards + copy, copy, walked) == cards + copy
    assert with_card_grid(cards[:6] + copy, copy, walked) == copy
    linked = [paragraph(node, links=len(SENTENCE)) for node in range(21, 24)]
    assert with_card_grid(cards + linked, linked, walked) == linked
    later = [card(30, node) for node in below]
    assert with_card_grid(copy + later, copy, walked) == copy


def test_has_price_answers_as_the_price_pattern() -> None:
    """``has_price`` agrees with ``PRICE.search`` on priced texts, texts holding only a key
    (a sign or a code without a number) and texts holding none."""
    texts = [
        "$459.99",
        "459,99 €",
        "£12 only",
        "12.50 USD",
        "12.50kr",
        "USD",
        "costs $ lots",
        "Sale 10 EUR",
        "no price here 2024",
        "",
        "¥ 300",
        "₹5",
    ]
    for text in texts:
        assert has_price(text) == (PRICE.search(text) is not None), text
