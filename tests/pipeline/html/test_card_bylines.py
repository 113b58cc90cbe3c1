"""A listing's item bylines: each card's linked writers beside its date, kept as its text."""

from __future__ import annotations

from newswire.pipeline.html.card_bylines import card_bylines
from newswire.pipeline.html.paragraphs import story_lines
from newswire.pipeline.html.walk import Block

_TEASER = "A short summary of what the post is about, in a sentence or two of its own."


def _line(text: str, *, linked: int = 0, tag: str = "div") -> Block:
    return Block(text, tag, linked, (0,))


def _cards(byline: list[Block], count: int = 3) -> list[Block]:
    blocks: list[Block] = []
    for i in range(count):
        title = f"The story number {i} of the blog"
        blocks += [_line(title, linked=len(title), tag="h2"), _line(_TEASER, tag="p")]
        blocks += [Block(b.text, b.tag, b.link_chars, b.path) for b in byline]
    return blocks


def test_a_dated_linked_byline_under_each_linked_heading_is_kept() -> None:
    """A short link line that carries a date in words ("Ana Ruiz & Tom Lee · March 6, 2026"),
    after a linked heading, in three cards or more, is each item's byline."""
    byline = "Ana Ruiz & Tom Lee · March 6, 2026"
    blocks = _cards([_line(byline, linked=18)])
    assert card_bylines(blocks) == {id(b) for b in blocks if b.text == byline}


def test_a_linked_name_over_a_short_date_line_is_a_byline() -> None:
    """A linked name alone is a byline when the short unlinked line after it is a date with a
    month's name ("Renato Losio" over "on Mar 08")."""
    blocks = _cards([_line("Renato Losio", linked=12), _line("on Mar 08")])
    assert card_bylines(blocks) == {id(b) for b in blocks if b.text == "Renato Losio"}


def test_undated_links_and_too_few_cards_are_no_bylines() -> None:
    """Link lines without a date (a card's tags) are no bylines, nor a month with its year
    alone (an image's credit), nor dated ones in fewer than three cards, nor dated link lines
    under no linked heading (a "recent posts" list)."""
    assert card_bylines(_cards([_line("Python", linked=6)])) == set()
    credit = "Image from the October 2024 review."  # a month and its year: no day's date
    assert card_bylines(_cards([_line(credit, linked=len(credit))])) == set()
    dated = "Annabelle Ruizmartin · May 2, 2026"
    assert card_bylines(_cards([_line(dated, linked=20)])) != set()
    assert card_bylines(_cards([_line(dated, linked=20)], count=2)) == set()
    recent = [_line(f"The post number {i} · May {i + 1}, 2026", linked=17) for i in range(4)]
    assert card_bylines([_line("Recent posts", tag="h2"), *recent]) == set()


def test_a_dated_link_under_a_linked_name_is_no_byline() -> None:
    """A forum post's linked author heading (a name's few words) over its linked date is no
    listed item: the dated link lines under it are not kept as bylines."""
    blocks: list[Block] = []
    for i in range(4):
        blocks += [_line(f"Member{i}", linked=7, tag="h3"), _line("Posted August 26", linked=16)]
        blocks.append(_line(_TEASER, tag="p"))
    assert card_bylines(blocks) == set()


def test_a_story_standing_alone_keeps_its_cards_bylines() -> None:
    """The lines of a listing standing alone as one story keep each card's linked byline,
    which the link-list filter drops from other link lines (an undated "Share" link)."""
    byline = "Annabelle Ruizmartin & Thomasina Leeward · March 2, 2026"
    blocks = _cards([_line(byline, linked=36), _line("Share this post", linked=15)])
    out = story_lines(blocks, None, {})
    assert out.count(byline) == 3
    assert "Share this post" not in out
