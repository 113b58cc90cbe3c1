"""The story's own byline printed as a paragraph of its text: "By Rick Steves" over its first
line, "by Jim Donnelly | August 24, 2023", "Posted by David at December 16, 2025" under its last.
"""

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


def without_signature_lines(paragraphs: list[str], authors: Sequence[str]) -> list[str]:
    """``paragraphs`` without a byline of one of ``authors`` among their first lines or as their
    last (see above); unchanged (the same list) when none is there."""
    if not authors or len(paragraphs) <= 1:
        return paragraphs
    names = tuple(name.casefold() for name in authors if name.strip())
    last = len(paragraphs) - 1
    gone = {
        index
        for index in (*range(min(_HEAD_LINES, last)), last)
        if _signs(paragraphs[index], names)
    }
    if not gone:
        return paragraphs
    return [line for index, line in enumerate(paragraphs) if index not in gone]


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
