"""The walk's shared queries (``layout_wrappers.Holds``)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.layout_wrappers import Holds
from newswire.pipeline.html.names import ARTICLE_BODY
from newswire.pipeline.html.walk import _MAIN

_PAGE = (
    "<body><header id=h><nav><a>Home</a></nav></header>"
    "<div id=wrap><aside id=side><p>Related</p></aside>"
    "<section id=s><div class='entry-content' id=e><p>Story</p><table id=t></table></div></section>"
    "<div role=main id=m><p>Main</p></div></div>"
    "<footer id=f><main id=inner></main></footer></body>"
)


def test_holding_any_of_several_selectors_is_holding_a_match_of_their_list() -> None:
    """``holds(node, a, b)`` answers as ``node.css_first("a, b")`` does, for every element, in
    any order of asking, with each selector queried once however it is combined."""
    tree = LexborHTMLParser(_PAGE)
    assert tree.body is not None
    holds = Holds(tree.body)
    elements = tree.body.css("*")
    for selectors in ((_MAIN, ARTICLE_BODY), (ARTICLE_BODY,), ("table", _MAIN), (_MAIN,)):
        for node in elements:
            expected = node.css_first(", ".join(selectors)) is not None
            assert holds(node, *selectors) is expected, (selectors, node.id)
    assert sorted(holds._holders) == sorted({_MAIN, ARTICLE_BODY, "table"})
