"""Weak-named elements that are one slot of a page builder's series of slots, the story's own."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import MIN_ARTICLE_PARAGRAPHS, TOKEN_PARTS

# A page builder lays a story out as a column of slots named alike by their kind ("so-panel
# widget widget_sow-editor", "widget_text so-panel widget widget_custom_html"): the intro, a
# price table, a section of the guide each sit in one. The weak word names the builder's slot
# there, not a sidebar's widget, and its short slots are as much the story as the long one.
# The long one tells: a sibling slot named by the same word that holds a story's paragraphs
# (MIN_ARTICLE_PARAGRAPHS) makes the column the story's, whatever the head says the page is
# (``layout_wrappers.module_section`` keeps such slots in a landing page's <main>). A sidebar's
# widgets sit in an <aside> or a "sidebar" box, dropped whole before their slots are asked;
# a slot that is mostly links (a list of other posts) stays furniture. Only inside the page's
# <main>: a theme's sidebar in plain <div>s is a column of "widget" slots too, one of them a
# long text widget (a book's blurb), beside its ads and feeds (ScrapingHub -0.004 without).
# And only a slot holding a paragraph: an ad's caption, a feed's script are no section.
_SLOT_WORDS: Final = frozenset({"widget", "module"})
_SLOT_LINK_SHARE: Final = 0.5
# The siblings looked at: a builder's column holds a handful of slots; a longer run of
# siblings is a list, not a column, and is not walked per slot.
_MAX_SIBLINGS: Final = 12


def _slot_words(names: str) -> frozenset[str]:
    parts = {part.lower() for token in names.split() for part in TOKEN_PARTS.split(token)}
    return _SLOT_WORDS.intersection(parts)


def _in_main(node: LexborNode) -> bool:
    up: LexborNode | None = node
    while up is not None:
        if up.tag == "main" or up.attributes.get("role") == "main":
            return True
        up = up.parent
    return False


def story_slot(node: LexborNode, names: str) -> bool:
    """Whether a weak-named element (``names``: its class and id) is a slot of a series whose
    sibling slot, named by the same slot word, holds the story's paragraphs (see above)."""
    words = _slot_words(names)
    if not words or node.css_first("p") is None:
        return False
    parent = node.parent
    if parent is None or not _in_main(parent):
        return False
    siblings: list[LexborNode] = []
    child = parent.child
    while child is not None:
        if child.is_element_node:
            siblings.append(child)
            if len(siblings) > _MAX_SIBLINGS:
                return False
        child = child.next
    story = False
    for sibling in siblings:
        if sibling.mem_id == node.mem_id:
            continue
        own = f"{sibling.attributes.get('class') or ''} {sibling.attributes.get('id') or ''}"
        if words.isdisjoint(_slot_words(own)):
            continue
        if len(sibling.css("p")) >= MIN_ARTICLE_PARAGRAPHS:
            story = True
            break
    if not story:
        return False
    text = len(node.text(deep=True, strip=True))
    links = sum(len(link.text(deep=True, strip=True)) for link in node.css("a"))
    return text > 0 and links < _SLOT_LINK_SHARE * text
