"""The one vocabulary both extractors read: names split alike, "By" read alike, and no date
accepted that dates.py cannot parse."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newswire.pipeline.dates import is_date_like, parse_date
from newswire.pipeline.html import extract_html
from newswire.pipeline.text import extract_text
from newswire.pipeline.vocabulary import BY_WORDS, person_names, split_names
from tests.pipeline.html.pages import SENTENCE, page, prose

FETCHED = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)

# Date lines as pages print them, in the languages of the corpora, parseable or not: a month
# word dates.py does not know ("Sabtu" is a weekday), a two-digit year, a relative date.
DATE_LINES = [
    "Kamis, 24 Oktober 2020 06:25 WIB",
    "24/10/2020, 20:43 WIB",
    "Kamis, 24 Sabtu 2020",
    "24/10/20 06:25",
    "March 3, 2025",
    "3. März 2025",
    "le 3 mars 2025",
    "3 de março de 2025",
    "2025-03-03",
    "hace 2 días",
    "il y a 3 jours",
    "há 2 dias",
    "2 дня назад",
    "2 jam yang lalu",
    "Updated March 4, 2025",
    "Diperbarui 25 Oktober 2020, 07:00 WIB",
]


def _text_page(line: str) -> str:
    return f"Harga emas naik lagi pekan ini\n\n{line}\n\n{SENTENCE}\n\n{SENTENCE}\n"


def _html_page(line: str) -> str:
    return page(
        f'<h1>Harga emas naik lagi pekan ini</h1><p class="date">{line}</p>' + prose("s", 4)
    )


@pytest.mark.parametrize("line", DATE_LINES)
def test_every_date_the_extractors_accept_parses(line: str) -> None:
    """Whatever date string text mode or the HTML extractor takes from a visible date line is
    one dates.py can read: an unreadable one is not passed on to be dropped in silence."""
    for extracted in (extract_text(_text_page(line)), extract_html(_html_page(line))):
        for value in (*extracted.published_raw, *extracted.modified_raw):
            assert is_date_like(value), value
            assert parse_date(value, reference=FETCHED) is not None, value


def test_a_readable_date_line_is_taken_by_both_extractors() -> None:
    """A date line dates.py reads is the publication date in both extractors."""
    line = "Kamis, 24 Oktober 2020 06:25 WIB"
    assert extract_text(_text_page(line)).published_raw == (line,)
    assert extract_html(_html_page(line)).published_raw


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Ana Silva e João Souza", ["Ana Silva", "João Souza"]),
        ("Budi Santoso dan Siti Aminah", ["Budi Santoso", "Siti Aminah"]),
        ("Hans Meier und Eva Roth", ["Hans Meier", "Eva Roth"]),
        ("Juan Pérez y María López", ["Juan Pérez", "María López"]),
        ("Anna Nowak i Jan Kowalski", ["Anna Nowak", "Jan Kowalski"]),
        ("A. One, B. Two; C. Three & D. Four", ["A. One", "B. Two", "C. Three", "D. Four"]),
        (
            "Greg Smith, Robert Treat, and Chris Browne",
            ["Greg Smith", "Robert Treat", "Chris Browne"],
        ),
        ("Journal of Telemedicine e-Health", ["Journal of Telemedicine e-Health"]),
        ("Andy Anderson", ["Andy Anderson"]),
    ],
)
def test_names_split_at_and_in_every_language(names: str, expected: list[str]) -> None:
    """One splitter: "and" in the corpora's languages, commas, semicolons and "&" separate
    names; "and" inside a name does not."""
    assert split_names(names) == expected


def test_a_names_degrees_stay_with_it() -> None:
    """Degrees printed after a name are part of that person, not more authors; a one-word name
    before an abbreviation keeps them apart (initials of another person)."""
    assert split_names("Jillian Kubala, MS, RD") == ["Jillian Kubala, MS, RD"]
    assert split_names("Lizzie Streit, MS, RDN, LD") == ["Lizzie Streit, MS, RDN, LD"]
    assert split_names("Genevieve Carlton, Ph.D. and Shelby Loos, DVM") == [
        "Genevieve Carlton, Ph.D.",
        "Shelby Loos, DVM",
    ]
    assert split_names("Adah, MD") == ["Adah", "MD"]


def test_a_role_line_after_a_name_is_no_more_authors() -> None:
    """A role line after a full name, split at its commas (job title, department, company),
    is that person's role, not more authors; an "and" before another full name starts the
    next person, and a single part after the name stays as the credit printed it."""
    line = "Carlos Escobar, VP, IS Security, Risk, and Compliance, RevMed"
    assert split_names(line) == ["Carlos Escobar"]
    assert split_names("Ann Lee, Head of Sales, Acme Corp and Bo Chan, CTO") == [
        "Ann Lee",
        "Bo Chan",
        "CTO",
    ]
    assert split_names("Tracy Parker, Dietitian") == ["Tracy Parker", "Dietitian"]
    assert split_names("JANE DOE, JOHN ROE, ANN LEE") == ["JANE DOE", "JOHN ROE", "ANN LEE"]


@pytest.mark.parametrize("by", BY_WORDS)
def test_text_and_html_read_the_same_byline(by: str) -> None:
    """A "By" line in any of its languages gives the same authors in text mode as in the HTML
    extractor's byline element."""
    line = f"{by.capitalize()} Jane Doe and John Roe"
    text = extract_text(f"Harga emas naik lagi pekan ini\n\n{line}\n\n{SENTENCE}\n\n{SENTENCE}\n")
    html = extract_html(
        page(
            f'<h1>Harga emas naik lagi pekan ini</h1><div class="byline">{line}</div>' + prose("s")
        )
    )
    assert text.authors == html.authors == ("Jane Doe", "John Roe")


def test_a_columns_signature_with_the_inside_is_a_name() -> None:
    """A byline signed by a column or a team with "the" after its first word ("By" then "Ask
    the Doctors") names that signature, as the reader sees it."""
    html = page("<h1>Vegan diet</h1><p>By</p><p>Ask the Doctors</p>" + prose("s", 4))
    assert extract_html(html).authors == ("Ask the Doctors",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By the Lavazza Team", ("the Lavazza Team",)),
        ("By The Currency editors", ("The Currency editors",)),
        ("By the team", ()),
        ("By the Best Team Ever", ()),
    ],
)
def test_a_team_signature_with_its_article_and_noun_in_lower_case_is_a_name(
    line: str, expected: tuple[str, ...]
) -> None:
    """A company's collective byline printed with "the" and "editors" in lower case ("By the
    Lavazza Team") is the byline as the reader sees it; without a name before the noun, or with
    words after it, it names nobody."""
    html = page(f"<h1>Coffee history</h1><p>{line}</p>" + prose("s", 4))
    assert extract_html(html).authors == expected


@pytest.mark.parametrize(
    "body",
    [
        "<p>By the Numbers</p>",
        "<div class='author'>Head of Content</div>",
        "<div class='author'>Director of Marketing</div>",
    ],
)
def test_a_the_first_or_an_of_inside_is_no_name(body: str) -> None:
    """A byline whose words start with "the" ("By the Numbers", a section) or hold "of" (a job
    title: "Head of Content") names nobody."""
    assert extract_html(page("<h1>Story</h1>" + body + prose("s", 4))).authors == ()


def test_a_job_title_with_its_organisation_after_a_name_stays_the_credits_wording() -> None:
    """A full name then, after its comma, a job title with its organisation joined by small
    words in lower case ("CEO of CaseBasix") is the credit as printed, kept as its parts; a
    lower-case phrase with no role's word, or such a title after a single word, is no credit
    and names nobody."""
    assert person_names("Mayank Gupta, CEO of CaseBasix") == ["Mayank Gupta", "CEO of CaseBasix"]
    assert person_names("Ann Lee, Sales") == ["Ann Lee", "Sales"]
    assert person_names("Julie Weisenhorn, Extension horticulture educators") == []
    assert person_names("Mayank, CEO of CaseBasix") == []
    html = page(
        "<h1>Career paths</h1><p>By</p><p>Mayank Gupta, CEO of CaseBasix</p>" + prose("s", 4)
    )
    assert extract_html(html).authors == ("Mayank Gupta", "CEO of CaseBasix")


def test_a_plural_role_after_several_writers_names_no_one_more() -> None:
    """ "Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators": the plural
    role said once for the writers is dropped and the names stay; after one writer the part
    is read as before, and the credit is no byline."""
    credit = "Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators"
    assert person_names(credit) == ["Julie Weisenhorn", "Natalie Hoidal"]
    assert person_names("Julie Weisenhorn, Extension horticulture educators") == []


def test_a_credit_shared_with_a_second_writer_stays_one_credit() -> None:
    """ "Dieter Hogen with Uta Pippig" is one credit as printed; "with" after a one-word part
    ("Interview with Jane Doe") makes no name."""
    assert person_names("Dieter Hogen with Uta Pippig") == ["Dieter Hogen with Uta Pippig"]
    assert person_names("Interview with Jane Doe") == []


def test_a_seat_on_a_committee_after_a_name_stays_the_credits_wording() -> None:
    """ "Agatha Caleo, Candidate Representative to the Candidate Liaison Committee": the
    member's seat is the credit's role part, kept as printed beside the name."""
    credit = "Agatha Caleo, Candidate Representative to the Candidate Liaison Committee"
    assert person_names(credit) == [
        "Agatha Caleo",
        "Candidate Representative to the Candidate Liaison Committee",
    ]


def test_a_text_opening_with_a_comma_is_read_without_failing() -> None:
    """A text whose first part is empty (", Jane Doe", a name after a dropped element) reads
    its names: the role check after a comma has no name before it to look at."""
    assert person_names(", Jane Doe") == ["Jane Doe"]


def test_a_name_with_a_few_words_in_parentheses_is_a_name_as_printed() -> None:
    """A handle, role or maiden name in parentheses within or after a name ("Jean-Luc Aufranc
    (CNXSoft)", "Paramita (Guha) Ghosh") leaves it a name, kept whole; the words in them do not
    make a name of what is none."""
    assert person_names("Jean-Luc Aufranc (CNXSoft)") == ["Jean-Luc Aufranc (CNXSoft)"]
    assert person_names("Lance Ryan (Content Manager)") == ["Lance Ryan (Content Manager)"]
    assert person_names("Paramita (Guha) Ghosh") == ["Paramita (Guha) Ghosh"]
    assert person_names("hackermondev (Daniel)") == []
    assert person_names("read this (Jane Doe)") == []
    byline = (
        "<h1>Fourteen USB ports</h1><p><span class='byline'>by <span class='author vcard'>"
        "<a class='url fn n' href='/author/cnxsoft/'>Jean-Luc Aufranc (CNXSoft)</a></span></span></p>"
    )
    assert extract_html(page(byline + prose("story", 4))).authors == ("Jean-Luc Aufranc (CNXSoft)",)


def test_a_degree_with_its_country_in_parentheses_stays_with_its_name() -> None:
    """ "Alina Petre, MS, RD (NL)": the registered dietitian of the Netherlands is her degree,
    no second person."""
    credit = "Jillian Kubala, MS, RD, Alina Petre, MS, RD (NL) and Rachael Ajmera, MS, RD"
    assert split_names(credit) == [
        "Jillian Kubala, MS, RD",
        "Alina Petre, MS, RD (NL)",
        "Rachael Ajmera, MS, RD",
    ]
