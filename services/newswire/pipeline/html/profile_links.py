"""The writer named by a link to a personal professional profile: an author card's LinkedIn link
("<a href="https://www.linkedin.com/in/joakim-edin/">Joakim Edin</a>"), read when no source
before it named anyone.

A LinkedIn address under ``/in/`` is one person's profile (a company's is under ``/company/``),
and a link whose own words are that person's name is a card crediting them; it says so without
a class name, so it holds on a site whose classes are hashed or say nothing. A page linking two
people's profiles or more (a team page, a speakers' list, experts quoted) names no one: which
of them signs the story the links cannot tell.
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.page_links import linkedin_links
from newswire.pipeline.html.placement import elsewhere
from newswire.pipeline.html.text import fold
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import person_names

# A name is short: a card's link holding a role or a bio under the name gives its first text.
_MAX_NAME_CHARS: Final = 50
# What the link's parent may hold besides it: a card's name, role and a few words. A link in a
# sentence or in a run of credits ("…, Kalapi Gajjar, Lipi Raval, …" over a typeface's makers) is
# one name among others the text gives, not the story's signature.
_MAX_PARENT_CHARS: Final = 150


def profile_link_names(tree: LexborHTMLParser) -> list[str]:
    """The one person whose profile the page's links name (see the module); none where the
    links name two or more, or where the link sits in the page's footer, sidebar or menus."""
    found: dict[str, str] = {}
    for link in linkedin_links(tree):
        name = _link_name(link)
        if name is None or elsewhere(link) or _in_running_text(link):
            continue
        found.setdefault(fold(name), name)
        if len(found) > 1:
            return []
    return list(found.values())


def _link_name(link: LexborNode) -> str | None:
    """The link's words when they are one person's name of two words or more, else its first
    child element's (a card's link wrapping the name over the role)."""
    texts = [clean_line(link.text(deep=True))]
    child = link.child
    while child is not None and not child.is_element_node:
        child = child.next
    if child is not None:
        texts.append(clean_line(child.text(deep=True)))
    for text in texts:
        short = bool(text) and len(text) <= _MAX_NAME_CHARS
        if short and len(text.split()) >= 2 and person_names(text) == [text]:
            return text
    return None


def _in_running_text(link: LexborNode) -> bool:
    parent = link.parent
    return parent is not None and len(parent.text(deep=True)) > _MAX_PARENT_CHARS
