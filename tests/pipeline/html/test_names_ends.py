"""A class token's verdict read from its ends (whole, first part, last part) by one lookup each."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.names import (
    NEGATIVE_WORDS,
    POSITIVE_WORDS,
    WEAK_WORDS,
    Verdict,
    token_verdict,
)
from newswire.pipeline.html.plain_names import name_verdict


@pytest.mark.parametrize(
    ("token", "verdict"),
    [
        # A furniture end wins over a story end, whichever end holds which.
        ("article-share", Verdict.NEGATIVE),
        ("share-article", Verdict.NEGATIVE),
        # A story end wins over a weak one.
        ("sidebar-text", Verdict.POSITIVE),
        ("widget-content", Verdict.POSITIVE),
        ("widget-comments", Verdict.NEGATIVE),
        ("sidebar", Verdict.WEAK),
        # The whole token counts, not only its parts.
        ("post_body", Verdict.POSITIVE),
        ("sr-only", Verdict.NEGATIVE),
        # A word inside the token, neither first nor last, says nothing.
        ("non-ad-column", Verdict.NEUTRAL),
        # "hidden" before a screen hides; before any other word it says nothing, whichever end
        # it also is, and the other end still counts.
        ("hidden-xs", Verdict.NEGATIVE),
        ("hidden-print", Verdict.NEUTRAL),
        ("hidden-print-hidden", Verdict.NEUTRAL),
        ("hidden-print-share", Verdict.NEGATIVE),
        ("hidden-print-content", Verdict.POSITIVE),
        # A shop's search filters before a build hash are furniture by their own rule.
        ("product-listing-filters--2Pom9", Verdict.NEGATIVE),
        ("nothing-here", Verdict.NEUTRAL),
        # Fine print named anywhere, glued to its neighbours or between two words; the plural
        # (a section of disclaimers, a legal page's content) says nothing by itself.
        ("style__SEODisclaimerText-sc-1j6h7ak-2", Verdict.NEGATIVE),
        ("affiliate-disclaimer-small", Verdict.NEGATIVE),
        ("disclaimers-accordion", Verdict.NEUTRAL),
    ],
)
def test_a_tokens_verdict_is_the_first_its_ends_give(token: str, verdict: Verdict) -> None:
    """A token is furniture if any of its ends names furniture, else the story if one names
    the story, else weak if one is a weak word, else neutral."""
    assert name_verdict(token) is verdict


def test_each_listed_word_gives_the_verdict_of_the_first_list_it_is_in() -> None:
    """Every word of the three lists, as a whole token, gets its list's verdict (a furniture
    list's word before a story list's before a weak list's)."""
    for word in WEAK_WORDS:
        assert name_verdict(word) is Verdict.WEAK or word in NEGATIVE_WORDS | POSITIVE_WORDS
    for word in POSITIVE_WORDS:
        assert name_verdict(word) is Verdict.POSITIVE or word in NEGATIVE_WORDS
    for word in NEGATIVE_WORDS - {"hidden"}:
        assert name_verdict(word) is Verdict.NEGATIVE


def test_an_overflow_utility_says_nothing_with_or_without_a_breakpoint() -> None:
    """An "overflow-hidden" utility clips a box and hides nothing, also behind a breakpoint's
    prefix ("md:overflow-hidden"): the part after the colon is read for it."""
    assert token_verdict("overflow-hidden") == (None, False)
    assert token_verdict("md:overflow-hidden") == (None, False)
    assert token_verdict("hidden") == (Verdict.NEGATIVE, True)
