"""Elements named like furniture that hold a section of the page: named for a date
("date-item", "paragraph-published") yet holding more than a date line, or a tabs "menu"
holding its panels of text; one of a set of alternatives hidden by a class beside its shown
twin."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.names import TOKEN_PARTS, Verdict
from newswire.pipeline.html.plain_names import name_verdict
from newswire.pipeline.textnorm import lacks_words

# A date is a line ("March 3, 2024", "Updated 2 hours ago", with a byline at most); an element
# named for one that is a section heading, or holds one and more text than such a line, or
# much more text, is something else: a list named after its sort key (Webflow's CMS
# collection "date-item_list" / "date-item" around each section of a landing page: its hero,
# its price cards), a CMS block carrying its publication state (Drupal paragraphs'
# "paragraph-published"), a heading whose id is slugged from its words ("...-up-to-date").
# Walked as its other names say. Half A all types 0.88238 -> 0.88264 (service 0.83909 ->
# 0.84130: a Webflow landing page 0.60 -> 0.80; no page worse), half B 0.88992 -> 0.89000
# (product 0.73958 -> 0.74073: a Drupal product page 0.86 -> 0.92; a story +0.0004, a docs
# page +0.0002), articles unchanged on both; ScrapingHub unchanged (0.98672). (A heading
# alone, at any length: a "last updated" line under its label, and a story's product box
# "updated__..." its truth leaves out, half A articles -0.00002.)
_DATE_WORDS: Final = frozenset({"date", "timestamp", "dateline", "published", "updated"})
# What a date word's lowered part holds: an ASCII name holding none in any case has no token
# named for a date (no other letter lowers to these ASCII ones), most names of a page.
_DATE_STEMS: Final = ("date", "timestamp", "published")
_DATE_MAX_CHARS_BESIDE_HEADING: Final = 200
_DATE_MAX_CHARS: Final = 400
_HEADING_SELECTOR: Final = "h1, h2, h3, h4, h5, h6"
_SECTION_HEADINGS: Final = frozenset({"h2", "h3", "h4", "h5", "h6"})


def without_date_names(names: str) -> str:
    """``names`` (class and id) without the tokens named for a date ("date-item_list")."""
    return " ".join(
        token
        for token in names.split()
        if _DATE_WORDS.isdisjoint(part.lower() for part in TOKEN_PARTS.split(token))
    )


def date_named_section(node: LexborNode, tag: str, names: str) -> bool:
    """The date-named ``node`` (``names``: its class and id) holds more than a date line: it
    is a section heading, or holds one and more text than a date line, or much more text."""
    if lacks_words(names, _DATE_STEMS) or without_date_names(names) == " ".join(names.split()):
        return False
    if tag in _SECTION_HEADINGS:
        return True
    text = len(node.text(deep=True, strip=True))
    return text > _DATE_MAX_CHARS_BESIDE_HEADING and (
        text > _DATE_MAX_CHARS or node.css_first(_HEADING_SELECTOR) is not None
    )


# Tabs and accordions name the strip of their titles a "menu" ("faq_tabs-menu"), and some
# put each tab's panel inside it, after its title: an FAQ's answers in paragraphs. A
# navigation menu is its links (a mega menu's teasers too); a menu-named element holding
# paragraphs of text outside links, more than a menu's blurbs, is such a strip of panels,
# on a page whose head declares no story. Half B all types 0.89000 -> 0.89025 (service
# 0.85359 -> 0.85604: an FAQ in tabs, 0.80 -> 0.98; no page worse), half A, articles and
# ScrapingHub unchanged (0.98672). (From 400 chars: a product tour's two autoplay tab strips of
# 548 and 703 chars that its truth leaves out, half A service -0.021; a shop's "superNav"
# shipping notice, -0.003, with "nav" among the words.)
_MENU_WORDS: Final = frozenset({"menu"})
_MENU_MIN_PARAGRAPHS: Final = 2
_MENU_MIN_TEXT: Final = 1000
_MENU_LINK_SHARE: Final = 0.1


def menu_section(node: LexborNode, names: str, holds: Holds) -> bool:
    """Whether a menu-named element (``names``: its class and id) holds panels of text."""
    if "menu" not in names.lower():
        return False
    rest = " ".join(
        token
        for token in names.split()
        if _MENU_WORDS.isdisjoint(part.lower() for part in TOKEN_PARTS.split(token))
    )
    if name_verdict(rest) is Verdict.NEGATIVE:
        return False  # its other names make it furniture: its <p>s are not counted
    # Its <p>s counted from the walk's query of the tree's, then queried when enough: a retry
    # of the walk or another rule asks again.
    if not holds.holds_paragraphs(node, _MENU_MIN_PARAGRAPHS):
        return False
    paragraphs = holds.paragraphs_in(node)
    text = sum(len(paragraph.text(deep=True, strip=True)) for paragraph in paragraphs)
    links = sum(len(link.text(deep=True, strip=True)) for link in node.css("a"))
    return text >= _MENU_MIN_TEXT and links < _MENU_LINK_SHARE * text


# One of a set of alternatives that a script shows one at a time, marked by a bare "hidden"
# class it toggles: a tabbed box's other lists ("templates-list hidden" per category beside
# the shown "templates-list"), an FAQ's answers past the first few ("drop-down-text__item
# hidden"). A sibling of the same tag and the same classes less "hidden" is shown: the set
# is the page's, each member one click away (the truths of such service pages hold them),
# unlike a hidden menu, modal or banner, which stands beside no shown twin; their other names
# ("nav", "modal") still judge the hidden members. Half A all types 0.88290 -> 0.88363
# (service 0.84141 -> 0.84487: a tabbed template box 0.61 -> 0.89, an FAQ 0.96 -> 0.99;
# collection 0.7402 -> 0.7447: a shop's colour swatches 0.64 -> 0.90; a listing's "show more"
# homes its truth leaves out -0.003), half B 0.89042 -> 0.89042 (a forum's sort choices
# -0.0004), articles and ScrapingHub unchanged (0.98672).
_HIDDEN_CLASS: Final = "hidden"


def shown_twin(node: LexborNode, tag: str, classes: str) -> bool:
    """Whether ``node`` (``classes``: its class attribute) is hidden by a bare "hidden"
    class beside a sibling of its tag whose classes are the same without it."""
    tokens = classes.split()
    if _HIDDEN_CLASS not in tokens:
        return False
    shown = set(tokens) - {_HIDDEN_CLASS}
    parent = node.parent
    if not shown or parent is None:
        return False
    return any(
        sibling.tag == tag and set((sibling.attrs.get("class") or "").split()) == shown
        for sibling in parent.iter()
    )


def without_hidden_class(names: str) -> str:
    """``names`` (class and id) without the bare "hidden" token."""
    return " ".join(token for token in names.split() if token != _HIDDEN_CLASS)
