"""The story's own byline printed as a paragraph of its text: "By Rick Steves" over its first
line, "by Jim Donnelly | August 24, 2023", "Posted by David at December 16, 2025" under its last;
and its reviewer's credit over it: "Reviewed by Toni Golen, MD, Editor in Chief"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newswire.pipeline.html.byline_lines import BY_LINE, MAX_BYLINE_CHARS

# A site whose byline element has no telling name (a plain <p> or <div> over the story, a
# blog's "Posted by" line under it) leaves its byline among the story's paragraphs, where no
# name rule drops it; the reader and the truths take it for the page's furniture, not a line
# of the story: it says who wrote the story, which the metadata already carries. So a line
# signing the story with the name of one of the authors found for the page ("By <name>",
# "Written by <name>", "Posted by <name> at <date>", the name followed by nothing but a
# separator, the writer's title or a date) goes when it is one of the story's first
# _HEAD_LINES paragraphs or its last: a byline sits above the story or closes it, and nowhere
# else would a line opening "By <the author's name>" be a byline rather than the story's text.
# A line longer than a byline (MAX_BYLINE_CHARS) is prose ("By using the links in this post
# ..."), and a name the page's authors do not hold is someone else's (a quoted book's writer).
_HEAD_LINES: Final = 3
# What may follow the author's name on a byline: nothing, a separator before the writer's
# title or the date ("By Maureen Salamon, Executive Editor, ..."), "at"/"on" before a date.
_AFTER_NAME: Final = re.compile(r"$|\s*[,|•·—–(]|\s+-\s|\s+(?:at|on)\s", re.IGNORECASE)
# A health or finance story names its reviewer, its fact-checker or its editor over its text
# ("Reviewed by Toni Golen, MD, Editor in Chief, ...", "Medically reviewed by: Jane Doe, RD"):
# a credit line of the same kind as the byline, which the truths leave out as well; the name
# is no author's, so the line is told by its label and a capitalised name after it (not
# "Edited by hand, ..."). Only among the story's first _HEAD_LINES paragraphs, and at most
# _CREDIT_CHARS (a name with the reviewer's titles). Half A articles 0.972307 -> 0.972439 (a
# health letter's reviewer, 0.938 -> 0.992), half B 0.964984 -> 0.964989 (a finance guide's,
# 0.929 -> 0.931), ScrapingHub unchanged: no other line of dev's or ScrapingHub's outputs
# opens so among a story's first lines.
_CREDIT_CHARS: Final = 200
_CREDIT: Final = re.compile(
    r"(?i:(?:(?:medically|clinically|expertly|expert)\s+)?(?:reviewed|fact[- ]checked|edited)"
    r"\s+by)\s*:?\s+[A-Z]"
)


def without_signature_lines(paragraphs: list[str], authors: Sequence[str]) -> list[str]:
    """``paragraphs`` without a byline of one of ``authors`` among their first lines or as their
    last, and without a reviewer's credit among their first lines (see above); unchanged (the
    same list) when none is there."""
    if len(paragraphs) <= 1:
        return paragraphs
    names = tuple(name.casefold() for name in authors if name.strip())
    last = len(paragraphs) - 1
    head = range(min(_HEAD_LINES, last))
    gone = {index for index in (*head, last) if _signs(paragraphs[index], names)}
    gone.update(index for index in head if _credits(paragraphs[index]))
    if not gone:
        return paragraphs
    return [line for index, line in enumerate(paragraphs) if index not in gone]


def _credits(line: str) -> bool:
    """``line`` credits the story's reviewer, fact-checker or editor (see ``_CREDIT``)."""
    return len(line) <= _CREDIT_CHARS and _CREDIT.match(line.strip()) is not None


def _signs(line: str, names: tuple[str, ...]) -> bool:
    """``line`` is a byline of one of the authors' ``names`` (casefolded)."""
    if len(line) > MAX_BYLINE_CHARS:
        return False
    match = BY_LINE.match(line.strip())
    if match is None:
        return False
    signed = match["names"].casefold()
    return any(
        signed.startswith(name) and _AFTER_NAME.match(signed, len(name)) is not None
        for name in names
    )
