"""Authors: from JSON-LD and <meta>, else from author links, else from the visible byline."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.names import class_parts
from newswire.pipeline.html.text import SPACE
from newswire.pipeline.textnorm import clean_line


def authors(tree: LexborHTMLParser, meta: HeadMetadata) -> tuple[str, ...]:
    names: list[str] = []
    author = meta.ld.get("author")
    for item in author if isinstance(author, list) else [author]:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"])
        elif isinstance(item, str):
            names.append(item)
    for key in ("author", "article:author", "byl", "dc.creator", "sailthru.author"):
        for value in meta.all(key):
            if not value.startswith(("http://", "https://")):
                names.extend(
                    re.split(r"\s*(?:,|;|\band\b|&)\s*", re.sub(r"^by\s+", "", value, flags=re.I))
                )
    if not names:
        for node in tree.css(
            '[rel="author"], [itemprop="author"] [itemprop="name"], a[href*="/author/"]'
        )[:5]:
            names.append(node.text(deep=True))
    if not names:
        names = _visible_bylines(tree)
    out: list[str] = []
    for name in names:
        cleaned = clean_line(name).strip(" ,.")
        if 2 <= len(cleaned) <= 100 and cleaned not in out:
            out.append(cleaned)
    return tuple(out)


# Class/id parts that name a byline, and parts that name something beside it (a portrait, a
# bio box, the date that shares the line).
_BYLINE_PARTS = frozenset({"byline", "author", "authors", "writer", "reporter", "contributor"})
_NOT_BYLINE_PARTS = frozenset(
    {"image", "img", "photo", "avatar", "bio", "box", "description", "date", "time", "title"}
)
_BY_PREFIX = re.compile(r"^(?:by|von|por|par|oleh|di|door|av|af|przez|от)(?:\s+|$)", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\by\b|\bet\b|\be\b|\bdan\b|\bi\b)\s*")
_MAX_BYLINE_CHARS = 80
# "Text: …", "Written by: …", "Penulis: …": a label of one or two words before the names.
_BYLINE_LABEL = re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?\s*:\s*")
# A person's name as bylines print it: 1-5 words, each capitalised (or an all-caps wire
# byline), allowing the lower-case particles of names (de, van, bin, al-…).
_PERSON_NAME = re.compile(
    r"^(?:(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w.'’-]*|(?:de|da|do|dos|del|della|di|du|van|von|der|den|la|le"
    r"|bin|binti|al|el|ibn|y)[\s-])\s*){1,5}$"
)


def _visible_bylines(tree: LexborHTMLParser) -> list[str]:
    """Names from the page's byline elements, when no markup names the author.

    The innermost element named like a byline ("byline__author", "author-name") holds just the
    names; its text loses a leading "By" (in several languages) and is split at "and"/commas.
    A line that reads like a sentence, a date or a bio is not a byline.
    """
    candidates = []
    for node in tree.css(
        '[class*="author"], [class*="byline"], [class*="writer"], '
        '[class*="reporter"], [class*="contributor"]'
    )[:40]:
        parts = class_parts(node)
        if parts & _BYLINE_PARTS and not parts & _NOT_BYLINE_PARTS:
            candidates.append(node)
    # Every element that has a byline element inside it: an outer wrapper, whose innermost byline
    # element speaks for it. (One walk up from each candidate, not a pairwise check.)
    wrappers: set[int] = set()
    for node in candidates:
        parent = node.parent
        while parent is not None:
            wrappers.add(parent.mem_id)
            parent = parent.parent
    names: list[str] = []
    for node in candidates:
        if node.mem_id in wrappers:
            continue
        text = SPACE.sub(" ", node.text(deep=True, separator=" ")).strip()
        text = _BYLINE_LABEL.sub("", _BY_PREFIX.sub("", clean_line(text))).strip()
        if not text or len(text) > _MAX_BYLINE_CHARS or any(ch.isdigit() for ch in text):
            continue
        found = [name for name in _NAME_SEPARATORS.split(text) if name]
        # All or nothing: one part that is not a name means the element held a sentence
        # ("The Russian and Syrian defense ministries …") or a form label ("Nama (wajib)").
        if found and all(_PERSON_NAME.match(name) for name in found):
            names.extend(name for name in found if name not in names)
        if len(names) >= 5:
            break
    # "Carrie Arnold" and "Carrie Arnold Contributing Writer" from two elements: keep the name.
    return [name for name in names if not any(o != name and o in name for o in names)]
