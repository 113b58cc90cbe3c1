"""The owner of a personal site, named by its home link: "<a href="/">Christoffer Artmann</a>"
first on www.artmann.co, "Owain Brennan" on owain.bearblog.dev, whose posts show no byline."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.page_elements import body_text, h1_elements
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import person_names

# A link to the site's root, as a header writes it.
_ROOT_LINKS: Final = frozenset({"/", "./"})
# Words of a site's or an institution's name, never of a person's ("Park University" on
# park.edu, "RogerBW's Blog" on blog.firedrake.org, "VentureBeat Homepage" on a ScrapingHub
# page), and a possessive ("Jan's").
_SITE_WORDS: Final = frozenset(
    {"blog", "news", "online", "home", "homepage", "website", "site"}
    | {"university", "college", "school", "institute", "media"}
)


def owner_by_home_link(tree: LexborHTMLParser, url: str | None) -> list[str]:
    """The name the page's first link shows, when that link goes to the site's root and its
    text is a person's name of two words of which the host spells one and only one
    ("Pierce Freeman" on pierce.dev): a personal site's header, whose owner signs every post
    the page does not sign otherwise (asked last). A brand's name is spelt whole by its
    domain ("Levine Music" on levinemusic.org) or in both words ("JWU Online" on
    online.jwu.edu), is no name ("Log In"), or holds a site's word (see _SITE_WORDS). On
    wcxb-dev (all page types, pages no source signs): author right +1 article on half A, +2
    on half B, none invented (the site's words were added after half A showed two)."""
    host = urlsplit(url).hostname if url else None
    first = tree.css_first("a[href]")
    if not host or first is None:
        return []
    href = (first.attrs.get("href") or "").strip()
    root = urlsplit(href)
    if href not in _ROOT_LINKS and not (root.hostname == host and root.path in ("", "/")):
        return []
    text = clean_line(first.text(deep=True))
    words = text.lower().split()
    if len(words) != 2 or person_names(text) != [text] or _SITE_WORDS.intersection(words):
        return []
    if any(word.endswith(("'s", "\u2019s")) for word in words):
        return []
    labels = set(host.removeprefix("www.").split(".")[:-1])
    return [text] if len(labels.intersection(words)) == 1 else []


# A copyright notice naming its holder: "© 2025 Cassidy Williams.", "Copyright 2019-2024 Ann
# Lee" (the sign or the word, the years, then the holder). The sign or the word in any case,
# spelt out of the case-blind pattern (``(?-i:…)``; the engine's case folding gives "i" the
# dotted and dotless i too) as branches each opening with a character of its own: the engine
# then looks for where a notice may begin by those four characters, where the case-blind
# branches had it try the whole pattern at every character of the body's text (~3 times as
# long over wcxb-dev's pages, the search most of the rule's time).
_COPYRIGHT: Final = "[oO][pP][yY][rR][iI\u0130\u0131][gG][hH][tT]"
_NOTICE: Final = (
    rf"(?-i:©|\((?:c|C)\)|c{_COPYRIGHT}|C{_COPYRIGHT})"
    r"\s*(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?)?\s*,?\s*"
)
_NOTICES: Final = re.compile(_NOTICE, re.IGNORECASE)


def owner_by_header_and_notice(tree: LexborHTMLParser) -> list[str]:
    """The person the site's first <h1> names when the copyright notice names the same person
    ("<h1>Cassidy Williams</h1>" in the header, "© 2025 Cassidy Williams." in the footer): a
    personal site whose header is its owner's name and whose owner writes every post the page
    does not sign otherwise (asked last, as ``owner_by_home_link``). Both places must say it,
    word for word: a brand's logo heading is no person's name, and a person's name in one place
    only is a contact, a quote or a commenter. A site's word or a possessive ("Jan's Blog") is
    a brand's name."""
    # The <h1>s of the page's shared query, in page order (``page_elements``): its first is
    # ``tree.css_first("h1")``'s, without a pass over the tree of its own (a whole tree's on
    # a page without one, ~70 µs a page over wcxb-dev).
    h1s = h1_elements(tree)
    if not h1s or tree.body is None:
        return []
    first = h1s[0]
    text = clean_line(first.text(deep=True))
    words = text.lower().split()
    if len(words) != 2 or person_names(text) != [text] or _SITE_WORDS.intersection(words):
        return []
    if any(word.endswith(("'s", "\u2019s")) for word in words):
        return []
    return [text] if _noticed(text, body_text(tree)) else []


def _noticed(name: str, body: str) -> bool:
    """Whether a copyright notice of ``body`` names ``name`` (``_NOTICE``, then the name as a
    word, in any case): each notice found by the notice's pattern, compiled once, the name
    tried where it ends. A pattern of the notice and the name, compiled for each page's name,
    cost ~0.6 ms a page asking (1 in 20 of wcxb-dev's), where the name's alone costs ~0.03.
    The same answer: a name opening with a letter can follow a notice only where its greedy
    match ends (all else it may take is white space, digits, dashes and a comma, which the
    greedy match takes as far as any match that a letter follows), and a notice opens with a
    sign or a word (©, (c), "copyright") that no other notice's match holds, so no match of the
    two is passed over; a name opening otherwise is read by the pattern of both."""
    if not name[:1].isalpha():
        return re.search(_NOTICE + re.escape(name) + r"\b", body, re.IGNORECASE) is not None
    named = re.compile(re.escape(name) + r"\b", re.IGNORECASE)
    return any(named.match(body, notice.end()) for notice in _NOTICES.finditer(body))
