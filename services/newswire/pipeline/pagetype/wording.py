"""Words of page furniture in a page's text, counted in one pass.

Shops print prices and "add to cart", forums "reply" and "joined", listings "read more" and
dates, service pages "contact us", manuals "parameters" and "returns". The page classifier
reads how often each family shows up per 1000 words of the page's short blocks (its labels,
buttons, menu entries and teaser lines: ``structure.summarize``).

Cost is the point of this module (the classifier's budget is 0.3 ms a page on top of
extraction): the text is lower-cased once, split on whitespace once, and one set test a token
(compiled) keeps the tokens worth a look; those are dictionary look-ups (with the punctuation a word
carries when it ends a label, "Posts:", "Reply,"), and a phrase is searched for with
``str.count`` only when its first word occurs at all. Seven case-insensitive regular expressions
over the same text cost ~20 times more.

Tried in session 25 and not kept (HTML, trained on one domain half of wcxb-dev and tested on
the other; 7-class, article accuracy, article recall):
- No rates at all (the scan is ~40-50 µs a page, a third of the layout summary), main 64c3a9f's
  extraction: A -> B 0.847 / 0.915 / 0.974 -> 0.837 / 0.914 / 0.984; B -> A 0.839 / 0.933 /
  0.959 -> 0.842 / 0.922 / 0.964.
- More furniture words (+0.2 µs a page): a thread's post lines ("votes", "upvote",
  "downvote", "permalink", "asked", "answered", "edited", "karma", "moderator"), a manual's
  ("chapter", "prev", "documentation", "tutorial", "reference"; "next chapter", "previous
  section", "view source", "improve this page"), a sales page's "shop now", "order now". On
  64c3a9f's extraction better both ways (A -> B 0.846 / 0.919 / 0.979, B -> A 0.839 / 0.935 /
  0.959), on main f264c92's not (0.849 / 0.917 / 0.976 -> 0.849 / 0.919 / 0.974; 0.844 /
  0.933 / 0.959 -> 0.842 / 0.930 / 0.959); the shipped models retrained with them on f264c92:
  ScrapingHub 116/118 as HTML, 117/118 as text, id_scrapes 963 typed article (shipped 117 /
  118 / 973).

Tried in session 27 for the cost, same rates (checked equal on 167 wcxb-dev pages' labels),
interleaved in one process (CPU, best of 9 per page; a loaded machine): the kept tokens'
families counted by C-level passes (``map`` of ``_TOKENS.get``, ``list.count`` per family)
instead of the loop, +0.7 µs a page (median paired); ``_WANTED.intersection(tokens)`` then
``tokens.count`` per distinct token found, +1.4 µs. The page's labels hold ~11 tokens of
interest (median): the cost is the lower-casing and the split, not this loop.
"""

from __future__ import annotations

from typing import Final

from newswire.pipeline.vocabulary import MONTH_ABBREVIATIONS, MONTH_NAMES

#: Characters scanned (the first ones: a long page's tail says little more).
SCAN_CHARS: Final = 8_000

FAMILIES: Final = ("price", "cart", "forum", "listing", "service", "docs", "date")
RATE_NAMES: Final = tuple(f"text_{family}" for family in FAMILIES)

_MONTHS: Final = (*MONTH_ABBREVIATIONS, *MONTH_NAMES)
# Single words, lower-case. Dates: month names, years and "ago", the marks of teaser and post
# dates that listings and forums repeat; a story has one or two.
_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "price": ("eur", "usd", "gbp", "zł", "kč", "kr"),
    "cart": ("quantity", "qty", "sku"),
    "forum": (
        "reply",
        "replies",
        "quote",
        "joined",
        "posts",
        "views",
        "member",
        "registered",
        "thread",
        "solved",
    ),
    "service": ("testimonial", "testimonials", "pricing"),
    "docs": (
        "parameter",
        "parameters",
        "return",
        "returns",
        "example",
        "usage",
        "install",
        "installation",
        "api",
        "function",
        "method",
        "deprecated",
        "syntax",
        "configuration",
        "default",
    ),
    "date": (*_MONTHS, "ago", *(str(year) for year in range(1990, 2036))),
}
# Phrases, lower-case; currency signs count wherever they are ("$19", "19 €").
_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "price": ("$", "€", "£", "¥", "₹"),
    "cart": (
        "add to cart",
        "add to basket",
        "add to bag",
        "add to wishlist",
        "buy now",
        "in stock",
        "out of stock",
        "free shipping",
    ),
    "listing": (
        "read more",
        "continue reading",
        "load more",
        "next page",
        "older posts",
        "newer posts",
        "previous page",
        "view all",
        "see all",
    ),
    "service": (
        "contact us",
        "get a quote",
        "free consultation",
        "book a",
        "book an",
        "book now",
        "book online",
        "call us",
        "our services",
        "request a",
        "get started",
        "our team",
        "request a demo",
        "free trial",
        "try it free",
        "talk to sales",
        "contact sales",
        "sign up",
    ),
    # A manual's furniture: its table of contents and edit links.
    "docs": (
        "on this page",
        "table of contents",
        "edit this page",
        "edit on github",
        "was this page helpful",
        "next topic",
        "previous topic",
    ),
}
_TRAILING: Final = ("", ":", ",", ".", ")", ";", "!", "?")
#: Every spelling of a word as a whitespace-split token, with the family it counts for.
_TOKENS: Final[dict[str, str]] = {
    word + mark: family for family, words in _WORDS.items() for word in words for mark in _TRAILING
}
_TOKEN_SET: Final = frozenset(_TOKENS)
#: Phrases grouped by their first word (a phrase is only searched for when that word occurs);
#: single characters (currency signs) are counted always (``str.count`` of one character is a
#: memchr-speed scan).
_BY_FIRST_WORD: Final[dict[str, list[tuple[str, str]]]] = {}
_SIGNS: Final[list[tuple[str, str]]] = []
for _family, _phrases in _PHRASES.items():
    for _phrase in _phrases:
        if " " in _phrase:
            _BY_FIRST_WORD.setdefault(_phrase.split(" ", 1)[0], []).append((_family, _phrase))
        else:
            _SIGNS.append((_family, _phrase))
_ASCII_SIGNS: Final = [(family, sign) for family, sign in _SIGNS if sign.isascii()]
_FIRST_WORDS: Final = frozenset(_BY_FIRST_WORD)
#: Tokens worth a look: a counted word, or the first word of a phrase.
_WANTED: Final = _TOKEN_SET | _FIRST_WORDS


def word_rates(text: str) -> dict[str, float]:
    """Occurrences of each family per 1000 words of ``text`` (its first ``SCAN_CHARS``)."""
    return dict(zip(RATE_NAMES, rate_values(text), strict=True))


def rate_values(text: str) -> list[float]:
    """``word_rates``'s numbers in ``RATE_NAMES`` order."""
    lowered = text[:SCAN_CHARS].lower()
    tokens = lowered.split()
    found = dict.fromkeys(FAMILIES, 0)
    firsts: set[str] = set()
    # The few tokens of interest (a page's labels have hundreds of tokens, a handful are
    # furniture words) by one set test each, in a loop the compiled build runs natively (the
    # ``filter`` it replaced paid an iterator call a token: ~5 µs a page, session 62).
    for token in tokens:
        if token in _WANTED:
            family = _TOKENS.get(token)
            if family is not None:
                found[family] += 1
            if token in _FIRST_WORDS:
                firsts.add(token)
    for first in firsts:
        for family, phrase in _BY_FIRST_WORD[first]:
            found[family] += lowered.count(phrase)
    # Only "$" of the signs is ASCII: an ASCII text (most pages' labels) is scanned for it alone.
    for family, sign in _ASCII_SIGNS if lowered.isascii() else _SIGNS:
        found[family] += lowered.count(sign)
    words = max(50, len(tokens))
    return [1000 * found[family] / words for family in FAMILIES]
