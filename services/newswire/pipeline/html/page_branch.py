"""A story standing alone in its own branch of a body built of plain <div>s."""

from __future__ import annotations

from collections.abc import Set
from typing import Final

from newswire.pipeline.html.standing_story import FEW_PROSE, is_prose
from newswire.pipeline.html.story_pages import prose_text
from newswire.pipeline.html.walk import Block

# On a page without <main> whose header, menus and footer are plain <div>s (no <header>, <nav>,
# <footer>, or their names hashed), the region a story is weighed against is the whole body, and
# the site's chrome holds unlinked text of its own (a tagline, an address, a copyright line, a
# newsletter pitch): the story no longer holds most of the body's unlinked text and was widened
# to the whole page. The chrome sits in branches of the body of its own, beside the story's:
# below the deepest element that holds the whole region, the story's branch is the one element
# on its path. A story holding _OWN_SHARE of its branch's unlinked text, with less link text
# beside it there than its own text (a breadcrumb, a line of tags, a share bar; not a grid of
# teasers), stands alone as it would inside a <main>.
_OWN_SHARE: Final = 0.7
# A choice that is half link text or more is a grid of cards (a collection's product tiles, a
# listing's linked items), not a story: its page's reader wants the region around it (a
# collection page's intro stands alone in its branch while the product grid is in another).
_CARD_GRID_LINKS: Final = 0.5
# (Tried, session 66: the same test in ``body._outweighed_by_links``, so that a choice that
# ``card_grids`` widened to its grid never stands alone amid links and keeps its region's
# link lines: as is and ScrapingHub unchanged, class/id hashed half B 0.896984 -> 0.897794
# from one page only (a projector shop's grid +0.57), half A and both variants unchanged:
# one page of one domain, not kept.)


def alone_in_branch(
    picked: list[Block], region: list[Block], inside: Set[int], series_chars: int = 0
) -> bool:
    """The ``picked`` story (its block ids ``inside``) stands alone in its branch of the
    ``region`` (see above); ``series_chars``: the text of a thread's other posts joined to it."""
    # Prose in any tag: a site of <div>s (a blog whose posts are lines split by <br>) has no
    # <p>. Not so for a thread's posts joined to the choice: a forum's posts are <div>s, each
    # one a container of its own, and their branch is the thread's, with the opening post
    # that the choice may have missed (a forum as is -0.15 otherwise); <p> only there.
    prose = is_prose if series_chars else prose_text
    if sum(1 for block in picked if prose(block)) < FEW_PROSE:
        return False
    text = sum(len(block.text) for block in picked)
    if sum(block.link_chars for block in picked) >= _CARD_GRID_LINKS * text:
        return False
    root = _branch_root(picked, region)
    if root is None:
        return False
    own = text - sum(block.link_chars for block in picked)
    rest = links = 0
    for block in region:
        if root in block.path and id(block) not in inside:
            rest += len(block.text) - block.link_chars
            links += block.link_chars
    return own >= _OWN_SHARE * (own + rest) and links < text


def _branch_root(picked: list[Block], region: list[Block]) -> int | None:
    """The element on the choice's path just below the deepest one that holds every block of
    the ``region``; None when the choice's own container holds the whole region."""
    path = _common_path(picked)
    for depth, node in enumerate(path):
        if not all(node in block.path for block in region):
            return node if depth else None
    return None


def _common_path(picked: list[Block]) -> tuple[int, ...]:
    """The path the ``picked`` blocks share, outermost first."""
    path = picked[0].path
    for block in picked[1:]:
        size = 0
        for mine, theirs in zip(path, block.path, strict=False):
            if mine != theirs:
                break
            size += 1
        path = path[:size]
    return path
