"""Teaser cards: a byline in one of several sibling cards, each with its own linked heading, is
that card's story's, not the page's."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.teaser_cards import in_teaser_card
from tests.pipeline.html.pages import page


def _bylines(cards: str) -> list[LexborNode]:
    return LexborHTMLParser(page(cards)).css("span.byline")


def _card(heading: str) -> str:
    return f'<li>{heading}<span class="byline">Jane Doe</span></li>'


def test_a_byline_among_three_linked_cards_is_a_cards() -> None:
    """A byline in a list of three cards, each headed by a link to its story, is in a card."""
    cards = "".join(_card(f'<h3><a href="/story-{n}">Story {n}</a></h3>') for n in range(3))
    assert all(in_teaser_card(node) for node in _bylines(f"<ul>{cards}</ul>"))


def test_cards_without_linked_headings_are_no_teasers() -> None:
    """Headings that link nowhere, or only to a place on this page (a forum post's permalink),
    make no teaser cards."""
    plain = "".join(_card(f"<h3>Story {n}</h3>") for n in range(3))
    anchors = "".join(_card(f'<h3><a href="#p{n}">Re: story</a></h3>') for n in range(3))
    for cards in (plain, anchors):
        assert not any(in_teaser_card(node) for node in _bylines(f"<ul>{cards}</ul>"))


def test_two_cards_are_too_few() -> None:
    """Two linked cards side by side are not yet a listing."""
    cards = "".join(_card(f'<h3><a href="/story-{n}">Story {n}</a></h3>') for n in range(2))
    assert not any(in_teaser_card(node) for node in _bylines(f"<ul>{cards}</ul>"))


def test_a_card_holding_an_unlinked_h1_is_the_story() -> None:
    """The card that holds the page's own <h1> (linking nowhere) is the story itself."""
    first = _card('<h1>The story</h1><h3><a href="/more">More</a></h3>')
    others = "".join(_card(f'<h3><a href="/story-{n}">Story {n}</a></h3>') for n in range(3))
    assert not in_teaser_card(_bylines(f"<ul>{first}{others}</ul>")[0])


def test_a_heading_inside_its_link_or_holding_one_deep_is_linked() -> None:
    """A heading wrapped in its story's link, or holding the link below another element, is
    linked; a link with no ``href`` or an empty one links nowhere."""
    wrapped = "".join(_card(f'<a href="/story-{n}"><h3>Story {n}</h3></a>') for n in range(3))
    deep = "".join(_card(f'<h3><span><a href="/s-{n}">Story {n}</a></span></h3>') for n in range(3))
    for cards in (wrapped, deep):
        assert all(in_teaser_card(node) for node in _bylines(f"<ul>{cards}</ul>"))
    empty = "".join(_card(f'<h3><a href="">Story {n}</a><a>Share</a></h3>') for n in range(3))
    assert not any(in_teaser_card(node) for node in _bylines(f"<ul>{empty}</ul>"))
