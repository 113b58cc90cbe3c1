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

from newswire.pipeline.html.head import title_element
from newswire.pipeline.html.heading_words import heading_text
from newswire.pipeline.html.site_names import TITLE_SEPARATORS
from newswire.pipeline.textnorm import clean_line

# A word of letters (an apostrophe or a hyphen inside): "privacy-friendly", "world's".
_WORD: Final = re.compile(r"[^\W\d_][\w'\u2019-]*")
# Words of four letters or more that Title Case still writes in lower case (prepositions); a
# shorter word in lower case ("a", "and", "for", "your") tells nothing.
_TITLE_CASE_SMALL: Final = frozenset({"with", "from", "into", "onto", "over", "upon", "than"})


def offer_name(
    tree: LexborHTMLParser,
    headline: str | None,
    shown: LexborNode | None,
    *,
    og_title: str | None = None,
    site: str | None = None,
) -> str | None:
    """The first part of the page's <title> (before its first separator: " | ", " - " …),
    where the headline is the page's <h1> (``shown``, the heading that shows it) written as a
    sentence, with a word of four letters or more in lower case, and that part is written in
    Title Case, with none, and says other words than the <h1> (not the same words in another
    case: "Data analytics services" above "Data Analytics Services | Luxoft" stays). Also
    where the <h1> is a short label in Title Case that the part names more fully (see
    ``_fuller_name``).

    On wcxb-dev's service pages: title exact +13 -0 on half A, +5 -2 on half B (the <h1>s
    "Get from brainstorm to breakthrough with Miro" and "Leave your resume or CV to the
    experts" were the annotators' titles); no page of another type changed (enrich).

    And the whole <title> where the page wrote one title alone (see ``_own_title``)."""
    if not headline or shown is None or shown.tag != "h1":
        return None
    if " ".join(heading_text(shown).split()) != headline:
        return None
    node = title_element(tree)
    whole = " ".join(clean_line(node.text(deep=True)).split()) if node else ""
    if _own_title(whole, og_title, headline, site):
        return whole
    slogan = _lower_words(headline)
    # A label <h1> is a few words: a longer Title Case <h1> is the page's own heading, and its
    # page's <title> is not read (most articles' headlines).
    if not slogan and len(headline.split()) > _LABEL_WORDS_MAX:
        return None
    name = " ".join(TITLE_SEPARATORS.split(whole)[0].split())
    if not name or _lower_words(name) or _words(name) == _words(headline):
        return None
    return name if slogan or _fuller_name(name, headline) else None


#: The most words of a label <h1> (wcxb-dev's service pages: 4, "Professional Resume Writing
#: Services").
_LABEL_WORDS_MAX: Final = 5


def _fuller_name(name: str, label: str) -> bool:
    """Whether the <title>'s first part names the offer of a label <h1> more fully: every word
    of the label, and words that say which or whose ("Pet Insurance" under "Pet Insurance for
    Dogs & Cats | Progressive", "Cybersecurity Services" under "Cybersecurity Consulting
    Services | IBM", "Payments" under "Stripe Payments | …"). The service's page names the
    offer in short in its banner and in full in its title, and a reader asked for the page's
    title gives the full name, as wcxb-dev's annotators do. Two shapes are the label's own:
    a title that only adds the offer's kind after it ("Writing & Translation Services",
    "… Accounting Degree" under the <h1> without that word: the same name said longer), and a
    title that is a department's or a site's name then the label after a colon ("City of …
    Department: Home Repair Assistance Program"). On wcxb-dev's service pages: title exact
    +4 on half A, +5 on half B, none lost; other page types keep their titles (enrich). With
    class names hashed, the classifier takes one listing of half B for a service's page, whose
    "Professional Development" <h1> then gives way to its title's "… Certification Programs"
    (-1 there: the rule trusts the page type)."""
    have, want = _all_words(name), _all_words(label)
    if not want or not want < have:
        return False
    if name.casefold().startswith(label.casefold()) and len(name.split()) == len(label.split()) + 1:
        return False
    return not name.casefold().endswith(f": {label.casefold()}")


def _own_title(title: str, og_title: str | None, h1: str, site: str | None) -> bool:
    """Whether a service's <title> is the page's own name for its offer, written once for it:
    its og:title word for word, no site's name after a separator, two words or more and not
    the site's name ("Queen Creek, AZ Pest Control & Termite Control Specialists" above the
    <h1> "Queen Creek, AZ Pest Control Services"; "Compare Professional Tax Software" above
    "Compare professional tax software"). A company that titles the page by hand, for the
    tab and for the link shared alike, names the offer there as it wants it read, and the
    <h1> is its banner's label or slogan; wcxb-dev's annotators give that title. A title
    that is a department's name then the <h1> after a colon ("City of … Department: Home
    Repair Assistance Program") is the label's own (see ``_fuller_name``). On wcxb-dev's
    pages the classifier calls a service's: title exact +4 on half A, +3 on half B, none
    lost (enrich reads it on those pages only)."""
    if not title or title == h1 or " ".join((og_title or "").split()) != title:
        return False
    if TITLE_SEPARATORS.search(title) or len(title.split()) < 2:
        return False
    if site and title.casefold() == " ".join(site.split()).casefold():
        return False
    return not title.casefold().endswith(f": {h1.casefold()}")


def _lower_words(text: str) -> bool:
    """Whether a word of four letters or more begins in lower case (Title Case's prepositions
    aside)."""
    return any(
        len(word) >= 4 and word[0].islower() and word not in _TITLE_CASE_SMALL
        for word in _WORD.findall(text)
    )


def _all_words(text: str) -> set[str]:
    """Every word, short ones and numbers included, in lower case."""
    return {word.casefold() for word in _ANY_WORD.findall(text)}


# A word of letters or digits ("AI", "3%"'s "3", "Dogs").
_ANY_WORD: Final = re.compile(r"\w[\w'\u2019-]*")


def _words(text: str) -> set[str]:
    """The words of four letters or more, in lower case (what a change of case keeps)."""
    return {word.casefold() for word in _WORD.findall(text) if len(word) >= 4}
