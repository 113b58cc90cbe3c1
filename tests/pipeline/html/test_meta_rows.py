"""The story's meta row under its headline: its date line is the story's in an <aside> or an
<article>'s <footer> when class names say nothing, until another story's linked heading."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.headline_dates import near_headline
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.meta_rows import CARD_TITLE, HEADLINE, OTHER, heading_place
from tests.pipeline.html.pages import page, prose


def _texts(body: str) -> HeadlineTexts:
    return HeadlineTexts(LexborHTMLParser(page(body)))


def test_a_linked_heading_is_another_storys_card_title() -> None:
    """A heading's text under a link is a card's title; the headline's (linked or not) is the
    headline's, and an unlinked deck heading is neither."""
    near = _texts(
        '<h1><a href="/">Head</a><span>line</span></h1><h2>Deck</h2>'
        f'<h3><a href="/other">Other story</a></h3>{prose("Story")}'
    )
    found = {item.text: heading_place(item.node, near.headline) for item in near}
    assert found["Head"] == found["line"] == HEADLINE
    assert found["Deck"] == OTHER
    assert found["Other story"] == CARD_TITLE


def test_a_date_in_an_aside_beside_the_headline_is_the_storys() -> None:
    """A date line opening an <aside> right after the <h1> (hashed class names, the aside also
    holding a topics list under its own heading) is the story's date."""
    near = _texts(
        '<div><h1>Headline</h1><aside class="x1f3"><p>May 25, 2023</p><p>Written By</p>'
        '<p>Ann Lee</p><h2>Topics</h2><ul><li><a href="/t">Sleep</a></li></ul></aside></div>'
        + prose("Story")
    )
    assert near_headline(near, "en") == ["2023-05-25T00:00:00+00:00"]


def test_a_date_in_the_articles_footer_after_the_byline_is_the_storys() -> None:
    """The fifth text after the headline (deck, "By", the name, then the date) in the footer of
    the <article> holding the deck is the story's meta row, not a page footer."""
    near = _texts(
        '<h1>Headline</h1><article class="x9a"><div>A deck of the story.</div>'
        '<footer class="x2b"><div>By</div><a href="/u/ann">Ann Lee</a>'
        "<span>March 30, 2023</span></footer></article>" + prose("Story")
    )
    assert near_headline(near, "en") == ["2023-03-30T00:00:00+00:00"]


def test_a_cards_date_after_its_linked_heading_is_not_the_pages() -> None:
    """On a section page, the first card under the <h1> shows its own story's date after its
    linked title, in its <footer>, labelled or not: no date of the page."""
    card = (
        '<h1>Economy</h1><ul><li><article class="x1"><h2><a href="/a">Other story</a></h2>'
        '<p>Its teaser.</p><footer class="x2"><span>{}</span></footer></article></li></ul>'
    )
    for line in ("Published On 6 Mar 2026", "6 Mar 2026"):
        assert near_headline(_texts(card.format(line) + prose("Story")), "en") == []


def test_a_footers_date_after_the_storys_paragraphs_is_not_its_meta_row() -> None:
    """A <footer> after the story's paragraphs, within six texts of the headline, is the page's
    footer: the meta row sits above the story's prose, a deck at most between."""
    near = _texts(
        "<h1>Headline</h1>" + prose("story", 2) + "<footer><span>August 12, 2025</span></footer>"
    )
    assert near_headline(near, "en") == []
