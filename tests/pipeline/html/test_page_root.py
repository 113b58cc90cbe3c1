"""Where the walk starts: below the bare <div>s that hold the whole body."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.page_root import page_root
from newswire.pipeline.html.site_footer import site_footer
from newswire.pipeline.html.walk import walk
from tests.pipeline.html.pages import page, prose, text_of

_BODY = (
    '<header class="masthead"><a href="/">The Site</a></header>'
    '<div class="layout"><main><article><h1>The story</h1>'
    f"{prose('Story')}</article>"
    f'<aside class="more"><ul><li><a href="/a">Other story</a></li></ul></aside></main></div>'
    "<script>var x = 1;</script>"
)


def _wrapped(body: str, depth: int) -> str:
    return page("<div>" * depth + body + "</div>" * depth)


def _walked(html: str) -> tuple[list[tuple[str, str, tuple[int, ...]]], dict[int, int]]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    blocks, walked = walk(tree.body, by_name=True)
    return [(block.text, block.tag, block.path) for block in blocks], walked.parents


def test_a_page_in_bare_wrappers_walks_as_the_page_itself() -> None:
    """The same page inside 1, 5 or 20 <div>s without attributes gives the same blocks, with
    the same chains of parents, and the same text as the page without them."""
    plain = page(_BODY)
    for depth in (1, 5, 20):
        assert _walked(_wrapped(_BODY, depth)) == _walked(plain)
        assert text_of(_wrapped(_BODY, depth)) == text_of(plain)


def test_the_walk_starts_at_the_innermost_bare_wrapper() -> None:
    """Scripts, styles, comments and blank text beside a wrapper leave it holding the page."""
    html = page(
        '<!-- top --><div>\n<div><p id="in">x</p></div><style>p{}</style></div><script></script>'
    )
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    root = page_root(tree.body)
    assert root.tag == "div"
    assert root.first_child is not None
    assert root.first_child.attributes == {"id": "in"}


def test_a_wrapper_that_is_not_bare_or_not_alone_stays_an_element() -> None:
    """A <div> with a class or id (a layout element the page styles), a wrapper beside other
    elements or text, and an element other than a <div> are walked as before: the body is
    the root."""
    for body in (
        '<div class="site"><p>x</p></div>',
        '<div id="app"><p>x</p></div>',
        "<div><p>x</p></div><p>y</p>",
        "<div><p>x</p></div>Some text",
        "<section><p>x</p></section>",
    ):
        tree = LexborHTMLParser(page(body))
        assert tree.body is not None
        assert page_root(tree.body).tag == "body"


def test_a_plain_div_footer_is_found_however_deep_the_bare_wrappers() -> None:
    """A site footer in plain <div>s (its copyright notice last on the page) is found by its
    place below the bare wrappers, not by its depth from <body>: under 20 of them as on the
    page itself."""
    footer = "<div><div><p>© 2026 The Site Company. All rights reserved.</p></div></div>"
    body = f"<div><div><h1>The story</h1>{prose('Story')}</div>{footer}</div>"
    for depth in (0, 5, 20):
        tree = LexborHTMLParser(_wrapped(body, depth))
        assert tree.body is not None
        found = site_footer(tree.body, Holds(tree.body))
        assert found is not None
        assert "All rights reserved" not in text_of(_wrapped(body, depth))
