"""The parsed page of ``extract_html``: its whole-tree queries made once a page."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.page import Page
from newswire.pipeline.html.shown_dates import DATE_ELEMENTS


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


_SHARED_PAGE = (
    "<h1 class='post-meta' itemprop='headline'>Title</h1>"
    "<figure class='meta-figure'><img src='/a.jpg'></figure>"
    "<time datetime='2024-01-02' class='published-date time' itemprop='datePublished'>Jan 2"
    "</time><time>Jan 3</time><span class='DateLine updated byline'>May 1</span>"
    "<span itemprop='author'>Ann</span><figure><h1>Other</h1></figure>"
    "<time datetime>none</time><p class='dAte'>no</p>"
)


def test_the_shared_queries_give_what_each_gives_alone() -> None:
    """The queries made in one walk (<h1>, <figure>, [itemprop], time[datetime] and the date
    elements) each give the elements, order and repeats that the query alone gives: an
    element matching several of them, or several of the date selectors, is in each answer as
    often as alone; a page without any match gives empty answers."""
    alone = LexborHTMLParser(_SHARED_PAGE)
    page = Page(_SHARED_PAGE)
    for query in ("h1", "figure", "[itemprop]", "time[datetime]", DATE_ELEMENTS):
        expected = [node.html for node in alone.css(query)]
        assert expected
        assert [node.html for node in page.css(query)] == expected
    empty = Page("<p>nothing</p>")
    assert empty.css("h1") == empty.css(DATE_ELEMENTS) == empty.css("figure") == []
