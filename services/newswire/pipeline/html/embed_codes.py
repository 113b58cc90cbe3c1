"""A share box's embed code: an element's markup shown as text for a reader to copy."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

# A share or embed box (a podcast's player, a video's "Embed" tab, a chart's "Use this on
# your site") shows the markup that puts the item on another site as text to copy, one
# <code> of it per item: '<iframe src="https://..." width="100%" height="290"
# frameborder="0">'. On a listing each item carries its own, and their attribute names and
# addresses were a seventh of a section front's words. No reader reads them as text. Such a
# snippet is a <code> outside <pre> whose whole text is one element's start tag with
# _MIN_ATTRIBUTES attributes or more (optionally closed), set alone in an element that is
# not a paragraph of prose (a tutorial's inline "<meta name=... content=...>" sits in a
# sentence of a <p>, and a code sample in a <pre>: both stay). Not counted among the walk's
# dropped elements (the page-type model learned its counts without it). Half B listing
# 0.769738 -> 0.770974 (a radio network's section front +0.066), all types 0.904896 ->
# 0.904989; half A, articles and ScrapingHub (0.987959) unchanged; no other page moved.
_MIN_ATTRIBUTES: Final = 2
_START_TAG: Final = re.compile(r'<([a-z][a-z0-9-]*)((?:\s+[\w:-]+="[^"]*")+)\s*/?>(?:\s*</\1>)?')
_ATTRIBUTE: Final = re.compile(r'\s+[\w:-]+="')
_PROSE_PARENTS: Final = frozenset({"p", "li", "td", "dd", "blockquote"})


def embed_code(node: LexborNode) -> bool:
    """The <code> ``node`` (not in a <pre>) is a share box's embed code (see above)."""
    text = node.text(deep=True).strip()
    if not text.startswith("<") or not text.endswith(">"):
        return False
    match = _START_TAG.fullmatch(text)
    if match is None or len(_ATTRIBUTE.findall(match.group(2))) < _MIN_ATTRIBUTES:
        return False
    parent = node.parent
    return (
        parent is not None
        and parent.tag not in _PROSE_PARENTS
        and parent.text(deep=True).strip() == text
    )
