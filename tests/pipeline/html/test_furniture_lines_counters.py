"""Furniture lines: an article's reading time and share counter, told from a story's lines
that count shares or minutes."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.furniture_lines import is_furniture_line


@pytest.mark.parametrize("line", ["3 MIN. READ", "5 min read", "221 Shares", "3.0K Shares"])
def test_a_reading_time_or_a_share_counter_is_furniture(line: str) -> None:
    """The reading time, abbreviated or not, and the count of shares on a line of their own
    are furniture."""
    assert is_furniture_line(line)


def test_a_line_that_says_more_than_a_count_of_shares_is_text() -> None:
    """A story's line about shares of stock or minutes says more than the count."""
    assert not is_furniture_line("2 shares of stock for every employee")
    assert not is_furniture_line("The 10 shares we bought")
    assert not is_furniture_line("3 minutes of reading each night")
