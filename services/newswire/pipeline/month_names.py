"""The month names (and their usual abbreviations) that visible dates are written with, in the
languages news sites publish in, and the fold of other scripts' decimal digits to ASCII: the
tables ``dates`` reads a date line with.

A name is the form a date uses: the genitive where a language declines it ("16 stycznia 2026",
"16 января", "16 Ιανουαρίου", "16. tammikuuta"), the nominative where it does not. A name
shared by two languages names the same month in both (Polish and Czech "listopad" are
November; Croatian's October is left out for that reason).
"""

from __future__ import annotations

from typing import Final

MONTHS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        "januari january januar jänner janvier enero janeiro gennaio jan ene janv gen"
        " января январь январе янв"
        " stycznia styczeń sty ocak oca ledna tammikuuta ianuarie ian január gener"
        " січня ιανουαρίου يناير",
        "februari pebruari february februar février fevereiro febrero febbraio feb peb févr fev"
        " февраля февраль феврале фев"
        " lutego luty lut şubat şub února helmikuuta februarie február febr febrer"
        " лютого φεβρουαρίου فبراير",
        "maret mac march märz mars marzo março maart mar mär mrz mrt марта март марте мар"
        " marca marzec mart března maaliskuuta martie március márc marts març"
        " березня μαρτίου مارس",
        "april avril abril aprile apr avr abr апреля апрель апреле апр"
        " kwietnia kwiecień kwi nisan nis dubna huhtikuuta aprilie április ápr"
        " квітня απριλίου أبريل ابريل إبريل",
        "mei may mai mayo maio maggio maj mag мая май мае"
        " maja mayıs mayis května toukokuuta május máj maig"
        " травня μαΐου مايو",
        "juni jun june juin junio junho giugno giu июня июнь июне июн"
        " czerwca czerwiec cze haziran haz června kesäkuuta iunie iun június jún juny"
        " червня ιουνίου يونيو يونيه",
        "juli julai july juillet julio julho luglio jul juil lug июля июль июле июл"
        " lipca lipiec lip temmuz tem července heinäkuuta iulie iul július júl juliol"
        " липня ιουλίου يوليو يوليه",
        "agustus ogos august août agosto augustus augusti aug agu agt ags ago ogo"
        " августа август августе авг"
        " sierpnia sierpień sie ağustos ağu srpna elokuuta augusztus agost"
        " серпня αυγούστου أغسطس اغسطس",
        "september septembre septiembre setiembre setembro settembre sep sept set"
        " сентября сентябрь сентябре сен сент"
        " września wrzesień wrz eylül eyl září syyskuuta septembrie szeptember szept setembre"
        " вересня σεπτεμβρίου سبتمبر",
        "oktober october octobre octubre outubro ottobre okt oct out ott"
        " октября октябрь октябре окт"
        " października październik paź ekim eki října lokakuuta octombrie október"
        " жовтня οκτωβρίου أكتوبر اكتوبر",
        "november nopember novembre noviembre novembro nov nop ноября ноябрь ноябре ноя"
        " listopada listopad lis kasım kasim kas listopadu marraskuuta noiembrie noi"
        " листопада νοεμβρίου نوفمبر",
        "desember disember december dezember décembre diciembre dezembro dicembre dec des dez"
        " dic déc декабря декабрь декабре дек"
        " grudnia grudzień gru aralık aralik ara prosince joulukuuta decembrie desembre"
        " грудня δεκεμβρίου ديسمبر",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

#: The longest month name of the table, in letters (Polish "października").
LONGEST_MONTH: Final = max(map(len, MONTHS))

# The zero of each run of decimal digits other scripts write dates with: Arabic-Indic,
# Persian, N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, and the
# full-width digits of Japanese and Chinese pages ("２０２６年１月１６日"). The patterns of
# ``dates`` spell years with ASCII digits ("(?:19|20)\d\d"), so a date is read once folded.
_DIGIT_ZEROS: Final = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66,
    0x0CE6, 0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
)  # fmt: skip
_ASCII_DIGITS: Final = str.maketrans(
    {chr(zero + value): str(value) for zero in _DIGIT_ZEROS for value in range(10)}
)


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of the scripts above written as its ASCII digit (an
    ASCII text, most of them, as it is)."""
    return text if text.isascii() else text.translate(_ASCII_DIGITS)
