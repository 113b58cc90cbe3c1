"""Month names and digit folding: the tables visible dates are read with."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newswire.pipeline.dates import is_date_like, parse_date
from newswire.pipeline.month_names import MONTHS, ascii_digits

FETCHED = datetime(2026, 1, 20, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16 stycznia 2026", "2026-01-16"),
        ("3 marca 2026, 10:15", "2026-03-03"),
        ("16 paź 2025", "2025-10-16"),
        ("16 Ocak 2026", "2026-01-16"),
        ("16 Şubat 2025 Pazar", "2025-02-16"),
        ("16 ARALIK 2025", "2025-12-16"),
        ("16. ledna 2026", "2026-01-16"),
        ("16. tammikuuta 2026", "2026-01-16"),
        ("16 ianuarie 2026", "2026-01-16"),
        ("2026. január 16.", "2026-01-16"),
        ("2025. okt. 3. 10:15", "2025-10-03"),
        ("16 травня 2025", "2025-05-16"),
        ("16 Ιανουαρίου 2026", "2026-01-16"),
        ("16 de maig de 2025", "2025-05-16"),
        ("16 يناير 2026", "2026-01-16"),
        ("16. marts 2025", "2025-03-16"),
        ("16 Oca 2026 10:30", "2026-01-16"),
        ("16 Şub 2026", "2026-02-16"),
        ("16 Eyl 2025", "2025-09-16"),
        ("16 Eki 2025", "2025-10-16"),
        ("16 Kas 2025", "2025-11-16"),
        ("16 Ara 2025", "2025-12-16"),
    ],
)
def test_month_names_of_more_languages(text: str, expected: str) -> None:
    """A day, a month name (genitive where the language declines it, or its abbreviation) and
    a year, in Polish, Turkish (upper-case too, and its three-letter abbreviations), Czech, Finnish, Romanian, Hungarian (year
    first, with its dots), Ukrainian, Greek, Catalan, Arabic and Danish, is that day."""
    assert is_date_like(text)
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.date().isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("２０２６年１月１６日", "2026-01-16"),
        ("٢٠٢٦/١/١٦", "2026-01-16"),
        ("١٦ يناير ٢٠٢٦", "2026-01-16"),
        ("۱۶/۰۱/۲۰۲۶", "2026-01-16"),
        ("16 जनवरी २०२६", "2026-01-16"),
        ("16 ஜனவரி ௨௦௨௬", None),
    ],
)
def test_dates_in_other_scripts_digits(text: str, expected: str | None) -> None:
    """Full-width, Arabic-Indic, Persian and Devanagari digits read as their ASCII digits; a
    month name outside the tables (Tamil's) is still no date."""
    parsed = parse_date(text, reference=FETCHED)
    assert (parsed.date().isoformat() if parsed else None) == expected


def test_a_word_that_is_no_month_does_not_hide_the_date_after_it() -> None:
    """The first day-word-year shape of a line may hold no month ("Vol. 3 Issue 2024"): the
    next one is read."""
    parsed = parse_date("Vol. 3 Issue 2024 | 16 January 2024", reference=FETCHED)
    assert parsed is not None
    assert parsed.date().isoformat() == "2024-01-16"


def test_ascii_digits_leaves_ascii_text_as_it_is() -> None:
    """An ASCII text is returned unchanged; other digits become ASCII, other letters stay."""
    assert ascii_digits("16 January 2026") == "16 January 2026"
    assert ascii_digits("２０２６年１月") == "2026年1月"


def test_every_month_name_names_one_month() -> None:
    """Each name of the table is lower-case and names a month from 1 to 12 (a name two
    languages share names the same month in both)."""
    assert all(name == name.lower() and 1 <= month <= 12 for name, month in MONTHS.items())
    assert sorted(set(MONTHS.values())) == list(range(1, 13))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16/Jan/2026", "2026-01-16"),
        ("16-Jan-2026 10:30", "2026-01-16"),
        ("16/Jan-2026", None),
        ("25.Jun.2019", "2019-06-25"),
        ("25.June.2019", "2019-06-25"),
        ("25. Jun. 2019", "2019-06-25"),
        ("Published 25.Juni.2019 10:30", "2019-06-25"),
        ("25.Jun/2019", None),
    ],
)
def test_day_month_word_year_joined_by_one_separator(text: str, expected: str | None) -> None:
    """The day, the month's word and the year joined by hyphens, slashes or dots read as that
    day; mixed separators are no such stamp."""
    parsed = parse_date(text, reference=FETCHED)
    assert (parsed.date().isoformat() if parsed else None) == expected


@pytest.mark.parametrize("text", ["1.Jan", "v1.jan.2019", "3.mar.12", "build 2.Dec.19"])
def test_dotted_month_word_without_its_four_digit_year_is_no_date(text: str) -> None:
    """A day and a month word joined by dots are a date only with a four-digit year after
    them, standing alone: a version or a product code holding a month's letters is none."""
    assert parse_date(text, reference=FETCHED) is None
    assert not is_date_like(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("December 19. 2025", "2025-12-19"),
        ("📅Jul. 11. 2025", "2025-07-11"),
        ("March 3. 2025 at 10:00", "2025-03-03"),
        ("Chapter 12. 2025", None),
        ("Jul 11.2025", None),
    ],
)
def test_month_word_day_and_year_with_a_dot_after_the_day(text: str, expected: str | None) -> None:
    """A month's word, its day closed by a dot where a comma would stand, then the year reads
    as that day; a word that is no month, or the year glued to the day's dot, is no date."""
    parsed = parse_date(text, reference=FETCHED)
    assert (parsed.date().isoformat() if parsed else None) == expected
