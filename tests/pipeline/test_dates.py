"""Date parsing: visible dates in several languages, zones, relative dates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newswire.pipeline.dates import parse_date

FETCHED = datetime(2020, 10, 24, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 Oktober 2020, 06:25 WIB", "2020-10-24T06:25:00+07:00"),
        ("Sabtu, 7 Nopember 2020 | 15.52 WITA", "2020-11-07T15:52:00+08:00"),
        ("Kompas.com - 21/10/2025, 20:43 WIB", "2025-10-21T20:43:00+07:00"),
        ("October 24, 2020 6:25 PM EDT", "2020-10-24T18:25:00-04:00"),
        ("3. März 2021, 10:00 Uhr", "2021-03-03T10:00:00+00:00"),
        ("12 de agosto de 2019", "2019-08-12T00:00:00+00:00"),
        ("2020-10-24T06:25:00+07:00", "2020-10-24T06:25:00+07:00"),
        ("2 jam yang lalu", "2020-10-24T10:00:00+00:00"),
        ("3 hours ago", "2020-10-24T09:00:00+00:00"),
    ],
)
def test_parses_to_iso_with_offset(text: str, expected: str) -> None:
    """Each form parses to the instant it names, keeping the original offset."""
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == expected


def test_text_without_a_date_gives_none() -> None:
    """Text with no date in it yields None, not a guess."""
    assert parse_date("Editor: M Bayu Pratama", reference=FETCHED) is None
