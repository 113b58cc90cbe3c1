"""The walk's judgement of one element: a content <header>, an element passed over, an element
dropped (``walk_elements``)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.walk_elements import content_header, dropped, passed_over


def _first(html: str, selector: str) -> tuple[LexborNode, Holds]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    node = tree.css_first(selector)
    assert node is not None
    return node, Holds(tree.body)


def _dropped(html: str, selector: str, *, noscript: bool = False) -> bool:
    node, holds = _first(html, selector)
    assert node.tag is not None
    return dropped(
        node,
        node.tag,
        node.attributes,
        holds,
        parent_tag="div",
        link_depth=0,
        in_pre=0,
        by_name=True,
        noscript=noscript,
        hidden=False,
        discussion=False,
        story_page=False,
    )


def test_a_header_inside_main_is_content_and_one_outside_it_is_not() -> None:
    """A plain <header> whose open blocks include the page's <main> (and no <article>) heads
    a part of the content; the same header with no <main> open around it is the masthead's."""
    node, holds = _first("<main><header><h2>Our services</h2></header></main>", "header")

    def content(mains: list[int]) -> bool:
        return content_header(
            node,
            node.attributes,
            holds,
            mains=mains,
            block_tags=["body", "main"],
            path=[0, 1],
            by_name=True,
            noscript=False,
            hidden=False,
            discussion=False,
            story_page=False,
        )

    assert content([1])
    assert not content([])


def test_a_link_to_the_page_in_another_language_is_passed_over() -> None:
    """A link with an ``hreflang`` of another language than the page's is passed over; one in
    the page's own language is walked."""
    node, _ = _first('<p><a hreflang="de" href="/de/">Deutsch</a></p>', "a")
    assert node.tag is not None
    other = passed_over(
        node, node.tag, node.attributes, product=False, in_pre=0, page_language="en"
    )
    assert other
    same = passed_over(node, node.tag, node.attributes, product=False, in_pre=0, page_language="de")
    assert not same


def test_an_image_is_dropped_by_its_tag_and_noscript_only_when_not_walked_into() -> None:
    """An <img> is dropped by its tag alone; a <noscript> is dropped unless the walk asks to
    walk into it."""
    assert _dropped('<div><img src="a.png"></div>', "img")
    assert _dropped("<div><noscript><p>Text</p></noscript></div>", "noscript")
    assert not _dropped("<div><noscript><p>Text</p></noscript></div>", "noscript", noscript=True)


def test_an_element_named_like_furniture_is_dropped_and_a_story_name_kept() -> None:
    """An element whose class names page furniture is dropped (``is_junk``); one named for the
    story's text is kept."""
    assert _dropped('<div><div class="sidebar"><p>Links</p></div></div>', ".sidebar")
    assert not _dropped('<div><div class="entry-content"><p>Text</p></div></div>', ".entry-content")
