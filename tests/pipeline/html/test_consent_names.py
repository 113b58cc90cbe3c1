"""A consent box's names are found as the case-blind pattern finds them, whatever the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.html.consent_names import consent_named

_PATTERN = re.compile(r"cookie|consent|gdpr|onetrust|privacy-?banner", re.IGNORECASE)

_PIECES = st.sampled_from(
    [
        *("cookie", "COOKIE", "Cookie", "consent", "cONSENT", "gdpr", "GDPR", "onetrust"),
        *("OneTrust", "privacy-banner", "privacybanner", "Privacy", "privacy-policy", "banner"),
        *("coo", "kie", "-", " ", "_", "x", "\u212a", "\u017f", "é", "cooKie"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_consent_names_are_the_patterns_matches(names: str) -> None:
    """Names holding a consent word in any case (split across pieces, beside the Kelvin sign or
    the long s that the pattern folds to "k" and "s") are consent-named exactly when the
    pattern finds one."""
    assert consent_named(names) == (_PATTERN.search(names) is not None)


def test_a_privacy_policy_link_is_not_a_consent_box() -> None:
    """The word "privacy" alone names a policy, not a banner; "Privacy-Banner" and "cookie-bar"
    name consent boxes."""
    assert not consent_named("footer-link privacy-policy")
    assert consent_named("Privacy-Banner top")
    assert consent_named("cookie-bar")


def test_names_asked_again_get_the_same_answer() -> None:
    """An answer is remembered by the names: asked again, and after the memory is cleared
    when full, the same names get the same answer."""
    for _ in range(2):
        assert consent_named("cookie-notice wrap")
        assert not consent_named("card-grid wrap")
    for index in range(9000):
        consent_named(f"card-{index}")
    assert consent_named("cookie-notice wrap")
    assert not consent_named("card-grid wrap")
