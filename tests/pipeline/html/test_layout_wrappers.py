"""Wrappers and boxes whose furniture names say something else on the page: a product's
description named for its place under the photo."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.layout_wrappers import (
    _NOT_A_WRAPPER,
    _NOT_A_WRAPPER_WORDS,
    names_verdict,
)
from newswire.pipeline.html.names import Verdict
from newswire.pipeline.textnorm import lacks_words
from tests.pipeline.html.pages import page, prose, text_of


def _verdict(html: str) -> Verdict:
    tree = LexborHTMLParser(page(html))
    node = tree.css_first("div")
    assert node is not None
    assert tree.body is not None
    attrs = dict(node.attributes)
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return names_verdict(node, "div", attrs, names, Holds(tree.body), discussion=False)


def test_a_caption_named_box_marked_as_the_description_is_not_furniture() -> None:
    """A box named "item-caption" that the microdata marks as the item's description is the
    product's text; without the mark, or named for an author box, it is furniture."""
    assert _verdict('<div class="item-caption" itemprop="description">Text</div>') is not (
        Verdict.NEGATIVE
    )
    assert _verdict('<div class="item-caption">Text</div>') is Verdict.NEGATIVE
    assert _verdict('<div class="author-box-content" itemprop="description">Bio</div>') is (
        Verdict.NEGATIVE
    )


def test_a_products_description_named_a_caption_is_extracted() -> None:
    """On a shop's page whose description box is named "item-caption" and marked
    itemprop="description", the description is the text, not the testimonials above it."""
    testimonials = "".join(
        f'<div class="testimonial">Customer {i} says: I shopped around a lot for a chair for '
        "my home office, and the free shipping made the difference.</div>"
        for i in range(6)
    )
    html = page(
        '<div itemscope itemtype="https://schema.org/Product"><h1>Lumbar chair</h1>'
        f'<div class="testimonial-section">{testimonials}</div>'
        '<div class="row"><div class="item-caption" itemprop="description">'
        + prose("The chair's back adjusts", 3)
        + "</div></div></div>"
    )
    assert "The chair's back adjusts 2" in text_of(html)


_NAME_PIECES = st.sampled_from(
    [
        *("comment", "Comments", "DISQUS", "disqus", "reply", "Replies", "REPL", "hidden"),
        *("Hidden", "com", "ment", "-", "_", " ", "\u017f", "\u0130", "\u0131", "\u212a"),
        *("wrapper", "x"),
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=10).map("".join))
def test_names_without_the_words_are_no_comment_or_hidden_names(names: str) -> None:
    """Names that ``lacks_words`` settles as holding none of the words in any case are ones the
    pattern finds nothing in, whatever the case and the letters it folds (the long s in
    "disqus" spelled with it): the test asked first changes no answer."""
    if lacks_words(names, _NOT_A_WRAPPER_WORDS):
        assert _NOT_A_WRAPPER.search(names) is None


def test_a_hero_banner_without_a_heading_is_kept() -> None:
    """A shop's home page's "heroBanner" components (a styled title over a sentence, no heading
    element) are the page's own text; a card's badge named after its block ("...__banner" in a
    "hero-cards" block) and a plain "banner" without a heading are still dropped."""
    hero = (
        '<div class="experience-component experience-commerce_assets-heroBanner">'
        '<div class="hero-title">Archive Series</div><div class="hero-body">The new dial of the'
        " oceanographer keeps two time zones at once without losing a second of accuracy.</div>"
        "</div>"
    )
    badge = (
        '<div class="hero-cards"><div class="label hero-cards-best-of--copy__banner">'
        "<div>Best overall pick of the year</div></div></div>"
    )
    plain = '<div class="site-banner"><div>Free shipping on every order this week</div></div>'
    text = text_of(page(f"<main>{hero}{prose('intro', 3)}{badge}{plain}</main>"))
    assert "Archive Series" in text
    assert "oceanographer" in text
    assert "intro 2" in text
    assert "Best overall" not in text
    assert "Free shipping" not in text
