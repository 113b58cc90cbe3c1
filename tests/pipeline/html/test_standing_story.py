"""A story standing alone: its holes filled, and a river of <h1>-titled items kept whole."""

from __future__ import annotations

from newswire.pipeline.html.standing_story import standing_alone
from newswire.pipeline.html.walk import Block

_PROSE = (
    "The council met on Tuesday, after weeks of delay, to discuss the budget, the new bus "
    "lines and the repairs to the old bridge, which residents have asked for since spring."
)


def _river(count: int) -> list[Block]:
    """A listing's river (element 1 in the body 0): ``count`` items, each an <h1> linked
    title over a paragraph of teaser, in an element of its own (10, 11, ...)."""
    blocks = [Block("Latest news", "h2", 0, (0, 2))]
    for n in range(count):
        title = f"Item title {n} of the river"
        blocks.append(Block(title, "h1", len(title), (0, 1, 10 + n, 100 + n)))
        blocks.append(Block(f"teaser {n}: {_PROSE}", "p", 0, (0, 1, 10 + n, 200 + n)))
    blocks.append(Block("A footer line of the site, all of it a link", "div", 44, (0, 3)))
    return blocks


def test_a_river_of_h1_titled_items_is_kept_whole() -> None:
    """A choice that spans items of a river whose items are titled by <h1>s (a blog theme's
    index, a few posts shown whole and picked) is widened to every item of the river, the
    ones before and after the picked too; not to the blocks outside the river."""
    blocks = _river(8)
    picked = [blocks[6], blocks[10]]  # the teasers of items 2 and 4
    story = standing_alone(blocks, picked, {}, None)
    texts = [block.text for block in story]
    assert texts[0] == "Item title 0 of the river"
    assert texts[-1].startswith("teaser 7:")
    assert "Latest news" not in texts
    assert not any(text.startswith("A footer line") for text in texts)


def test_a_story_with_one_h1_is_not_widened() -> None:
    """A story whose choice holds one <h1> between its parts is no river: it is filled
    between its first and last chosen blocks only, and the one <h1> (a headline) left out."""
    blocks = _river(8)
    picked = [blocks[6], blocks[8]]  # the teasers of items 2 and 3: one <h1> between
    texts = [block.text for block in standing_alone(blocks, picked, {}, None)]
    assert texts == [blocks[6].text, blocks[8].text]
