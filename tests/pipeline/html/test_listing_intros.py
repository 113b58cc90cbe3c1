"""The heading and intro above a page's list of items, inside its main region: kept."""

from __future__ import annotations

from newswire.pipeline.html.listing_intros import intro_above, items_intro
from newswire.pipeline.html.walk import Block, Tree
from tests.pipeline.html.pages import SENTENCE, page, text_of


def _block(text: str, tag: str = "p", *, linked: bool = False) -> Block:
    return Block(text, tag, len(text) if linked else 0, (0,))


def _items(count: int = 4) -> list[Block]:
    return [_block(f"Item {n} Rental Price - $30.00", "div") for n in range(count)]


def test_the_heading_and_prose_right_above_the_items_are_their_intro() -> None:
    """The unlinked heading and paragraph of prose right above the first chosen item are
    given, in page order."""
    heading, intro, items = _block("Formal Shoe Gallery", "h1"), _block(SENTENCE), _items()
    region = [_block("Home / Shoes", "div", linked=True), heading, intro, *items]
    assert intro_above(region, items[0]) == [heading, intro]


def test_short_lines_above_the_items_without_prose_are_no_intro() -> None:
    """A meta row of short lines ("20 activities", "Last updated 4 days") holds no paragraph
    of prose: nothing is given."""
    items = _items()
    region = [_block("20 activities", "div"), _block("Last updated 4 days", "div"), *items]
    assert intro_above(region, items[0]) == []


def test_the_short_lines_beside_the_intros_prose_stay_out() -> None:
    """Of the run above the items, the prose and headings are given, not a notice line."""
    intro, items = _block(SENTENCE), _items()
    region = [intro, _block("Prices may vary in club and online", "div"), *items]
    assert intro_above(region, items[0]) == [intro]


def test_the_run_ends_at_a_linked_block() -> None:
    """Prose above a linked block (a filter bar, a strip of links) is not the items' intro."""
    items = _items()
    region = [_block(SENTENCE), _block("Sort by price", "div", linked=True), *items]
    assert intro_above(region, items[0]) == []


def test_a_first_block_outside_the_region_gives_no_intro() -> None:
    """A chosen block that is not in the region has nothing above it there."""
    assert intro_above([_block(SENTENCE)], _block("Item", "div")) == []


def test_only_a_list_of_items_in_main_on_a_page_of_no_story_gets_its_intro() -> None:
    """The intro joins items inside a <main>, on a page walked with the name rules that
    declares no story, product nor thread; a choice that is a story gets none here."""
    intro, items = _block(SENTENCE), _items()
    region, plain = [intro, *items], Tree({}, {}, [], [])
    assert items_intro(items, region, plain, True, 7) == [intro]
    assert items_intro(items, region, plain, False, 7) == []
    assert items_intro(items, region, plain, True, 0) == []
    product = Tree({}, {}, [], [], product=True)
    assert items_intro(items, region, product, True, 7) == []
    story = [_block(f"{n} {SENTENCE}") for n in range(3)]
    assert items_intro(story, [intro, *story], plain, True, 7) == []


def test_a_gallerys_heading_and_intro_in_main_are_kept_with_its_cards() -> None:
    """A shop's gallery page: its <main> holds the page's heading and intro, then a grid of
    named, priced cards that is most of <main>; the heading and intro are given with the
    cards."""
    cards = "".join(
        f'<div class="box"><a href="/shoe-{n}"><span class="name">Classic Shoe {n}</span></a>'
        f'<span class="price"><span>Individual Rental Price -</span> $30.00<br>'
        f"<span>With Rental Package - $2{n}.00</span></span></div>"
        for n in range(12)
    )
    intro = (
        '<div class="headline"><h1>Formal Shoe Gallery</h1><p>Our shop offers the best '
        "selection of shoes for your rental, and complimentary socks are included with every "
        "shoe rental we make.</p></div>"
    )
    grid = (
        f'<div class="container"><div class="section"><div class="grid">{cards}</div></div></div>'
    )
    # The page's title is not its <h1>: no headline's lead follows the heading (``intro``).
    head = "<title>Rental shoes and socks | The Shop</title>"
    text = text_of(page(f'<main><div class="container">{intro}</div>{grid}</main>', head))
    assert "Formal Shoe Gallery" in text
    assert "complimentary socks are included" in text
    assert "Classic Shoe 11" in text
