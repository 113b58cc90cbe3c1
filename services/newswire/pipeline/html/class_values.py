"""What a page's class attributes may hold, read from its markup once, before any class-word
query: a ``[class*="word" i]`` selector matches nothing on a page none of whose classes holds
the word, yet costs lexbor a compare at each place of each class of the page (~60 µs a page a
word over wcxb-dev). The page's queries look for 12 such words (the date words, the byline
words, "isclaimer"), most of which no class of a given page holds (a class holds "posted" on
3% of pages, "writer" on 0.5%, "date" on 40%): a query of only those the page's classes may
hold finds the same elements.

The values are found in the markup lowered in ASCII, as lexbor's case-blind ``*=`` compares
(ASCII letters only: the long s and the Kelvin sign are no "s" and "k" to it): the markup is lexbor's own input
(selectolax's ``raw_html``, the UTF-8 it parsed), whose parse cannot make a letter of
anything but that letter (a NUL or an invalid byte becomes U+FFFD, a CR a LF) save by a
character reference, which the page then answers as "any word may be there" (10 pages of
404). Read over every 4th page of wcxb-dev and ScrapingHub: ~310 µs a page (CPU; the lowering
~65, the scan for "class" ~200), where the selectors left out save lexbor ~1.45 times that
(timed in the compiled pipeline: the shared query's and the byline elements' queries).
"""

from __future__ import annotations

import re
from typing import Final

# A class attribute as HTML's tokenizer reads it: the name (any case: the markup is lowered),
# "=" between optional spaces, then a value in quotes (to the closing quote, or to the end of
# the markup, where the tag is dropped) or unquoted (to a space or ">"). A lookahead, so that
# every "class" of the markup is tried, one inside another attribute's value too
# (``data-x='class="a' class="date"``, where a match that took its value would have stepped
# over the real one): the values found hold every class value of the page, and some others
# (a script's strings, comments), which only keep a word asked.
_CLASS_VALUES: Final = re.compile(
    rb"class(?=[\t\n\f\r ]*=[\t\n\f\r ]*(\"[^\"]*|'[^']*|[^\t\n\f\r >]*))"
)
# A numeric character reference (which may stand for any letter: "&#112;" is "p") or the one
# named reference that stands for ASCII letters ("&fjlig;", "fj").
_REFERENCES: Final = re.compile(rb"&#|&fjlig")


def class_text(markup: bytes) -> bytes | None:
    """Every class attribute's value of ``markup`` (the bytes lexbor parsed), with some other
    text, lowered in ASCII, each distinct value once, joined by spaces: a lowercase word that
    no class of the page holds in any case is not in it. None when a value may spell a letter
    by a character reference: then any word may be in a class."""
    values = b" ".join(set(_CLASS_VALUES.findall(markup.lower())))
    return None if _REFERENCES.search(values) is not None else values
