"""A kicker set inside the headline's <h1> is left out of the title."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose

_TITLE = "<title>Klatch Coffee | Shopify App Store</title>"


def test_a_kicker_above_the_headline_in_the_same_h1_is_left_out() -> None:
    """ "<h1><div>Get that tech stack</div><span>Klatch Coffee</span></h1>" under the title
    "Klatch Coffee | Shopify App Store": the headline is the part the title names, not the
    eyebrow line above it."""
    html = page(
        "<h1><div>Get that tech stack</div> <span>Klatch Coffee</span></h1>" + prose("story", 4),
        _TITLE,
    )
    assert extract_html(html).title == "Klatch Coffee"


def test_a_heading_whose_parts_the_title_shares_stays_whole() -> None:
    """A headline set in two spans, the first sharing the title's words, or an <h1> with text
    of its own beside an element, is the headline whole: no part of it is a kicker."""
    shared = page(
        "<h1><span>Klatch Coffee roasts</span> <span>Klatch Coffee</span></h1>" + prose("story", 4),
        _TITLE,
    )
    assert extract_html(shared).title == "Klatch Coffee roasts Klatch Coffee"
    texted = page(
        "<h1>Get that tech stack <span>Klatch Coffee</span></h1>" + prose("story", 4), _TITLE
    )
    assert extract_html(texted).title == "Get that tech stack Klatch Coffee"


def test_a_heading_that_is_the_title_whole_is_kept() -> None:
    """An <h1> whose whole text is the title's part stays as it is, its elements read as one."""
    html = page("<h1><span>Klatch</span> <span>Coffee</span></h1>" + prose("story", 4), _TITLE)
    assert extract_html(html).title == "Klatch Coffee"
