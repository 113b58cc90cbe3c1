"""A rating inside a listed item's link stays with the item; a page's own rating widget goes."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from newswire.pipeline.html.item_ratings import item_rating
from tests.pipeline.html.pages import page, prose, text_of


def _tiles() -> str:
    # A recipe index: each tile is one link holding the recipe's rating and its name.
    return "".join(
        f'<article class="tile"><a href="/r/{i}"><div class="recipe-rating">'
        f"<span>{i}4 reviews</span> / <span>5 average</span></div>"
        f"<h3>Crispy baked dish number {i}</h3></a></article>"
        for i in range(8)
    )


def test_a_rating_inside_an_items_link_is_kept() -> None:
    """On a listing whose tiles each link to an item, the item's rating line inside the link
    is part of the item and is kept beside its name."""
    text = text_of(page(f"<main>{prose('intro', 1)}{_tiles()}</main>"))
    assert "Crispy baked dish number 7" in text
    assert "74 reviews" in text


def test_a_rating_widget_outside_links_goes() -> None:
    """A story's own rating widget (not inside a link) is still dropped by its name."""
    widget = '<div class="recipe-rating"><span>4.9 from 161 votes</span></div>'
    text = text_of(page(f"<article>{prose('story', 4)}{widget}</article>"))
    assert "story 3" in text
    assert "161 votes" not in text


def test_names_that_say_more_than_rating_are_not_an_items_rating() -> None:
    """Only names whose furniture word is "rating" count: a rating inside a footer, or names
    without "rating", are not an item's figure."""
    node = HTMLParser("<div>84 reviews</div>").css_first("div")
    assert node is not None
    assert item_rating("flex recipe-rating", node)
    assert item_rating("rating", node)
    assert not item_rating("footer rating", node)
    assert not item_rating("card-title", node)
    assert not item_rating("ratingcount", node)


def test_a_bare_count_inside_a_link_goes() -> None:
    """A rating that is a bare number (a count beside stars drawn as icons) says nothing
    alone: it is dropped by its name as before, though inside an item's link."""
    node = HTMLParser("<div><span></span> 810</div>").css_first("div")
    assert node is not None
    assert not item_rating("product-rating", node)
