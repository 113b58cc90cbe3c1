"""Time zones written after a date's time: abbreviations, GMT/UTC with an offset, offsets."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

import pytest

from newswire.pipeline.time_zones import zone_after


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        (" wib", timezone(timedelta(hours=7))),
        (" est 2025", timezone(timedelta(hours=-5))),
        (" ist", timezone(timedelta(hours=5, minutes=30))),
        (" gmt+3", timezone(timedelta(hours=3))),
        (" utc-05:30", timezone(timedelta(hours=-5, minutes=-30))),
        (" +0700", timezone(timedelta(hours=7))),
        (" gmt", UTC),
        ("", UTC),
        (" 2025", UTC),
    ],
)
def test_zone_after_a_time(rest: str, expected: timezone) -> None:
    """The zone's abbreviation, GMT or UTC with the offset after it, or a bare offset gives the
    zone; a text with none (or a year after the zone's place) is UTC."""
    assert zone_after(rest) == expected


def test_an_offset_beyond_fourteen_hours_is_no_zone() -> None:
    """ "+19" (a number after a dash, no offset) is read as UTC, not as a zone no place has."""
    assert zone_after(" +19") == UTC


@pytest.mark.parametrize(
    ("written", "local", "hours"),
    [
        (" ET", (2026, 12, 2, 10), -5),
        (". ET, Dec 2", (2026, 12, 2, 10), -5),
        (" ET", (2025, 7, 4, 10), -4),
        (" PT", (2025, 7, 4, 10), -7),
        (" CT", (2025, 1, 14, 9), -6),
        (" MT", (2025, 8, 14, 9), -6),
        (" ET", (2026, 3, 8, 1), -5),
        (" ET", (2026, 3, 8, 3), -4),
        (" ET", (2026, 11, 1, 1), -4),
        (" ET", (2026, 11, 1, 2), -5),
        (" ET", (2006, 4, 1, 12), -5),
        (" ET", (2006, 4, 2, 12), -4),
        (" ET", (2006, 10, 29, 3), -5),
    ],
)
def test_a_us_region_in_capitals_takes_its_season_from_the_date(
    written: str, local: tuple[int, int, int, int], hours: int
) -> None:
    """ "ET", "CT", "MT", "PT" right after the clock are the region's standard time, or daylight
    time from the second Sunday of March to the first of November at 2:00 (since 2007; April's
    first to October's last Sunday before)."""
    assert zone_after(written.lower(), written, local) == timezone(timedelta(hours=hours))


@pytest.mark.parametrize("written", [" et 11:00", " ETA", " et", " then ET"])
def test_a_region_word_not_in_capitals_right_after_the_clock_is_no_zone(written: str) -> None:
    """French "et" after a clock, a longer word, or a region's letters further on leave UTC."""
    assert zone_after(written.lower(), written, (2025, 7, 4, 10)) == UTC
