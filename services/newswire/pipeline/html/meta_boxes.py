"""A story's meta box set in an <aside> beside its headline: its date, its byline, its reading
time. ``placement`` reads an <aside> as a sidebar or another story's card unless it is the
story's own; this says when a short one is, from its size and place alone."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

# The most a story's own meta box holds: a date, a byline, a reading time. An <aside> that short,
# with no heading, in the headline's own block (the <h1> within two levels up), is no sidebar or
# other story's card (those hold a headline and a teaser, a list, a form, and sit beside or after
# the story): it is the header's meta box, whatever its class names say (hashed on a site of CSS
# modules: "<div><h1>…</h1><aside class="x9f2"><time>Sep 01, 2023</time></aside></div>").
_MAX_META_BOX_CHARS: Final = 80
_HEADLINE_BLOCK_LEVELS: Final = 2


def headline_meta_box(node: LexborNode) -> bool:
    """Whether ``node`` (an <aside>) is the story's meta box in its headline's block (see above)."""
    text = node.text(deep=True)
    if len(text) > 4 * _MAX_META_BOX_CHARS or len(" ".join(text.split())) > _MAX_META_BOX_CHARS:
        return False
    if node.css_first("h1, h2, h3, h4, h5, h6") is not None:
        return False
    block = node.parent
    for _ in range(_HEADLINE_BLOCK_LEVELS):
        if block is None or block.tag in {"body", "html", "main", "-document"}:
            return False
        if block.css_first("h1") is not None:
            return True
        block = block.parent
    return False
