"""A utility class that hides its element outright: Bootstrap 3's and Foundation's "hide"
(display: none), which a site's scripts take off to show the element; a card's copy of its
name that the card's class hides."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

# A promo bar's slides and a mobile menu a script shows, a product's spec list kept hidden for
# a script to move into its tab, a card's "notify me" form: hidden as a bare "hidden" is
# (``names``), on either walk. On the walk without the name rules, a short page's retry (a
# shop's collection, a landing page) gave the hidden promo bar's every slide as its text. Half
# A all types 0.889178 -> 0.890894 (service 0.847 -> 0.857, product 0.728 -> 0.732,
# collection 0.747 -> 0.749; 5 pages better: a beauty shop's landing page 0.07 -> 0.99, none
# worse), half B all types 0.900996 -> 0.901244 (collection +0.0026, forum +0.0004; 4 better,
# none worse); articles, metadata and ScrapingHub unchanged. (Bootstrap 4's "d-none" too: half
# A product -0.0005, service -0.0006, a script's data store of tab texts that the truths keep.
# A bare "hidden" on the walk without names too: half A listing -0.0063, a listing whose retry
# won only by its hundred hidden "Error rating book" tooltips.)
# Since data tables keep their rows' author links (``paragraphs``), that listing's retry wins
# on its items' text, and a bare "hidden" is dropped by the walk without names too (a rating
# widget's error tooltip in each of a ranked list's hundred rows, "Error rating book. Refresh
# and try again."). Half A all types 0.895704 -> 0.895830 (listing 0.805689 -> 0.807839: the
# ranked list of books 0.797 -> 0.896; no other page moved), half B (0.904071), articles (A
# 0.970154, B 0.962269), ScrapingHub (0.987278) and hashed names (articles 0.9607) unchanged.
HIDE: Final = "hide"
HIDDEN: Final = "hidden"


def hidden_by_class(classes: str) -> bool:
    """An element that a class of ``classes`` (its class attribute) hides outright: a bare
    "hide" or "hidden", with no breakpoint's class ("md:block") beside it to show it again."""
    lowered = classes.lower()
    if HIDE not in lowered and HIDDEN not in lowered:
        return False
    tokens = lowered.split()
    return (HIDE in tokens or HIDDEN in tokens) and not any(":" in token for token in tokens)


# Forum software lays a thread out twice where a screen's width decides: an element hidden on
# a desktop ("ipsResponsive_hideDesktop", "hide-desktop", "visible-xs", "mobile-only":
# Invision Community's topic summary, "Created 1 yr / Top Posters In This Topic", repeated
# from its sidebar; a theme's phone menu) repeats what the desktop shows elsewhere or holds
# the phone's controls, and the thread's text is read as a desktop shows it. On a page that
# says it is a thread, such an element is dropped. Not a class that shows an element on
# phones beside the desktop's own ("showPhone"): Invision 4's poster pane for phones holds
# each post's "Posted <date>" line, which truths keep (with it: half A forum -0.0005, a
# thread -0.026). Half B forum 0.90447 -> 0.90631 (an Invision thread 0.82 -> 0.93), all
# types 0.909558 -> 0.909715; half A, articles and ScrapingHub unchanged; hashed names hide it.
_PHONE_ONLY: Final = re.compile(
    r"(?:^|[\s_-])(?:hide-?desktop|hidden-desktop|visible-xs(?:-\w+)?|mobile-only)(?:\s|$)",
    re.IGNORECASE,
)


def phone_copy(classes: str) -> bool:
    """Whether a class of ``classes`` (its class attribute) hides its element on a desktop,
    showing it on phones only (see above)."""
    lowered = classes.lower()
    if "desktop" not in lowered and "xs" not in lowered and "mobile" not in lowered:
        return False
    return _PHONE_ONLY.search(classes) is not None


# A shop theme family (Shopify's Dawn and the themes built on it) writes a product card's name
# twice: once inside the picture's box (card__inner > card__content > card__information), for a
# card without a picture, and once under the picture; its stylesheet hides the first where the
# card has a picture (the card's "card--media" class), so a reader sees each name once. The
# walk read both ("HD 560S / Back-order / Sennheiser / HD 560S" in a headphone shop's grid).
# Seen on wcxb-dev in three shops' grids and a blog's product cards; the truths give the name
# once. Asked, on the walk that reads names, only of an element whose names hold "card__info"
# (none on most pages); it reads the class attribute of two elements above it, no walk. Half
# A collection 0.772543 -> 0.774626 (the headphone shop's grid 0.603 -> 0.726; the other
# shops' pages read each name once already), all types 0.900517 -> 0.900672; half B,
# articles, metadata, ScrapingHub (0.990773) and hashed names (which hide the classes)
# unchanged; no page worse.
_CARD_INFORMATION: Final = "card__information"


def media_card_copy(node: LexborNode, names: str) -> bool:
    """``node`` (of names ``names``) is the picture box's copy of a card's name (see above)."""
    content = node.parent
    inner = content.parent if content is not None else None
    if inner is None or _CARD_INFORMATION not in names.split():
        return False
    card = inner.parent
    return (
        card is not None
        and "card__inner" in (inner.attributes.get("class") or "").split()
        and "card--media" in (card.attributes.get("class") or "").split()
    )


# A site laid out twice for two screens writes each copy of a block under one id with the
# screen's word in it: "comparison-page-desktop" and "comparison-page-mobile" side by side,
# "compare-table" and "compare-table-mobile" (a vendor's comparison page: its intro, its
# package table and its notes all said twice). Its stylesheet shows one copy per screen, and
# a reader sees the page once; the walk read both, every line said twice. The copy whose id
# is an element's id beside it (a sibling, within _TWIN_SIBLINGS either way) with "mobile"
# put in, or put for "desktop", is the phone's: dropped, the desktop's copy stays. Asked only
# of an element whose names hold "mobile" (a few a page); it reads the ids of a few siblings,
# no walk. A menu's phone copy ("menu-main-mobile-navigation") is dropped as a menu already.
# Half B service 0.8818 -> 0.8858 (the comparison page 0.683 -> 0.973), all types 0.913763 ->
# 0.914174; half A, articles, metadata, ScrapingHub (0.990773) and hashed names (ids hashed:
# A 0.885625, B 0.894724) unchanged; no page worse. One page of dev shows the shape (the other
# twin ids of dev are menus', search boxes' and logos', dropped already), but the rule only
# reads an exact pair of ids beside each other, and drops the copy a reader never sees twice.
_TWIN_SIBLINGS: Final = 4
_MOBILE: Final = "mobile"
_SEPARATORS: Final = "-_"


def mobile_twin(node: LexborNode) -> bool:
    """``node`` is the phone's copy of a block beside it, told by their ids (see above)."""
    ident = (node.attributes.get("id") or "").lower()
    at = ident.find(_MOBILE)
    if at < 0:
        return False
    end = at + len(_MOBILE)
    # "x-mobile" and "mobile-x" are x's copies; "x-desktop" and "desktop-x" are its twins.
    twins = {ident.replace(_MOBILE, "desktop", 1)}
    if at and ident[at - 1] in _SEPARATORS:
        twins.add(ident[: at - 1] + ident[end:])
    elif end < len(ident) and ident[end] in _SEPARATORS:
        twins.add(ident[:at] + ident[end + 1 :])
    else:
        twins.add(ident[:at] + ident[end:])
    twins.discard("")
    return _sibling_with_id(node, twins, before=True) or _sibling_with_id(node, twins, before=False)


def _sibling_with_id(node: LexborNode, idents: set[str], *, before: bool) -> bool:
    """An element sibling of ``node`` within _TWIN_SIBLINGS (``before`` or after it) has one
    of ``idents`` (lower-cased) for its id."""
    seen = 0
    sibling = node.prev if before else node.next
    while sibling is not None and seen < _TWIN_SIBLINGS:
        if sibling.tag not in ("-text", "-comment"):
            seen += 1
            ident = sibling.attributes.get("id")
            if ident and ident.lower() in idents:
                return True
        sibling = sibling.prev if before else sibling.next
    return False
