"""The page's region: its first <main>, unless that holds next to nothing of the page, else
the body."""

from __future__ import annotations

from newswire.pipeline.html.page_region import region_root
from newswire.pipeline.html.walk import Block

# Element 1 wraps the page; 2 is the content column (4 the story's box), 5 the sidebar.
_STORY = [
    Block(
        f"Paragraph {i} of the story, which goes on at length about the council's vote. " * 3,
        "p",
        0,
        (0, 1, 2, 4),
    )
    for i in range(4)
]
_SIDEBAR = [Block(f"Popular story {i}", "a", 15, (0, 1, 5)) for i in range(10)]
_BLOCKS = [*_STORY, *_SIDEBAR]


def test_without_a_main_the_region_is_the_body() -> None:
    """A page that marks no <main> has the body (0) as its region."""
    assert region_root(_BLOCKS, _STORY, []) == 0


def test_a_main_holding_the_choice_is_the_region() -> None:
    """A page's first <main> that holds the choice is its region."""
    assert region_root(_BLOCKS, _STORY, [2, 5]) == 2


def test_a_main_beside_the_choice_holding_next_to_nothing_is_no_region() -> None:
    """A <main> that neither holds the choice nor a quarter as much text (a title bar) leaves
    the body as the region; one beside it holding as much text stays the region."""
    bar = Block("Home", "div", 0, (0, 7))
    assert region_root([bar, *_BLOCKS], _STORY, [7]) == 0
    promo = Block("A band of promoted stories, each told at some length. " * 8, "div", 0, (0, 7))
    assert region_root([promo, *_BLOCKS], _STORY, [7]) == 7
