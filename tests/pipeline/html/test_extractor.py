"""The parsed page of ``extract_html``: its whole-tree queries made once a page; what its
markup says the page is."""

from __future__ import annotations

from newswire.pipeline.html.page_elements import Page
from tests.pipeline.html import pages


def test_a_query_asked_again_gives_the_same_elements_in_a_list_of_its_own() -> None:
    """A whole-tree query asked twice gives the same elements in the same order (answered from
    the first), and each caller its own list: one caller changing its list leaves the next
    answer whole."""
    page = Page("<p class='a'>one</p><div><p>two</p></div><a href='/x'>three</a>")
    first = page.css("p, a")
    assert [node.text() for node in first] == ["one", "two", "three"]
    first.clear()
    again = page.css("p, a")
    assert [node.text() for node in again] == ["one", "two", "three"]
    assert [node.text() for node in page.css("div p")] == ["two"]


_SHOP_PAGE_DESCRIPTION = (
    "<p>This jacket keeps you warm on cold mornings, with a light shell and a packable fill"
    " that folds into its own pocket for the trip home.</p><p>Rated 4.4 out of 5 stars.</p>"
    "<p>Its recycled polyester shell sheds light rain, and its two zippered pockets hold your"
    " keys and phone while you walk the dog in the park.</p>"
)


def _shop_page(fields: str, head: str = "") -> str:
    body = f"<h1>Nano Jacket</h1><div>{fields}</div><div>{_SHOP_PAGE_DESCRIPTION}</div>"
    return pages.page(body, head)


def test_a_page_showing_one_quantity_field_is_one_products() -> None:
    """A page that declares nothing but shows one quantity field is read as one product's (its
    reviews badge goes); hidden fields, a grid's three, or a head declaring a story are not."""
    field = '<input type="number" name="quantity" value="1">'
    assert "Rated 4.4" not in pages.text_of(_shop_page(field))
    assert "Rated 4.4" in pages.text_of(_shop_page(""))
    assert "Rated 4.4" in pages.text_of(_shop_page(field.replace("number", "hidden")))
    assert "Rated 4.4" in pages.text_of(_shop_page(field * 3))
    story = '<meta property="og:type" content="article">'
    assert "Rated 4.4" in pages.text_of(_shop_page(field, head=story))
