"""A shop's grid of cards built as <figure>s (a link, a name, a price each, repeated) is the
page's text; a story's lone photo figure, a gallery's unpriced figures are not."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.walk import walk
from tests.pipeline.html.pages import page, prose, text_of


def _figure_grid(count: int, *, priced: bool = True) -> str:
    # A storefront's card: a wrapper per product around one <figure> with the linked name,
    # the picture and the price.
    cards = "".join(
        f'<div class="product-card"><div class="product-card__body"><figure>'
        f'<a href="/t/shoe-{i}">Trail running shoe model {i}</a><img src="/i/{i}.png" alt="">'
        f"<div>{f'${i}90' if priced else 'Men&#x27;s shoes'}</div></figure></div></div>"
        for i in range(count)
    )
    return f'<div class="product-grid">{cards}</div>'


def test_a_grid_of_priced_figure_cards_is_walked() -> None:
    """A category page whose cards are <figure>s, each with its product's link and price, in
    a row of repeated wrappers, gives the cards' names and prices."""
    text = text_of(page(f"<main><h1>Running shoes</h1>{_figure_grid(12)}</main>"))
    assert "Trail running shoe model 11" in text
    assert "$1190" in text


def test_lone_or_unpriced_figures_are_still_dropped() -> None:
    """A story's one figure whose caption names a price and a row of figures without prices
    (a gallery's) are dropped with the other figures."""
    caption = '<figure><img src="/a.jpg"><figcaption><a href="/p">The $1,200 phone</a></figcaption></figure>'
    story = page(f"<article><h1>Phones</h1>{prose('story', 4)}{caption}</article>")
    assert "$1,200" not in text_of(story)
    gallery = page(
        f"<main><h1>Shoes</h1>{prose('intro', 2)}{_figure_grid(12, priced=False)}</main>"
    )
    assert "shoe model 11" not in text_of(gallery)


def test_priced_figures_on_a_story_page_are_not_walked() -> None:
    """The walk of a page that declares a story drops a priced row of figures with the other
    figures (a gift guide's product photos); the same row on a page declaring none is walked."""
    body = LexborHTMLParser(page(_figure_grid(6))).body
    assert body is not None
    for story_page, walked in ((False, True), (True, False)):
        blocks, _ = walk(body, by_name=True, story_page=story_page)
        assert any("shoe model 5" in block.text for block in blocks) is walked
