"""Furniture lines: a page's short controls, labels and counters, told from its text."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    ["Share this article", "Add to cart", "12 likes", "1-24 of 310 products", "Oct 12, 2023"],
)
def test_a_short_control_or_counter_is_furniture(line: str) -> None:
    """A sharing button, a shop's button, a thread's counter, a listing's count and a post's
    date line are furniture lines."""
    assert is_furniture_line(line)


def test_a_sentence_that_starts_like_a_control_is_text() -> None:
    """A sentence that only begins with a control's word ("Compare") is the page's text."""
    assert not is_furniture_line("Compare the two plans before you choose one for your team.")


def test_a_long_line_is_never_furniture() -> None:
    """A line of 160 characters or more is text even when it matches a furniture pattern."""
    assert is_furniture_line("Read more »")
    assert not is_furniture_line("Read more" + " »" * 80)


def test_a_forms_status_notices_are_furniture() -> None:
    """A form's hidden success and failure notices are furniture lines; a sentence about a
    submission is text."""
    assert is_furniture_line("Thank you! Your submission has been received!")
    assert is_furniture_line("Oops! Something went wrong while submitting the form.")
    assert not is_furniture_line("Your submission has been received by the council and is due.")
