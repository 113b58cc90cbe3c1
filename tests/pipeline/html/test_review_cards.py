"""A product's review cards, known by their accessible labels."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.review_cards import product_reviews, review_cards
from newswire.pipeline.html.review_tabs import TABLISTS, closed_panels, review_panels
from newswire.pipeline.html.walk import walk

_PRODUCT = (
    "<h1>Trail pack</h1><p>A pack for day hikes, with a padded back panel and side pockets.</p>"
    '<div aria-label="Rated 4.4 out of 5 stars">4.4</div>'
)


def _card(n: int) -> str:
    return (
        f'<div class="q7"><div><span aria-label="Rated {n} out of 5">★</span></div>'
        f"<p>Buyer {n}, two years ago</p><p>Held everything I needed on a long trail.</p></div>"
    )


def _page(cards: str) -> str:
    return f'<body><div id="box">{_PRODUCT}</div><div id="reviews">{cards}</div></body>'


def _dropped_text(html: str) -> str:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    found = review_cards(tree.body)
    return " ".join(n.text() for n in tree.body.css("*") if n.mem_id in found)


def test_a_series_of_labelled_cards_is_the_reviews() -> None:
    """Three cards or more, each holding a review label and showing words, are the reviews';
    the product box with its one summary of the stars is not."""
    dropped = _dropped_text(_page("".join(_card(n) for n in range(1, 5))))
    assert "Buyer 1" in dropped
    assert "Buyer 4" in dropped
    assert "padded back panel" not in dropped


def test_no_cards_from_a_few_labels_a_row_of_icons_or_the_headline_column() -> None:
    """Two cards are no series; a row of labelled star icons shows no words; labels in parts
    of a column that holds the <h1> are the product's own."""
    assert _dropped_text(_page(_card(1) + _card(2))) == ""
    stars = "".join(f'<span aria-label="Rated {n} out of 5">★</span>' for n in range(5))
    assert _dropped_text(_page(f"<div>{stars}</div>")) == ""
    column = (
        '<body><div><div><h1>Atomic Habits</h1><span aria-label="4.8 out of 5">x</span></div>'
        '<div><p>A book about habits, a long description of it.</p><a aria-label="See reviews">'
        'reviews</a></div><div><p>Details of the edition and its pages.</p><a aria-label="'
        'Rated 5">reviews of this edition</a></div></div></body>'
    )
    assert _dropped_text(column) == ""


def test_a_product_walk_drops_the_review_cards() -> None:
    """On a product's page the walk keeps the product's text and drops the buyers' cards;
    ``product_reviews`` gives them with the reviews' tab panel."""
    tree = LexborHTMLParser(_page("".join(_card(n) for n in range(1, 5))))
    assert tree.body is not None
    assert review_cards(tree.body) <= product_reviews(tree.body)
    text = " ".join(block.text for block in walk(tree.body, by_name=True, product=True)[0])
    assert "padded back panel" in text
    assert "Buyer" not in text


def test_the_product_reviews_are_each_rules_from_one_query() -> None:
    """``product_reviews`` reads the tab lists and the labelled elements from one query and
    finds what each rule finds from its own: a reviews tab's panel, the panels after a
    description tab, the review cards; a tab list that is itself labelled counts as both, a
    role of another case as no tab list."""
    tabs = (
        '<div><ul role="tablist" aria-label="Product reviews tabs"><li role="tab">Description'
        '</li><li role="tab">Storage</li><li role="tab">Reviews (4)</li></ul>'
        + "".join(f'<div role="tabpanel" id="p{n}"><p>Panel {n}</p></div>' for n in range(3))
        + '</div><div><ul role="TabList"><li role="tab">Reviews</li></ul>'
        '<div role="tabpanel" id="x"><p>Other</p></div></div>'
    )
    tree = LexborHTMLParser(_page("".join(_card(n) for n in range(1, 5)) + tabs))
    assert tree.body is not None
    tablists = tree.body.css(TABLISTS)
    apart = review_panels(tablists) | closed_panels(tablists) | review_cards(tree.body)
    panels = {n.mem_id for n in tree.body.css("#p1, #p2")}
    assert panels <= apart
    assert {n.mem_id for n in tree.body.css("#p0, #x")}.isdisjoint(apart)
    assert product_reviews(tree.body) == apart
