"""The letters of a shown headline as a reader writes them: capitals of the design's lettering,
quotes curled by a theme's typography and trademark signs, where the page's own titles or its
story write them plainly."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final


def cased(headline: str, named: list[str]) -> str:
    """A headline set in capitals ("TIPS FOR ONLINE SUCCESS") is the design's lettering: where
    the page also names itself in ordinary case (og:title, <title>), that is how a reader
    writes the headline: the same words where the name has them, else the whole name."""
    if not _all_caps(headline):
        return headline
    wanted = headline.casefold()
    for text in named:
        at = text.casefold().find(wanted)
        if at >= 0 and len(text.casefold()) == len(text):
            return text[at : at + len(headline)]
    return next((text for text in named if not _all_caps(text)), headline)


# Typographic quotes and the straight ones a keyboard types.
_STRAIGHT: Final = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def straight_quotes(headline: str, named: str | None, page_title: str) -> str:
    """The headline with straight quotes where the page's own titles (og:title or JSON-LD's
    headline, and <title>) both write it so: a theme's typography filter curls the quotes of
    the shown <h1> (a right single quotation mark in "Beginner's Guide"), while the site's
    editors typed the apostrophe, as readers quoting it do. Where either title curls them too,
    the <h1> stands. On wcxb-dev's articles whose <h1> has typographic quotes: title exact +4
    on half A (5 right, 1 wrong), +1 on half B (3 right, 2 wrong).

    A page that names itself in its <title> alone (no og:title, no JSON-LD: a small site's CMS)
    is read by that one title: the editors' typing is all the <title> shows. Until session 69
    such a page kept its curled <h1>; with meta tags and JSON-LD removed (``perturb --variants
    "bare meta"``): title exact +5 -1 on half A, +3 -2 on half B (articles of 8 sites); none
    changed as the pages are."""
    straight = headline.translate(_STRAIGHT)
    titles = [text for text in (named, page_title) if text]
    if straight == headline or not titles:
        return headline
    if all(straight in text for text in titles):
        return straight
    return headline


# A trademark sign as a shop's design sets it after a name ("Crusher® ANC 2", "Switch™").
_MARK: Final = re.compile(r"\s*[\u00ae\u2122\u2120]")


def unmarked(headline: str, named: str | None, page_title: str) -> str:
    """The headline without its trademark signs where the page's own titles name it so: a shop's
    <h1> "Crusher® ANC 2" under the <title> "Crusher ANC 2 - Bass Headphones …", "Nintendo
    Switch™ - OLED Model …" under "Nintendo Switch - OLED Model … - Nintendo Official Site".
    The sign is the design's lettering of the brand, and the name the shop's editors typed is
    the reader's. Where a title keeps the sign ("Roomba® j7+ Self-Emptying Robot Vacuum |
    iRobot®"), or names the product in other words, the <h1> stands. On wcxb-dev: title exact
    +1 on half A, +1 on half B (product pages), none lost."""
    plain = " ".join(_MARK.sub("", headline).split())
    if plain == headline:
        return headline
    titles = [text for text in (named, page_title) if text]
    if any(plain in text for text in titles) and not any(headline in text for text in titles):
        return plain
    return headline


# A letter, an apostrophe as a keyboard types it, a letter: "don't", "writer's".
_TYPED_APOSTROPHE: Final = re.compile(r"[^\W\d_]'[^\W\d_]")
_STRAIGHT_SINGLE: Final = str.maketrans({"\u2018": "'", "\u2019": "'"})


def typed_apostrophes(title: str | None, paragraphs: Sequence[str]) -> str | None:
    """The title with its curled single quotes straight where the story itself types an
    apostrophe straight inside a word ("don't" where its other ones are curled): the writer
    typed plain quotes, and the theme's typography filter curled some, the headline's among them
    (a title reads as its writer typed it, as readers quoting it and wcxb-dev's annotators
    write it). A story curled throughout tells nothing of its writer's typing, and its title
    keeps its quotes (see ``straight_quotes`` for the page's titles). Double quotes stay: a
    quoted name ("the App “Calm”") is set as its writer chose. On wcxb-dev: title exact +2 -1
    on half A, +8 -1 on half B (articles +1 -1 and +7 -1)."""
    if not title or ("\u2019" not in title and "\u2018" not in title):
        return title
    if any(_TYPED_APOSTROPHE.search(paragraph) for paragraph in paragraphs):
        return title.translate(_STRAIGHT_SINGLE)
    return title


def _all_caps(text: str) -> bool:
    """Two words or more and not one lower-case letter (scripts without case never are)."""
    return len(text.split()) >= 2 and text.upper() == text and text.lower() != text


# The fullwidth forms of ASCII's printable characters (U+FF01-U+FF5E), each 0xFEE0 above its own.
_FULLWIDTH: Final = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# Letters of the scripts whose text sets punctuation fullwidth: CJK ideographs, kana, Hangul.
_WIDE_SCRIPT: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def halfwidth(headline: str) -> str:
    """A headline in a Latin script with ASCII's characters in their fullwidth forms ("How Does
    Robot Vacuum Mapping Work" and a fullwidth question mark, U+FF1F): the editor typed them
    with a Chinese or Japanese input method, and a reader quoting the headline writes the
    ASCII ones ("?"), as wcxb-dev's annotators do. A headline in Chinese, Japanese or Korean
    keeps them: its punctuation is set fullwidth. On wcxb-dev: title exact +1 on half B (an
    article), no such headline on half A."""
    if headline.isascii() or _WIDE_SCRIPT.search(headline):
        return headline
    return headline.translate(_FULLWIDTH)
