"""A collection's strip of sub-category links above its items: dropped, the items kept."""

from __future__ import annotations

from newswire.pipeline.html.category_links import without_category_strips
from newswire.pipeline.html.walk import Block


def _line(text: str, *, linked: bool, tag: str = "li") -> Block:
    return Block(text, tag, len(text) if linked else 0, (0,))


def _strip(count: int) -> list[Block]:
    return [_line(f"Sleeping Bags {i}", linked=True) for i in range(count)]


def _items(count: int) -> list[Block]:
    blocks: list[Block] = []
    for i in range(count):
        blocks += [
            _line(f"Trail Bag model {i}", linked=True, tag="h3"),
            _line(f"$1{i}9.95", linked=False, tag="div"),
        ]
    return blocks


def test_a_strip_of_category_links_above_priced_items_is_dropped() -> None:
    """Four short link lines in a row, then items (a linked name, its price), lose the strip
    and keep every item."""
    strip, items = _strip(4), _items(4)
    assert without_category_strips(strip + items) == items


def test_three_category_links_stay() -> None:
    """Three link lines are too few to be a strip: a card's own links, a pair of tabs."""
    region = _strip(3) + _items(4)
    assert without_category_strips(region) == region


def test_links_without_items_after_them_stay() -> None:
    """A run of links followed by too few items (three) is the page's own list."""
    region = _strip(6) + _items(3)
    assert without_category_strips(region) == region


def test_an_index_of_links_with_few_described_entries_stays() -> None:
    """Links followed mostly by more links (an A-Z index of names under letter headings,
    its last entries described) are an index, not a strip above items: its groups stay
    while the described entries are under half of the linked titles after them; only the
    group right above the described entries reads as their strip."""
    region: list[Block] = []
    for letter in "ABC":
        region.append(_line(letter, linked=False, tag="h2"))
        region += [_line(f"{letter}-language {i}", linked=True) for i in range(5)]
    region += _items(4)
    kept = without_category_strips(region)
    assert kept[:12] == region[:12]
    assert kept[12:] == [region[12], *region[18:]]


def test_long_link_lines_are_no_strip() -> None:
    """Link lines of 60 characters or more are items' titles, not category names."""
    long = [
        _line("A linked item title long enough to be a headline of its own " + str(i), linked=True)
        for i in range(5)
    ]
    region = long + _items(4)
    assert without_category_strips(region) == region
