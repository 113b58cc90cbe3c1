"""The headline: OpenGraph/Twitter title, JSON-LD headline, the page's <h1> or <title>, with
the site's name taken off."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.text import fold
from newswire.pipeline.textnorm import clean_line

_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•:-]\s+")


def title_of(tree: LexborHTMLParser, meta: HeadMetadata) -> str | None:
    site = meta.first("og:site_name")
    h1 = tree.css_first("h1")
    h1_text = clean_line(h1.text(deep=True)) if h1 is not None else ""
    title_node = tree.css_first("title")
    page_title = clean_line(title_node.text(deep=True)) if title_node is not None else ""
    if h1_text and page_title and not _h1_is_headline(h1_text, page_title, site):
        h1_text = ""  # the logo or section name in an <h1>: <title> names the story
    candidates = [
        meta.first("og:title", "twitter:title"),
        meta.ld.text("headline"),
        h1_text or None,
        page_title or None,
    ]
    for candidate in candidates:
        if candidate:
            return _strip_site_suffix(candidate, site)
    return None


def _h1_is_headline(h1: str, page_title: str, site: str | None) -> bool:
    """Whether the page's first <h1> is its headline rather than a logo or a section name.

    The <title> repeats the headline ("Headline | Site"); a logo <h1> ("엔터 미디어" above
    "악녀의 덫에 … - Entermedia") shares no words with it. When the <title> is only the site's
    name, it says nothing and the <h1> stands.
    """
    stripped = fold(_strip_site_suffix(page_title, site))
    folded = fold(h1)
    if not stripped or (site and stripped == fold(site)) or len(stripped.split()) < 3:
        return True
    return (
        folded in fold(page_title)
        or stripped in folded
        or bool(set(folded.split()) & set(stripped.split()))
    )


def _strip_site_suffix(title: str, site: str | None) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    folded_site = fold(site) if site else None
    # "Headline | Site" and "Site - Headline": drop the part that is the site's name, or a short
    # last part when it looks like a brand (few words, while the rest is a headline).
    if folded_site:
        kept = [part for part in parts if fold(part) != folded_site]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    last = parts[-1]
    if len(last.split()) <= 4 and len(" ".join(parts[:-1]).split()) >= 4:
        return title[: title.rfind(last)].rstrip(" |–—·•:-")
    return title
