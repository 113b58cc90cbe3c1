"""Furniture lines: a subscription wall's and a sign-up form's notices, told from a story's
sentences that ask the reader to subscribe."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to get access",
        "Read more of this content when you subscribe today.",
        "This article is exclusive to STAT+ subscribers",
        "Thanks for signing up!",
        "Thank you for subscribing to our daily newsletter.",
    ],
)
def test_a_paywalls_or_sign_up_forms_notice_is_furniture(line: str) -> None:
    """A subscription wall's notice or a sign-up form's confirmation on a line of its own is
    furniture."""
    assert is_furniture_line(line)


def test_a_sentence_that_asks_to_subscribe_is_text() -> None:
    """A story's sentence that asks the reader to subscribe and says more is the story's."""
    assert not is_furniture_line(
        "Subscribe today for more information like this, with much more data on the market."
    )
    assert not is_furniture_line("Thanks for signing up to volunteer at the food bank this May.")
