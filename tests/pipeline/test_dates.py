"""Date parsing: visible dates in several languages, zones, relative dates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newswire.pipeline import dates
from newswire.pipeline.dates import is_date_like, parse_date, parse_month
from newswire.pipeline.update_lines import is_update_line, split_update

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
        ("Oct 4, 2020 9:30am GMT+3", "2020-10-04T09:30:00+03:00"),
        ("Friday, October 2nd, 2020 at 3:43:10 PM GMT+03:00", "2020-10-02T15:43:10+03:00"),
        ("2 Oct 2020 10:00 UTC-05:30", "2020-10-02T10:00:00-05:30"),
        ("2 Oct 2020 10:00 GMT", "2020-10-02T10:00:00+00:00"),
        ("2018.09.28 오후 5:32", "2018-09-28T17:32:00+00:00"),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hace 2 días", "2020-10-22T12:00:00+00:00"),
        ("il y a 3 heures", "2020-10-24T09:00:00+00:00"),
        ("há 2 dias", "2020-10-22T12:00:00+00:00"),
        ("2 giorni fa", "2020-10-22T12:00:00+00:00"),
        ("vor einem Tag", "2020-10-23T12:00:00+00:00"),
        ("2 дня назад", "2020-10-22T12:00:00+00:00"),
        ("3 dagen geleden", "2020-10-21T12:00:00+00:00"),
        ("an hour ago", "2020-10-24T11:00:00+00:00"),
    ],
)
def test_relative_dates_in_every_language_of_the_tables(text: str, expected: str) -> None:
    """A count, a unit and a word making them past ("hace", "il y a", "há", "fa", "vor",
    "назад", "geleden", "ago") count back from the fetch time."""
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16th January 2026", "2026-01-16T00:00:00+00:00"),
        ("Thursday 16th of January, 2026", "2026-01-16T00:00:00+00:00"),
        ("16 января 2026 г., 10:15", "2026-01-16T10:15:00+00:00"),
        ("16 gennaio 2026", "2026-01-16T00:00:00+00:00"),
        ("16 maart 2026", "2026-03-16T00:00:00+00:00"),
        ("2025/12/18 09:30", "2025-12-18T09:30:00+00:00"),
        ("2025年12月18日 09:30", "2025-12-18T09:30:00+00:00"),
        ("2025. 12. 18.", "2025-12-18T00:00:00+00:00"),
        ("16.01.2026", "2026-01-16T00:00:00+00:00"),
        ("16.01.2026 10:30", "2026-01-16T10:30:00+00:00"),
        ("2023 Jan 7", "2023-01-07T00:00:00+00:00"),
        ("19-Dec-2025", "2025-12-19T00:00:00+00:00"),
        ("By: Ann Lee on 04-ago-2021 5:11:10", "2021-08-04T05:11:10+00:00"),
    ],
)
def test_more_absolute_forms(text: str, expected: str) -> None:
    """Ordinals, Russian/Italian/Dutch months, year-first (also catalogues' "2023 Jan 7"),
    CJK dates and the hyphenated DD-MON-YYYY stamp (a localized month too) parse; the "16.01"
    of "16.01.2026" is not read as a time."""
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == expected


def test_an_iso_day_after_a_label_is_read_and_a_day_alone_has_no_zone() -> None:
    """ "Last Updated: 2025-02-22" is read as February 22nd (an ISO day after a label), a
    day with no time is in UTC whatever dashes or dates follow it ("12-03-2025", "2025-12-12
    - 2025-12-17" hold no UTC-3 or UTC-12), and an ISO day inside a longer dashed number (a
    part number) is no date."""
    labelled = parse_date("Last Updated: 2025-02-22", reference=FETCHED)
    assert labelled is not None
    assert labelled.isoformat() == "2025-02-22T00:00:00+00:00"
    ranged = parse_date("DATE: 2025-12-12 - 2025-12-17", reference=FETCHED)
    assert ranged is not None
    assert ranged.isoformat() == "2025-12-12T00:00:00+00:00"
    dashed = parse_date("12-03-2025", reference=FETCHED, language="de")
    assert dashed is not None
    assert dashed.isoformat() == "2025-03-12T00:00:00+00:00"
    timed = parse_date("Dec 3, 2025 10:30 -0500", reference=FETCHED)
    assert timed is not None
    assert timed.isoformat() == "2025-12-03T10:30:00-05:00"
    assert not is_date_like("SKU 12-2025-02-22-7")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-12-03 10:15:00 UTC", "2025-12-03T10:15:00+00:00"),
        ("2025-12-03 23:30:00 EST", "2025-12-03T23:30:00-05:00"),
        ("2025-12-03T10:15:00-05:00[America/New_York]", "2025-12-03T10:15:00-05:00"),
        ("2026-02-21 12:16:43 +0100 +0100", "2026-02-21T12:16:43+01:00"),
        ("2026-02-21 12:16:43.123456789 -0800 PST", "2026-02-21T12:16:43.123456-08:00"),
        ("Wed Dec 03 10:15:00 UTC 2025", "2025-12-03T10:15:00+00:00"),
        ("Wed Dec 03 10:15:00 CET 2025", "2025-12-03T10:15:00+01:00"),
        ("Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37+00:00"),
        ("发布时间 2025-12-3 10:30", "2025-12-03T10:30:00+00:00"),
        ("2025-1-5", "2025-01-05T00:00:00+00:00"),
    ],
)
def test_server_prints_of_a_moment(text: str, expected: str) -> None:
    """The moment as servers, databases and templates print it, read with its time and zone:
    an ISO moment before a zone's name, Go's print (an offset after a space, then the zone's
    name), after its offset the zone's id in brackets (RFC 9557), asctime and Unix date with the year last (HTTP's third date form, Java's
    Date.toString()), and an ISO day unpadded (a template's Y-n-j)."""
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == expected


def test_server_prints_need_their_whole_shape() -> None:
    """An unpadded ISO day inside a longer dashed number, or with no such month or day, is no
    date; words after an ISO moment that are no zone's name leave it in UTC."""
    assert not is_date_like("part 2025-12-3-4")
    assert parse_date("2025-13-3", reference=FETCHED) is None
    assert parse_date("2025-12-32", reference=FETCHED) is None
    worded = parse_date("2025-12-03 10:15:00 - updated 2025-12-04", reference=FETCHED)
    assert worded is not None
    assert worded.isoformat() == "2025-12-03T10:15:00+00:00"


def test_numeric_order_follows_the_locale() -> None:
    """ "03/01/2017" is March 1st on a US page and January 3rd elsewhere."""
    us = parse_date("03/01/2017", reference=FETCHED, language="en-US")
    uk = parse_date("03/01/2017", reference=FETCHED, language="en-GB")
    assert us is not None
    assert uk is not None
    assert (us.month, us.day) == (3, 1)
    assert (uk.month, uk.day) == (1, 3)


def test_numeric_order_that_would_be_in_the_future_is_read_the_other_way() -> None:
    """A day-first reading after the fetch time is impossible for a publication date: the
    month-first one is taken (fetched 24 Oct 2020: "10/12/2020" is October 12th)."""
    parsed = parse_date("10/12/2020", reference=FETCHED, language="de")
    assert parsed is not None
    assert (parsed.month, parsed.day) == (10, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hace 2 días", True),
        ("il y a 3 jours", True),
        ("Updated January 16, 2026", True),
        ("11 years: report", False),
        ("10:30", False),
        ("Opinion", False),
    ],
)
def test_is_date_like_accepts_only_what_parses(text: str, expected: bool) -> None:
    """is_date_like is true exactly for the lines parse_date can read."""
    assert is_date_like(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published Oct 10, 2023 - [Updated Dec 3, 2025]",
            ("Published Oct 10, 2023", "Updated Dec 3, 2025"),
        ),
        (
            "December 22, 2022 Last updated: January 02, 2026",
            ("December 22, 2022", "Last updated: January 02, 2026"),
        ),
        (
            "Updated Dec 3, 2025, first published Oct 10, 2023",
            ("first published Oct 10, 2023", "Updated Dec 3, 2025"),
        ),
        ("Updated Dec 3, 2025 by the publishers", None),
        ("Written by Ann Lee · Updated on Jul 4, 2024", None),
        ("March 5, 2024 (updated)", None),
        ("March 5, 2024", None),
    ],
)
def test_split_update_parts_a_line_with_the_publication_then_the_update(
    text: str, expected: tuple[str, str] | None
) -> None:
    """A line holding a publication date and a labelled update, in either order, splits into
    the two, the publication's part first; a line starting with the update and labelling no
    publication after it, one whose label before the update holds no date, and one with a
    single date stay whole."""
    assert split_update(text) == (expected if expected is not None else (text, None))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated Dec 3, 2025", True),
        ("Last modified: 10/31/2024", True),
        ("Page updated: 12 November 2025", True),
        ("This page was last updated on 3 May 2024", True),
        ("Published Oct 10, 2023 - [Updated Dec 3, 2025]", False),
        ("Updated Dec 3, 2025 · Published Dec 1, 2025", False),
        ("Written by Ann Lee · Updated on Jul 4, 2024", False),
        ("March 5, 2024", False),
    ],
)
def test_is_update_line_knows_an_update_label_anywhere_before_the_date(
    text: str, expected: bool
) -> None:
    """A line is the last update when the update's word opens it or a short label ending in
    it comes before any date ("Page updated:"); a publication date or a byline before the
    word, a publication labelled after its date, or no such word, leaves it a publication
    line."""
    assert is_update_line(text) is expected


def test_parse_month_reads_a_month_and_year_alone() -> None:
    """A line of a month and its year alone gives that month's first day in UTC, in the month
    table's languages; a longer line gives nothing."""
    assert parse_month("November 2015") == datetime(2015, 11, 1, tzinfo=UTC)
    assert parse_month("Juni 2022") == datetime(2022, 6, 1, tzinfo=UTC)
    assert parse_month("Published November 2015") is None
    assert parse_month("November 12, 2015") is None


_ABSOLUTE = (
    dates._DAY_MONTH_YEAR,
    dates._MONTH_DAY_YEAR,
    dates._YEAR_MONTH_DAY,
    dates._DAY_MONTH_YEAR_HYPHENS,
    dates._YEAR_FIRST,
    dates._ISO_IN_TEXT,
    dates._NUMERIC,
)


@pytest.mark.parametrize(
    "text",
    [
        "24 oktober 2020",
        "march 5, 2024",
        "2023 jan 7",
        "04-aug-2021",
        "2025年12月18日",
        "2025-02-22",
        "21/10/2025",
        "5 march \u0662\u0660\u0662\u0665",  # Arabic-Indic digits are digits to the engine
        "\uff12\uff10\uff12\uff15-02-22",  # so are fullwidth ones
        "march 5, 202",
        "2 hours ago",
        "21/10/25",
    ],
)
def test_no_absolute_date_pattern_matches_without_four_digits_in_a_row(text: str) -> None:
    """The four-digit pre-test of ``_absolute_date`` refuses only texts that no absolute
    pattern matches, in any script's digits, and a text it lets through is read as before."""
    if dates._FOUR_DIGITS.search(text) is None:
        assert all(pattern.search(text) is None for pattern in _ABSOLUTE)
        assert dates._absolute_date(text, None, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Aggiornato il 16 gennaio 2026",
        "Ultimo aggiornamento: 16/01/2026",
        "Mis à jour le 16 janvier 2026",
        "Actualisé le 16/01/2026 à 10h30",
        "Última actualización: 16 de enero de 2026",
        "Laatst bijgewerkt op 16 januari 2026",
        "Zaktualizowano: 16 stycznia 2026",
        "Güncellendi: 16 Ocak 2026",
        "Uppdaterad 16 januari 2026",
        "Oppdatert 16. januar 2026",
        "Päivitetty 16.1.2026",
    ],
)
def test_update_lines_in_more_languages(text: str) -> None:
    """A date line opening with, or led by a short label to, the update word of Italian,
    French, Spanish, Dutch, Polish, Turkish or a Nordic language is the last update."""
    assert is_update_line(text)


def test_publication_then_update_in_one_italian_line() -> None:
    """ "Pubblicato … Aggiornato …" splits into the publication and the update."""
    published, updated = split_update(
        "Pubblicato il 10 gennaio 2026 - Aggiornato il 16 gennaio 2026"
    )
    assert published == "Pubblicato il 10 gennaio 2026"
    assert updated == "Aggiornato il 16 gennaio 2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16. 1. 2026", "2026-01-16T00:00:00+00:00"),
        ("Publikováno 16. 1. 2026 10:30", "2026-01-16T10:30:00+00:00"),
        ("Veröffentlicht am 16.01.2026 | Aktualisiert am 17.01.2026", "2026-01-16T00:00:00+00:00"),
        ("16.01.2026 - 31.01.2026", "2026-01-16T00:00:00+00:00"),
        ("16.01.2026 10.30 Uhr", "2026-01-16T10:30:00+00:00"),
    ],
)
def test_spaced_day_first_dates_and_no_clock_from_a_second_date(text: str, expected: str) -> None:
    """A day-first date with a space after each dot (Czech, Slovak, Croatian) is read, and
    the day and month of a second date after the first ("17.01", "31.01") are not its
    time: the date keeps midnight rather than a wrong clock or no date at all."""
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "0001-01-01T00:00:00",
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T23:59:59-05:00",
        "9999-12-31",
        "1 January 0001",
        "31 December 9999 23:59 -05:00",
    ],
)
def test_a_placeholder_year_is_no_date(text: str) -> None:
    """A CMS's empty value at either end of the calendar (.NET's "0001-01-01T00:00:00",
    "9999-12-31"), ISO or written out, is no date: neither parsed nor date-like."""
    assert parse_date(text, reference=FETCHED) is None
    assert not is_date_like(text)


@pytest.mark.parametrize(
    "text",
    [
        "Güncellenme: 17.01.2026 11:00",
        "Diupdate 17 Januari 2026",
        "Dikemaskini 17 Januari 2026",
        "Laatst gewijzigd: 17 januari 2026",
        "Zuletzt geändert am 17.01.2026",
        "Modificato il 17 gennaio 2026",
        "Actualizat 17 ianuarie 2026",
        "Frissítve: 2026. január 17.",
        "Ažurirano 17. 1. 2026",
        "Aktualizované 17. 1. 2026",
    ],
)
def test_update_labels_of_more_languages(text: str) -> None:
    """The last update's label in Turkish, Indonesian, Malay, Dutch, German, Italian,
    Romanian, Hungarian, Croatian and Slovak makes the line an update line."""
    assert is_update_line(text)
    assert is_date_like(text)


def test_a_publication_and_an_update_in_another_language_split() -> None:
    """A Turkish line of the publication and then the update ("Güncellenme") splits in
    two."""
    assert split_update("Yayınlanma: 16.01.2026 10:30 Güncellenme: 17.01.2026 11:00") == (
        "Yayınlanma: 16.01.2026 10:30",
        "Güncellenme: 17.01.2026 11:00",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec. 2, 2026, 10:30 a.m. ET", datetime(2026, 12, 2, 15, 30, tzinfo=UTC)),
        ("Updated 4:12 p.m. PT Jul 3, 2025", datetime(2025, 7, 3, 23, 12, tzinfo=UTC)),
        ("12 mars 2026 10:30 et 11:00", datetime(2026, 3, 12, 10, 30, tzinfo=UTC)),
    ],
)
def test_a_us_region_zone_after_the_clock(text: str, expected: datetime) -> None:
    """A US region's zone in capitals after the clock ("a.m. ET") places the time by the
    date's season; French "et" after a clock is a word and leaves the time in UTC."""
    assert parse_date(text, language="en") == expected
