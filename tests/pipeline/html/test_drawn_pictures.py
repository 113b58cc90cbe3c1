"""Pictures drawn in HTML: a landing page's mock-up of its product is dropped, its text kept."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.drawn_pictures import drawn_picture
from tests.pipeline.html.pages import page, prose, text_of


@pytest.mark.parametrize(
    "token",
    [
        "swimlane-graphic",
        "ProductFeatureCard__graphic",
        "PageSection_illustration__P1Yb9",
        "AuthenticationFeatureGraphic",
        "phone-mockup",
    ],
)
def test_a_token_ending_in_a_picture_word_names_a_drawn_picture(token: str) -> None:
    """A token whose last part, before a CSS module's build hash, is "graphic",
    "illustration" or "mockup" (also as a camelCase hump) names a picture drawn in HTML."""
    assert drawn_picture(token)


@pytest.mark.parametrize(
    "token",
    ["graphic-list", "graphic-design", "infographic", "n-page-hero-graphic", "Graphic"],
)
def test_a_variant_a_hero_or_a_value_is_no_drawn_picture(token: str) -> None:
    """A picture word as a first part ("graphic-list"), inside a word ("infographic"), on a
    hero section ("n-page-hero-graphic") or as a capitalized value ("Graphic", a category's
    name a template filled in) names no drawn picture."""
    assert not drawn_picture(token)


def test_a_drawn_mockup_is_dropped_and_the_features_text_kept() -> None:
    """A product's window drawn in HTML beside a feature's text ("swimlane-graphic": its code
    and chat) is dropped; the feature's heading and text stay."""
    html = page(
        '<div class="features">'
        + prose("feature", 4)
        + '<div class="swimlane-graphic"><p>Agent Sessions Local Chat Agent Refactoring the '
        "MailList component structure, extract MailListItem into a standalone component.</p>"
        + "<p>const navigate = useNavigate(); const list = createMemo(() => filter(q));</p>"
        + "</div></div>"
    )
    text = text_of(html)
    assert "feature 3" in text
    assert "Agent Sessions" not in text
    assert "useNavigate" not in text
