"""The order of a numeric date's day and month where the page declares no region: what the
date's own shape and its zone say ("3/4/2025", "03/04/2025 10:30 AM EST")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newswire.pipeline.dates import parse_date, written_order

FETCHED_LATE = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3/4/2025 10:30 AM EST", "en", (3, 4)),
        ("03/04/2025, 9:15 a.m. ET", None, (3, 4)),
        ("3/4/2025 at 10:30 pm PT", "en", (3, 4)),
        ("03/04/2025 10:30 AM EST", "en", (3, 4)),
        ("03/04/2025 10:30 CET", "en", (4, 3)),
        ("03/04/2025", "en", (4, 3)),
        ("3/4/2025 10:30", None, (4, 3)),
        ("3/4/2025 10:30 AM EST", "en-GB", (4, 3)),
    ],
)
def test_a_us_zone_orders_a_numeric_date_on_a_page_with_no_region(
    text: str, language: str | None, expected: tuple[int, int]
) -> None:
    """On a page whose English names no region, a US zone after the clock means the month
    comes first; another zone, none, or a declared day-first region keeps the day first."""
    parsed = parse_date(text, reference=FETCHED_LATE, language=language)
    assert parsed is not None
    assert (parsed.month, parsed.day) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3/4/2025", "en", (3, 4)),
        ("10/4/2025", "en", (10, 4)),
        ("03/04/2025", "en", (4, 3)),
        ("3.4.2025", "en", (4, 3)),
        ("3/4/2025", "en-GB", (4, 3)),
        ("3/4/2025", "de", (4, 3)),
    ],
)
def test_an_unpadded_slashed_date_on_english_with_no_region_is_month_first(
    text: str, language: str, expected: tuple[int, int]
) -> None:
    """ "3/4/2025" on a page in English with no region is the US form, March 4th; a padded
    day, dots, a declared region or another language keep the day first."""
    parsed = parse_date(text, reference=FETCHED_LATE, language=language)
    assert parsed is not None
    assert (parsed.month, parsed.day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11.24.2025", True),
        ("24.11.2025", False),
        ("Posted 9/30/2024", True),
        ("09.10.2024", None),
        ("2025-11-24", None),
        ("November 24, 2025", None),
    ],
)
def test_written_order_tells_the_one_order_a_numeric_date_can_be_read_in(
    text: str, expected: bool | None
) -> None:
    """A numeric date whose second field is above 12 is month first, whose first is, day
    first; one that reads both ways, or no numeric date, tells nothing."""
    assert written_order(text) is expected
