"""The parsed page of ``extract_html``: its whole-tree queries made once a page; what its
markup says the page is."""

from __future__ import annotations

import gc

from newswire.pipeline.html import extract_html
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


def test_a_page_read_leaves_the_garbage_collector_nothing() -> None:
    """Once ``extract_html`` returns, the parsed page, its tree and the nodes its queries kept
    are freed by reference counting: no cycle is left for the garbage collector to find. The
    page (a dated, signed story with links, an <h1> and JSON-LD) fills the page's caches."""
    head = (
        '<meta property="og:type" content="article"><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Budget"}</script>'
    )
    body = (
        "<h1>Budget</h1><p>By <a href='/author/jane-doe' rel='author'>Jane Doe</a></p>"
        f"<time datetime='2024-03-05'>March 5</time>{pages.prose('Budget')}"
    )
    html = pages.page(body, head)
    extract_html(html)  # any first-use caches of the modules
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        extracted = extract_html(html)
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
    assert extracted.authors == ("Jane Doe",)


def test_a_forgotten_page_is_freed_without_the_garbage_collector() -> None:
    """A page forgets the nodes its queries and shared elements kept, each of which holds the
    page: dropped after ``forget``, it is freed at once."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        page = Page("<h1>One</h1><p><a href='/author/x'>Two</a></p>")
        assert [node.text() for node in page.css("p")] == ["Two"]
        assert page.elements
        page.forget()
        del page
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


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
