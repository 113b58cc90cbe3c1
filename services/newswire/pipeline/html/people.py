"""Which names a byline source gave are people: the checks and clean-ups every source's names
go through (``bylines`` asks its sources in turn, and keeps the first that names people).

Dropped: CMS placeholders ("admin", "undefined"), usernames, the site's or publisher's own
name, calls to action ("View Full Profile"), a company's legal name; taken off: a role run into
the name, the site's credit after the names; beside a full name, a username or a job title.
"""

from __future__ import annotations

import html
import re
from typing import Final
from urllib.parse import urlsplit

from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.text import fold
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import JOB_ROLES, MONTH_ABBREVIATIONS, WRITER_ROLES

# A company's legal form closing a name ("SmartEtailing Inc", "Kneib Dentistry PC"): the
# owner of the site, never a story's byline, whatever source names it (an institution's plain
# name, "Children's Hospital", does sign stories on wcxb-dev).
_LEGAL_FORM: Final = re.compile(r"\b(?:inc|llc|ltd|pc|corp|gmbh|plc)\.?$", re.IGNORECASE)
# An academic or medical institution's or an association's formal name ("Loyola Marymount
# University", "Obesity Medicine Association", "Cleveland Clinic"): the publisher of every
# page of its site, which the markup names as the author of its programme pages and its
# experts' stories alike; its writers sign as people. On wcxb-dev (all page types): authors
# invented -1 on half B (a service page), wrong -> none 2 on half A (the truth a person the
# page names elsewhere), none right lost on either half ("Children's Hospital", "Center for
# Drug Evaluation and Research", "Thrive Agency" sign stories and are kept).
_INSTITUTION: Final = re.compile(
    r"\b(?:university|college|institute|school|association|clinic)$", re.IGNORECASE
)


# A newsroom's or a company's collective signature, or a withheld name ("Staff", "team",
# "Anonymous"): no person, so never beside one, but the story's byline where no source names
# anyone (see ``bylines._collective``).
COLLECTIVE_SIGNATURES: Final = frozenset({"staff", "team", "anonymous"})
# Names that are no person: CMS defaults and placeholders, and the collective signatures.
_NOT_A_NAME: Final = frozenset(
    {
        "undefined",
        "null",
        "none",
        "admin",
        "administrator",
        "webmaster",
        "editor",
        "editors",
        "author",
        "guest",
        "unknown",
        "user",
        "root",
        "contributors",
        "writtenby",
        "theauthor",
        "postedby",
        # Form labels and section names left in byline boxes ("Name", "Category", "Review"),
        # and a month name left of a date split over two elements ("Feb" of "Feb<b>12</b>").
        "name",
        "category",
        "review",
        *MONTH_ABBREVIATIONS,
        *COLLECTIVE_SIGNATURES,
    }
)
# A username or template slot rather than a name: "brandon-peaktwo", "page.head.extra.author",
# "mdelatorreq6vkpg2ma0ci" (lower-case words joined by - _ or ., or letters run into digits).
_HANDLE: Final = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)+|[a-z]*\d[a-z\d]*\d[a-z\d]*")


# "Rachel MacDonald Writer", "Zackery Cuevas Staff Writer", "Keith Barry Senior Autos
# Reporter" (the beat's word before the role): the byline box's role line run into the name.
_ROLE_AFTER: Final = re.compile(
    r"(?<=\w)\s+(?:(?:senior|staff|contributing|associate|managing|deputy|chief|lead|freelance"
    rf"|guest)\s+(?:[a-z]+\s+)?)?(?:{'|'.join(WRITER_ROLES)})$",
    re.IGNORECASE,
)
# A name ending in an abbreviation keeps its period: "Ph.D.", "Jr.", "John A."
_ABBREVIATION_END: Final = re.compile(r"(?:\b\w\.\w+|\b[A-Z]|\bJr|\bSr)\.$")


# A link's words in an author box, not a name: "View Full Profile", "More By This
# Contributor", "Learn More", "Follow".
_CALL_TO_ACTION: Final = re.compile(
    r"^(?:view|see|more|learn|read|follow|contact|visit)\b", re.IGNORECASE
)
# A wiki's crowd of editors credited as the author ("Contributors to Wikimedia projects" in
# JSON-LD on every page of the wiki): no writer signs the page, like a bare "Contributors". A
# single contributor's credit ("SFist Contributor") still signs.
_CROWD: Final = re.compile(r"^contributors\s+(?:to|of)\b", re.IGNORECASE)
# A web address where a name should be ("www.facebook.com/jane.roe" in article:author, a
# profile link's text): it points at someone, it is no one's name; the markup's "http(s)://"
# values are skipped where they are read, a bare "www." or "domain.tld/path" was not.
_ADDRESS: Final = re.compile(r"^(?:https?://|www\.)|^[\w-]+(?:\.[\w-]+)+/", re.IGNORECASE)


def people(names: list[str], site_names: set[str]) -> tuple[str, ...]:
    out: list[str] = []
    after_role = False
    for name in names:
        cleaned = _without_site_credit(clean_line(html.unescape(name)).strip(' ,"“”'), site_names)
        if after_role and len(cleaned.split()) == 1:
            # "Zackery Cuevas Writer, Hardware": the one word after a name's role line is the
            # role's beat, split off at the comma, not a second person. On wcxb-dev's
            # articles: author right +1 on half A, none changed on B (all page types).
            after_role = False
            continue
        without_role = _ROLE_AFTER.sub("", cleaned)
        after_role = without_role != cleaned
        if len(without_role.split()) >= 2:  # "Community Editor" is the whole credit
            cleaned = without_role
        if not _ABBREVIATION_END.search(cleaned):
            cleaned = cleaned.rstrip(".")
        squeezed = fold(cleaned).replace(" ", "")
        if not 2 <= len(cleaned) <= 100 or cleaned in out:
            continue
        if squeezed in _NOT_A_NAME or squeezed in site_names or _HANDLE.fullmatch(cleaned):
            continue
        if _CALL_TO_ACTION.match(cleaned) or _LEGAL_FORM.search(cleaned) or _CROWD.match(cleaned):
            continue
        if _INSTITUTION.search(cleaned):
            continue
        if _ADDRESS.match(cleaned):
            continue
        out.append(cleaned)
    return _without_parts(out)


# "Name - Site …", "Names, Site": the byline's names, then the publication's credit.
_CREDIT_AFTER: Final = re.compile(r"^(?P<names>.+?)(?:\s+[-|–—]\s+|,\s+)(?P<credit>[^,|–—]+)$")


def _without_site_credit(name: str, site_names: set[str]) -> str:
    """The names without the site's credit after them: "David Jackson - FullStack Editorial
    Team", "Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal" (a newspaper group's
    markup signs each story with its paper): the credit starts with the site's own name."""
    found = _CREDIT_AFTER.match(name)
    if found is None or not site_names:
        return name
    credit = fold(found["credit"]).replace(" ", "")
    if any(len(site) >= 4 and credit.startswith(site) for site in site_names):
        return found["names"]
    return name


def first_names_only(names: tuple[str, ...]) -> bool:
    return all(len(name.split()) == 1 for name in names)


def job_titles_only(names: tuple[str, ...]) -> bool:
    """Whether every name is a job title ("Head Winemaker", "Co-Founder"): an author box's
    role lines read where its name line was not (the name sits in an element of another
    class), no signature of the story: ``bylines`` asks the next source (the author box's
    name line). On wcxb-dev's articles: author right +1 on half A, none lost or invented on
    either half."""
    return bool(names) and all(_ROLE_LAST.search(name) for name in names)


def _without_parts(names: list[str]) -> tuple[str, ...]:
    """The names without those that are a piece of another: "Maria" and "Katerina" beside
    "Maria & Katerina" (a byline read whole, then split); and, beside a full name of two words
    or more, what is no signature of the story: a username in lower case ("kffnirmitap" beside
    "Nirmita Panchal" in the markup), a job title read as a name ("Marketing Director"
    beside "Liza Burke" in an author box) and a desk's name (see ``_DESK``)."""
    words = {word for name in names if len(name.split()) >= 2 for word in name.split()}
    full = [
        name
        for name in names
        if len(name.split()) >= 2 and not _ROLE_LAST.search(name) and not _DESK.search(name)
    ]
    kept = []
    for name in names:
        if len(name.split()) < 2 and name in words:
            continue
        if any(_same_person(name, other) for other in names if other != name):
            continue
        if (
            full
            and name not in full
            and (name.islower() or _ROLE_LAST.search(name) or _DESK.search(name))
        ):
            continue
        kept.append(name)
    return tuple(kept)


def _same_person(name: str, other: str) -> bool:
    """Whether ``name`` is ``other`` written again, longer or shorter: run into the author
    box's next words ("Spencer McIntyreAuthor Posts", "Harry RabinowitzTech" beside "Spencer
    McIntyre", "Harry Rabinowitz"), or without a middle name ("Tina Huffman" beside "Tina
    Flint Huffman", the markup's and the byline's spelling of one author)."""
    if name.startswith(other) and name[len(other) : len(other) + 1].isalpha():
        return True  # run into the next word, no space between ("Maria & Katerina" is two)
    mine, theirs = name.split(), other.split()
    return (
        2 <= len(mine) < len(theirs)
        and mine[0] == theirs[0]
        and mine[-1] == theirs[-1]
        and set(mine) <= set(theirs)
    )


# A newsroom's desk named after the writer ("By Jane Doe, Global Desk", "…, Metro Desk"): the
# desk the writer files for, split off at the comma like a role, not a second author. Beside a
# full name only: a desk signing alone ("News Desk") is the story's credit.
_DESK: Final = re.compile(r"(?:^|\s)(?:news)?desk$", re.IGNORECASE)
# The last word of a job title, not of a name: "Marketing Director", "Head Winemaker",
# "Co-Founder", "Contributor".
_ROLE_LAST: Final = re.compile(
    rf"(?:^|\s|-)(?:{'|'.join((*WRITER_ROLES, *JOB_ROLES))})$",
    re.IGNORECASE,
)


def names_of_site(meta: HeadMetadata, url: str | None) -> set[str]:
    """The site's and publisher's names, letters only ("homeyou", "stitchdata"), and the main
    label of its domain ("uclahealth" for www.uclahealth.org): an author so named is the site."""
    names = {
        fold(name).replace(" ", "")
        for name in (
            meta.first("og:site_name"),
            meta.first("application-name"),
            meta.ld.publisher(),
        )
        if name
    }
    host = urlsplit(url).hostname if url else None
    if host:
        labels = host.removeprefix("www.").split(".")
        if len(labels) >= 2:
            names.add(labels[-2])
    return names - {""}
