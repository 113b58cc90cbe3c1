"""Whether a byline sits in one of several teaser cards: a listing's or a section front's
stories side by side, each with its own linked heading and its own byline, whose writers are
not the page's.
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.placement import PAGE_TOP, up_to

# A teaser card: an element holding a heading of its own with a link in or around it, the
# title of another story (``<li><h3><a href="/story">…</a></h3><span class="byline">…``).
_CARD_HEADING: Final = "h1, h2, h3, h4, h5"
_MIN_CARDS: Final = 3
_ANCESTORS_FOR_CARDS: Final = 8


def in_teaser_card(node: LexborNode) -> bool:
    """Whether a byline element or an author link sits in one of several sibling teaser cards
    (a listing's or a section front's stories, each card with its own linked heading and its
    own byline): that card's story's writer, not the page's. The page's headline is in no
    card (a card holding the <h1> is the story itself, first of an endless scroll), and a
    heading holding the name itself is a forum post's poster (XenForo's ``<h4 class=
    "message-name"><a>``), not another story's title. A card's own <h1> that links to its
    story is a heading like any (a listing that gives every card an <h1>). On wcxb-dev (all
    page types): authors invented on half A 35 -> 29, half B 24 -> 20 (listing and collection
    pages), author right +1 forum thread a half (a related-threads list no longer adds its
    posters); no article changed."""
    around: set[int] = set()
    up = node.parent
    for _ in range(_ANCESTORS_FOR_CARDS):
        if up is None or up.tag in PAGE_TOP:
            break
        around.add(up.mem_id)
        up = up.parent
    return up_to(node.parent, _ANCESTORS_FOR_CARDS, lambda card: _among_cards(card, around))


def _among_cards(card: LexborNode, around: set[int]) -> bool:
    parent = card.parent
    if parent is None or parent.tag in PAGE_TOP:
        return False
    # The siblings of the card's tag counted first: most elements up from a byline have too
    # few to be a list, and a count costs no query of their trees.
    tag = card.tag
    siblings = [sibling for sibling in parent.iter() if sibling.tag == tag]
    if len(siblings) < _MIN_CARDS or not _headed(card, around):
        return False
    if any(not _linked(h1) for h1 in card.css("h1")):
        return False  # the story's own headline, which links to no other page
    cards = 0
    for sibling in siblings:
        cards += _headed(sibling, set())
        if cards >= _MIN_CARDS:
            return True
    return False


def _headed(card: LexborNode, around: set[int]) -> bool:
    """Whether ``card`` holds a heading that is a link to another page or holds one, other
    than one around the byline (``around``: the byline's ancestors). A link to a place on
    this page ("#p36151648") is a forum post's permalink under its heading (phpBB's
    ``<h3><a href="#p…">Re: …</a></h3>``): the thread's own posts, not other stories."""
    for heading in card.css(_CARD_HEADING):
        if heading.mem_id in around:
            continue
        if _linked(heading):
            return True
    return False


def _linked(heading: LexborNode) -> bool:
    """Whether a heading is a link to another page or holds one."""
    # The heading's few elements walked, not queried: a query's set-up (its selector parsed
    # on every call) costs several times the walk of a heading's one to three elements, and a
    # page asks this of five or six headings.
    for element in heading.traverse():
        if element.tag == "a" and _to_another_page(element):
            return True
    parent = heading.parent
    return parent is not None and parent.tag == "a" and _to_another_page(parent)


def _to_another_page(link: LexborNode) -> bool:
    """Whether a link has an ``href`` that leads off this page (not "#…", nor empty)."""
    href = link.attrs.get("href", "#")
    return not (href or "#").startswith("#")
