"""A page's list of references: the numbered notes its text's markers point to."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.holds import Holds

# A reference work's page (an encyclopedia's list or article, a paper) ends with its notes and
# citations: an <ol> or <ul> whose items the text's note markers link to (an item's id is a
# link's "#target") and that each link back to their marker ("^", "↩"). A long such list
# (at least _MIN_NOTES items) is the page's apparatus, which the truths leave out; a post's few
# notes (3 to 6 on the dev pages) are its author's asides, kept in some truths and not in
# others, and stay. Half A all types 0.89361 -> 0.89374 (listing 0.80253 -> 0.80488: an
# encyclopedia's list of laureates 0.87 -> 0.98), half B 0.90321 -> 0.90323 (a photo essay's
# 30 notes +0.013), no page worse; ScrapingHub (0.98728) and hashed names unchanged (their
# ids hashed, the links' targets no longer match).
_MIN_NOTES: Final = 10
_LIST_TAGS: Final = frozenset({"ol", "ul"})


def reference_list(node: LexborNode, tag: str, holds: Holds) -> bool:
    """Whether ``node`` (of ``tag``) is a page's long list of notes (see above)."""
    if tag not in _LIST_TAGS:
        return False
    anchors = holds.anchors()
    if len(anchors) < _MIN_NOTES:
        return False
    notes = 0
    for item in node.iter():
        ident = item.attrs.get("id") if item.tag == "li" else None
        if ident in anchors and item.css_first('a[href^="#"]') is not None:
            notes += 1
            if notes >= _MIN_NOTES:
                return True
    return False
