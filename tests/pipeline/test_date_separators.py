"""Numeric dates a template writes in a shape of its own: a bullet between the fields of a
year-first date, and a whole line of "dd.mm.yy"."""

from __future__ import annotations

import pytest

from newswire.pipeline.dates import is_date_like, parse_date


def test_a_bullet_between_year_month_and_day_is_a_date() -> None:
    """ "2025•01•08" under a headline is the 8th of January 2025."""
    parsed = parse_date("2025•01•08")
    assert parsed is not None
    assert parsed.isoformat() == "2025-01-08T00:00:00+00:00"


def test_two_different_separators_are_no_bullet_date() -> None:
    """A bullet then a slash ("2025•01/08") is no one template's date."""
    assert parse_date("2025•01/08") is None


def test_a_whole_line_of_dd_mm_yy_is_a_date_of_the_2000s() -> None:
    """ "14.11.24" alone is the 14th of November 2024, read day first."""
    parsed = parse_date("14.11.24")
    assert parsed is not None
    assert parsed.isoformat() == "2024-11-14T00:00:00+00:00"
    assert is_date_like("14.11.24")


@pytest.mark.parametrize("text", ["Version 10.12.15", "1.2.24", "32.11.24", "14.13.24", "14/11/24"])
def test_pairs_of_digits_that_are_no_short_date(text: str) -> None:
    """In a longer text, unpadded, out of range or by slashes, three pairs of digits are no
    date: a version, a score."""
    assert parse_date(text) is None
    assert not is_date_like(text)
