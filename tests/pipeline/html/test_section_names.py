"""Section names (``section_names``): a layout box named by its subject before a layout word
behind a theme's prefix is judged by that subject."""

from __future__ import annotations

from newswire.pipeline.html.names import Verdict, token_verdict
from newswire.pipeline.html.section_names import section_subject
from tests.pipeline.html.pages import page, prose, text_of


def test_the_subject_before_a_layout_word_is_read() -> None:
    """The part before a last layout word names the box ("gm-footer-section": footer); a
    token of two parts, one that does not end with a layout word, and a subject whose box may
    hold the page's text (reviews, a modal, a pager) have none."""
    assert section_subject(["gm", "footer", "section"]) == "footer"
    assert section_subject(["site", "newsletter", "wrapper"]) == "newsletter"
    assert section_subject(["footer", "section"]) is None
    assert section_subject(["gm", "footer", "heading"]) is None
    assert section_subject(["gm", "reviews", "section"]) is None
    assert section_subject(["et", "pb", "pagination", "container"]) is None


def test_a_themes_newsletter_box_is_dropped_and_its_reviews_section_is_not_judged() -> None:
    """A newsletter box in a "theme-newsletter-wrapper" inside the story is dropped with its
    pitch; a "gm-reviews-section" token is not judged furniture by its subject."""
    html = page(
        '<main><div class="gm-content-section">'
        + prose("intro", 5)
        + '<div class="theme-newsletter-wrapper"><p>Get ten percent off your first order when '
        "you join our list today.</p></div>" + prose("more", 2) + "</div></main>"
    )
    text = text_of(html)
    assert "intro 4" in text
    assert "more 1" in text
    assert "ten percent off" not in text
    assert token_verdict("gm-reviews-section")[0] is not Verdict.NEGATIVE
    assert token_verdict("gm-footer-section")[0] is Verdict.NEGATIVE
