"""A kicker set inside the headline's <h1>: the eyebrow line a design puts above the headline in
the same heading ("<h1><div>Get that tech stack</div><span>Klatch Coffee</span></h1>"), read
into the title when the heading's text is taken whole; a forum thread's prefix tag before its
subject ("<h1><span class="label">Question</span>Want to know …</h1>") or a label hidden from
the eye ("Collection:")."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.site_names import TITLE_SEPARATORS
from newswire.pipeline.html.text import fold
from newswire.pipeline.textnorm import clean_line

# Class names of a tag set before the headline: a forum thread's prefix chip ("label"), a
# badge; and text kept for screen readers only, hidden from the eye (the CSS frameworks' and
# themes' utility classes: a shop theme's "Collection:" before the collection's name).
_TAG_CLASSES: Final = frozenset(
    {
        "label",
        "badge",
        "prefix",
        "visually-hidden",
        "visuallyhidden",
        "sr-only",
        "screen-reader-only",
        "screen-reader-text",
    }
)
# A prefix tag is a word or three ("Question", "Tips/Techniques", "Help Needed").
_CHIP_WORDS: Final = 3


def without_prefix_tag(node: LexborNode | None, h1: str) -> str:
    """The headline without the tag set before the heading's own words: the heading's first
    element, classed as a label, a badge or a prefix, or as text for screen readers only, of 3
    words at most, with the heading's own text after it. Forum software sets a thread's prefix
    so ("<h1><span class="label label--primary">Tips/Techniques</span>ProxMox or Ubuntu
    …?</h1>"): a category the poster picked from a list, which the reader does not read as the
    thread's subject. A shop theme names its collection page so ("<h1><span
    class="visually-hidden">Collection: </span>Sennheiser</h1>"): a label no reader sees. On
    wcxb-dev: title exact +1 on half A, +1 on half B (forum threads); 3 other threads keep a
    wrong title (their truth keeps the tag after a dash, as the <title> writes it, or is the
    tag alone); with the hidden labels, +1 more on half A (a collection), none on B."""
    first = node.child if node is not None else None
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    if first is None or first.tag == "-text":
        return h1
    classes = set((first.attributes.get("class") or "").lower().split())
    tag = clean_line(first.text(deep=True))
    if not classes & _TAG_CLASSES or not 1 <= len(tag.split()) <= _CHIP_WORDS:
        return h1
    rest = h1[len(tag) :].strip() if h1.startswith(tag) else ""
    return rest or h1


# Words that tie a kicker to the title: letters only, 4 or more ("the", "and" are shared by
# chance), or numbers.
_CONTENT_WORD: Final = re.compile(r"[^\W\d_]{4,}|\d+")


def without_kicker(node: LexborNode | None, h1: str, titles: list[str | None]) -> str:
    """The headline without the kicker above it in the same <h1>: a heading made of exactly two
    elements, the second of which is a part of the page's own title (og:title or <title>, split
    at its separators, two words or more) while the whole heading is none, and the first of
    which shares no word with the title (a label, a series' name, a teaser line: "Get that
    tech stack" above "Klatch Coffee" under "Klatch Coffee | Shopify App Store"). The reader
    takes the larger line as the headline, as the page's title does. A heading with text of
    its own beside its elements, or a first element the title also has, stays whole (a
    headline set in two spans, "How to …" and "… in 2026"). On wcxb-dev's articles: title
    exact +1 on half A, none on B; no other page has the shape."""
    if node is None:
        return h1
    children = [child for child in node.iter(include_text=True) if child.text(deep=True).strip()]
    if len(children) != 2 or any(child.tag == "-text" for child in children):
        return h1
    parts = {
        fold(part)
        for text in titles
        if text
        for part in TITLE_SEPARATORS.split(text)
        if len(part.split()) >= 2
    }
    kicker, headline = children
    wanted = clean_line(headline.text(deep=True))
    if fold(wanted) not in parts or fold(h1) in parts:
        return h1
    title_words = {word.lower() for text in titles if text for word in _CONTENT_WORD.findall(text)}
    kicker_words = {word.lower() for word in _CONTENT_WORD.findall(kicker.text(deep=True))}
    return h1 if kicker_words & title_words else wanted


# Words a heading's lead-in ends with when it reads on into the page's name as one sentence
# ("Welcome to Best Sharpening Stones", "What's the Best Video Editing Software …", "The Best
# Home Security Cameras …"): the whole heading is the headline there, the name its object.
_LEAD_IN_WORDS: Final = frozenset(
    {"a", "an", "the", "to", "of", "for", "in", "on", "at", "by", "with", "from", "and", "or"}
    | {"your", "our", "my", "this", "these", "what", "what's", "whats", "how", "why", "is"}
)
# A label set before a name is a word or three ("New", "Minimalist Sandals", "UPLIFT V3").
_LABEL_WORDS: Final = 3


def without_label_words(headline: str, titles: list[str | None], site: str | None) -> str:
    """The page's own name where the heading is that name with a label's words before it: the
    first part of og:title or <title> (two words or more, not the site's name) is the heading's
    last words, after one to three words of the heading's own, joined by a space ("<h1>Minimalist
    Sandals Nörd Zero</h1>" under "Nörd Zero | Nord Republic® …", "UPLIFT V3 24" Deep Standing
    Desk" under "24" Deep Standing Desk | UPLIFT Desk", "New Video Doorbells" under "Video
    Doorbells | Ring"). A shop sets the product's line, category or a "New" badge before the
    name in the same heading, and names the page by the name alone where it names it for the
    tab and for the link shared; a reader gives that name, as wcxb-dev's annotators do.

    The heading stays where a title holds it whole; where its words before the name end in a
    lead-in ("Welcome to …", "What's the best …", "The Best …": one sentence, the name its
    object) or in a separator's mark ("Review: …"); or where they repeat a word of the name (a
    headline set in two spans, "Klatch Coffee roasts" and "Klatch Coffee"). On wcxb-dev: title
    exact +3 on half A (products of three shops), +3 on half B (two listings' headings, a
    collection's), none lost; ScrapingHub's titles unchanged."""
    folded = fold(headline)
    named = [text for text in titles if text]
    if not folded or any(folded in fold(text) for text in named):
        return headline
    words = headline.split()
    for text in named:
        name = TITLE_SEPARATORS.split(text)[0].strip()
        size = len(name.split())
        extra = len(words) - size
        if size < 2 or not 1 <= extra <= _LABEL_WORDS or (site and fold(name) == fold(site)):
            continue
        before = words[extra - 1]
        if fold(" ".join(words[extra:])) != fold(name) or not before[-1:].isalnum():
            continue
        label = set(fold(" ".join(words[:extra])).split())
        if not label & set(fold(name).split()) and _reads_apart(before):
            return name
    return headline


def _reads_apart(word: str) -> bool:
    """Whether a label's last word leaves it apart from the name after it: no lead-in word."""
    return word.lower().replace("\u2019", "'") not in _LEAD_IN_WORDS
