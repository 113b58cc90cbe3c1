"""The byline elements, found by a case-blind query, are those of the five case-sensitive
selectors as lexbor lists them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.byline_elements import byline_elements, byline_elements_once
from newswire.pipeline.html.page_elements import Page
from tests.pipeline.html.class_strategies import named_divs

_FIVE = (
    '[class*="author"], [class*="byline"], [class*="writer"], [class*="reporter"], '
    '[class*="contributor"]'
)

_NAMED = named_divs(
    [
        *("author", "Author", "AUTHOR", "post-author-byline", "Byline", "byline"),
        *("writer", "WRITER", "reporter", "Reporter", "contributor", "coNtributor"),
        *("authors-box", "x", "bYline-writer"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMED, max_size=40))
def test_byline_elements_are_the_five_selectors_list(parts: list[str]) -> None:
    """Whatever the case of the words in the classes, the elements are the five case-sensitive
    selectors' matches: in page order, an element once per selector it matches (repeats one
    after the other), none whose class holds a word in another case only ("Author")."""
    tree = LexborHTMLParser("<body>" + "".join(parts) + "</body>")
    expected = [node.mem_id for node in tree.css(_FIVE)]
    assert [node.mem_id for node in byline_elements(tree)] == expected
    once = {node.mem_id for node in byline_elements_once(tree)}
    assert set(expected) <= once


def test_a_class_in_another_case_only_is_no_byline_element() -> None:
    """The classes "Author" and "BYLINE" are not the selectors' words; "author-byline" is two of them."""
    tree = LexborHTMLParser(
        '<div class="Author">a</div><div class="BYLINE">b</div><p class="author-byline">c</p>'
    )
    assert [node.tag for node in byline_elements(tree)] == ["p", "p"]


@settings(max_examples=200, deadline=None)
@given(st.lists(_NAMED, max_size=40))
def test_a_page_finds_the_byline_elements_a_plain_parser_does(parts: list[str]) -> None:
    """A ``Page``, whose query holds only the words its classes may hold, gives the byline
    elements a plain parser gives, each time asked; none on a page without such a class."""
    html = "<body>" + "".join(parts) + "<p>author, byline</p></body>"
    page, plain = Page(html), LexborHTMLParser(html)
    expected = [(node.tag, node.attributes) for node in byline_elements(plain)]
    assert [(node.tag, node.attributes) for node in byline_elements(page)] == expected
    assert [(node.tag, node.attributes) for node in byline_elements(page)] == expected
    once = [(node.tag, node.attributes) for node in byline_elements_once(page)]
    assert once == [(node.tag, node.attributes) for node in byline_elements_once(plain)]
