"""The story's own word on when it first appeared: "This article was originally published on 26
Sep 2019 at 4:12pm but has been regularly updated", a note a site keeps under a guide it rewrites
and dates anew at the top. ``dates`` ranks it against the date the page shows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.date_words import PUBLISHED_WORDS
from newswire.pipeline.dates import parse_date
from newswire.pipeline.html.fine_print import fine_print
from newswire.pipeline.html.names import token_parts
from newswire.pipeline.html.page_elements import disclaimer_elements
from newswire.pipeline.textnorm import lacks_words

# The label of a first publication, in a sentence of the story ("originally published on",
# "first posted").
_ORIGIN_LABEL: Final = re.compile(r"\b(?:originally|first)\s+(?:published|posted)\b", re.IGNORECASE)
# Its words, tested first (``lacks_words``): few lines of a story hold either.
_ORIGIN_WORDS: Final = ("originally", "first")
# The text read after the label for its date: "on Wednesday, March 2, 2022" fits, a journal's
# "in JMIR mHealth and uHealth (http://…), 25.06.2019" (where, then when) does not.
_DATE_AFTER_LABEL: Final = 40
# The longest story line read: a note, not a paragraph of the story quoting one.
_MAX_NOTE_CHARS: Final = 300
# A shown date's own label naming it the publication ("Posted on April 13, 2023", "Publié le
# 16 janvier 2026", in the languages of ``PUBLISHED_WORDS``; "Post time: 01-04-2024", "Post
# date:", a shop-blog template's label of its post's date): the page dates the story there in
# words, whatever a note further down says of an earlier draft.
_SHOWN_PUBLICATION: Final = re.compile(
    rf"^\s*(?:posted|post\s+(?:time|date)|{'|'.join(PUBLISHED_WORDS)})(?!\w)", re.IGNORECASE
)


def stated_origin(lines: Iterable[str], locale: str | None) -> tuple[str, date] | None:
    """The first publication a line of the story states with its day, as an ISO string and
    that day. A month alone ("originally published in April 2020") names no day and is not
    read: the page's own dates are the more exact."""
    for line in lines:
        if len(line) > _MAX_NOTE_CHARS:
            continue
        if lacks_words(line, _ORIGIN_WORDS):
            continue
        label = _ORIGIN_LABEL.search(line)
        if label is None:
            continue
        parsed = parse_date(line[label.end() : label.end() + _DATE_AFTER_LABEL], language=locale)
        if parsed is not None:
            return parsed.isoformat(), parsed.date()
    return None


def fine_print_notes(tree: LexborHTMLParser) -> list[str]:
    """The short texts of the fine-print notes the body drops (see ``fine_print``), for
    the dates to read before they go: a site's note of the story's first publication may sit
    in a box named as a disclaimer ("PublishDateDisclaimer": "This article was originally
    published on 26 Sep 2019 …"), and dropping the fine print from the body must not lose the
    page's date. Only elements whose class names one (an attribute selector first: few pages
    have any)."""
    notes: list[str] = []
    for node, _, attrs in disclaimer_elements(tree):
        names = attrs.get("class") or ""
        if not any(fine_print(token_parts(token)) for token in names.split()):
            continue
        text = " ".join(node.text(deep=True, separator=" ").split())
        if text and len(text) <= _MAX_NOTE_CHARS:
            notes.append(text)
    return notes


def labelled_publication(text: str) -> bool:
    """Whether a shown date line opens with the publication's label ("Posted on …")."""
    return _SHOWN_PUBLICATION.match(text) is not None
