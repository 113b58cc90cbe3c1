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
