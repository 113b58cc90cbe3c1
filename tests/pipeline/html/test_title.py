"""The headline: which of og:title, <h1> and <title> names the story."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_a_logo_in_the_h1_gives_way_to_the_title_element() -> None:
    """When the page's <h1> is its logo (no words in common with <title>), the title comes from
    <title> without the site suffix; an <h1> that repeats the <title>'s headline is kept."""
    logo = page(
        "<h1>엔터 미디어</h1>" + prose("story", 4),
        "<title>악녀의 덫에 걸린 이유리, 의외로 막장극 어울리는 남상미 - Entermedia</title>",
    )
    assert extract_html(logo).title == "악녀의 덫에 걸린 이유리, 의외로 막장극 어울리는 남상미"
    headline = page(
        "<h1>Council approves the budget</h1>" + prose("story", 4),
        "<title>Council approves the budget after long night | Leeds Post</title>",
    )
    assert extract_html(headline).title == "Council approves the budget"


def test_the_visible_h1_wins_over_a_reworded_seo_title() -> None:
    """The reader's headline is the <h1>, not og:title's SEO wording, when the two share words."""
    html = page(
        "<h1>Top 10: Best Language Learning App (tested by experts)</h1>" + prose("story", 4),
        '<meta property="og:title" content="Best Apps to Learn a Language in 2025 - Top 10 Picks">'
        "<title>Best Apps to Learn a Language in 2025 - Top 10 Picks</title>",
    )
    assert extract_html(html).title == "Top 10: Best Language Learning App (tested by experts)"


def test_a_section_h1_and_the_brand_h1_are_skipped() -> None:
    """An <h1> that is the brand part of <title>, or shares no word with it ("The Blog"), is no
    headline; the next <h1> or the stripped title is."""
    brand = page(
        "<h1>The Southerner</h1>" + prose("story", 4),
        "<title>A Beginner's Guide to Skincare - The Southerner</title>",
    )
    assert extract_html(brand).title == "A Beginner's Guide to Skincare"
    section = page(
        "<h1>The Blog</h1><h1>Catering 101: Catering Tips for Your Next Event</h1>"
        + prose("story", 4),
        "<title>Catering Tips for a Successful Event | Giordano's Catering</title>",
    )
    assert extract_html(section).title == "Catering 101: Catering Tips for Your Next Event"


def test_a_domain_written_as_the_title_suffix_is_dropped() -> None:
    """Without an <h1>, "GAME CHANGER | Newegg.com" names the story "GAME CHANGER"."""
    html = page(prose("story", 4), "<title>GAME CHANGER | Newegg.com</title>")
    assert extract_html(html).title == "GAME CHANGER"
