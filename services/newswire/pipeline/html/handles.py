"""A username signing the story: "by ibby" under the headline, an author link reading
"jsteinhardt" (a forum's or a community blog's account name, in lower case as the site shows
it), asked when no source named a person (the name checks want capitals)."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.author_elements import author_link_texts
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts

# An account name as sites show it: one lower-case word, letters then letters, digits or "_".
# (Handles joined by "-" or "." and letters run into digits are template slots and generated
# ids: see ``people._HANDLE``.)
_HANDLE: Final = re.compile(r"[a-z][a-z0-9_]{2,19}")
# "by ibby", "by" then the handle in the next text: the word "by" alone, not a label that
# begins with it or with "author" ("Authorization", "Author has 9.6K posts").
_BY: Final = re.compile(r"^by\b\s*:?\s*(?P<name>.*)$", re.IGNORECASE)


# A CMS's default account ("jdadmin", "siteadmin", "webeditor"): the site's staff login, which
# signs every page alike (as "admin" does, see ``people``).
STAFF_ACCOUNT: Final = re.compile(r"admin|webmaster|editor")


def handles(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The one handle that the "by" lines after the headline and the author links name. Two
    or more handles are a listing's posts or a thread's posters ("by breve", "by rfunix" down
    a news aggregator's front page): none signs the page; ``bylines.authors`` drops a handle
    that is the site's name ("uclahealth": the site's own account), as it does a markup
    author's. On wcxb-dev: author right +2
    articles and +1 forum thread on half A, +2 forum threads on half B, none invented on
    either half (all page types; without the window below the headline, a documentation
    page's badge on half B)."""
    found = set(_by_handles(near))
    found.update(text for text in author_link_texts(tree) if _HANDLE.fullmatch(text))
    if len(found) != 1 or STAFF_ACCOUNT.search(next(iter(found))):
        return []
    return list(found)


# How far below the headline a byline sits: the first texts after it (a deck, a date, the
# byline). Further down, "BY" and a lower-case word are a licence badge's or a card's.
_TEXTS_AFTER_HEADLINE: Final = 12


def _by_handles(near: HeadlineTexts) -> list[str]:
    pending = False
    out = []
    for item in near.after_headline(_TEXTS_AFTER_HEADLINE):
        if pending:
            pending = False
            if _HANDLE.fullmatch(item.text):
                out.append(item.text)
            continue
        match = _BY.match(item.text)
        if match is None:
            continue
        if not match["name"]:
            pending = True
        elif _HANDLE.fullmatch(match["name"]):
            out.append(match["name"])
    return out
