"""Wrappers and boxes whose furniture names say something else on the page: a product's
description named for its place under the photo."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.layout_wrappers import names_verdict
from newswire.pipeline.html.names import Verdict
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
