"""Relative dates ("3 hours ago", "hace 2 días", "il y a 3 jours", "2 дня назад", "yesterday",
"Today, 10:32 AM"), resolved against the fetch time, in the languages of ``dates``' month table.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

# Relative dates: a count and a unit, and a word that makes them past ("ago", "lalu", "vor",
# "hace", "il y a", "há", "atrás", "fa", "geleden", "назад"), in the languages of the month table.
_UNITS: dict[int, str] = {
    1: "detik second seconds sec secs segundo segundos seconde secondes sekunde sekunden secondo"
    " secondi seconden секунду секунды секунд",
    60: "menit minute minutes min mins minuto minutos minuten minuti минуту минуты минут",
    3600: "jam hour hours hr hrs hora horas heure heures stunde stunden ora ore uur час часа часов",
    86400: "hari day days día días dia dias jour jours tag tage tagen giorno giorni dag dagen"
    " день дня дней",
    604800: "minggu pekan week weeks semana semanas semaine semaines woche wochen settimana"
    " settimane weken неделю недели недель",
    2592000: "bulan month months mes meses mois monat monate monaten mese mesi maand maanden"
    " месяц месяца месяцев",
    31536000: "tahun year years año años ano anos an ans jahr jahre jahren anno anni jaar jaren"
    " год года лет",
}
_UNIT_SECONDS = {word: seconds for seconds, words in _UNITS.items() for word in words.split()}
# "a day ago", "un jour", "um dia", "ein Tag", "se hari": the count one, as a word.
_ONE = "a an se un une uno una um uma ein eine einem einer een один одну"
_RELATIVE = re.compile(
    r"\b(?P<n>\d+|"
    + "|".join(_ONE.split())
    + r")\s*(?P<unit>"
    + "|".join(sorted(_UNIT_SECONDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_MARK_WORDS = ("lalu", "ago", "vor", "hace", "il y a", "há", "atrás", "fa", "geleden", "назад")
_YESTERDAY_WORDS = (
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
_TODAY_WORDS = (
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
_RELATIVE_MARK = re.compile(rf"\b(?:{'|'.join(_MARK_WORDS)})\b", re.IGNORECASE)
_YESTERDAY = re.compile(rf"\b(?:{'|'.join(_YESTERDAY_WORDS)})\b", re.IGNORECASE)
_TODAY = re.compile(rf"\b(?:{'|'.join(_TODAY_WORDS)})\b", re.IGNORECASE)
# A word of these in a line makes it worth reading as a relative date (``is_date_like``'s cheap
# test: every relative line holds one).
RELATIVE_WORD = re.compile(
    "|".join((_YESTERDAY.pattern, _TODAY.pattern, _RELATIVE_MARK.pattern)), re.IGNORECASE
)
#: The words of ``RELATIVE_WORD``, one of which each of its matches holds (see ``lacks_words``).
RELATIVE_WORDS = (*_YESTERDAY_WORDS, *_TODAY_WORDS, *_MARK_WORDS)


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
    match = _RELATIVE.search(folded)
    if match and _RELATIVE_MARK.search(folded):
        count = int(match["n"]) if match["n"].isdigit() else 1
        seconds = _UNIT_SECONDS[match["unit"].lower()]
        return (reference - timedelta(seconds=count * seconds)).replace(microsecond=0)
    return None


# Words that may stand beside "today" or "yesterday" in a date line: a label ("Posted today",
# "Updated yesterday", "Aktualisiert heute", "Publié aujourd'hui") and the words of a clock
# ("Today at 3:45 PM", "heute um 10:32 Uhr", "hoy a las 10:32").
_DAY_LINE = (
    "posted updated published last edited modified added created on at"
    " veröffentlicht aktualisiert am um uhr publié mis jour le publicado actualizado el las"
    " atualizado em às pubblicato aggiornato alle gepubliceerd bijgewerkt om diperbarui"
    " dipublikasikan pukul опубликовано обновлено в"
)
_DAY_LINE_WORDS = frozenset(_DAY_LINE.split())
_WORD = re.compile(r"[^\W\d_]+")
_HAS_DIGIT = re.compile(r"\d")
# Short words beside a clock's digits: "am", "pm", a zone ("ET", "GMT", "MEZ").
_CLOCK_WORD_CHARS = 3


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
