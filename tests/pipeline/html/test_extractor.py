"""The parsed page of ``extract_html``: its whole-tree queries made once a page."""

from __future__ import annotations

from newswire.pipeline.html.page_elements import Page


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
