"""The author a page's microdata names as a plain property: ``<span itemprop="author"
itemscope itemtype="http://schema.org/Person">The Diggs Team</span>``. (An author item with a
``name`` property inside is an author link's, see ``author_elements.author_link_nodes``; a
``<meta itemprop="author">`` is read with the head's <meta> names, ``author_markup``.)

The property is schema.org's word for the story's writer, written by the theme's template,
whatever its class names say: on a page whose classes are hashed (CSS modules, utility builds)
or say nothing, the byline elements are not found by name, but the microdata still marks
the one who signs. ``bylines`` asks it after the byline elements and the "By …" line, so that
it speaks only where those named no one.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.byline_lines import BY_PREFIX, BYLINE_LABEL, MAX_BYLINE_CHARS
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.page_elements import page_elements
from newswire.pipeline.html.placement import (
    in_comments,
    in_other_stories,
    in_reviews,
)
from newswire.pipeline.html.teaser_cards import in_teaser_card
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import person_names


def microdata_names(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The one name the page's ``itemprop="author"`` elements give (their text without a "By"
    or a label), when every such element that is a name gives the same one. Elements naming
    two people or more are a list of stories (a listing's cards, related posts: each card its
    own author), and none of them signs the page; one in comments, reviews or teaser cards is
    not read. On wcxb-dev: no page changed as it is (halves A and B); with hashed class names,
    author right A +1 article (4596), B unchanged."""
    found: dict[str, str] = {}
    for node, tag, attrs in page_elements(tree):
        if tag == "meta" or "author" not in (attrs.get("itemprop") or "").split():
            continue
        name = _property_name(node)
        if name:
            found.setdefault(name.casefold(), name)
    return list(found.values()) if len(found) == 1 else []


def _property_name(node: LexborNode) -> str | None:
    """The name one author element gives, or None: its text as a byline element's
    (``author_elements.visible_bylines``): one person's name, a "By" before it. An element
    holding a card (a name, then a bio) or a named item is not read here."""
    if node.css_first('[itemprop="name"]') is not None:
        return None
    if in_comments(node) or in_other_stories(node) or in_reviews(node) or in_teaser_card(node):
        return None
    text = clean_line(node.text(deep=True))
    text = BYLINE_LABEL.sub("", BY_PREFIX.sub("", text)).strip()
    if not text or len(text) > MAX_BYLINE_CHARS:
        return None
    names = person_names(text)
    return names[0] if len(names) == 1 else None
