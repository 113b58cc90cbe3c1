"""Class and id names: furniture-named elements are dropped, story-named ones kept."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of


def test_bem_names_are_read_by_their_element_part() -> None:
    """A token's first or last part decides: "ap-story-byline" is a byline and
    "comment-content" a comment (dropped), camelCase "PromoSmall" a promo, while
    "article__content" names the story."""
    html = page(
        '<div class="article__content">'
        + prose("story", 4)
        + '<div class="ap-story-byline">By JANE DOE and JOHN ROE, Associated Press, in '
        "London, England, on Tuesday.</div>"
        '<div class="PromoSmall"><p>Freelancers fear the new law, they say, will end their '
        "work, their income, and their future.</p></div>"
        '<div class="comment-content"><p>Great article, thanks, I agree, totally, with all of '
        "this, well said.</p></div>"
        "</div>"
    )
    text = text_of(html)
    assert "story 3" in text
    assert "JANE DOE" not in text
    assert "Freelancers" not in text
    assert "Great article" not in text
