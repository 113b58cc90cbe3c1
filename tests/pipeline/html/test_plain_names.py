"""Elements kept by their class and id alone (``plain_names``), without ``is_junk``'s steps."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.junk import is_junk
from newswire.pipeline.html.layout_wrappers import Holds
from newswire.pipeline.html.plain_names import NAMES_ONLY, kept_by_names

_NAMES = (
    "",
    "post-4721 entry hentry",
    "entry-content",
    "share-bar",
    "sidebar",
    "site-header fixed top-0",
    "user-avatar",
    "comments",
    "card-body",
    "col-md-8",
    "hidden",
    "widget",
)


def test_names_that_keep_an_element_keep_it_whatever_it_holds() -> None:
    """Where ``kept_by_names`` keeps an element judged by class and id alone, ``is_junk``
    keeps it too, on a walk that reads names, whatever the element holds; a furniture, weak,
    pinned or avatar name is left to ``is_junk``."""
    holds_text = "".join(f"<p>{n}</p>" for n in range(6))
    elements = "".join(
        f"<div class='{names}' id='x{index}'>{content}</div>"
        for index, names in enumerate(_NAMES)
        for content in ("", "J", holds_text, "<p>Read the story</p>")
    )
    tree = LexborHTMLParser(f"<body><main>{elements}</main></body>")
    assert tree.body is not None
    holds = Holds(tree.body)
    kept = set()
    for node in tree.body.css("div"):
        attrs = node.attributes
        assert attrs.keys().isdisjoint(NAMES_ONLY)
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if kept_by_names(names):
            kept.add(attrs.get("class"))
            assert not is_junk(
                node, "div", attrs, holds, by_name=True, noscript=False, hidden=False
            )
    assert kept == {"", "post-4721 entry hentry", "entry-content", "card-body", "col-md-8"}
    assert kept_by_names(" ")
