"""The writer named by a link to their own page by the headline: a link whose words are a
person's name and whose address ends in those words' slug ("<a href="/staff/2648209001/
brian-truitt/">Brian Truitt</a>", "<a href="/blog-authors/scott-matton">Scott Matton</a>").

A CMS builds a person's page address from the person's name, whatever it calls the folder
("/author/", "/staff/", "/team/", "/blog-authors/", "/people/"); the slug says "this person's
page" without a class name, so it holds on a site whose classes are hashed or say nothing. Read
only in the few texts after the headline and the meta line just over it (section, date, writer),
where a byline sits (a team page's links to people sit far below), and only when no source
before it named anyone. A slug under a folder not of people ("/services/tile-work", "/tag/
elon-musk") is a service's or a subject's page.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.headline_texts import HeadlineText, HeadlineTexts
from newswire.pipeline.html.placement import (
    elsewhere,
    in_comments,
    in_other_stories,
    in_reviews,
)
from newswire.pipeline.html.teaser_cards import in_teaser_card
from newswire.pipeline.html.text import fold
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import person_names

# The texts after the headline read: a deck, a date, the byline and its role or badge.
_TEXTS_READ: Final = 20
_TEXTS_BEFORE: Final = 8
# How far up from a text its link may be: a card's link wraps the name in a <div> or <span>.
_LINK_LEVELS: Final = 3
# A name is short: a longer link text is a headline's or a sentence's.
_MAX_NAME_CHARS: Final = 50
# The words of a folder of people's pages ("staff", "blog-authors", "our-team", "newsteam"): a
# slug under another folder is a product's, a service's or a section's page named like a person
# ("/services/tile-work", "Tile Work").
_PEOPLE_FOLDER: Final = re.compile(
    r"(?:^|[-_])(?:news)?(?:authors?|staff|team|people|persons?|profiles?|bios?|experts?"
    r"|editors?|reporters?|writers?|journalists?|columnists?|contributors?|members?)(?:$|[-_])"
)
# What a byline's line holds besides the link: a role, a date, a few words. A link in a
# sentence ("…experts, including <a>Lewis Ziska</a>, PhD, from…") names someone quoted.
_MAX_PARENT_CHARS: Final = 150
_SLUG_WORDS: Final = re.compile(r"[a-z0-9]+")


def slug_link_names(near: HeadlineTexts) -> list[str]:
    """The names of the links to people's own pages among the first texts after the headline
    (see the module), in page order, each once."""
    found: dict[str, str] = {}
    for item in _around_headline(near):
        link = _link_of(item.node)
        if link is None or not _names_its_page(link, item.text) or _not_a_byline(link):
            continue
        found.setdefault(fold(item.text), item.text)
        if len(found) > 1:
            return []
    return list(found.values())


def _around_headline(near: HeadlineTexts) -> list[HeadlineText]:
    """The last texts before the headline (a meta line over it: section, date, writer) and the
    first after it."""
    before: list[HeadlineText] = []
    after: list[HeadlineText] = []
    for item in near:
        if not item.after_headline:
            before = [*before[1 - _TEXTS_BEFORE :], item]
        elif len(after) < _TEXTS_READ:
            after.append(item)
        else:
            break
    return before + after


def _not_a_byline(link: LexborNode) -> bool:
    """Whether the link sits where no byline is: in a sentence or a run of names (a parent of
    over 150 characters), in the footer, a sidebar or menus, in another story's card, in
    comments or reviews."""
    parent = link.parent
    if parent is None or len(parent.text(deep=True)) > _MAX_PARENT_CHARS:
        return True
    return (
        _in_list_of_people(link)
        or elsewhere(link)
        or in_teaser_card(link)
        or in_other_stories(link)
        or in_comments(link)
        or in_reviews(link)
    )


def _link_of(node: LexborNode) -> LexborNode | None:
    """The <a> holding a text node, within a few levels, when the text is all of its words."""
    parent = node.parent
    for _ in range(_LINK_LEVELS):
        if parent is None:
            return None
        if parent.tag == "a":
            return parent
        parent = parent.parent
    return None


def _in_list_of_people(link: LexborNode) -> bool:
    """Whether the link is in a list item beside another item linking a name: a list of people
    (a course's teaching fellows, a team, speakers), each on their own page, none the writer."""
    item = link.parent
    for _ in range(_LINK_LEVELS):
        if item is None or item.tag == "li":
            break
        item = item.parent
    if item is None or item.tag != "li" or item.parent is None:
        return False
    for other in item.parent.iter():
        if other.tag != "li" or other.mem_id == item.mem_id:
            continue
        for text in (clean_line(each.text(deep=True)) for each in other.css("a")):
            if len(text.split()) >= 2 and person_names(text) == [text]:
                return True
    return False


def _names_its_page(link: LexborNode, text: str) -> bool:
    """Whether the link's words are one person's name of two words or more and its address's
    last folder is their slug, under a folder that is not a subject's."""
    if len(text) > _MAX_NAME_CHARS or len(text.split()) < 2 or person_names(text) != [text]:
        return False
    if fold(link.text(deep=True)) != fold(text):
        return False
    folders = [part for part in urlsplit(link.attrs.get("href") or "").path.split("/") if part]
    if len(folders) < 2 or not _slug_of(folders[-1].lower(), _slug(text)):
        return False
    return any(_PEOPLE_FOLDER.search(folder.lower()) for folder in folders[:-1])


def _slug_of(address_slug: str, name_slug: str) -> bool:
    """Whether an address's slug is the name's, its given name maybe in full where the link
    shortens it ("matthew-check" for "Matt Check"): the surname the same."""
    if address_slug == name_slug:
        return True
    spelt, named = address_slug.split("-"), name_slug.split("-")
    return (
        len(spelt) == len(named)
        and spelt[-1] == named[-1]
        and all(full.startswith(short) for full, short in zip(spelt, named, strict=True))
    )


def _slug(text: str) -> str:
    """The words of a name as a CMS spells them in an address: ASCII, lower case, hyphened."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(_SLUG_WORDS.findall(ascii_text))
