"""Elements named for a date ("date-item", "paragraph-published") that hold more than a date
line: sections of the page that a site named after a date or a publication state."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import TOKEN_PARTS

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
_DATE_WORDS = frozenset({"date", "timestamp", "dateline", "published", "updated"})
_DATE_MAX_CHARS_BESIDE_HEADING = 200
_DATE_MAX_CHARS = 400
_HEADING_SELECTOR = "h1, h2, h3, h4, h5, h6"
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


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
    if without_date_names(names) == " ".join(names.split()):
        return False
    if tag in _SECTION_HEADINGS:
        return True
    text = len(node.text(deep=True, strip=True))
    return text > _DATE_MAX_CHARS_BESIDE_HEADING and (
        text > _DATE_MAX_CHARS or node.css_first(_HEADING_SELECTOR) is not None
    )
