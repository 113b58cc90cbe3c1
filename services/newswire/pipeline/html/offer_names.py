"""The name a service's page gives its offer, where its <h1> is a marketing sentence.

A company's page about what it sells (a service, a software, an insurance) often sets a slogan
in its <h1>, written as a sentence ("Get a travel insurance quote and protect your next trip",
"Business messaging that scales without slowing you down"), while its <title> names the offer
in Title Case before the company's name ("Travel Insurance - Flight and Travel Insurance Quotes |
GEICO", "Business Text Messaging | Twilio"). A reader asked for the page's title gives the
offer's name, as wcxb-dev's annotators do. The extractor finds the name (``offer_name``); the
enrich stage takes it as the title only where the page classifier says the page is a service's
(on articles the <h1> is the headline and the SEO title a rewording of it).
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.heading_words import heading_text
from newswire.pipeline.html.site_names import TITLE_SEPARATORS
from newswire.pipeline.textnorm import clean_line

# A word of letters (an apostrophe or a hyphen inside): "privacy-friendly", "world's".
_WORD: Final = re.compile(r"[^\W\d_][\w'\u2019-]*")
# Words of four letters or more that Title Case still writes in lower case (prepositions); a
# shorter word in lower case ("a", "and", "for", "your") tells nothing.
_TITLE_CASE_SMALL: Final = frozenset({"with", "from", "into", "onto", "over", "upon", "than"})


def offer_name(
    tree: LexborHTMLParser, headline: str | None, shown: LexborNode | None
) -> str | None:
    """The first part of the page's <title> (before its first separator: " | ", " - " …),
    where the headline is the page's <h1> (``shown``, the heading that shows it) written as a
    sentence, with a word of four letters or more in lower case, and that part is written in
    Title Case, with none, and says other words than the <h1> (not the same words in another
    case: "Data analytics services" above "Data Analytics Services | Luxoft" stays).

    On wcxb-dev's service pages: title exact +13 -0 on half A, +5 -2 on half B (the <h1>s
    "Get from brainstorm to breakthrough with Miro" and "Leave your resume or CV to the
    experts" were the annotators' titles); no page of another type changed (enrich)."""
    if not headline or shown is None or shown.tag != "h1":
        return None
    if " ".join(heading_text(shown).split()) != headline or not _lower_words(headline):
        return None
    node = tree.css_first("title")
    name = TITLE_SEPARATORS.split(clean_line(node.text(deep=True)))[0] if node else ""
    name = " ".join(name.split())
    if not name or _lower_words(name) or _words(name) == _words(headline):
        return None
    return name


def _lower_words(text: str) -> bool:
    """Whether a word of four letters or more begins in lower case (Title Case's prepositions
    aside)."""
    return any(
        len(word) >= 4 and word[0].islower() and word not in _TITLE_CASE_SMALL
        for word in _WORD.findall(text)
    )


def _words(text: str) -> set[str]:
    """The words of four letters or more, in lower case (what a change of case keeps)."""
    return {word.casefold() for word in _WORD.findall(text) if len(word) >= 4}
