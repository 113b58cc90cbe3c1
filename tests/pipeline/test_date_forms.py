"""The visible date forms news sites print in the languages a crawler meets, read by
``parse_date`` with the page's language: a table of line, language and the moment it names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newswire.pipeline.dates import is_date_like, parse_date

FETCHED = datetime(2026, 12, 9, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("7. Dezember 2026", "de", "2026-12-07T00:00:00+00:00"),
        ("Montag, 7. Dezember 2026", "de", "2026-12-07T00:00:00+00:00"),
        ("07.12.2026, 14:05 Uhr", "de", "2026-12-07T14:05:00+00:00"),
        ("07.12.2026 um 14:05 Uhr MEZ", "de", "2026-12-07T14:05:00+01:00"),
        ("7. Jänner 2026", "de-at", "2026-01-07T00:00:00+00:00"),
        ("7 décembre 2026", "fr", "2026-12-07T00:00:00+00:00"),
        ("1er décembre 2026", "fr", "2026-12-01T00:00:00+00:00"),
        ("07/12/2026 à 14:05", "fr", "2026-12-07T14:05:00+00:00"),
        ("7 de diciembre de 2026", "es", "2026-12-07T00:00:00+00:00"),
        ("07 dic 2026 - 14:05 CET", "es", "2026-12-07T14:05:00+01:00"),
        ("7 de dezembro de 2026", "pt-br", "2026-12-07T00:00:00+00:00"),
        ("7 de set. de 2026", "pt", "2026-09-07T00:00:00+00:00"),
        ("7 dicembre 2026 ore 14:05", "it", "2026-12-07T14:05:00+00:00"),
        ("7 dec. 2026 om 14:05", "nl", "2026-12-07T14:05:00+00:00"),
        ("7 Desember 2026", "id", "2026-12-07T00:00:00+00:00"),
        ("Senin, 07 Des 2026 14:05 WIB", "id", "2026-12-07T14:05:00+07:00"),
        ("Senin, 7 Desember 2026 | 14:05 WITA", "id", "2026-12-07T14:05:00+08:00"),
        ("7 Aralık 2026 14:05", "tr", "2026-12-07T14:05:00+00:00"),
        ("7 października 2026, 14:05", "pl", "2026-10-07T14:05:00+00:00"),
        ("7 декабря 2026, 14:05", "ru", "2026-12-07T14:05:00+00:00"),
        ("7 грудня 2026 р.", "uk", "2026-12-07T00:00:00+00:00"),
        ("7. prosince 2026", "cs", "2026-12-07T00:00:00+00:00"),
        ("2026. december 7.", "hu", "2026-12-07T00:00:00+00:00"),
        ("7. joulukuuta 2026", "fi", "2026-12-07T00:00:00+00:00"),
        ("7 december 2026 kl. 14.05", "sv", "2026-12-07T14:05:00+00:00"),
        ("2026年12月7日 14:05", "zh", "2026-12-07T14:05:00+00:00"),
        ("2026年12月7日 下午2:05", "zh", "2026-12-07T14:05:00+00:00"),
        ("2026. 12. 7. 오후 2:05", "ko", "2026-12-07T14:05:00+00:00"),
        ("٧ ديسمبر ٢٠٢٦", "ar", "2026-12-07T00:00:00+00:00"),
        ("Thứ Hai, 7/12/2026, 14:05 (GMT+7)", "vi", "2026-12-07T14:05:00+07:00"),
        ("Dec 7, 2026 2:05 PM IST", "en-in", "2026-12-07T14:05:00+05:30"),
        ("12/07/2026", "en-us", "2026-12-07T00:00:00+00:00"),
        ("07/12/2026", "en-gb", "2026-12-07T00:00:00+00:00"),
    ],
)
def test_a_date_line_in_its_language_names_its_day_clock_and_zone(
    text: str, language: str, expected: str
) -> None:
    """A byline's date in German, French, Spanish, Portuguese, Italian, Dutch, Indonesian,
    Turkish, Polish, Russian, Ukrainian, Czech, Hungarian, Finnish, Swedish, Chinese, Korean,
    Arabic (its own digits), Vietnamese and English names its day, its clock on a 24- or
    12-hour dial, and its zone's offset where one is written."""
    assert is_date_like(text)
    parsed = parse_date(text, reference=FETCHED, language=language)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("le 7 déc. 2026 à 14h05", "fr", "2026-12-07T14:05:00+00:00"),
        ("Publié le 7 décembre 2026 à 14 h 05", "fr", "2026-12-07T14:05:00+00:00"),
        ("14h05, le 7 décembre 2026", "fr", "2026-12-07T14:05:00+00:00"),
        ("7 de dezembro de 2026, 14h05", "pt", "2026-12-07T14:05:00+00:00"),
        ("Publicado: 07/12/2026 14:05h", "es", "2026-12-07T14:05:00+00:00"),
        ("2026年12月7日 14時05分", "ja", "2026-12-07T14:05:00+00:00"),
        ("2026年12月7日 午後2時05分", "ja", "2026-12-07T14:05:00+00:00"),
        ("2026年12月7日（月）14時05分 JST", "ja", "2026-12-07T14:05:00+09:00"),
        ("2026년 12월 7일 14시 05분", "ko", "2026-12-07T14:05:00+00:00"),
    ],
)
def test_an_hour_parted_from_its_minute_by_a_word_is_the_clock(
    text: str, language: str, expected: str
) -> None:
    """French's and Portuguese's "14h05" (or "14 h 05"), Spanish's "14:05h", Japanese's
    "14時05分" and Korean's "14시 05분" are the date's clock, as "14:05" is: the hour is not
    lost."""
    parsed = parse_date(text, reference=FETCHED, language=language)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 de diciembre de 2026, 2:05 p. m.", "2026-12-07T14:05:00+00:00"),
        ("7 de diciembre de 2026 2:05\u00a0p.\u00a0m.", "2026-12-07T14:05:00+00:00"),
        ("7 de diciembre de 2026 12:05 a. m.", "2026-12-07T00:05:00+00:00"),
        ("٧ ديسمبر ٢٠٢٦ ٠٢:٠٥ م", "2026-12-07T14:05:00+00:00"),
        ("7 ديسمبر 2026 - 09:05 ص", "2026-12-07T09:05:00+00:00"),
        ("الاثنين 7 ديسمبر 2026 02:05 مساءً", "2026-12-07T14:05:00+00:00"),
        ("7 ديسمبر 2026 11:05 صباحا", "2026-12-07T11:05:00+00:00"),
        ("7 ديسمبر 2026 02:05 مكة المكرمة", "2026-12-07T02:05:00+00:00"),
        ("7 de diciembre de 2026 14:05 a mi", "2026-12-07T14:05:00+00:00"),
    ],
)
def test_a_spaced_or_arabic_half_of_the_day_sets_the_hour(text: str, expected: str) -> None:
    """Latin American Spanish's "p. m." (a space or a no-break space inside) and Arabic's
    "مساءً" or "م" (evening) and "صباحا" or "ص" (morning) after the clock set its hour as
    "PM" and "AM" do; a word that only starts with "a m", or with "م" ("مكة"), is none."""
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Isnin, 7 Dis 2026", "ms", "2026-12-07T00:00:00+00:00"),
        ("7. decembra 2026", "sk", "2026-12-07T00:00:00+00:00"),
        ("7. júna 2026", "sk", "2026-06-07T00:00:00+00:00"),
        ("7. prosinca 2026. u 14:05", "hr", "2026-12-07T14:05:00+00:00"),
        ("7. ožujka 2026", "hr", "2026-03-07T00:00:00+00:00"),
        ("7 Δεκ 2026", "el", "2026-12-07T00:00:00+00:00"),
        ("7 दिसंबर 2026", "hi", "2026-12-07T00:00:00+00:00"),
        ("07 फ़रवरी 2026, 02:05 PM IST", "hi", "2026-02-07T14:05:00+05:30"),
        ("07 \u095eरवरी 2026", "hi", "2026-02-07T00:00:00+00:00"),
        ("७ डिसेंबर २०२६", "mr", "2026-12-07T00:00:00+00:00"),
        ("৭ ডিসেম্বর ২০২৬, ১৪:০৫", "bn", "2026-12-07T14:05:00+00:00"),
    ],
)
def test_more_languages_months_are_read(text: str, language: str, expected: str) -> None:
    """Slovak's and Croatian's month genitives, Malay's "Dis", Greek's abbreviations, and the
    months of Hindi, Marathi and Bengali (their vowel signs inside the name, their own digits,
    a nukta letter composed or not) name their months."""
    parsed = parse_date(text, reference=FETCHED, language=language)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ngày 5 tháng 12 năm 2026", "vi", "2026-12-05T00:00:00+00:00"),
        ("Thứ Bảy, Ngày 05 Tháng 12 Năm 2026 14:30", "vi", "2026-12-05T14:30:00+00:00"),
        ("5 tháng 12, 2026 14:30 (GMT+7)", "vi", "2026-12-05T14:30:00+07:00"),
        ("ngày 5 tha\u0301ng 12 na\u0306m 2026", "vi", "2026-12-05T00:00:00+00:00"),
        ("05/12/2026 14:30", "vi", "2026-12-05T14:30:00+00:00"),
        ("5 ธันวาคม 2569", "th", "2026-12-05T00:00:00+00:00"),
        ("วันเสาร์ที่ 5 ธันวาคม พ.ศ. 2569", "th", "2026-12-05T00:00:00+00:00"),
        ("5 ธ.ค. 2569 14:30 น.", "th", "2026-12-05T14:30:00+00:00"),
        ("05 ธ.ค. 69", "th", "2026-12-05T00:00:00+00:00"),
        ("5ก.พ.69", "th", "2026-02-05T00:00:00+00:00"),
        ("๕ มิ.ย. ๒๕๖๙", "th", "2026-06-05T00:00:00+00:00"),
        ("5 พฤษภาคม ค.ศ. 2026", "th", "2026-05-05T00:00:00+00:00"),
        ("05/12/2569 14:30", "th", "2026-12-05T14:30:00+00:00"),
        ("7 मई 2026", "hi", "2026-05-07T00:00:00+00:00"),
        ("07 मई 2026, 02:05 PM IST", "hi", "2026-05-07T14:05:00+05:30"),
        ("७ मे २०२६", "mr", "2026-05-07T00:00:00+00:00"),
        ("৭ মে ২০২৬, ১৪:০৫", "bn", "2026-05-07T14:05:00+00:00"),
    ],
)
def test_vietnamese_thai_and_two_letter_months_are_read(
    text: str, language: str, expected: str
) -> None:
    """Vietnamese's month numbered after "tháng" (its words composed or decomposed), Thai's
    month names and dotted abbreviations with the Buddhist era's year (2569 or 69 is 2026,
    written with "พ.ศ." or not; "ค.ศ." marks the common era's), a Thai numeric date in the
    Buddhist era, and the two-letter May of Hindi, Marathi and Bengali name their day."""
    assert is_date_like(text)
    parsed = parse_date(text, reference=FETCHED, language=language)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "5 tháng 13 năm 2026",
        "tháng 12 năm 2026",
        "7 मईल 2026",
        "5 de 2026",
        "5 ธันวาคม",
        "5 ธ.ค. 14:30 น.",
    ],
)
def test_a_near_miss_of_those_forms_is_no_date(text: str) -> None:
    """A thirteenth month, a month and year without a day, a longer word that starts with a
    two-letter month, a two-letter Latin word between a day and a year, and a Thai day and
    month without a year (a clock's hour after them is none) name no date."""
    assert parse_date(text, reference=FETCHED) is None


def test_croatian_october_is_not_read_as_polish_november() -> None:
    """ "listopada" stays November (Polish, Czech): Croatian's October of that spelling is no
    entry of the table, so it cannot turn the Polish dates."""
    parsed = parse_date("7 listopada 2026", language="pl")
    assert parsed is not None
    assert parsed.month == 11


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vor 2 Tagen", "2026-12-07T12:00:00+00:00"),
        ("vor 3 Std.", "2026-12-09T09:00:00+00:00"),
        ("vor 2 Std", "2026-12-09T10:00:00+00:00"),
        ("il y a 3 heures", "2026-12-09T09:00:00+00:00"),
        ("il y a 3 h", "2026-12-09T09:00:00+00:00"),
        ("2 hari yang lalu", "2026-12-07T12:00:00+00:00"),
        ("hace 3 horas", "2026-12-09T09:00:00+00:00"),
        ("há 2 dias", "2026-12-07T12:00:00+00:00"),
        ("3 saat önce", "2026-12-09T09:00:00+00:00"),
        ("3 godz. temu", "2026-12-09T09:00:00+00:00"),
        ("3 часа назад", "2026-12-09T09:00:00+00:00"),
        ("منذ 3 ساعات", "2026-12-09T09:00:00+00:00"),
        ("2 ngày trước", "2026-12-07T12:00:00+00:00"),
        ("5 phút trước", "2026-12-09T11:55:00+00:00"),
        ("hace 3 hs", "2026-12-09T09:00:00+00:00"),
        ("5 dk önce", "2026-12-09T11:55:00+00:00"),
        ("3 ч назад", "2026-12-09T09:00:00+00:00"),
        ("5 мин назад", "2026-12-09T11:55:00+00:00"),
        ("2 года назад", "2024-12-09T12:00:00+00:00"),
        ("3 години тому", "2026-12-09T09:00:00+00:00"),
        ("2 год. тому", "2026-12-09T10:00:00+00:00"),
        ("2 дні тому", "2026-12-07T12:00:00+00:00"),
    ],
)
def test_a_relative_line_counts_back_from_the_fetch(text: str, expected: str) -> None:
    """A count and unit with the language's past word, the unit as bylines shorten it ("Std.",
    "h", "hs", "godz.", "dk", "ч", "мин"), in German, French, Indonesian, Spanish, Portuguese,
    Turkish, Polish, Russian, Ukrainian (whose "год" is an hour, Russian's a year), Arabic
    and Vietnamese, names the moment that long before the fetch."""
    assert is_date_like(text)
    parsed = parse_date(text, reference=FETCHED)
    assert parsed is not None
    assert parsed.isoformat() == expected


@pytest.mark.parametrize(
    "text", ["Ah, that was long ago", "Amin, long ago", "7 december", "12월 7일", "3 h"]
)
def test_a_count_word_glued_to_a_unit_or_a_day_without_year_is_no_date(text: str) -> None:
    """A count word glued to a unit's letters ("Ah" is no "a h(our)", "Amin" no "a min(ute)")
    names no count; a day and month without a year, and a count and unit with no past word,
    name no date."""
    assert parse_date(text, reference=FETCHED) is None
