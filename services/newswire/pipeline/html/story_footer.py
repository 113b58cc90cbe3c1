"""Whether a ``<footer>`` is its story's own by where it sits, whatever its names say: HTML's
footer closes its nearest sectioning ancestor, so a footer whose nearest ``<article>`` is the
story's holds the story's date, author and tags (Shopify's article template: "<article> … <div>
<footer><span><time datetime="2025-08-12T11:15:06Z">August 12, 2025</time></span><span>By
…</span></footer>"), while the page's footer closes the ``<body>``. ``placement`` asks it where
the footer's class names say nothing it knows (hashed by a CSS-modules build, or absent).
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

# The sectioning elements a footer may close; <section> is left out, as pages use it for any
# wrapper inside the story.
_SECTIONING: Final = frozenset({"article", "aside", "nav", "body", "html"})
# The shortest text of an <article> read as a story rather than a teaser card or a comment.
_STORY_CHARS: Final = 1500
# Ancestors walked from the footer up to its sectioning element.
_LEVELS: Final = 12


def closes_story(footer: LexborNode) -> bool:
    """Whether ``footer``'s nearest sectioning ancestor is an ``<article>`` that holds a story:
    no ``<article>`` around it (a comment or a card nested in the story is not one), and a
    story's length of text (a teaser card's footer dates another story)."""
    parent = footer.parent
    for _ in range(_LEVELS):
        if parent is None or parent.tag in _SECTIONING:
            break
        parent = parent.parent
    if parent is None or parent.tag != "article":
        return False
    above = parent.parent
    while above is not None:
        if above.tag == "article":
            return False
        above = above.parent
    return len(parent.text(deep=True)) >= _STORY_CHARS
