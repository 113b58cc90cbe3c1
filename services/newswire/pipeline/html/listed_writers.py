"""The writers a byline element lists after the one name the markup gives: "Written by Dr
Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen" in a ``hero-information-author``
element where the JSON-LD and the unfurl label name "Marna van der Merwe" alone (the CMS
account that posted a story written by several)."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.byline_elements import byline_elements
from newswire.pipeline.html.byline_lines import BY_LINE
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import person_names

# A title the byline prints before a name and the markup leaves out ("Dr Marna van der Merwe").
_HONORIFIC: Final = re.compile(r"^(?:dr|prof)\.?\s+", re.IGNORECASE)
# A reviewer's or an editor's line names who checked the story, not who wrote it.
_NOT_WRITERS: Final = re.compile(r"^(?:reviewed|edited|fact[- ]checked)\b", re.IGNORECASE)
# As many byline elements as ``visible_bylines`` reads.
_ELEMENTS_READ: Final = 40


def listed_writers(tree: LexborHTMLParser, name: str) -> list[str]:
    """The names of the first byline element whose "By …" or "Written by …" line is names
    only, two or more, the first of them ``name`` (with a title before it or not); else none.
    On wcxb-dev's articles: author right +1 on half B, none on A, none lost or invented (all
    page types): a line of names read from all byline elements together, instead of one
    line, lost 9 on B and 12 on A (reviewers, editors and related stories' authors)."""
    for node in byline_elements(tree)[:_ELEMENTS_READ]:
        text = clean_line(node.text(deep=True))
        line = BY_LINE.fullmatch(text)
        if line is None or not line["names"] or _NOT_WRITERS.match(text):
            continue
        names = person_names(line["names"])
        if len(names) >= 2 and _HONORIFIC.sub("", names[0]) == name:
            return names
    return []
