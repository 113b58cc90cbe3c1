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


# The story's paragraphs sit in a layout column (8) of one-paragraph wrappers (20, 21, ...);
# the column's modifier class "is-flow" is shared by a pull quote's container (4).
_CLASSES = {
    1: "section",
    4: "quote is-flow",
    5: "para",
    8: "column is-flow",
    10: "para",
    **dict.fromkeys(range(20, 23), "para"),
}


def _columns_story() -> list[Block]:
    heading = Block("How it works", "h2", 0, (0, 7, 8, 30))
    paragraphs = [Block(f"{n}: {_PROSE}", "p", 0, (0, 7, 8, 20 + n, 40 + n)) for n in range(3)]
    return [heading, *paragraphs]


def test_a_lead_holding_a_pull_quote_built_like_the_story_joins_it_whole() -> None:
    """A story opening with a heading keeps the lead above it (the prose paragraphs before
    it, in wrappers of their own) when one of the lead's paragraphs, a pull quote whose
    container shares a modifier class with the story's, joined as its intro: the whole lead
    joins, not the quote alone."""
    first = Block(f"Lead: {_PROSE}", "p", 0, (0, 1, 10, 11))
    quote = Block(f"Quote: {_PROSE}", "p", 0, (0, 1, 4, 5, 6))
    last = Block(f"Last: {_PROSE}", "p", 0, (0, 1, 10, 12))
    story = _columns_story()
    blocks = [first, quote, last, *story]
    texts = [block.text for block in standing_alone(blocks, story, _CLASSES, "The page's title")]
    assert texts[:3] == [first.text, quote.text, last.text]
    assert texts[3] == "How it works"


def test_an_intro_above_a_lead_it_is_no_part_of_keeps_that_lead_out() -> None:
    """An intro built like the story's paragraphs that stands above another run of prose (a
    disclosure line over a grid of product cards) joins alone: the run below it, no lead of
    the story, stays out."""
    intro = Block(f"Disclosure: {_PROSE}", "p", 0, (0, 1, 4, 5, 6))
    button = Block("Check price", "div", 0, (0, 50, 51))
    card = Block(f"Card: {_PROSE}", "p", 0, (0, 50, 52))
    story = _columns_story()
    texts = [
        block.text
        for block in standing_alone(
            [intro, button, card, *story], story, _CLASSES, "The page's title"
        )
    ]
    assert texts[0] == intro.text
    assert card.text not in texts
