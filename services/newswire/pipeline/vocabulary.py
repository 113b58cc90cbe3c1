"""The words news pages print around a story, in the languages the extractors read, kept once
for both extractors: text mode (``pipeline/text/``) and the HTML extractor (``pipeline/html/``)
build their patterns from these tuples, so a word added here is read by both.

The words of dates (month names, "ago", "yesterday", "Updated") in every language live with
their parser in ``pipeline/dates.py``: an extractor accepts a date only through
``dates.is_date_like``. The English month names below are for the rules that recognise a month
as a word, not a date (a byline's leftover "Feb", the page classifier's word counts).
"""

from __future__ import annotations

import re
from typing import Final

#: A line that is only one of these is an ad slot's label, in any language.
AD_LABELS: Final = (
    "advertisement",
    "advertisment",
    "anzeige",
    "publicidad",
    "publicité",
    "publicidade",
    "iklan",
    "sponsored",
)

#: English month abbreviations as pages print them ("Sept" too); "may" is its own full name.
MONTH_ABBREVIATIONS: Final = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)
#: English month names in full, lower-case.
MONTH_NAMES: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

#: "By" before a byline's names on a line of its own: "By Jane Doe", "Oleh: …", "von …",
#: "par …", "por …".
BY_WORDS: Final = ("by", "oleh", "von", "par", "por")
#: More words for "by" that are also everyday prepositions ("di" is Indonesian "in", "door" an
#: English noun, "av"/"af" Nordic "of"): read only inside an element already named a byline.
BY_WORDS_IN_BYLINES: Final = (*BY_WORDS, "di", "door", "av", "af", "przez", "от")
#: "Written by" in the languages of the corpora, as a byline line or Yoast's localised unfurl
#: label (twitter:label1) writes it: "Verfasst von", "Écrit par", "Ditulis oleh". Unlike a bare
#: "di" or "door", the two words together say who wrote the story.
WRITTEN_BY_PHRASES: Final = (
    *("written by", "verfasst von", "geschrieben von", "écrit par", "ecrit par"),
    *("escrito por", "geschreven door", "scritto da", "ditulis oleh", "napisane przez"),
    *("skrevet af", "skrevet av", "skriven av"),
)
#: "Author" in other languages.
AUTHOR_WORDS: Final = (
    "autor",
    "autora",
    "autores",
    "autorin",
    "auteur",
    "auteurs",
    "autore",
    "penulis",
)
#: Labels that name the writer when a colon follows ("Autor: …", "Penulis: …", "Text: …" in a
#: German magazine): without the colon most are everyday words. Not the English "Words:": on
#: wcxb-dev it shows the full name beside a markup author that is the truth (A -1).
AUTHOR_LABELS: Final = (
    *AUTHOR_WORDS,
    "text",
    "texte",
    "texto",
    "testo",
    "contributor",
    "contributors",
)

#: Labels of a photo credit in a caption or on a line of its own: "Foto: ANTARA/Hafidz",
#: "(Photo: AP)", "Bild: dpa", "Gambar: …".
PHOTO_LABELS: Final = (
    "photo",
    "foto",
    "fotó",
    "image",
    "picture",
    "bild",
    "imagem",
    "gambar",
    "фото",
)

#: Credit labels before names on a line of their own ("Editor: M Bayu Pratama", "Penulis: …",
#: "Sumber: Al Jazeera"), and which list of the article the names go to.
CREDIT_LABELS: Final[dict[str, str]] = {
    "editor": "editors",
    "penyunting": "editors",
    "redaktur": "editors",
    "penulis": "authors",
    "reporter": "authors",
    "pewarta": "authors",
    "wartawan": "authors",
    "writer": "authors",
    "author": "authors",
    "autor": "authors",
    "auteur": "authors",
    "sumber": "attributions",
    "source": "attributions",
    "quelle": "attributions",
    "fuente": "attributions",
    "fonte": "attributions",
    "kontributor": "authors",
    "contributor": "authors",
}

#: Marks that end a sentence, in the scripts of the corpora (Latin, CJK, Arabic, Devanagari).
SENTENCE_MARKS: Final = ".!?…。！？؟।"
#: Closing quotes a sentence may end inside: '"Setuju," jawab mereka.' / «… pays.»
CLOSING_QUOTES: Final = "\"'”’»」』"


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """``words`` as a regex alternation, longest first (so "sponsored" is tried before "sponsor")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# "and" between names (English, German, French, Spanish, Portuguese, Indonesian/Malay, and the
# Catalan/Polish "i"), as a word between spaces ("e-Health" holds no "e"); commas, semicolons
# and "&" in any language, with the "and" of a serial comma after them ("A, B, and C").
_AND: Final = r"(?:and|und|y|et|e|dan|i)"
_NAME_SEPARATOR: Final = re.compile(rf"\s*[,;&]\s*(?:{_AND}\s+)?|\s+{_AND}\s+")
#: A person's name as bylines print it: 1-5 words, each capitalised (or an all-caps wire
#: byline), allowing the lower-case particles of names (de, van, bin, al-…), and the "the" of
#: a column's or a team's signature after its first word ("Ask the Doctors": a byline
#: element's and the truth's author; on wcxb-dev's articles: author right +1 on half A, +2 on
#: half B, none invented on either half, all page types). Not "of": "Head of Content",
#: "Director of Marketing" are job titles.
_NAME_WORD: Final = (
    r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w.'’-]*|(?:de|da|do|dos|del|della|di|du|van|von|der|den|la|le|bin"
    r"|binti|al|el|ibn|y)[\s-]"
)
PERSON_NAME: Final = re.compile(rf"^(?:{_NAME_WORD})\s*(?:(?:{_NAME_WORD}|the\s)\s*){{0,4}}$")
#: A collective signature as a byline prints it, its article and noun in lower case ("By the
#: Lavazza Team", "By The Currency editors"): the newsroom or company signs the story, as the
#: reader sees. Only with a capitalised name between the article and the noun (a bare "the
#: team" signs nothing, see ``bylines._collective``). On wcxb-dev's articles: author right +2
#: on half B, none on A, none invented on either half.
COLLECTIVE_NAME: Final = re.compile(
    rf"^(?:the\s+)?(?:{_NAME_WORD})\s*(?:(?:{_NAME_WORD})\s*){{0,3}}(?:[Tt]eam|[Ss]taff|[Ee]ditors)$"
)


# A few words in parentheses within or after a name, kept as printed: the writer's handle or
# site ("Jean-Luc Aufranc (CNXSoft)"), role ("Lance Ryan (Content Manager)") or maiden name
# ("Paramita (Guha) Ghosh"). The name is judged without them, and a degree so qualified ("RD
# (NL)") is a degree.
_ASIDE: Final = re.compile(r"\s*\([^()]{1,30}\)(?=\s|$)")


def _without_asides(name: str) -> str:
    """``name`` without its words in parentheses (``_ASIDE``)."""
    # Most names hold no parenthesis: no pattern is run over them.
    return _ASIDE.sub("", name) if "(" in name else name


# Degrees and licences printed after a name ("Shelby Loos, DVM", "Jillian Kubala, MS, RD",
# "Genevieve Carlton, Ph.D."), periods and case ignored: part of the name, not a second person.
_CREDENTIALS: Final = frozenset(
    {"md", "do", "dvm", "vmd", "phd", "rd", "rdn", "rn", "np", "pa", "ms", "msc", "ma", "ba"}
    | {"bs", "bsc", "mph", "mba", "jd", "lvt", "cpt", "cscs", "dds", "dmd", "pharmd", "lcsw"}
    | {"cpa", "cfp", "facp", "dacvb"}
    # Dietitians' and clinicians' licences and fellowships ("Lizzie Streit, MS, RDN, LD": the
    # last one was read as a second author "LD"; "Michael Greger, M.D. FACLM").
    | {"ld", "ldn", "cde", "cdces", "dpt", "psyd", "edd", "lpc", "lmft", "faclm", "facs", "facc"}
    # Obesity medicine's fellowship and board ("Doris Munoz-Mantilla, MD, FOMA, DABOM").
    | {"foma", "dabom"}
)


# The words of a writer's role in a byline box ("Staff Writer", "Senior Autos Reporter") and of
# a job title ("Marketing Director", "Co-Founder"): one list for every rule that tells a role
# from a name (``people``: a role run into a name, a role read as a name; ``split_names``
# below: a role after a name's comma).
WRITER_ROLES: Final = ("writer", "reporter", "editor", "contributor", "correspondent", "columnist")
JOB_ROLES: Final = (
    *("director", "founder", "manager", "officer", "president", "owner", "ceo", "cto", "cfo"),
    *("journalist", "expert", "specialist", "strategist", "analyst", "consultant", "engineer"),
    "winemaker",
)


# A role's or a department's word ("VP, IS Security, Risk, and Compliance", "Head of Sales"),
# and an acronym among capitalised words ("IS Security", "VP Marketing"): a credit's job title
# or organisation after a name, shaped like a name only by its capitals. A member's seat on a
# body too ("by Agatha Caleo, Candidate Representative to the Candidate Liaison Committee", an
# association's newsletter): on wcxb-dev's articles, author right +1 on half A, none on B,
# none invented (all page types).
_ROLE_WORD: Final = re.compile(
    rf"\b(?:head|chief|vice|partner|lead|{'|'.join((*WRITER_ROLES, *JOB_ROLES))}|security"
    r"|compliance|risk|marketing|sales|operations|finance|communications|department|university"
    r"|school|group|representative|committee|council|board)\b",
    re.IGNORECASE,
)
_ACRONYM: Final = re.compile(r"\b[A-Z]{2,5}\b")


def _role_part(name: str) -> bool:
    """Whether a comma's part after a person's full name is their role or organisation, not a
    second person: one word ("Compliance", "RevMed"), an acronym beside capitalised words
    ("VP", "IS Security"; not an all-caps wire byline), or a role's or department's word."""
    words = name.split()
    if len(words) < 2:
        return True
    if not name.isupper() and _ACRONYM.search(name):
        return True
    return not name.isupper() and bool(_ROLE_WORD.search(name))


def split_names(text: str) -> list[str]:
    """The names of a byline or credit ("Jane Doe and John Roe", "A, B dan C"), as printed;
    degrees after a name stay with it ("Lizzie Streit, MS, RDN" is one person), and so, left
    out, does a role line after it, split at its commas ("Carlos Escobar, VP, IS Security,
    Risk, and Compliance, RevMed" is one person): the parts after its first comma until an
    "and" (or "&", ";") before a full name. A single part stays a part ("Tracy Parker,
    Dietitian"): the credit's own wording, which the signature keeps whole (dropped, it cost
    author right 1 page on each wcxb-dev half). As it stands: no author figure changed on
    either half; two service pages' testimonial credits lose their role parts."""
    found: list[str] = []
    role: list[str] = []

    def close_role() -> None:
        if len(role) == 1:
            found.append(role[0])
        role.clear()

    parts = re.split(f"({_NAME_SEPARATOR.pattern})", text)
    for at in range(0, len(parts), 2):
        name = parts[at]
        if not name:
            continue
        separator = parts[at - 1].strip() if at > 0 else ""
        degree = _without_asides(name).replace(".", "").lower()
        if found and degree in _CREDENTIALS and len(found[-1].split()) >= 2:
            found[-1] = f"{found[-1]}, {name}"
        elif role and separator == ",":
            role.append(name)  # the role's organisation ("…, Parkview Health")
        elif (role or (separator == "," and found and len(found[-1].split()) >= 2)) and _role_part(
            name
        ):
            role.append(name)
        else:
            close_role()
            found.append(name)
    close_role()
    return found


def leading_person_names(text: str) -> list[str]:
    """The names opening a credit that goes on with what the writers are ("Vanessa Mendez, MD,
    gastroenterologist, Parkview Health"; "Danielle Padula, Head of Marketing"): the parts up
    to the first that is no person's name, degrees kept with their name."""
    found: list[str] = []
    for name in split_names(text):
        if not PERSON_NAME.match(name.split(", ")[0]):
            break
        found.append(name)
    return found


def person_names(text: str) -> list[str]:
    """The names of a byline when every part is shaped like a person's name, else none: a part
    that is no name means the text was a sentence or a job title ("Jane Doe, Journalist"); a
    name's degrees are part of it (see ``split_names``)."""
    found = split_names(text)
    if _shared_role(found):
        found = found[:-1]
    shaped = all(
        PERSON_NAME.match(_without_asides(name.split(", ")[0]))
        or COLLECTIVE_NAME.match(name)
        or _with(name)
        for name in found
    )
    return found if found and (shaped or _role_credit(found)) else []


# "By Dieter Hogen with Uta Pippig": a writer's credit shared "with" a second full name (a
# coach's plan written with an athlete, a memoir "with" its ghostwriter), one credit as
# printed, like a role after a name; "with" joins no two names in the separators' sense.
_WITH: Final = re.compile(r"\s+with\s+")


def _with(name: str) -> bool:
    """Whether the part is two full names joined by "with". On wcxb-dev's articles: author
    right +1 on half B, none on A, none invented (all page types)."""
    parts = _WITH.split(name)
    return len(parts) == 2 and all(
        len(part.split()) >= 2 and PERSON_NAME.match(part) for part in parts
    )


# A role in the plural after the writers' names, in the credit's own lower case ("Julie
# Weisenhorn and Natalie Hoidal, Extension horticulture educators"): what the writers are,
# said once for all of them; no name, and shaped like none it made the credit no byline.
_PLURAL_ROLE: Final = re.compile(r"^\S+(?:\s+\S+){0,3}\s+[a-z]+s$")


def _shared_role(found: list[str]) -> bool:
    """Whether the last part is a role shared by two or more full names before it. On
    wcxb-dev's articles: author right +1 on half B, none on A, none invented."""
    *names, role = found or [""]
    return (
        len(names) >= 2
        and all(len(name.split()) >= 2 and PERSON_NAME.match(name) for name in names)
        and _PLURAL_ROLE.match(role) is not None
    )


# A job title with its organisation after a name's comma, its joining words in lower case
# ("By Mayank Gupta, CEO of CaseBasix", "Head of Sales at Acme"): the credit's own wording,
# kept as a part as "Dietitian" is (see ``split_names``), where the "of" made the whole byline
# no name at all. Only with a role's word in it (see _ROLE_WORD). On wcxb-dev's articles:
# author right +1 on half B, none on A, none invented (all page types).
_ROLE_CREDIT: Final = re.compile(
    rf"^(?:{_NAME_WORD})\s*(?:(?:of|to|the|for|at|and|in|on)\s+|(?:{_NAME_WORD})\s*){{1,10}}$"
)


def _role_credit(found: list[str]) -> bool:
    """Whether the names are one person's full name and then their role and organisation,
    every part but the role shaped like a name."""
    *names, role = found
    return (
        len(names) == 1
        and len(names[0].split()) >= 2
        and bool(PERSON_NAME.match(names[0].split(", ")[0]))
        and _ROLE_WORD.search(role) is not None
        and _ROLE_CREDIT.match(role) is not None
    )
