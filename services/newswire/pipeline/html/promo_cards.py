"""A card named "promo" that is one of the site's own teasers: a heading and a sentence in a
link into the site (a consultancy's service cards), not an ad slot or a sales banner."""

from __future__ import annotations

from typing import Final
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.item_datelines import in_a_run
from newswire.pipeline.html.names import TOKEN_PARTS

_PROMO_WORDS: Final = frozenset({"promo", "promotion"})
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
_CARD_LEVELS: Final = 4
_MIN_TEXT: Final = 60
_HEADINGS: Final = "h2, h3, h4, h5"
_CARD_SHARE: Final = 0.5
# A listing's teaser component (a news CMS's "PagePromo", a docs site's "android-promo" row)
# names each of its item cards "promo": the card holds its item's linked heading, its own
# text, and sits, or its wrapper sits (within _RUN_LEVELS), in a run of like siblings (see
# ``item_datelines.in_a_run``). Its heading's link leads into the site: a path, or an address
# on the host of the page's canonical URL (such CMSs write absolute links). An ad slot's or a
# sale tile's heading is a few words (under _TITLE_CHARS) or links off the site. Half B
# documentation 0.932875 -> 0.934652 (a developer site's course cards +0.062), all types
# 0.904293 -> 0.904381; half A, articles, ScrapingHub (0.987278) and hashed names (A 0.873783,
# B 0.882307) unchanged. (A news hub's "PagePromo" cards pass too, but its chosen region
# still ends before them: its score is unchanged.)
_RUN_LEVELS: Final = 2
_TITLE_CHARS: Final = 20
_TEASER_TITLES: Final = "h2 a, h3 a, h4 a, h5 a"


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
    return (cards > 0 and cards >= _CARD_SHARE * len(links)) or _teaser_in_a_run(node)


def _teaser_in_a_run(node: LexborNode) -> bool:
    """The promo-named ``node`` is one of a listing's teaser cards (see _RUN_LEVELS)."""
    title = node.css_first(_TEASER_TITLES)
    if title is None or len(title.text(deep=True, strip=True)) < _TITLE_CHARS:
        return False
    if not _into_the_site(title.attributes.get("href") or "", node):
        return False
    up: LexborNode | None = node
    for _ in range(_RUN_LEVELS + 1):
        if up is None or up.tag in ("body", "html"):
            return False
        if in_a_run(up):
            return True
        up = up.parent
    return False


def _into_the_site(href: str, node: LexborNode) -> bool:
    """``href`` is a path, or an address on the host of the canonical URL of ``node``'s page."""
    href = href.strip()
    if href.startswith("/") and not href.startswith("//"):
        return True
    host = urlsplit(href).hostname
    if not host:
        return False
    root = node
    while root.parent is not None:
        root = root.parent
    canonical = root.css_first('link[rel="canonical"]')
    page = urlsplit((canonical.attributes.get("href") or "") if canonical else "").hostname
    return page == host


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
