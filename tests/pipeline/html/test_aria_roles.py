"""The ARIA roles that mark the page's chrome: their elements give the walk no text."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.walk import walk


def _texts(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    return [block.text for block in walk(tree.body, by_name=True)[0]]


def test_menu_entries_in_plain_divs_give_no_text() -> None:
    """A mega-menu of plain <div>s whose own element has no role but whose entries are
    role=menuitem (and its checkbox and radio kinds) gives none of its entries' text."""
    page = (
        '<div class="x1f"><div role="menuitem"><a href="/a">Products</a></div>'
        '<div role="menuitemcheckbox">Dark mode</div><div role="menuitemradio">English</div></div>'
        "<div><p>The story's own paragraph, which stays.</p></div>"
    )
    assert _texts(page) == ["The story's own paragraph, which stays."]


def test_an_element_of_another_role_keeps_its_text() -> None:
    """An element whose role names no chrome (a tab panel, a region) keeps its text."""
    page = (
        '<div role="tabpanel"><p>A tab of the page.</p></div><div role="region"><p>More.</p></div>'
    )
    assert _texts(page) == ["A tab of the page.", "More."]
