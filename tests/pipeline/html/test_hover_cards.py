"""A hover card inside a sentence (a name's photo and latest headlines) is no story text."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.hover_cards import hover_card
from tests.pipeline.html.pages import page, prose, text_of

_CARD = (
    '<span class="pop"><span><img src="a.jpg"><a href="/p/ann">Ann Lee</a>'
    '<a href="/s/1">Senate passes the farm bill after a long night</a> '
    '<a href="/s/2">Lee asks court for mercy</a> <a href="/p/ann">MORE</a></span></span>'
)


def test_a_card_opening_with_a_picture_and_all_links_inside_a_sentence_is_a_hover_card() -> None:
    """A paragraph's span opening with a picture, whose every word is one of two links or
    more, in a paragraph with words of its own, is a card; one with words of its own, one
    whose words come before the picture, one with a single link, one that is the whole
    paragraph, or links without a picture (the walk asks every paragraph's span) is not."""
    tree = LexborHTMLParser(
        f'<p>Rep. <a href="/p/ann">Ann Lee</a>{_CARD} (D-Minn.) said so.</p>'
        '<p>We like <span id="w"><img src="i.png"> the <a href="/x">red</a> and '
        '<a href="/y">blue</a> ones</span> best.</p>'
        '<p>Buy <span id="n"><a href="/x">here</a><img src="i.png"><a href="/y">there</a>'
        "</span> now.</p>"
        '<p>See <span id="o"><img src="i.png"><a href="/x">one store</a></span> now.</p>'
        '<p><span id="all"><img src="i.png"><a href="/x">one</a> <a href="/y">two</a></span></p>'
        '<p>Read <span id="np"><a href="/x">one</a> <a href="/y">two</a></span> now.</p>'
    )
    card = tree.css_first("span.pop")
    assert card is not None
    assert hover_card(card)
    for name in ("w", "n", "o", "all", "np"):
        node = tree.css_first(f"span#{name}")
        assert node is not None
        assert not hover_card(node), name


def test_a_hover_card_is_left_out_of_the_sentence_around_it() -> None:
    """The story's sentence reads the name and the rest of the sentence, without the card's
    headlines glued between them."""
    text = text_of(
        page(
            f'<article><h1>Story</h1><p>The bill was backed by Rep. <a href="/p/ann">Ann Lee</a>'
            f"{_CARD} (D-Minn.), who spoke for an hour on Tuesday night.</p>"
            + prose("story", 4)
            + "</article>"
        )
    )
    assert "backed by Rep. Ann Lee (D-Minn.), who spoke" in text
    assert "farm bill" not in text
