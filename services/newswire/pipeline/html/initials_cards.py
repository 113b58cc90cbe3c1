"""Writers' cards whose portrait is the writer's initials: "<span>CP</span>" in a round badge,
then "<span>Chengcheng Pei</span>" and the role ("Staff Software Engineer, MongoDB"), in an
aside beside or after the story, with no class, link or "By" telling who signs it."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.body_texts import may_open_with
from newswire.pipeline.html.byline_lines import MAX_BYLINE_CHARS
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.page_elements import body_texts
from newswire.pipeline.textnorm import clean_line, clean_line_within
from newswire.pipeline.vocabulary import PERSON_NAME

# Elements whose text no reader sees (as ``headline_texts`` skips them).
_UNSEEN_TEXT_PARENTS: Final = frozenset({"script", "style", "noscript", "template"})
# More cards than this are a list of people (a product's reviewers, a team page), not a
# story's writers.
_MAX_CARDS: Final = 3
# How many texts of the page are read: the cards sit beside or after the story, and a page's
# comment threads (whose posters' avatars are initials too) come after them.
_TEXTS_READ: Final = 3000


def initials_cards(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The names of the page's cards whose avatar is the person's initials: a text of two
    capital letters, then a text that is a name of two or three words whose first and last
    words begin with them ("CP" then "Chengcheng Pei", "JS" for "Jane Q. Smith"). A design's
    stand-in portrait for a person the page credits, asked when no source before it named
    anyone. A person's badge has two letters; three are an organisation's abbreviation over
    its name ("LAL" then "Los Angeles Lakers" on a sports listing). Three cards at most, each
    name once: more, or a name twice, is a thread of posts or a list of reviewers. On
    wcxb-dev's articles: author right +1 on half A, none changed on half B (all types; with
    three letters, a listing's team name was invented on half B)."""
    body = tree.body
    # Most pages hold no text shaped as initials: the page's texts as strings (shared with
    # the rules that read them all, ``body_texts``) tell it without a node object for each
    # of the body's elements and texts, which the walk below makes. The strings are every
    # text the walk reads and more (it skips unseen ones and stops at _TEXTS_READ): where
    # none is a badge's letters, the walk would find no card; where none after a badge is a
    # name it gives (``_may_hold_card``), neither.
    texts = body_texts(tree)
    if body is None or not any(map(_initials, texts)) or not _may_hold_card(texts):
        return []
    names: list[str] = []
    initials: str | None = None
    read = 0
    for node in body.traverse(include_text=True, skip_empty=True):
        if not node.is_text_node:
            continue
        parent = node.parent
        if parent is not None and parent.tag in _UNSEEN_TEXT_PARENTS:
            continue
        read += 1
        if read > _TEXTS_READ:
            break
        raw = node.text_content or ""
        if initials is not None:
            name = clean_line(raw)
            if not name:
                continue
            if _has_initials(name, initials):
                if name in names or len(names) == _MAX_CARDS:
                    return []
                names.append(name)
            initials = None
        if _initials(raw):
            initials = raw.strip()
    return names


def _initials(raw: str) -> bool:
    """Whether a text node's text (``raw``) is a badge's two capital letters."""
    if len(raw) > 6:  # most texts: not stripped
        return False
    text = raw.strip()
    return len(text) == 2 and text.isalpha() and text.isupper() and text.isascii()


def _has_initials(name: str, initials: str) -> bool:
    """Whether ``name`` is a person's name of two or three words whose first and last words
    begin with ``initials``."""
    words = name.split()
    if not 2 <= len(words) <= 3 or len(name) > MAX_BYLINE_CHARS or not PERSON_NAME.match(name):
        return False
    return (words[0][0] + words[-1][0]).upper() == initials


# The second letters a name's first word may have (see ``_may_hold_card``): any.
_LOWER: Final = "abcdefghijklmnopqrstuvwxyz"


def _may_hold_card(texts: list[str]) -> bool:
    """Whether some text of ``texts`` (the body's, in page order) after a badge's initials is a
    name ``_has_initials`` gives them: the walk below reads a text as a card's name only so,
    and most pages holding a badge's two letters ("US", "EN": a menu's edition or language)
    hold no such name (on wcxb-dev and SH: 326 pages of 1,615 hold the letters, 47 a name
    after them, 5 a card), where the walk made a node object for each of the body's elements
    and texts (~240 µs a page, compiled). A superset of the walk's cards, whatever the walk
    skips (a script's text, the texts past _TEXTS_READ) or finds between a badge and its
    name. A name's first word begins with a badge's first letter, in either case: a text whose
    first character is printable ASCII opens its cleaned text with it (``clean_line`` strips,
    and removes or spaces only other characters), and is passed over unless it is that
    letter; a text opening otherwise (white space, a letter beyond ASCII) is asked of
    ``may_open_with``, and the few that pass are cleaned and read as ``_has_initials`` does."""
    badges: list[str] = []
    firsts: frozenset[str] = frozenset()
    initials: frozenset[str] = frozenset()
    openings: frozenset[str] = frozenset()
    for raw in texts:
        if _initials(raw):
            # (A badge's text is one word: no name.)
            badge = raw.strip()
            if badge not in badges:
                badges.append(badge)
                initials = frozenset(letters[0].lower() for letters in badges)
                firsts = initials | {letter.upper() for letter in initials}
                openings = frozenset(first + second for first in initials for second in _LOWER)
            continue
        if not badges:
            continue
        first = raw[0]  # (the texts are not empty)
        if first not in firsts and (
            "!" <= first <= "~" or not may_open_with(raw, initials, openings)
        ):
            continue
        name = clean_line_within(raw, MAX_BYLINE_CHARS)
        if name and any(_has_initials(name, badge) for badge in badges):
            return True
    return False
