"""The author's bio closing a story: a last paragraph that introduces the byline's author in
the third person ("Jane Doe is a freelance writer based in Denver", "(John Roe is an associate
at ...)", "About the author: Jane Doe has covered ..."), dropped with what follows it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newswire.pipeline.html.head import ld_items, ld_types

# A contributor's or a company's story often ends in its author's bio set as a plain paragraph
# of the story's own container (no heading, no box the strip rules see): the reader has read
# the story by then, and the bio tells who wrote it, not what happened. Its shape is plain: it
# opens with the byline's own name (whole, or the first or last name alone) and a verb that
# introduces a person ("is", "has", "holds", "specializes", with an apposition between: "Jane
# Doe, a CPA in Manila, specializes in"). Only among the story's last _TAIL_LINES paragraphs and
# when the bio and what follows are a small tail (at most _TAIL_SHARE of the text): a profile
# or an interview about its own writer opens with the name early and runs on. The byline's
# name is what tells a bio from the story's people: a story about someone else names them, and
# a one-word byline (a company's name as the author: "Acme is dedicated to ...") is left out,
# as its closing blurb is part of the company's post as often as not (one page each way).
# Simulated on the per-page outputs, then measured: half A articles +0.0002 (6 pages better, a
# book excerpt's closing author note -0.016), half B +0.0005 (7 better, none worse), the other
# types and ScrapingHub unchanged (no page there closes so).
_TAIL_LINES: Final = 6
_TAIL_SHARE: Final = 0.3
# An optional apposition, then the verb that introduces the person.
_BIO_VERB: Final = re.compile(
    r"(?:,[^,]{1,80},)? (?:is|was|has|holds|serves|lives|writes|covers|joined|began|brings"
    r"|specializes|leads|earned|graduated|teaches|works|received|loves|enjoys|spent|started"
    r"|founded|co-founded|currently)\b",
    re.IGNORECASE,
)
_LEADS: Final = ("(", "about the author:")
# A review's "Why Trust Us" / "Why We're the Experts" / "Who We Are" section: the site vouching
# for the tester under a heading of its own is the review's own part (its truths keep it:
# 4 pages worse without this, none better), where a bare bio after the story is not.
_VOUCHING: Final = re.compile(r"\b(?:trust|experts?|who we are)\b", re.IGNORECASE)
_VOUCHING_CHARS: Final = 60
_SHORT_NAME: Final = 3


def bio_names(authors: Sequence[str]) -> tuple[str, ...]:
    """The names a bio of one of ``authors`` may open with: each person's whole name (a byline
    of several split at "and", "&" and commas), and its first and last names; longest first.
    Persons of one word are left out (see above)."""
    names: set[str] = set()
    for byline in authors:
        for person in re.split(r",| and | & ", byline):
            parts = person.split()
            if len(parts) < 2:
                continue
            names.add(" ".join(parts))
            names.update(part for part in (parts[0], parts[-1]) if len(part) >= _SHORT_NAME)
    return tuple(sorted(names, key=len, reverse=True))


def _opens_bio(line: str, names: tuple[str, ...]) -> bool:
    text = line.strip()
    lowered = text.lower()
    for lead in _LEADS:
        if lowered.startswith(lead):
            text = text[len(lead) :].lstrip()
            break
    return any(
        text.startswith(name) and _BIO_VERB.match(text, len(name)) is not None for name in names
    )


def without_author_bio(paragraphs: list[str], authors: Sequence[str]) -> list[str]:
    """``paragraphs`` without the bio of one of ``authors`` that closes them, and what follows
    it; unchanged when none does."""
    names = bio_names(authors)
    if not names or not paragraphs:
        return paragraphs
    total = sum(len(line) for line in paragraphs)
    first = max(1, len(paragraphs) - _TAIL_LINES)
    for index in range(first, len(paragraphs)):
        line = paragraphs[index]
        if not _opens_bio(line, names):
            continue
        before = paragraphs[index - 1]
        if len(before) < _VOUCHING_CHARS and _VOUCHING.search(before):
            continue
        if sum(len(rest) for rest in paragraphs[index:]) > _TAIL_SHARE * total:
            return paragraphs
        return paragraphs[:index]
    return paragraphs


# A blog's SEO plugin (Yoast's schema graph and others like it) declares the post's author in
# the page's JSON-LD as a schema.org Person whose "description" is the author's bio: the text
# the theme's author box prints after the story, where no name rule above finds it (the bio may
# open with a first name the byline lacks, "Lauren has written for ...", or with a company's
# one-word name). The page itself says that line is who wrote the story, not the story: a
# paragraph among the story's last _TAIL_LINES that opens as a declared Person's description
# goes. A description under _DECLARED_BIO_CHARS is a job title ("Founder at ..."), which a
# story's line may open with; the first _COMPARED_CHARS characters decide (the description is
# often cut or edited at its end). Half B articles 0.964208 -> 0.964324 (2 pages of 2 sites
# +0.022 each), no other page of wcxb-dev (any type, either half) nor of ScrapingHub changed:
# a declared bio is printed in the story's container only as its closing author box.
_DECLARED_BIO_CHARS: Final = 60
_COMPARED_CHARS: Final = 80


def _folded(text: str) -> str:
    return " ".join(text.split()).lower()[:_COMPARED_CHARS]


def declared_bios(roots: tuple[object, ...]) -> frozenset[str]:
    """The openings (folded) of the descriptions of the persons the page's JSON-LD blocks
    (``roots``, as parsed) declare, each at least _DECLARED_BIO_CHARS long."""
    bios: set[str] = set()
    for data in roots:
        for item in ld_items(data):
            text = item.get("description")
            if (
                isinstance(text, str)
                and len(text) >= _DECLARED_BIO_CHARS
                and "person" in ld_types(item)
            ):
                bios.add(_folded(text))
    return frozenset(bios)


def without_declared_bio(paragraphs: list[str], bios: frozenset[str]) -> list[str]:
    """``paragraphs`` without a line among their last _TAIL_LINES that opens as one of the
    declared ``bios`` (see ``declared_bios``)."""
    if not bios:
        return paragraphs
    first = max(1, len(paragraphs) - _TAIL_LINES)
    return paragraphs[:first] + [line for line in paragraphs[first:] if _folded(line) not in bios]
