"""The site's menu above a widened region, on a page without <main>."""

from __future__ import annotations

from newswire.pipeline.html.site_menus import without_leading_menu
from newswire.pipeline.html.walk import Block


def _menu(columns: int) -> list[Block]:
    """A mega-menu's blocks under element 1: each column's heading, then its short links."""
    blocks = []
    for column in range(columns):
        blocks.append(Block(f"Column {column}", "h3", 0, (0, 1, 10 + column)))
        blocks.extend(
            Block(f"Product line {i}", "div", 14, (0, 1, 10 + column, 100 + i)) for i in range(8)
        )
    return blocks


_STORY = Block("The council met on Tuesday to discuss the budget. " * 3, "p", 0, (0, 2, 3))
_AFTER = Block("Linked card title of an item", "div", 28, (0, 2, 4))


def test_a_menu_part_above_the_choice_goes_with_its_headings() -> None:
    """A part of the page above the choice, off its path, of short link lines under short
    headings is the site's menu: dropped, headings and all; what follows the choice stays."""
    region = [*_menu(3), _STORY, _AFTER]
    assert without_leading_menu(region, [_STORY]) == [_STORY, _AFTER]


def test_the_menu_part_goes_without_the_line_rule_too() -> None:
    """In a region that keeps no link lines (the walk without the name rules), the menu part
    goes all the same; a line of text above it that is not the menu's stays."""
    notice = Block("A notice of the site's own that says something at length.", "p", 0, (0, 5))
    region = [notice, *_menu(2), _STORY]
    assert without_leading_menu(region, [_STORY], lines=False) == [notice, _STORY]


def test_a_carousel_of_long_linked_names_above_the_choice_stays() -> None:
    """Linked lines as long as a product's name (a shop's carousel above the chosen block) are
    the page's items, not a menu: they stay."""
    names = [
        Block(f"Wireless earbuds with noise cancelling, model {i}", "div", 47, (0, 1, 10 + i))
        for i in range(6)
    ]
    region = [*names, _STORY]
    assert without_leading_menu(region, [_STORY]) == region


def test_a_part_of_linked_names_under_the_pages_headline_stays() -> None:
    """A part of short linked lines above the choice that holds the page's unlinked <h1> and
    half of the region's text is the page (an index of linked names), not a menu: it stays."""
    index = [
        Block("List of programming languages", "h1", 0, (0, 1, 10)),
        *[Block(f"Language {i}", "li", 10, (0, 1, 11, 100 + i)) for i in range(30)],
    ]
    footer = Block("This page was last edited on 4 March, at 08:07.", "li", 0, (0, 2, 3))
    region = [*index, footer]
    assert without_leading_menu(region, [footer]) == region


def test_a_menu_with_a_linked_headline_still_goes() -> None:
    """A menu part whose <h1> is a link (a site's logo as its heading) is still the menu."""
    menu = [
        Block("Site name", "h1", 9, (0, 1, 10)),
        *[Block(f"Section {i}", "div", 9, (0, 1, 11, 100 + i)) for i in range(30)],
    ]
    assert without_leading_menu([*menu, _STORY], [_STORY]) == [_STORY]
