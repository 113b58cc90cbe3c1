"""A river of listed items picked inside <main>: one module of the page's, the region kept."""

from __future__ import annotations

from newswire.pipeline.html.item_rivers import river_in_main
from newswire.pipeline.html.walk import Block
from tests.pipeline.html.pages import SENTENCE, page, text_of


def _river(count: int) -> list[Block]:
    """``count`` items, each a linked title line (no heading) over an unlinked teaser."""
    blocks = []
    for n in range(count):
        title = f"Item number {n} makes the news of the day"
        blocks += [Block(title, "div", len(title), (0,)), Block(SENTENCE, "p", 0, (0,))]
    return blocks


def test_a_river_of_items_in_main_on_a_page_of_no_story_is_one_module() -> None:
    """Three or more linked titles over teasers, inside <main>, walked with the name rules, on
    a page that declares no story: a module of the page's items."""
    assert river_in_main(_river(3), main=True, named=True, story_page=False)


def test_a_story_page_or_a_page_without_main_keeps_its_choice() -> None:
    """Not on a page that declares a story, nor outside <main>, nor in the walk without the
    name rules."""
    river = _river(4)
    assert not river_in_main(river, main=True, named=True, story_page=True)
    assert not river_in_main(river, main=False, named=True, story_page=False)
    assert not river_in_main(river, main=True, named=False, story_page=False)


def test_two_items_or_plain_prose_are_no_river() -> None:
    """Two items, or paragraphs with no linked titles, are no river of items."""
    assert not river_in_main(_river(2), main=True, named=True, story_page=False)
    prose = [Block(SENTENCE, "p", 0, (0,)) for _ in range(6)]
    assert not river_in_main(prose, main=True, named=True, story_page=False)


def test_a_front_keeps_its_top_stories_beside_its_longer_feed() -> None:
    """A section front whose <main> holds a module of top stories (linked headline, dek) and
    a longer feed of items (a linked title line, a teaser), most of <main>, gives both
    modules' items, not the feed alone."""
    top = "".join(
        f'<li><h3><a href="/top/{n}">Top story number {n} of the morning edition</a></h3>'
        f"<p>Top dek {n}: the mayor answers questions about the budget.</p></li>"
        for n in range(3)
    )
    feed = "".join(
        f'<div class="entry"><div class="title"><a href="/feed/{n}">Feed item {n} about the'
        f" town</a></div><p>Feed {n}: {SENTENCE}</p></div>"
        for n in range(8)
    )
    html = page(
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'<main><section class="top"><h2>Top stories</h2><ul>{top}</ul></section>'
        f'<section class="feed">{feed}</section></main><footer>© 2026 Example</footer>'
    )
    text = text_of(html)
    assert all(f"Feed {n}:" in text for n in range(8))
    assert all(f"Top dek {n}:" in text for n in range(3))
    assert "Example" not in text
