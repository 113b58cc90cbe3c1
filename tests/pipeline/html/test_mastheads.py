"""A site's masthead inside an app shell's <main>: its search box and menu together."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.mastheads import site_masthead
from tests.pipeline.html.pages import page, prose, text_of

_MASTHEAD = (
    "<header><div>The Professional's Source Since 1973</div>"
    "<form><input type=text placeholder=Search><button>Go</button></form>"
    "<nav><a href='/deals'>Deal Zone</a> <a href='/help'>Help Desk</a></nav>"
    "<div>Ask Our Experts 212-444-6615</div></header>"
)


def _header(html: str) -> bool:
    tree = LexborHTMLParser(html)
    node = tree.css_first("header")
    assert node is not None
    return site_masthead(node)


def test_a_header_with_a_search_box_and_a_menu_is_the_masthead() -> None:
    """A <header> holding both a search field (a text input in a form, a search input, a
    search landmark) and a menu (<nav> or role="navigation") is the site's masthead."""
    assert _header(_MASTHEAD)
    assert _header(
        "<header><div role=search><input type=search></div>"
        "<ul role=navigation><li><a href=/>Home</a></li></ul></header>"
    )


def test_a_header_with_one_of_the_two_is_a_section_header() -> None:
    """A section's hero with a call to action's form, or a header with links but no search
    box, is no masthead."""
    assert not _header("<header><h2>Plans</h2><form><input type=email></form></header>")
    assert not _header("<header><h2>Plans</h2><nav><a href=#a>Basic</a></nav></header>")
    assert not _header("<header><h1>Docs</h1><input type=search></header>")


def test_an_app_shells_main_leaves_out_its_masthead_and_keeps_its_section_headers() -> None:
    """A page whose <main> wraps the whole app gives its items without the site's masthead;
    a section's <header> inside <main> is still read."""
    html = page(
        "<main>"
        + _MASTHEAD
        + "<header><h2>Mirrorless cameras for every budget</h2></header>"
        + prose("item", 6)
        + "</main>"
    )
    text = text_of(html)
    assert "item 5" in text
    assert "Mirrorless cameras for every budget" in text
    assert "Since 1973" not in text
    assert "Ask Our Experts" not in text
