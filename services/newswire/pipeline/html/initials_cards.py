"""Writers' cards whose portrait is the writer's initials: "<span>CP</span>" in a round badge,
then "<span>Chengcheng Pei</span>" and the role ("Staff Software Engineer, MongoDB"), in an
aside beside or after the story, with no class, link or "By" telling who signs it."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.byline_lines import MAX_BYLINE_CHARS
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.page_elements import body_texts
from newswire.pipeline.textnorm import clean_line
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
    # none is a badge's letters, the walk would find no card.
    if body is None or not any(map(_initials, body_texts(tree))):
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
