"""Relative dates ("3 hours ago", "hace 2 días", "il y a 3 jours", "2 дня назад", "3 dni temu",
"3 gün önce", "3 dagar sedan", "3天前", "3일 전", "yesterday", "Today, 10:32 AM"), resolved
against the fetch time.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final

from newswire.pipeline.textnorm import keyed_words

# Relative dates: a count and a unit, and a word that makes them past ("ago", "lalu", "vor",
# "hace", "il y a", "há", "atrás", "fa", "geleden", "назад", Arabic "منذ"), in the languages of
# the month table; the units' short forms as news sites print them ("vor 3 Std.", "il y a 3 h",
# "hace 3 hs", "3 ч назад", "5 мин назад").
_UNITS: Final[dict[int, str]] = {
    1: "detik second seconds sec secs segundo segundos seconde secondes sekunde sekunden secondo"
    " secondi seconden секунду секунды секунд сек ثانية ثوان ثواني",
    60: "menit minute minutes min mins minuto minutos minuten minuti минуту минуты минут"
    " мин دقيقة دقائق",
    3600: "jam hour hours hr hrs h hs hora horas heure heures stunde stunden std ora ore uur"
    " час часа часов ч ساعة ساعات",
    86400: "hari day days día días dia dias jour jours tag tage tagen giorno giorni dag dagen"
    " день дня дней يوم أيام",
    604800: "minggu pekan week weeks semana semanas semaine semaines woche wochen settimana"
    " settimane weken неделю недели недель أسبوع أسابيع",
    2592000: "bulan month months mes meses mois monat monate monaten mese mesi maand maanden"
    " месяц месяца месяцев شهر أشهر شهور",
    31536000: "tahun year years año años ano anos an ans jahr jahre jahren anno anni jaar jaren"
    " год года лет سنة سنوات عام أعوام",
}
_UNIT_SECONDS: Final = {
    word: seconds for seconds, words in _UNITS.items() for word in words.split()
}
# "a day ago", "un jour", "um dia", "ein Tag", "se hari": the count one, as a word, spaced from
# its unit ("ah" or "amin" is no count and unit). A digit may touch its unit ("3h", "5min").
_ONE: Final = "a an se un une uno una um uma ein eine einem einer een один одну"
_RELATIVE: Final = re.compile(
    r"\b(?:(?P<n>\d+)\s*|(?:"
    + "|".join(_ONE.split())
    + r")\s+)(?P<unit>"
    + "|".join(sorted(_UNIT_SECONDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_MARK_WORDS: Final = (
    "lalu",
    "ago",
    "vor",
    "hace",
    "il y a",
    "há",
    "atrás",
    "fa",
    "geleden",
    "назад",
    "منذ",
)
_YESTERDAY_WORDS: Final = (
    "kemarin",
    "yesterday",
    "semalam",
    "gestern",
    "hier",
    "ayer",
    "ontem",
    "ieri",
    "gisteren",
    "вчера",
)
_TODAY_WORDS: Final = (
    "hari ini",
    "today",
    "heute",
    "aujourd'hui",
    "hoy",
    "hoje",
    "oggi",
    "vandaag",
    "сегодня",
)
_RELATIVE_MARK: Final = re.compile(rf"\b(?:{'|'.join(_MARK_WORDS)})\b", re.IGNORECASE)
# The languages whose past word follows the count and unit at once ("3 dni temu", "3 gün
# önce", "3 dagar sedan", "for 3 dager siden", "3 dage siden", Vietnamese "2 ngày trước",
# Ukrainian "3 години тому"), with their units, a unit's abbreviation with its dot ("3 godz.
# temu", "5 dk önce", "2 год. тому": Ukrainian's hour, where Russian's "год" is a year). Read only
# in that order: "sedan" is also an English car and "time" an English word, so a count, a
# unit and the word anywhere in a line ("a 2 year old sedan") are no date.
_NEXT_UNITS: Final[dict[int, str]] = {
    1: "sekund sekundy sekundę sekunder saniye sn giây секунд секунди секунду",
    60: "minut minuty minutę minuter minutt minutter dakika dk phút хвилин хвилини хвилину хв",
    3600: "godzin godziny godzinę godz timme timmar time timer saat sa giờ годин години годину год",
    86400: "dzień dni dag dagar dager dage døgn gün ngày день дні днів",
    604800: "tydzień tygodnie tygodni vecka veckor uke uker uge uger hafta tuần"
    " тиждень тижні тижнів",
    2592000: "miesiąc miesiące miesięcy månad månader måned måneder ay tháng місяць місяці місяців",
    31536000: "rok lata lat år yıl năm рік роки років",
}
_NEXT_UNIT_SECONDS: Final = {
    word: seconds for seconds, words in _NEXT_UNITS.items() for word in words.split()
}
_NEXT_MARK_WORDS: Final = ("temu", "önce", "sedan", "siden", "trước", "тому")
# Chinese, Japanese and Korean write the count, the unit and "before" with no spaces ("3天前",
# "3日前", "2時間前", "3일 전"). A count after a month ("1月16日前", before January 16th) is a
# day of the month, not a count.
_CJK_UNITS: Final[dict[int, str]] = {
    1: "秒 초",
    60: "分钟 分鐘 分 분",
    3600: "小时 小時 時間 시간",
    86400: "天 日 일",
    604800: "周 週 週間 주",
    2592000: "个月 個月 ヶ月 か月 カ月 개월 달",
    31536000: "年 년",
}
_CJK_UNIT_SECONDS: Final = {
    word: seconds for seconds, words in _CJK_UNITS.items() for word in words.split()
}
_COUNTED_NEXT: Final = re.compile(
    r"(?:\b(?P<n>\d+)\s*(?P<unit>"
    + "|".join(sorted(_NEXT_UNIT_SECONDS, key=len, reverse=True))
    + rf")\.?\s+(?:{'|'.join(_NEXT_MARK_WORDS)})\b)"
    + r"|(?:(?<![\d月월])(?P<cjk_n>\d+)\s*(?P<cjk_unit>"
    + "|".join(sorted(_CJK_UNIT_SECONDS, key=len, reverse=True))
    + r")\s*[前전](?!\w))",
    re.IGNORECASE,
)
_YESTERDAY: Final = re.compile(rf"\b(?:{'|'.join(_YESTERDAY_WORDS)})\b", re.IGNORECASE)
_TODAY: Final = re.compile(rf"\b(?:{'|'.join(_TODAY_WORDS)})\b", re.IGNORECASE)
# A word of these in a line makes it worth reading as a relative date (``is_date_like``'s cheap
# test: every relative line holds one).
RELATIVE_WORD: Final = re.compile(
    "|".join(
        (
            _YESTERDAY.pattern,
            _TODAY.pattern,
            _RELATIVE_MARK.pattern,
            rf"\b(?:{'|'.join(_NEXT_MARK_WORDS)})\b",
            "[前전]",
        )
    ),
    re.IGNORECASE,
)
#: The words of ``RELATIVE_WORD``, one of which each of its matches holds (see ``lacks_words``;
#: "前" and "전" are beyond ASCII, where it leaves the test to the pattern).
RELATIVE_WORDS: Final = (*_YESTERDAY_WORDS, *_TODAY_WORDS, *_MARK_WORDS, *_NEXT_MARK_WORDS)
#: ``RELATIVE_WORDS`` grouped for ``lacks_keyed_words``: ~70 short lines a page are tested for
#: them, nearly all lacking every one; under these keys (letter pairs and letters few of those
#: lines hold, each shared by several words) a line takes ~15 substring tests instead of 33.
RELATIVE_KEYED: Final = keyed_words(RELATIVE_WORDS, ("da", "em", "er", "h", "de", "g"))


def relative_date(folded: str, reference: datetime | None) -> datetime | None:
    """The moment a relative date line names (``folded``: lower-cased) against ``reference``
    (the fetch time): "yesterday", "today" standing as a date, a count and unit with a word
    that makes them past; ``None`` without a reference or for any other line."""
    if reference is None:
        return None
    day = _YESTERDAY.search(folded) or _TODAY.search(folded)
    if day is not None:
        if not _standing(folded, day):
            return None
        back = timedelta(days=1) if day.re is _YESTERDAY else timedelta(0)
        return (reference - back).replace(microsecond=0)
    return _counted(folded, reference)


def _counted(folded: str, reference: datetime) -> datetime | None:
    """A count and unit with a word making them past, anywhere in the line ("3 hours ago") or
    right after them ("3 dni temu", "3天前"), counted back from ``reference``."""
    match = _RELATIVE.search(folded)
    if match and _RELATIVE_MARK.search(folded):
        count = int(match["n"]) if match["n"] else 1
        return _back(reference, count * _UNIT_SECONDS[match["unit"].lower()])
    match = _COUNTED_NEXT.search(folded)
    if match is None:
        return None
    if match["n"] is not None:
        return _back(reference, int(match["n"]) * _NEXT_UNIT_SECONDS[match["unit"].lower()])
    return _back(reference, int(match["cjk_n"]) * _CJK_UNIT_SECONDS[match["cjk_unit"]])


# The furthest back a relative date may name: a count beyond it ("built 3,000 years ago", "2000
# years ago" against ``is_date_like``'s reference of 2000) is history, not a publication, and
# past datetime's year 1 it raised OverflowError from the page's date search.
_FURTHEST_BACK: Final = 100 * 366 * 86400


def _back(reference: datetime, seconds: int) -> datetime | None:
    if seconds > _FURTHEST_BACK:
        return None
    return (reference - timedelta(seconds=seconds)).replace(microsecond=0)


# Words that may stand beside "today" or "yesterday" in a date line: a label ("Posted today",
# "Updated yesterday", "Aktualisiert heute", "Publié aujourd'hui") and the words of a clock
# ("Today at 3:45 PM", "heute um 10:32 Uhr", "hoy a las 10:32").
_DAY_LINE: Final = (
    "posted updated published last edited modified added created on at"
    " veröffentlicht aktualisiert am um uhr publié mis jour le publicado actualizado el las"
    " atualizado em às pubblicato aggiornato alle gepubliceerd bijgewerkt om diperbarui"
    " dipublikasikan pukul опубликовано обновлено в"
)
_DAY_LINE_WORDS: Final = frozenset(_DAY_LINE.split())
_WORD: Final = re.compile(r"[^\W\d_]+")
_HAS_DIGIT: Final = re.compile(r"\d")
# Short words beside a clock's digits: "am", "pm", a zone ("ET", "GMT", "MEZ").
_CLOCK_WORD_CHARS: Final = 3


def _standing(folded: str, day: re.Match[str]) -> bool:
    """Whether "today" or "yesterday" stands as the line's date, with nothing beside it but a
    label and a clock ("Today, 10:32 AM", "Posted yesterday at 9:15 pm"), rather than as a word
    of a sentence: a call to action ("Register today!", "Call Today: 763-913-8719", "Get
    started today"), a question ("What are you looking for today?"), a headline ("from its
    origins to today") dated no page. On wcxb-dev 19 pages were dated by such a line, 18 of
    them without a date in their truth and the other dated otherwise."""
    rest = f"{folded[: day.start()]} {folded[day.end() :]}"
    clock = _HAS_DIGIT.search(rest) is not None
    return all(
        word in _DAY_LINE_WORDS or (clock and len(word) <= _CLOCK_WORD_CHARS)
        for word in _WORD.findall(rest)
    )
