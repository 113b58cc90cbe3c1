"""Whether an element lies inside another (``ancestry``)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.ancestry import inside


def test_an_element_lies_inside_its_ancestors_only() -> None:
    """A link lies inside its list item and the list around it, not inside a sibling item,
    nor inside itself; elements found by two queries are matched as the same element."""
    tree = LexborHTMLParser("<ul><li id='a'><a href='/x'>X</a></li><li id='b'>Y</li></ul>")
    link = tree.css_first("a")
    assert link is not None
    first, second = tree.css("li")
    outer = tree.css_first("ul")
    assert outer is not None
    assert inside(link, first)
    assert inside(link, outer)
    assert not inside(link, second)
    assert not inside(link, link)
    assert not inside(outer, first)
