"""Small text helpers of the HTML modules."""

from __future__ import annotations

from newswire.pipeline.html.text import has_digit


def test_has_digit_agrees_with_isdigit_beyond_ascii() -> None:
    """has_digit answers as any(ch.isdigit()) does: ASCII and other decimal digits, and the
    digits isdigit knows that are no decimal digit (superscripts, circled numbers)."""
    for text in ("", "no digits here", "Dec 5", "٣ أيام", "x²", "①", "café", "’quoted’"):
        assert has_digit(text) == any(ch.isdigit() for ch in text), text
