"""Routing the lines around the story: promos to ``related``, credits and bylines to metadata,
date lines to dates, captions to images; everything else stays in the body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from newswire.events import Image, Related
from newswire.pipeline.dates import is_date_like
from newswire.pipeline.text.lines import (
    copy_link,
    credit_only,
    embed,
    fold,
    is_noise,
    is_paragraph,
    plain_promo_title,
    syndicated,
)
from newswire.pipeline.text.patterns import (
    BYLINE,
    CREDIT,
    CREDIT_FIELD,
    CREDIT_LABEL,
    CREDIT_PAREN,
    CREDIT_SLASH,
    DATE_LINE,
    PHOTO_CREDIT,
    REUTERS_CREDIT,
)
from newswire.pipeline.text.tag_lines import tag_list
from newswire.pipeline.update_lines import is_update_line, split_update
from newswire.pipeline.vocabulary import PHOTO_LABELS, person_names, split_names


@dataclass
class Collected:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    #: Titles already in ``related``: a promo printed twice names its article once (a set,
    #: so that thousands of distinct promo lines stay linear).
    related_titles: set[str] = field(default_factory=set)

    def add_related(self, title: str, url: str | None = None) -> None:
        if title and title not in self.related_titles:
            self.related_titles.add(title)
            self.related.append(Related(title=title, url=url))

    def add(self, name: str, value: str) -> None:
        target: list[str] = getattr(self, name)
        if value and value not in target:
            target.append(value)


CAPTION_PENDING: Final = "\x00caption-pending"
CAPTION_PAIR: Final = "\x00caption-pair"


def route(  # noqa: PLR0911, PLR0912 - a decision list: a line goes to the first rule it fits
    line: str,
    previous: str | None,
    found: Collected,
    *,
    before_body: bool,
    above: str | None = None,
) -> str | None:
    """Route one line: return it (or a cleaned form) to keep it in the body, None to drop it, or
    the caption marker to hold it until the next line says whether it was a caption. ``above``:
    the body line right above this one (no blank line between), a caption if this is its
    credit."""
    if is_noise(line):
        return None
    if _promo(line, found):
        return None
    if embed(line):  # after the promos: "[Baca juga: …]" is bracketed as an embed is
        return None
    if _credit(line, found):
        return None
    if _tags(line, found):
        return None
    if before_body:
        byline = BYLINE.match(line)
        if byline and len(line.split()) <= 8:
            # Split only where every part is a full name ("Jane Doe and John Roe"): on a bare
            # line a one-word part is a job title or a degree ("Jane Doe, Journalist", "Lizzie
            # Streit, MS, RDN"), and the line stays the one author it names.
            who = byline.group("who").strip()
            names = person_names(who)
            full = names and all(len(name.split()) >= 2 for name in names)
            for name in names if full else [who]:
                found.add("authors", name)
            return None
        if _date_line(line):
            _add_date_line(line, found)
            return None

    caption = _caption(line, above if above is not None else previous)
    if previous is not None and caption is not None and same_caption(previous, caption[0]):
        found.images.append(Image(caption=caption[0] or previous, credit=caption[1]))
        return CAPTION_PAIR
    if caption is not None and (not is_paragraph(line) or PHOTO_CREDIT.search(line)):
        found.images.append(Image(caption=caption[0] or caption_above(above), credit=caption[1]))
        return None
    # A credit alone on its line ("REUTERS/Willy Kurniawan") is the photo's, and the line just
    # above it its caption (which stays in the body too: it may be a sentence of the story).
    credit_alone = credit_only(line)
    if credit_alone is not None:
        found.images.append(Image(caption=caption_above(above), credit=credit_alone))
        return None
    # A short line without a sentence end before the body may be a caption whose credited copy
    # follows (scrapers often render the <img alt> and the <figcaption>): hold it one line.
    if before_body and len(line) <= 200 and not is_paragraph(line):
        return CAPTION_PENDING
    return line


def _promo(line: str, found: Collected) -> bool:
    """Whether ``line`` is a promo, its title added to related: a site's copy handler's link
    with its address (see COPY_LINK), or any promo line."""
    link = copy_link(line)
    if link is not None:
        found.add_related(link.group("title").strip(), link.group("url"))
        return True
    promo = plain_promo_title(line)
    if promo is not None:
        found.add_related(promo)
    return promo is not None


def _caption(line: str, neighbour: str | None) -> tuple[str, str] | None:
    """The caption and credit of ``line`` (``caption_with_credit``), unless it is an item of a
    list whose items open on one label (``same_label`` with ``neighbour``, the line right above
    it in the body or held as a possible caption)."""
    caption = caption_with_credit(line)
    if caption is not None and neighbour is not None and same_label(neighbour, line):
        return None
    return caption


#: The longest label, up to its colon, that opens a list's item ("2a etapa:", "Step 3:").
ITEM_LABEL_MAX_CHARS: Final = 30
_NO_DIGITS: Final = str.maketrans("", "", "0123456789")


def same_label(above: str, line: str) -> bool:
    """Whether ``line`` opens on the label of the line right above it, figures aside ("1a
    etapa: 10 de março - Interlagos" / "2a etapa: 8 de abril - Curitiba / Alternativa"): the
    items of one list (a calendar, a schedule, numbered steps), whose slash names a place or an
    alternative, not a photo's source. A gallery's captions ("Foto 1: … / Reuters") open on a
    photo label and stay captions. ScrapingHub: a race calendar lost an item as a caption."""
    colon = line.find(":", 0, ITEM_LABEL_MAX_CHARS)
    other = above.find(":", 0, ITEM_LABEL_MAX_CHARS)
    if colon <= 0 or other <= 0:
        return False
    label = line[:colon].translate(_NO_DIGITS).strip().casefold()
    return (
        bool(label)
        and label == above[:other].translate(_NO_DIGITS).strip().casefold()
        and not _names_a_photo(line[:colon])
    )


def _add_date_line(line: str, found: Collected) -> None:
    """The story's date line, kept as a date only when dates.py can read it (enrichment would
    drop it in silence); a line of both dates, in either order ("Updated … · Published …"),
    gives each its own field."""
    value = line.lstrip("-–— ").strip()
    published, updated = split_update(value)
    if updated is not None:
        found.add("published", published)
        found.add("modified", updated)
    elif is_date_like(value):
        found.add("modified" if is_update_line(line) else "published", value)


def _date_line(line: str) -> bool:
    """A date line above the story ("Kamis, 24 Oktober 2020 06:25 WIB"). A line ending in a
    colon announces what follows ("Effective beginning 6/2/2025:" over a notice): a label of
    the story holding a date, not its date line (one wcxb-dev article of half A lost it)."""
    return (
        len(line) <= 80
        and not line.endswith(":")
        and bool(DATE_LINE.search(line))
        and not is_paragraph(line)
    )


def _tags(line: str, found: Collected) -> bool:
    """Whether ``line`` lists the story's tags ("Tag: banjir, jakarta"):
    metadata printed under the story, not a paragraph of it; the tags are collected."""
    tags = tag_list(line) if ":" in line else None  # the label's colon first
    for tag in tags or ():
        found.add("tags", tag)
    return tags is not None


def _credit(line: str, found: Collected) -> bool:
    """Whether ``line`` is a credit line ("Editor: …", a wire's "(Reporting by …)", "This
    article was first published in …"), its names and sources collected."""
    # Each shape's fixed part first (a credit's colon, the wire's parenthesis): most lines
    # skip the regexes.
    credit = CREDIT.match(line) if ":" in line else None
    if credit:
        field_name = CREDIT_FIELD[credit.group("label").lower()]
        for who in split_names(credit.group("who")):
            found.add(field_name, who.strip(" .*"))
        return True
    reuters = REUTERS_CREDIT.match(line) if line[:1] == "(" else None
    if reuters:
        found.add("attributions", "Reuters")
        for who in split_names(reuters.group("who")):
            found.add("authors", who.strip())
        for who in split_names(reuters.group("editors") or ""):
            found.add("editors", who.strip())
        return True
    syndication = syndicated(line)
    if syndication:
        found.add("attributions", syndication.group("src"))
        return True
    return False


#: The longest line read as the caption of a credit line under it.
CAPTION_MAX_CHARS: Final = 250


def caption_above(above: str | None) -> str | None:
    return above if above and len(above) <= CAPTION_MAX_CHARS else None


def caption_with_credit(line: str) -> tuple[str, str] | None:
    if len(line) > 400:
        return None
    match, slash = _leftmost_credit(line)
    if match is None:
        return None
    credit = match.group("credit").strip(" /")
    # A slash credit names a source, not a sentence: reject "and/or"-style slashes in prose.
    if (
        slash
        and (len(credit.split()) > 6 or not credit[:1].isalnum())
        and not credit.startswith("@")
    ):
        return None
    caption = line[: match.start()].strip()
    if slash and (
        alternatives(caption, line[match.start() :], credit) or not names_source(caption, credit)
    ):
        return None
    return caption, credit


#: The most words of a slash credit in lower case under a finished caption ("… in Berlin. / dpa").
LOWER_CREDIT_MAX_WORDS: Final = 3


def names_source(caption: str, credit: str) -> bool:
    """Whether a slash "credit" can name a photo's source. A source is a name: it opens with a
    capital ("/Twitter/@SecPompeo", "/ ANTARA FOTO/…", "/ Getty Images"), an account ("@…") or
    a name spelled with figures ("/ 123RF"), and it closes the caption rather than announcing
    what follows. What a slash set off by a space leads into otherwise is a path ("root /data;",
    "mkdir /etc/systemd/…"), a unit ("$14 /month", "or $91.58 /mo. per month"), a model number
    ("GTX 1050 / 1050 Ti"), a measure ("8.25\" x 5.6\" / 21 x 14.2 cm") or a sentence's
    alternative ("… secara keji / biadab:"): lines of a story, which a caption rule took out
    of it (measured on the clean renderings of wcxb-dev, half A: 197 truth lines hold such a
    slash, code and spec lines of documentation and product pages most of them). A credit in
    lower case ("dpa", "picture alliance / dpa") stands under a finished caption, short."""
    if credit.startswith("@"):
        return True
    if credit.endswith(":"):
        return False
    first = credit.split(maxsplit=1)[0]
    if first[:1].isdigit():
        return any(ch.isupper() for ch in first)
    if first[:1].islower():
        return caption[-1:] in ".!?)" and len(credit.split()) <= LOWER_CREDIT_MAX_WORDS
    return True


#: The most words of the part before " / " in a pair of alternatives ("Sensor / DPI").
ALTERNATIVE_MAX_WORDS: Final = 4


def alternatives(caption: str, slash_part: str, credit: str) -> bool:
    """Whether a slash "credit" is a pair of alternatives, a ratio or a sum rather than a credit:
    "Compact / Point and Shoot", "Classen Curve / Western Avenue", "Zoho CRM / Bigin", "4.96 /
    5.0", "rpm / 60". A credit names someone (a letter at least), and under a caption it follows
    a description: the slash set off by spaces on both sides after a short plain phrase (four
    words or fewer, no stop, no parenthesis: "(Reed Saxon / Associated Press)" is a credit) is
    an alternative. Measured on the clean renderings of wcxb-dev articles: such lines were
    taken as image captions and lost from the story in 5 of half A's 37 articles under 98%."""
    if not any(ch.isalpha() for ch in credit):
        return True
    return (
        slash_part.lstrip().startswith("/ ")
        and slash_part[:1].isspace()
        and 0 < len(caption.split()) <= ALTERNATIVE_MAX_WORDS
        and caption[-1] not in ".!?)"
        and "(" not in caption
    )


def _names_a_photo(line: str) -> bool:
    """Whether a photo label ("Foto", "Image", …) may be in the line as CREDIT_LABEL's
    IGNORECASE reads it (see ``fold``)."""
    folded = fold(line)
    return any(label in folded for label in PHOTO_LABELS)


def _leftmost_credit(line: str) -> tuple[re.Match[str] | None, bool]:
    """The credit running to the line's end that starts leftmost (the caption is what stands
    before it), and whether it is a slash credit. Each shape is tried only where its fixed
    part is: a slash, a closing parenthesis (its credit opens at the last "("), a colon."""
    found: list[re.Match[str]] = []
    if "/" in line:
        slash = CREDIT_SLASH.search(line)
        if slash:
            found.append(slash)
    if line.rstrip().endswith(")"):
        paren = CREDIT_PAREN.match(line, line.rfind("("))
        if paren:
            found.append(paren)
    if ":" in line and _names_a_photo(line):
        label = CREDIT_LABEL.search(line)
        if label:
            found.append(label)
    if not found:
        return None, False
    # Credits of different shapes open on different characters ("/", "(", a letter): the
    # leftmost is the one a caption of the least length leaves.
    first = min(found, key=lambda match: match.start())
    return first, first.re is CREDIT_SLASH


def same_caption(held: str, caption: str) -> bool:
    return held.rstrip(" .") == caption.rstrip(" .") or caption.startswith(held.rstrip(" ."))
