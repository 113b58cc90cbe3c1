"""A sales box: a call-to-action box pitching the site's offer among a story's paragraphs."""

from __future__ import annotations

import re

from newswire.pipeline.html.sales_boxes import cta_in, named_call_to_action
from tests.pipeline.html.pages import page, prose, text_of

_PITCH = (
    '<div class="inline-cta"><h3>Thinking of selling your business?</h3>'
    "<p>Get a free valuation and readiness assessment from our brokers today.</p>"
    '<a class="btn" href="/sell">Claim your free valuation</a></div>'
)


def test_a_pitch_named_cta_among_the_story_paragraphs_is_dropped() -> None:
    """A cta-named box with a question heading and a pitch between the story's paragraphs is
    not the story's text; the story around it stays."""
    html = page(f"<article>{prose('story', 4)}{_PITCH}{prose('more', 3)}</article>")
    text = text_of(html)
    assert "story 3" in text
    assert "more 2" in text
    assert "Thinking of selling" not in text
    assert "free valuation" not in text


def test_a_camel_case_cta_name_marks_a_sales_box() -> None:
    """A component named "ServiceRequestCta" (cta its camelCase last part) is a sales box too."""
    box = (
        '<div class="ServiceRequestCta"><div>Need professional help with your project?</div>'
        "<div>Get quotes from top-rated pros near you this week.</div></div>"
    )
    text = text_of(page(f"<article>{prose('story', 4)}{box}{prose('more', 3)}</article>"))
    assert "more 2" in text
    assert "Need professional help" not in text


def test_a_cta_section_outside_the_story_paragraphs_is_kept() -> None:
    """A cta-named section standing in a page's column of sections, not among a story's
    paragraphs (a service's page: its offer is its text), is judged by its other names."""
    sections = "".join(
        f"<section><h2>Part {i}</h2>{prose(f'part{i}', 2)}</section>" for i in range(3)
    )
    html = page(f"<main>{sections}<section>{_PITCH}</section></main>")
    assert "Thinking of selling" in text_of(html)


def test_a_bare_cta_button_is_no_sales_box() -> None:
    """A cta-named element of a few words (a button's label, a phone number) among a story's
    paragraphs holds no pitch, and is kept."""
    button = '<div class="cta-container">Call 877-621-6572 or learn more</div>'
    text = text_of(page(f"<article>{prose('story', 4)}{button}{prose('more', 3)}</article>"))
    assert "877-621-6572" in text


def test_the_name_marks_a_call_to_action_by_a_token_end() -> None:
    """ "cta" names a call to action as a whole token or a token's first or last part, in any
    case; inside a word it does not."""
    assert named_call_to_action("cta")
    assert named_call_to_action("container cta-block")
    assert named_call_to_action("ServiceRequestCta")
    assert named_call_to_action("post CTA")
    assert not named_call_to_action("octane-engine")
    assert not named_call_to_action("product-card-cta-phone")


def test_cta_in_is_the_case_blind_search_for_cta() -> None:
    """``cta_in`` finds "cta" in any case anywhere in the names, as a case-blind regex does,
    also beside letters that lower to more than one character."""
    pattern = re.compile("cta", re.IGNORECASE)
    for names in (
        "cta",
        "post CTA",
        "ServiceRequestCta",
        "octane",
        "cTa-x",
        "c ta",
        "İcta",
        "ﬃ",
        "",
        "ct",
        "ac-t",
        "KCTA\u212a",
    ):
        assert cta_in(names) is (pattern.search(names) is not None), names
    assert cta_in("octane")
    assert not cta_in("product card")
