"""The headline: the page's <h1> when it is the headline, else OpenGraph/Twitter title, JSON-LD
headline or <title>, with the site's name taken off."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.text import SPACE, fold
from newswire.pipeline.textnorm import clean_line

_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•:-]\s+")
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)


def title_of(tree: LexborHTMLParser, meta: HeadMetadata) -> str | None:
    """The headline as the reader sees it: the page's <h1>, unless that is a logo or a
    section name; else OpenGraph/Twitter's title, JSON-LD's headline, or <title>, each without
    the site's name.

    wcxb-dev's truth is the visible headline: the first <h1> equals it on 74% of its articles
    (half A), og:title on 43%, <title> on 22% (SEO titles are reworded: "Best Apps to Learn a
    Language in 2025 - Top 10 Picks" above "<h1>Top 10: Best Language Learning App</h1>").
    """
    site = meta.first("og:site_name")
    title_node = tree.css_first("title")
    page_title = clean_line(title_node.text(deep=True)) if title_node is not None else ""
    named = meta.first("og:title", "twitter:title") or meta.ld.text("headline")
    h1 = _headline_h1(tree, named, page_title, site)
    if h1:
        return h1
    for candidate in (named, page_title):
        if candidate:
            return _strip_site_suffix(candidate, site)
    return None


# Words that tell a headline from a logo: letters only, 4 or more (short words are shared by
# chance: "the", "of", "and").
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}|\d+")
_MAX_HEADLINE_CHARS = 300
_H1_READ = 6


def _words(text: str) -> set[str]:
    return {word.lower() for word in _CONTENT_WORD.findall(text)}


def _headline_h1(
    tree: LexborHTMLParser, named: str | None, page_title: str, site: str | None
) -> str | None:
    """The first <h1> that is not the site's logo or a section name ("The Blog", "Menu").

    A logo <h1> is the site's name, or the brand part of the <title> ("A Beginner's Guide to
    Skincare - The Southerner" above "<h1>The Southerner</h1>"); a logo or section <h1> shares
    no word with what the page calls itself (<title>, og:title). When the page names itself
    in one word or none, nothing can be compared and the <h1> stands.
    """
    reference = _words(f"{named or ''} {page_title}")
    brand_parts: set[str] = set()
    for text in (named, page_title):
        parts = _TITLE_SEPARATORS.split(text or "")
        if len(parts) > 1:
            brand_parts.update(fold(part) for part in (parts[0], parts[-1]))
    headline = fold(named or page_title)
    for node in tree.css("h1")[:_H1_READ]:
        text = clean_line(SPACE.sub(" ", node.text(deep=True, separator=" ")))
        if not text or len(text) > _MAX_HEADLINE_CHARS:
            continue
        folded = fold(text)
        if site and folded == fold(site):
            continue
        if folded in brand_parts and not headline.startswith(folded):
            continue
        if len(reference) >= 2 and not _words(text) & reference:
            continue
        return text
    return None


def _strip_site_suffix(title: str, site: str | None) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    folded_site = fold(site) if site else None
    # "Headline | Site" and "Site - Headline": drop the part that is the site's name, or a short
    # last part when it looks like a brand (few words, while the rest is a headline).
    # A part written as a domain ("GAME CHANGER | Newegg.com") is the site's name too.
    kept = [
        part
        for part in parts
        if not (folded_site and fold(part) == folded_site) and not _DOMAIN.fullmatch(part.strip())
    ]
    if kept and len(kept) < len(parts):
        return " - ".join(kept)
    last = parts[-1]
    if len(last.split()) <= 4 and len(" ".join(parts[:-1]).split()) >= 4:
        return title[: title.rfind(last)].rstrip(" |–—·•:-")
    return title
