"""A story's tags printed as a labelled line of their own: "Tag: banjir, jakarta".

News sites print the story's tags under it, and a scrape keeps them as the body's last line;
read as the story's own text they were a paragraph no reader reads as one. The line is a list
of short labels behind a tag label, never a sentence: it goes to the Article's ``tags``.
Not "Keywords:" (a paper's abstract lists its keywords as part of the text: two wcxb-dev
articles of half B lost them) nor a line of hashtags (a listing's teasers carry theirs: a
wcxb-dev listing of half A lost its teasers' tags)."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.vocabulary import SENTENCE_MARKS

# A tag list behind its label: "Tags: banjir jakarta", "Topik: Pemilu 2024 | Prabowo".
TAG_LINE: Final = re.compile(
    r"^(?:tags?|topik|topics?)\s*:\s*(?P<items>[^:]{1,300})$", re.IGNORECASE
)
_SEPARATORS: Final = re.compile(r"\s*[,;|•·]\s*")
#: The most words of one tag: a tag names a topic, a longer item is a sentence after a label.
TAG_WORDS_MAX: Final = 5
#: The most tags a line lists.
TAGS_MAX: Final = 20


def tag_list(line: str) -> list[str] | None:
    """The tags ``line`` lists, or None when it is not a tag line."""
    if ":" not in line:
        return None
    match = TAG_LINE.match(line)
    if not match or match.group("items").rstrip()[-1:] in SENTENCE_MARKS:
        return None
    tags = [item.lstrip("#").strip() for item in _SEPARATORS.split(match.group("items"))]
    tags = [tag for tag in tags if tag]
    if not tags or len(tags) > TAGS_MAX or any(len(tag.split()) > TAG_WORDS_MAX for tag in tags):
        return None
    return tags
