"""Relative dates: "today" and "yesterday" as a date line, not as a word of a sentence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newswire.pipeline.dates import is_date_like, parse_date
from newswire.pipeline.relative_dates import RELATIVE_KEYED, RELATIVE_WORDS

FETCHED = datetime(2020, 10, 24, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today", "2020-10-24T12:00:00+00:00"),
        ("Yesterday", "2020-10-23T12:00:00+00:00"),
        ("Today, 10:32 AM", "2020-10-24T12:00:00+00:00"),
        ("Posted yesterday at 9:15 pm", "2020-10-23T12:00:00+00:00"),
        ("Updated today at 10:14 AM ET", "2020-10-24T12:00:00+00:00"),
        ("heute um 10:32 Uhr", "2020-10-24T12:00:00+00:00"),
        ("aujourd'hui", "2020-10-24T12:00:00+00:00"),
    ],
)
def test_today_or_yesterday_with_a_label_or_a_clock_is_a_date(text: str, expected: str) -> None:
    """ "Today" or "yesterday" alone, after a label ("Posted", "Updated") or beside a clock
    ("10:32 AM", "um 10:32 Uhr") is the fetch day or the day before."""
    assert is_date_like(text)
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Register today!",
        "Call Today: 763-913-8719",
        "Get started today",
        "What are you looking for today?",
        "The History of coffee: from its origins to today",
        "LLC today",
        "Test Your News I.Q. — take today’s quiz",
        "Today · 5 min read",
    ],
)
def test_today_as_a_word_of_a_sentence_is_no_date(text: str) -> None:
    """A call to action, a question or a headline holding "today" names no day: no date line,
    and nothing parsed from it, whatever the fetch time (a short word beside "today" counts as
    a clock's only where the line has digits: "LLC today" is a name)."""
    assert not is_date_like(text)
    assert parse_date(text, reference=FETCHED) is None


def test_counted_relative_dates_are_unchanged() -> None:
    """A count, a unit and a past word still count back from the fetch time."""
    parsed = parse_date("3 hours ago", reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == "2020-10-24T09:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 dni temu", "2020-10-21T12:00:00+00:00"),
        ("2 godziny temu", "2020-10-24T10:00:00+00:00"),
        ("3 gün önce", "2020-10-21T12:00:00+00:00"),
        ("5 dakika önce", "2020-10-24T11:55:00+00:00"),
        ("3 dagar sedan", "2020-10-21T12:00:00+00:00"),
        ("for 2 timer siden", "2020-10-24T10:00:00+00:00"),
        ("3 dage siden", "2020-10-21T12:00:00+00:00"),
        ("3天前", "2020-10-21T12:00:00+00:00"),
        ("2時間前", "2020-10-24T10:00:00+00:00"),
        ("3 일 전", "2020-10-21T12:00:00+00:00"),
        ("10분 전", "2020-10-24T11:50:00+00:00"),
    ],
)
def test_counts_before_their_past_word(text: str, expected: str) -> None:
    """Polish "temu", Turkish "önce", Swedish "sedan", Norwegian and Danish "siden", and the
    "前"/"전" of Chinese, Japanese and Korean right after a count and unit count back."""
    assert is_date_like(text)
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "a 2 year old sedan",
        "sedan 4 door, 2 year warranty",
        "1月16日前に申し込む",
        "3일 전체 보기",
        "The temple was built 3000 years ago",
        "99999999999 days ago",
    ],
)
def test_no_relative_date_out_of_order_or_out_of_reach(text: str) -> None:
    """The past word away from its count ("sedan" the car), a count after a month ("before
    January 16th"), a longer word ("전체", all) and a count beyond a century name no date,
    and raise nothing."""
    assert not is_date_like(text)
    assert parse_date(text, reference=FETCHED) is None


def test_relative_keyed_holds_every_ascii_word_under_a_key_it_holds() -> None:
    """``RELATIVE_KEYED`` tests for every ASCII relative word, or one it holds, each under a key
    the word holds: a line lacking the keys lacks the words."""
    grouped = [(key, word) for key, group in RELATIVE_KEYED for word in group]
    assert all(key in word for key, word in grouped)
    listed = {word for _, word in grouped}
    assert all(any(kept in word for kept in listed) for word in RELATIVE_WORDS if word.isascii())
