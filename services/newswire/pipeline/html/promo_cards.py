"""A card named "promo" that is one of the site's own teasers: a heading and a sentence in a
link into the site (a consultancy's service cards), not an ad slot or a sales banner."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import TOKEN_PARTS

_PROMO_WORDS = frozenset({"promo", "promotion"})
# A design system's teaser component (Adobe's "cmp-promo", a CMS's "promo-card") names every
# card of a page's grid "promo", and often the grid too, whatever they link to: on a company's
# services page the grid of its services, each card one link into the site around the
# service's heading, a sentence of what it is and "Find out more". The truths keep them. An
# ad slot links off the site (an ad server's address) or holds an image only; a sales banner
# or a menu's promo tile holds a heading and a few words ("Summer sale", "Service"). So a
# promo-named element that is or sits in (within _CARD_LEVELS) a link into the site (a path,
# no host) around a heading and _MIN_TEXT characters of text besides it, or whose links are
# at least _CARD_SHARE such cards (the grid), is the page's: its other names judge it. Half
# A all types 0.894539 -> 0.894728 (a consultancy's services page 0.490 -> 0.640: the
# services' headings; their sentences, linked text, are still left out as a link list), half
# B 0.903690 -> 0.903717 (a shop's collection +0.019), articles and ScrapingHub (0.987278)
# unchanged; no page worse.
_CARD_LEVELS = 4
_MIN_TEXT = 60
_HEADINGS = "h2, h3, h4, h5"
_CARD_SHARE = 0.5


def promo_named(names: str) -> bool:
    """A token of ``names`` (class and id) has "promo" or "promotion" as a part."""
    if "promo" not in names.lower():
        return False
    return any(_promo_token(token) for token in names.split())


def _promo_token(token: str) -> bool:
    return not _PROMO_WORDS.isdisjoint(part.lower() for part in TOKEN_PARTS.split(token) if part)


def promo_card(node: LexborNode, names: str) -> bool:
    """The promo-named ``node`` (``names``: its class and id) is, is in, or is a grid of cards
    of the site's own: links into the site around a heading and a sentence (see above)."""
    if not promo_named(names):
        return False
    up: LexborNode | None = node
    for _ in range(_CARD_LEVELS + 1):
        if up is None:
            break
        if up.tag == "a":
            return _site_card(up)
        up = up.parent
    links = node.css("a")
    cards = sum(_site_card(link) for link in links)
    return cards > 0 and cards >= _CARD_SHARE * len(links)


def _site_card(link: LexborNode) -> bool:
    """The <a> ``link`` leads into the site (a path, no host) around a heading and a sentence."""
    href = (link.attributes.get("href") or "").strip()
    if not href.startswith("/") or href.startswith("//"):
        return False
    heading = link.css_first(_HEADINGS)
    if heading is None:
        return False
    text = len(link.text(deep=True, strip=True)) - len(heading.text(deep=True, strip=True))
    return text >= _MIN_TEXT


def without_promo_names(names: str) -> str:
    """``names`` (class and id) without the tokens that have "promo" as a part."""
    return " ".join(token for token in names.split() if not _promo_token(token))
