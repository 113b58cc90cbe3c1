"""A date line's update and publication: whether a line gives the last update ("Updated …",
"Page updated: …"), and a line holding both dates as its two parts ("Published Oct 10, 2023 -
Updated Dec 3, 2025"), in the languages of ``date_words``. The text extractor and the HTML
date rules ask these of the date lines they find; ``dates`` reads each part."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.date_words import PUBLISHED_WORDS, UPDATE_WORDS
from newswire.pipeline.dates import is_date_like
from newswire.pipeline.textnorm import keyed_words, lacks_keyed_words

#: A date line that gives the last update, not the publication ("Updated …", "Last modified: …",
#: "Diperbarui …", "Aktualisiert am …", "Aggiornato il …", "Güncellendi: …"; text and HTML).
UPDATED_PREFIX: Final = re.compile(
    rf"^\W*(?:last\s+)?(?:{'|'.join(UPDATE_WORDS)}|update)\b",
    re.IGNORECASE,
)


# An update's label inside a date line, after the publication it follows ("Published Oct 10,
# 2023 - [Updated Dec 3, 2025]", "December 22, 2022 Updated: January 02, 2026").
UPDATE_LABEL: Final = re.compile(rf"\b(?:last\s+)?(?:{'|'.join(UPDATE_WORDS)})\b", re.IGNORECASE)
#: ``UPDATE_WORDS`` grouped for ``lacks_keyed_words``: ~4 lines a page are asked, nearly all
#: lacking every word; under keys that many words share and few of those lines hold ("pd" of
#: "updated" and the Nordic forms, "ual" of "actualiz-", "dif" of "modif-") a line takes 7
#: substring tests instead of 26 (split_update ~5.7 -> ~2.4 µs a page).
UPDATE_KEYED: Final = keyed_words(UPDATE_WORDS, ("pd", "ual", "dif", "gg", "gew", "dik"))


# The words a label may put before the update's word ("Page updated:", "This page was last
# updated on"): a few words with no date, no digit and no field separator. A byline before it
# ("Jane Doe · Updated …") or a publication ("May 2, 2024 Updated …") is another shape.
_LABEL_LEAD: Final = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*$")


def is_update_line(text: str) -> bool:
    """Whether a date line gives the last update: it opens with the update's word ("Updated
    …"), or a short label leads to that word before any date ("Page updated: 12 November
    2025", "This page was last updated on …"); such a line names no publication. A line that
    opens with the update and then labels the publication holds both (``split_update``)."""
    if UPDATED_PREFIX.match(text):
        return _publication_after(text) is None
    label = UPDATE_LABEL.search(text)
    return label is not None and bool(_LABEL_LEAD.match(text[: label.start()]))


def split_update(text: str) -> tuple[str, str | None]:
    """A line holding the publication and the update, as its two parts (the publication's
    first); else the line and ``None``. Read whole, the line gave its first date for both: the
    publication's where it comes first (the last update of an element named for the update
    was the publication day), the update's where the line opens with it ("Updated Dec 3, 2025
    · Published Dec 1, 2025"), taken for the publication. A line starting with the update
    word and labelling no publication after its date is the update alone; a label before the
    update with no date ("Written by Jane Doe · Updated on …") leaves the line whole."""
    # An ASCII line holding no update word in any case (most) cannot match: substring tests
    # instead of the pattern's case-blind alternation of its ~40 words at each place (~127k
    # instructions a call, ~5 calls a page of wcxb-dev).
    if lacks_keyed_words(text, UPDATE_KEYED):
        return text, None
    label = UPDATE_LABEL.search(text)
    if label is None:
        return text, None
    if UPDATED_PREFIX.match(text):
        pair = _publication_after(text)
        return pair if pair is not None else (text, None)
    before = text[: label.start()].strip(_SEPARATORS)
    after = text[label.start() :].rstrip(" )]")
    if before and is_date_like(before) and is_date_like(after):
        return before, after
    return text, None


# What stands between the two dates of a line: spaces, dashes, bars, dots, brackets.
_SEPARATORS: Final = " -|·•,;:(["
# The publication's label after an update's date in the same line, as news sites print the pair
# update first: "Updated Dec 3, 2025 · Published Dec 1, 2025", "Updated November 11, 2022 8:23 PM
# ET Originally published November 9, 2022", "Mis à jour le 3 décembre 2025 Publié le 1
# décembre 2025", "Aktualisiert am 03.12.2025 Veröffentlicht am 01.12.2025", "Actualizado …
# Publicado …", "Updated … Posted …" (a blog's word for its publication). A whole word only:
# "publishers" or "unpublished" is none.
_PUBLICATION_LABEL: Final = re.compile(
    rf"(?<!\w)(?:(?:originally|first)\s+)?(?:posted|{'|'.join(PUBLISHED_WORDS)})(?!\w)",
    re.IGNORECASE,
)


def _publication_after(text: str) -> tuple[str, str] | None:
    """The publication's part and the update's of a line that opens with the update, where a
    publication label follows the update's date and a date follows the label."""
    for label in _PUBLICATION_LABEL.finditer(text):
        update = text[: label.start()].strip(_SEPARATORS)
        published = text[label.start() :].rstrip(" )]")
        if is_date_like(update) and is_date_like(published):
            return published, update
    return None
