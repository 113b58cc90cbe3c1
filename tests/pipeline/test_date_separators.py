"""Numeric dates a template writes in a shape of its own: a bullet between the fields of a
year-first date, and a whole line of "dd.mm.yy"; and the year-first numbers that are versions."""

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


@pytest.mark.parametrize(
    "text",
    [
        "v2024.12.1",
        "Version 2024.10.3",
        "Discourse 2026.2.0-latest",
        "release 2025.1.2 notes",
        "2024.3.1.2",
        "Powered by Discourse 2026.2.0",
    ],
)
def test_a_calendar_version_is_no_date(text: str) -> None:
    """A release numbered year first ("v2024.12.1", "2026.2.0-latest", a patch number 0) is no
    date line: the "v" or version's word before it, a pre-release's word or a fourth number
    after it, or a day 0 say so."""
    assert not is_date_like(text)
    assert parse_date(text) is None


def test_a_year_first_date_beside_version_words_elsewhere_is_still_a_date() -> None:
    """ "2025.12.18" alone, and with a label before it or a full stop after it, is a date."""
    for text in ("2025.12.18", "Updated 2025.12.18.", "Posted 2025/12/18 10:00"):
        parsed = parse_date(text)
        assert parsed is not None, text
        assert parsed.date().isoformat() == "2025-12-18", text
