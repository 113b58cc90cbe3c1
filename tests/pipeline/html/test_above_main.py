"""A choice above the page's main landmark: a header's bar, chosen again from the landmark on."""

from __future__ import annotations

from newswire.pipeline.html.above_main import from_main_on
from newswire.pipeline.html.walk import Block
from tests.pipeline.html.pages import page, text_of

# Element 1 wraps the page; 2 is a promo bar in the header, 3 the main landmark, 4 the footer.
_SLIDE = "Free standard shipping on orders over $40. For more on shipping rates, see our page."
_BAR = [Block(f"{_SLIDE} ({i})", "p", 0, (0, 1, 2, 20 + i)) for i in range(6)]
_HEADLINE = Block("Promo terms", "h1", 0, (0, 1, 3, 30))
_TERMS = [Block("Receive ten percent off a set of three products.", "p", 0, (0, 1, 3, 31))]
_FOOTER = [Block("Copyright line", "div", 0, (0, 1, 4, 40))]
_PAGE = [*_BAR, _HEADLINE, *_TERMS, *_FOOTER]


def test_a_choice_above_the_landmark_is_made_again_from_it_on() -> None:
    """A choice lying wholly before the main landmark, which holds the headline and text,
    leaves the blocks from the landmark on (the footer after it included) to choose among."""
    assert from_main_on(_PAGE, _BAR, [3]) == [_HEADLINE, *_TERMS, *_FOOTER]


def test_a_choice_inside_the_landmark_or_after_it_stands() -> None:
    """A choice with a block inside the landmark, or lying after it (sections beside a main
    that holds the title bar), leaves the blocks as they are."""
    assert from_main_on(_PAGE, [*_BAR, *_TERMS], [3]) is _PAGE
    assert from_main_on(_PAGE, _FOOTER * 20, [3]) is _PAGE


def test_a_headline_above_the_landmark_makes_the_part_above_the_pages_own() -> None:
    """An <h1> outside the landmark (a story's headline above a <main> of comments) leaves the
    choice above the landmark as it is."""
    above = [Block("The story's headline", "h1", 0, (0, 1, 2, 19)), *_PAGE]
    assert from_main_on(above, _BAR, [3]) is above


def test_a_near_empty_choice_or_a_page_without_a_landmark_is_left_alone() -> None:
    """A choice of a menu's one line is left to the body's retries, and a page without a main
    landmark, or whose landmark holds no text, has nothing to choose again from."""
    assert from_main_on(_PAGE, _BAR[:1], [3]) is _PAGE
    assert from_main_on(_PAGE, _BAR, []) is _PAGE
    empty = [*_BAR, Block("", "div", 0, (0, 1, 3, 30)), *_FOOTER]
    assert from_main_on(empty, _BAR, [3]) is empty


def test_a_hashed_promo_bar_does_not_outweigh_a_short_page_in_its_landmark() -> None:
    """A header's promo bar of many slides whose class names say nothing (hashed) gives way to
    the page's own shorter text in its role="main" landmark, headline included."""
    slides = "".join(
        f'<div class="q1234"><span class="q5678"><p>{_SLIDE} Region {i}.</p></span></div>'
        for i in range(8)
    )
    terms = (
        "<p>Receive ten percent off your purchase of three to five individual products to "
        "create a custom set, at all retail locations and online, excluding taxes and "
        "shipping. The discount cannot be combined with other offers and may end at any "
        "time.</p>"
    )
    html = page(
        f'<div class="q0001">{slides}</div>'
        f'<div role="main"><h1>Custom Set Promo Terms</h1>{terms}</div>'
    )
    text = text_of(html)
    assert text.startswith("Receive ten percent off")
    assert "Free standard shipping" not in text
