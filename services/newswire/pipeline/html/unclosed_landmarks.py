"""A page's header or menu landmark left unclosed, with the rest of the page inside it."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.layout_wrappers import holds_the_story
from newswire.pipeline.html.names import MAIN

# The landmarks a page opens before its story: the site's header (role="banner", which
# Webflow's "w-nav" bar carries) and its menus (role="navigation"). One whose template leaves a
# <div> unclosed nests the rest of the page inside it, the story with it, and dropped by its
# role it took the page's text along: one </div> left out after the navigation's start, on
# every 5th dev page, gave `no_content` on 8 of 305 pages (session 38's `make
# bench-mutations`). A banner or a menu never holds the page's <main> nor its story (its <h1>
# and most of its paragraphs, ``holds_the_story``): one that does is walked, and the menus
# inside it are still dropped below it by their own tags, roles and names.
_OPENING_ROLES: Final = frozenset({"banner", "navigation"})


def around_the_page(node: LexborNode, role: str, names: str, holds: Holds) -> bool:
    """Whether an element of a header or menu ``role`` (``names``: its class and id) holds
    the page's <main> or its story: the landmark was left unclosed."""
    return role in _OPENING_ROLES and (holds(node, MAIN) or holds_the_story(node, names, holds))
