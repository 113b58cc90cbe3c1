"""Vietnamese's and Thai's date forms as ``local_date_forms`` reads them: the common era's year,
the month and the day, and where the date stands in its line."""

from __future__ import annotations

import pytest

from newswire.pipeline.local_date_forms import common_era, local_date


@pytest.mark.parametrize(
    ("year", "expected"), [(2569, 2026), (2443, 1900), (2742, 2199), (2026, 2026), (2743, 2743)]
)
def test_a_buddhist_era_year_is_read_in_the_common_era(year: int, expected: int) -> None:
    """A year of the Buddhist era in the years of publications (2443 to 2742) is 543 years
    ahead of the common era's; a common era's year, or one past the range, stays as it is."""
    assert common_era(year) == expected


def test_the_date_is_found_inside_its_line() -> None:
    """The date's span in a longer line is given, for the clock after it to be read."""
    line = "cập nhật: ngày 5 tháng 12 năm 2026 14:30"
    found = local_date(line)
    assert found is not None
    year, month, day, start, end = found
    assert (year, month, day) == (2026, 12, 5)
    assert line[start:end] == "5 tháng 12 năm 2026"


@pytest.mark.parametrize("text", ["5 december 2026", "thứ năm 5/12/2026", "ราคา 2569 บาท"])
def test_other_lines_are_left_to_the_general_patterns(text: str) -> None:
    """A date of another language, Vietnamese's numeric date (``dates``' own pattern reads
    it) and a Thai line with a number but no month name give nothing here."""
    assert local_date(text) is None
