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
