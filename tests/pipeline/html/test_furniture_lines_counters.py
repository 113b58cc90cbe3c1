"""Furniture lines: an article's reading time and share counter, a pager's page number, told
from a story's lines that count shares or minutes or name a page."""

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


@pytest.mark.parametrize("line", ["Page 2", "Page 1 of 8", "Viewing page 1 of 9"])
def test_a_pagers_page_number_is_furniture(line: str) -> None:
    """A pager's page number on a line of its own is furniture."""
    assert is_furniture_line(line)


def test_a_line_that_says_more_than_a_page_number_is_text() -> None:
    """A story's line that names a page says more than its number."""
    assert not is_furniture_line("Page 2 of the report shows the totals")
    assert not is_furniture_line("Page layout")


@pytest.mark.parametrize("line", ["Reputation: 7", "Reputation 1,204", "Posts: 116"])
def test_a_poster_cards_counter_with_its_number_is_furniture(line: str) -> None:
    """A poster card's counter, its label and its number on one line, is furniture."""
    assert is_furniture_line(line)


def test_a_line_that_says_more_than_a_reputation_counter_is_text() -> None:
    """A story's line about reputation says more than a number."""
    assert not is_furniture_line("Reputation: earned over 20 years")
    assert not is_furniture_line("Reputation: 5%")
