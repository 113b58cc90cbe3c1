"""The site's menu above a story's region, on a page without <main> whose region is its body."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.walk import HEADINGS, Block

# A page without <main> widened to its whole body starts with the site's menu when the menu is
# a run of links in plain <div>s (a site builder's header, not <nav> nor named one): short
# lines that are all link ("Home", "Portfolio", "Get in touch"). Such lines at the top of the
# region, before its first heading or line of text of its own, are the menu; a listing's items
# come after its heading or its intro. Half A all types 0.86892 -> 0.86894 (6 pages better,
# none worse), half B 0.87633 -> 0.87642 (11 better, 1 worse by 0.001), articles and
# ScrapingHub unchanged. (Any such line before the choice, not only at the top: half A +0.0003
# but half B -0.0003, a listing's short item names taken for a menu.)
_MENU_LINK_CHARS: Final = 30


def without_leading_menu(
    region: list[Block], picked: list[Block], *, lines: bool = True
) -> list[Block]:
    """The ``region`` of a page without <main> widened around its ``picked`` blocks, without
    the site's menu above them; ``lines``: its link lines too (a region that keeps its link
    lines; the walk without the name rules drops them, not the menu's headings)."""
    # Nothing chosen (a bare heading, an empty box, a stray word) anchors no menu above a story.
    if not picked:
        return region
    first = picked[0]
    before = next((index for index, block in enumerate(region) if block is first), 0)
    chars = sum(len(block.text) for block in region)
    region = _without_menu_parts(region[:before], first, chars) + region[before:]
    if not lines:
        return region
    start = next(
        (
            index
            for index, block in enumerate(region)
            if block is first
            or block.tag in HEADINGS
            or len(block.text) - block.link_chars >= _MENU_LINK_CHARS
        ),
        None,
    )
    if not start:
        return region
    return [block for block in region[:start] if not _menu_link(block)] + region[start:]


# The line-by-line rule above stops at the menu's first column heading ("Men's Shoes",
# "Sections"): a mega-menu in plain <div>s (no <nav>, no <header>) is columns of links under
# short headings. Before the choice's first block, a part of the page that holds none of the
# choice (the outermost element off the choice's path) and whose text is at least four fifths
# link text, in lines a menu item's name long on average (under _MENU_LINK_CHARS), is such a
# menu, headings and all (a cart drawer's links too). A shop's carousel of linked product
# names or a listing's linked headlines before the choice have longer lines. (Without that
# bound: half B as is a shop's carousels -0.18, tags renamed a news app's results -0.85.)
# The same holds in the walk without the name rules (a paywalled story's teaser, which its
# names dropped), whose region drops link lines but keeps the menu's headings ("Sections",
# "More"): as is, half A all types +0.00001 (a shop's page +0.002), half B and ScrapingHub
# unchanged; tags renamed, ScrapingHub 0.98216 -> 0.98368 (a paywalled story +0.18), half A
# +0.00001, half B -0.00003 (a listing -0.024).
_MENU_PART_LINKS: Final = 0.8


def _without_menu_parts(head: list[Block], first: Block, chars: int) -> list[Block]:
    """The ``head`` blocks (those above the choice's ``first`` block, in a region of
    ``chars`` characters) without the parts of the page that are a menu of links."""
    parts: dict[int, list[Block]] = {}
    for block in head:
        part = next((node for node in block.path if node not in first.path), block.path[-1])
        parts.setdefault(part, []).append(block)
    dropped = {
        id(block)
        for blocks in parts.values()
        if _menu_part(blocks) and not _headed_page(blocks, chars)
        for block in blocks
    }
    return [block for block in head if id(block) not in dropped]


def _menu_part(blocks: list[Block]) -> bool:
    """Lines that are mostly link text, each a menu item's name on average (short)."""
    chars = sum(len(block.text) for block in blocks)
    return sum(
        block.link_chars for block in blocks
    ) >= _MENU_PART_LINKS * chars and chars < _MENU_LINK_CHARS * len(blocks)


def _menu_link(block: Block) -> bool:
    """A short line that is all (nine tenths) link."""
    return len(block.text) < _MENU_LINK_CHARS and block.link_chars * 10 >= len(block.text) * 9


# A page whose own text is a list of links (an encyclopedia's index of short linked names, a
# sitemap) is laid out as a menu is: short linked lines. When such a part of the page holds
# the page's headline (an unlinked <h1>) and at least half of the region's text, it is the
# page, and the choice after it (a footer's last lines, scored higher than link lines that
# score nothing) is not the story: the part stays in the widened region.
_HEADED_PAGE_SHARE: Final = 0.5


def _headed_page(blocks: list[Block], chars: int) -> bool:
    """The ``blocks`` of a part hold an unlinked <h1> and half of the region's ``chars``."""
    if not any(block.tag == "h1" and not block.link_chars for block in blocks):
        return False
    return sum(len(block.text) for block in blocks) >= _HEADED_PAGE_SHARE * chars
