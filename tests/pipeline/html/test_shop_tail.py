"""The shop's tail of one product's page: from a cross-sell, seller or mission heading on."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.shop_tail import without_shop_tail
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of

_PRODUCT_LD = '<script type="application/ld+json">{"@type": "Product", "name": "Lamp"}</script>'
_STORY = [f"lamp {index}: {SENTENCE}" for index in range(6)]
_TAIL = ["What is it made of?", "Steel and glass, made to last.", "Positive feedback 99.7%"]


@pytest.mark.parametrize(
    "heading",
    [
        "Frequently Purchased With",
        "Bundles & offers",
        "Accessories for LAMPA",
        "About this seller",
        "Sustainability",
        "Design for sustainability",
        "Lamp Pro and the environment.",
        "Purchase with purpose",
        "B Corporation",
        "Why Example is the best place to buy a lamp.",
        "What Makes Our Sales Engineers Great?",
        "See any errors on this page?",
    ],
)
def test_a_cross_sell_or_seller_heading_in_the_second_half_ends_the_product(heading: str) -> None:
    """A product's text followed by the shop's cross-sell heading ("Frequently Purchased
    With", "Bundles & offers", "Accessories for <range>"), a marketplace's "About this
    seller", the brand's mission pitch ("Sustainability", "<product> and the environment",
    "Purchase with purpose") or the shop's pitch of itself ("What Makes Our Sales Engineers
    Great?"), and a short tail after it, ends before the heading."""
    assert without_shop_tail([*_STORY, heading, *_TAIL]) == _STORY


def test_the_heading_in_the_first_half_or_before_a_long_tail_keeps_everything() -> None:
    """The same heading before the text's middle, or over a tail holding more of the text
    than the limit, leaves the paragraphs as they are; a tail of many short lines (a
    comparison table's cells) that holds little of the text goes."""
    early = [_STORY[0], "Frequently Purchased With", *_STORY[1:]]
    assert without_shop_tail(early) == early
    many = [*_STORY, "Purchase with purpose", *(["Yes"] * 60)]
    assert without_shop_tail(many) == _STORY
    heavy = [*_STORY, *_STORY[:2], "About this seller", *_STORY]
    assert without_shop_tail(heavy) == heavy


@pytest.mark.parametrize(
    "title",
    [
        "Reviews for Men's Wool Runner",
        "Customer reviews for Lamp Pro See language breakdown About user reviews Your preferences",
    ],
)
def test_a_reviews_title_naming_the_product_ends_it(title: str) -> None:
    """A title of the buyers' reviews that names what they review ("Reviews for <product>",
    "Customer reviews for <product>" with the title's links after it on its line) in the
    second half opens the shop's tail: the product's text ends before it."""
    assert without_shop_tail([*_STORY, title, *_TAIL]) == _STORY


def test_a_reviews_title_may_open_a_longer_tail_and_passes_on_a_longer_one() -> None:
    """The reviews' title named for the product ends it over a tail of up to half the text
    (more than a cross-sell heading's limit); over a longer tail it stays, and a cross-sell
    heading further on still ends the text there."""
    story = _STORY[:5]
    tail = _STORY[5:] * 3
    assert without_shop_tail([*story, "Reviews for Lamp", *tail]) == story
    kept = [*story, "Reviews for Lamp", *_STORY]
    assert without_shop_tail([*kept, "Frequently Purchased With", *_TAIL]) == kept


def test_reviews_titles_and_sentences_do_not_open_the_tail() -> None:
    """A bare "Reviews" title (a comparison table's row, a maker's testimonials), a sentence
    naming the seller and a product's own line with a mission's word ("Carbon Fiber", "Your
    Impact") are no tail's heading: the lines after them stay."""
    for line in (
        "Reviews",
        "Customer reviews",
        "We get rave reviews for the taste!",
        "Read more about this seller and their shop.",
        "Carbon Fiber",
        "Your Impact",
    ):
        lines = [*_STORY, line, *_TAIL]
        assert without_shop_tail(lines) == lines


def test_the_tail_goes_on_a_product_page_only() -> None:
    """On a page that says it is one product's, the tail after "Frequently Purchased With"
    goes; the same page without the product's markup keeps it."""
    body = (
        f'<main><div class="description">{prose("lamp", 6)}</div>'
        "<p>Frequently Purchased With</p><p>What is it made of?</p>"
        "<p>Steel and glass, made to last.</p></main>"
    )
    shown = text_of(page(body, _PRODUCT_LD))
    assert "lamp 5" in shown
    assert "Steel and glass" not in shown
    assert "Steel and glass" in text_of(page(body))
