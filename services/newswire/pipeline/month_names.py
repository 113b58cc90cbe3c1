"""The month names (and their usual abbreviations) that visible dates are written with, in the
languages news sites publish in, and the fold of other scripts' decimal digits to ASCII: the
tables ``dates`` reads a date line with.

A name is the form a date uses: the genitive where a language declines it ("16 stycznia 2026",
"16 января", "16 Ιανουαρίου", "16. tammikuuta"), the nominative where it does not. A name
shared by two languages names the same month in both (Polish and Czech "listopad" are
November; Croatian's October, "listopada", is left out for that reason). Slovak's and
Croatian's genitives ("7. decembra 2026", "7. prosinca 2026"), Malay's "Dis" and Greek's
abbreviations ("7 Δεκ 2026") are the forms those languages' bylines print.
"""

from __future__ import annotations

from typing import Final

MONTHS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        "januari january januar jänner janvier enero janeiro gennaio jan ene janv gen"
        " января январь январе янв"
        " stycznia styczeń sty ocak oca ledna tammikuuta ianuarie ian január gener"
        " січня ιανουαρίου يناير januára siječnja ιαν",
        "februari pebruari february februar février fevereiro febrero febbraio feb peb févr fev"
        " февраля февраль феврале фев"
        " lutego luty lut şubat şub února helmikuuta februarie február febr febrer"
        " лютого φεβρουαρίου فبراير februára veljače φεβ",
        "maret mac march märz mars marzo março maart mar mär mrz mrt марта март марте мар"
        " marca marzec mart března maaliskuuta martie március márc marts març"
        " березня μαρτίου مارس ožujka μαρ",
        "april avril abril aprile apr avr abr апреля апрель апреле апр"
        " kwietnia kwiecień kwi nisan nis dubna huhtikuuta aprilie április ápr"
        " квітня απριλίου أبريل ابريل إبريل apríla travnja απρ",
        "mei may mai mayo maio maggio maj mag мая май мае"
        " maja mayıs mayis května toukokuuta május máj maig"
        " травня μαΐου مايو mája svibnja μαΐ",
        "juni jun june juin junio junho giugno giu июня июнь июне июн"
        " czerwca czerwiec cze haziran haz června kesäkuuta iunie iun június jún juny"
        " червня ιουνίου يونيو يونيه júna lipnja ιουν",
        "juli julai july juillet julio julho luglio jul juil lug июля июль июле июл"
        " lipca lipiec lip temmuz tem července heinäkuuta iulie iul július júl juliol"
        " липня ιουλίου يوليو يوليه júla srpnja ιουλ",
        "agustus ogos august août agosto augustus augusti aug agu agt ags ago ogo"
        " августа август августе авг"
        " sierpnia sierpień sie ağustos ağu srpna elokuuta augusztus agost"
        " серпня αυγούστου أغسطس اغسطس augusta kolovoza αυγ",
        "september septembre septiembre setiembre setembro settembre sep sept set"
        " сентября сентябрь сентябре сен сент"
        " września wrzesień wrz eylül eyl září syyskuuta septembrie szeptember szept setembre"
        " вересня σεπτεμβρίου سبتمبر septembra rujna σεπ",
        "oktober october octobre octubre outubro ottobre okt oct out ott"
        " октября октябрь октябре окт"
        " października październik paź ekim eki října lokakuuta octombrie október"
        " жовтня οκτωβρίου أكتوبر اكتوبر októbra οκτ",
        "november nopember novembre noviembre novembro nov nop ноября ноябрь ноябре ноя"
        " listopada listopad lis kasım kasim kas listopadu marraskuuta noiembrie noi"
        " листопада νοεμβρίου نوفمبر novembra studenoga studenog νοε",
        "desember disember december dezember décembre diciembre dezembro dicembre dec des dez"
        " dic déc декабря декабрь декабре дек"
        " grudnia grudzień gru aralık aralik ara prosince joulukuuta decembrie desembre"
        " грудня δεκεμβρίου ديسمبر decembra prosinca dis δεκ",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

# Hindi's, Marathi's and Bengali's months (Dainik Bhaskar's "7 दिसंबर 2026", Bengali papers'
# "ডিসেম্বর" with Bengali digits); May, two letters in each ("मई", "मे", "মে"), is in
# ``TWO_LETTER_MONTHS``.
# A nukta letter is written composed by some keyboards ("फ़" as U+095E) and as its letter and
# the nukta by others (Unicode's normal form): both are kept.
for _number, _names in {
    1: "जनवरी जानेवारी জানুয়ারি",
    2: "फ़रवरी फरवरी फेब्रुवारी ফেব্রুয়ারি",
    3: "मार्च মার্চ",
    4: "अप्रैल एप्रिल এপ্রিল",
    6: "जून জুন",
    7: "जुलाई जुलै জুলাই",
    8: "अगस्त ऑगस्ट আগস্ট",
    9: "सितंबर सितम्बर सप्टेंबर সেপ্টেম্বর",
    10: "अक्टूबर अक्तूबर ऑक्टोबर অক্টোবর",
    11: "नवंबर नवम्बर नोव्हेंबर নভেম্বর",
    12: "दिसंबर दिसम्बर डिसेंबर ডিসেম্বর",
}.items():
    for _name in _names.split():
        MONTHS[_name] = _number
        MONTHS[_name.replace("\u092b\u093c", "\u095e").replace("\u09af\u09bc", "\u09df")] = _number

#: The months' names of two letters, under the three ``dates`` reads as a name otherwise (a
#: two-letter word of a Latin script is no month: "de", "of"): Hindi's May "मई", Marathi's
#: "मे", Bengali's "মে" (its vowel sign a mark, the name's second letter all the same).
TWO_LETTER_MONTHS: Final = ("मई", "मे", "মে")
for _name in TWO_LETTER_MONTHS:
    MONTHS[_name] = 5

#: The longest month name of the table, in letters (Polish "października").
LONGEST_MONTH: Final = max(map(len, MONTHS))
#: A letter of a month's name in ``dates``' patterns: a word character other than a digit or
#: "_", or any character of the Devanagari and Bengali blocks, whose vowel signs ("ि" of
#: "दिसंबर") are marks, no word characters to ``re``, and would cut the name short. Their
#: digits are ASCII by then (``ascii_digits``).
MONTH_LETTER: Final = r"(?:[^\W\d_]|[\u0900-\u09ff])"

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
