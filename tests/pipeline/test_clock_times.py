"""The clock time of a date line: 12-hour clocks read on a 24-hour one, the half of the day
written after the time or before it."""

from __future__ import annotations

import pytest

from newswire.pipeline.clock_times import clock_after, twelve_hour_after_iso_day
from newswire.pipeline.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nov 19, 2019 11:11 pm est", (23, 11, 0)),
        ("oct 4, 2020 9:30am", (9, 30, 0)),
        ("12:05 a.m.", (0, 5, 0)),
        ("10:30:15", (10, 30, 15)),
        ("오후 5:32", (17, 32, 0)),
        ("午後3:05", (15, 5, 0)),
        ("上午 12:10", (0, 10, 0)),
    ],
)
def test_reads_the_clock_on_a_24_hour_dial(text: str, expected: tuple[int, int, int]) -> None:
    """Each clock reads as its hour of the day, an afternoon word before it as PM."""
    clock = clock_after(text, 0)
    assert clock is not None
    assert clock[:3] == expected


def test_a_second_dates_day_and_month_are_no_clock() -> None:
    """The "17.01" of a second date after the first is no time, nor is a line without one."""
    assert clock_after("16.01.2026 | aktualisiert 17.01.2026", 10) is None
    assert clock_after("march 5, 2024", 0) is None


def test_a_12_hour_clock_after_an_iso_day() -> None:
    """An ISO day followed by a 12-hour clock gives the clock on a 24-hour dial; a 24-hour clock
    (ISO's own) or none gives no such reading."""
    assert twelve_hour_after_iso_day("2018-09-28 5:10 PM") == (17, 10, 0, 18)
    assert twelve_hour_after_iso_day("2018-09-28 오후 5:32") == (17, 32, 0, 18)
    assert twelve_hour_after_iso_day("2018-09-28 17:32") is None
    assert twelve_hour_after_iso_day("2018-09-28 5:10 PMS") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-09-28 5:10 PM", "2018-09-28T17:10:00+00:00"),
        ("2018-09-28 05:10 pm EST", "2018-09-28T17:10:00-05:00"),
        ("2018-09-28 12:10 a.m.", "2018-09-28T00:10:00+00:00"),
        ("2025-12-03 10:15:00 UTC", "2025-12-03T10:15:00+00:00"),
    ],
)
def test_parse_date_keeps_the_12_hour_clock_of_an_iso_day(text: str, expected: str) -> None:
    """A date printed as an ISO day and a 12-hour clock keeps its hour (it kept only the day, or
    read "PM" as a zone's name and the morning's hour)."""
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.isoformat() == expected
