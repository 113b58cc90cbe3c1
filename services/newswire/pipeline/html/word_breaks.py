"""Where one inline element's text ends a word before the next one's: a row's items shown apart."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import class_parts


# A row of fields laid out by a stylesheet (a flex row of <span>s: a film's year, length and
# rating; a price, its list price and the saving; a filter's names and counts; a spec's label
# and value) has no space between its elements, yet shows them apart, and its reader's text
# has their words apart: "2026 1h 54m", not "20261h". An inline element right after another
# one starts a new word when the text before it is one word or ends in a sign or a digit's
# bracket ("$139.95", "Aries (38)"). Word processors and site builders split a sentence's runs
# of text into <span>s anywhere, mid-word too ("includin" + "g"): text before the element that
# holds several words and ends in a letter or a digit is such a run, and stays glued. Half A
# all types 0.87048 -> 0.87091 (listing 0.739 -> 0.743, documentation 0.928 -> 0.930; 26 pages
# better, 22 worse by <= 0.009), articles 0.96350 -> 0.96349; half B all types 0.87756 ->
# 0.87788 (collection 0.706 -> 0.709; 22 better, 12 worse by <= 0.012), articles 0.95449 ->
# 0.95452; ScrapingHub word F1 0.98559 -> 0.98562. (Any adjacent elements: half A +0.0008 but
# articles -0.00003 and a B collection -0.15, words split in two.)
def abutting(before: str, node: LexborNode, *, after_link: bool = False) -> bool:
    """``node`` is an inline element right after another element, starting a new word
    after ``before`` (the text so far of its block's last text node; ``after_link``: a link's
    text, its element closed since)."""
    # The text first: reading ``node.prev`` builds a node (~0.3 us), and a word already
    # ended by a space needs none.
    if before[-1:].isspace():
        return False
    previous = node.prev
    if previous is None or previous.tag == "-text":
        return False
    field = before.strip()
    if len(field) < 2:
        return False
    return (
        not field[-1].isalnum()
        or len(field.split()) == 1
        or _field_value(node)
        or _row_item(previous, node)
        or _list_item(node)
        or _opens_with_mark(node)
        or (field[-1].isalpha() and _opens_with_digit(node))
        or (after_link and not _opens_with_link(node) and _opens_new_word(field[-1], node))
        or (
            field[-1].islower()
            and _opens_with_capital(node)
            and not (after_link and _opens_with_link(node))
        )
    )


# A link's end is a word's end: an editor links whole words, so a link's text and the element
# right after it (a card's linked name, then its SKU: "Pot and Saucer" + "SKU: S59499") are two
# words; a minified page has no line break between them to read as a space, where the same page
# pretty-printed reads "Saucer SKU:". Only before a letter or a digit: the punctuation after a
# link ("Learn more here" + "." in its own element) stays glued (a break before any element
# after a link put a space before it on ~100 dev pages), and so does a footnote's <sup> mark;
# nor before a word of one lower-case letter, or one digit after a digit: the end of a word
# the link's editor cut short ("Lake Powel" + "l to see", "for 202" + "5", 2 dev pages).
# Not before an element that opens with a link, a run of links: spaced, a shop's aisle page's
# masthead links changed its region (half B collection -0.154 on the page, all types 0.914907
# -> 0.914702); nor after text that is no link's (a card's "In Stock" + its "Get Details"
# button: boilerplate the truth has not, one wrong word made two, half A listing -0.023).
# Half A all types 0.904037 -> 0.904045 (a service page +0.005), half B 0.914907 -> 0.914911
# (a chart +0.008; three pages -0.001 to -0.003: see the commit), ScrapingHub unchanged.
_LINK_LEVELS: Final = 3
_WORD_LEVELS: Final = 4


def _opens_with_link(node: LexborNode) -> bool:
    """``node`` is a link or opens with one (within _LINK_LEVELS first children)."""
    current: LexborNode | None = node
    for _ in range(_LINK_LEVELS):
        if current is None or not current.is_element_node:
            return False
        if current.tag == "a":
            return True
        current = current.first_child
    return False


def _opens_new_word(last: str, node: LexborNode) -> bool:
    """``node``'s text (see ``_opening_text``, within _WORD_LEVELS first children) opens with a
    word of letters or digits that does not end the word of ``last``, the link's last
    character: a word of one lower-case letter, or of one digit after a digit, is the end of
    the link's word ("Lake Powel" + "l to see", "for 202" + "5"), an editor's link that missed
    its word's last character."""
    text = _opening_text(node, _WORD_LEVELS)
    if text is None or not text[:1].isalnum():
        return False
    if text[1:2].isalnum():
        return True
    return not (text[0].islower() or (text[0].isdigit() and last.isdigit()))


# A capitalized word in an inline element right after a lower-case letter: a row of fields
# shown apart by the stylesheet ("Hard Case" + "No" in a spec table, "since" + "July", a
# ranking's "Best Overall" + "Best Budget Pick" labels, a card's "Accessories" + "New"), read
# glued on a minified page. A run split mid-word rarely opens with a capital after a
# lower-case letter: a name in camel case ("Java" + "Script") is mostly a text of its own,
# one word, apart already (above). Only a capital then a lower-case letter (an
# acronym goes on as before), and not in a run of links (see ``_opens_new_word``: a shop's
# aisle page's masthead links, spaced, cut its tail). Half A all types 0.904045 -> 0.904055
# (7 pages better, up to +0.019, 6 worse, to -0.010: words the truth drops now apart, a wrong
# word made two), half B 0.914911 -> 0.915070 (a shop's aisles +0.003 to +0.022 on 9 pages,
# SaaS pages +0.006 / +0.010; 2 worse, to -0.005); ScrapingHub unchanged.
def _opens_with_capital(node: LexborNode) -> bool:
    """``node``'s text (see ``_opening_text``, within _WORD_LEVELS first children) opens with a
    capital letter then a lower-case one."""
    text = _opening_text(node, _WORD_LEVELS)
    return text is not None and text[:1].isupper() and text[1:2].islower()


# A label's last letter and its value's first digit in two elements shown apart by the
# stylesheet: a recipe card's "Prep Time" + "13 hours", a label and its count, a phone
# number's link after a call to action. A word processor splits a run where its format
# changes, and mid-word that is from letter to letter ("includin" + "g"); a letter then a digit
# inside one word is a formula's subscript ("CO" + <sub>2</sub>) or a superscript ("m" +
# <sup>2</sup>), which stay glued. Simulated on the per-page outputs: half A articles +0.00001
# (2 pages better), half B articles +0.00002 (3 better: two recipe cards' time rows, a chart's
# label), none worse.
_NO_BREAK_TAGS: Final = frozenset({"sub", "sup"})
_DIGIT_LEVELS: Final = 3


def _opens_with_digit(node: LexborNode) -> bool:
    """``node``'s text (see ``_opening_text``, within _DIGIT_LEVELS first children) opens with
    a digit."""
    text = _opening_text(node, _DIGIT_LEVELS)
    return text is not None and text[:1].isdigit()


def _opening_text(node: LexborNode, levels: int) -> str | None:
    """The text ``node`` opens with: its first text node within ``levels`` first children, or
    None where the walk meets a <sub> or <sup> (a footnote's mark, a formula's subscript: glued
    to the word before it) or a comment before any text."""
    current: LexborNode | None = node
    for _ in range(levels):
        if current is None:
            return None
        if current.tag == "-text":
            return current.text_content or ""
        if current.tag in _NO_BREAK_TAGS or not current.is_element_node:
            return None
        current = current.first_child
    return None


# A card's meta row puts its date, a <time> element (alone or as the first thing in a <span>),
# right after the author's name ("Lawrence Ulrich" then "Mar 7"): shown apart, read "Lawrence
# Ulrich Mar 7". A word processor's run split mid-word never opens with a <time>. Half B
# listing 0.764062 -> 0.764546 (a news front page's cards +0.026), all types 0.904381 ->
# 0.904418, hashed names 0.882307 -> 0.882344; half A, articles and ScrapingHub (0.987278)
# unchanged.
# So does a count after its icon: the card's comments link, an <svg> speech bubble then "9",
# right after the date ("Mar 7" then "9", read "Mar 79" and the truth's "Mar 7 9" lost both
# words); an icon is drawn between the two, and a word split mid-run opens with no picture.
# Half B listing +0.0001 (a news front's comment counts, +0.007), all types 0.912463 ->
# 0.912474; half A all types (0.901801), articles and ScrapingHub unchanged.
_TIME_LEVELS: Final = 3
_OPENING_TAGS: Final = frozenset({"time", "svg", "img"})


def _opens_with_mark(node: LexborNode) -> bool:
    """``node`` is a <time> element or an icon (<svg>, <img>), or opens with one (within
    _TIME_LEVELS first children)."""
    current: LexborNode | None = node
    for _ in range(_TIME_LEVELS):
        if current is None or not current.is_element_node:
            return False
        if current.tag in _OPENING_TAGS:
            return True
        current = current.first_child
    return False


# A spec row's value in an inline element named for it ("details_value", "spec-value") right
# after its label's ("Number of Pages" then "240"): shown apart, not a word split mid-run. Half
# A product 0.725581 -> 0.725722 (2 pages better, none worse); B and ScrapingHub unchanged.
_VALUE_PARTS: Final = frozenset({"value", "val"})


def _field_value(node: LexborNode) -> bool:
    if not node.is_element_node:
        return False  # a comment between two runs of text
    names = node.attrs.get("class")
    return bool(names) and not _VALUE_PARTS.isdisjoint(class_parts(node))


# A row of metadata items as sibling <span>s of one class, each a word or two (a chart's film:
# "2026", "1h 54m", "R"; a timeline's "Feb 2025", "May 2025"): one kind of item after another,
# shown apart by the stylesheet, so a new word even after text ending in a letter ("1h 54m" +
# "R" is "54m R", not "54mR"). A word processor's runs split mid-word ("includin" + "g") have
# several words before the split, or differ in class (a run is split where its format changes).
# Half A all types 0.892090 -> 0.892286 (listing 0.79893 -> 0.80230: a film chart +0.155; no
# page worse), half B all types 0.901903 -> 0.901903 (service: 2 pages +-0.001); articles and
# ScrapingHub (word F1 0.987) unchanged; class names hashed (bench.perturb), half A all types
# 0.8727 -> 0.8729. (Any same-class siblings: half A +0.00025 but half B -0.0002, a shop's
# menu row split apart changed its region, -0.15; "includin g" on a service page.)
_ROW_ITEM_WORDS: Final = 2


def _row_item(previous: LexborNode, node: LexborNode) -> bool:
    """``node`` is a <span> of a row of short items of its class, as ``previous`` is."""
    if node.tag != "span" or not previous.is_element_node:
        return False
    names = node.attrs.get("class")
    if not names or names != previous.attrs.get("class"):
        return False
    return (
        len(previous.text(deep=True).split()) <= _ROW_ITEM_WORDS
        and len(node.text(deep=True).split()) <= _ROW_ITEM_WORDS
    )


# An element its page marks a list's item (role="listitem" on a run of <a> or <span>: a game
# card's tags "Open World", "Sexual Content") is an item of its own, read apart like an <li>
# however the stylesheet lays the row out, even inside a run of links (which
# ``_opens_with_capital`` leaves glued); a word processor's run split mid-word carries no role.
# Half A collection 0.7794 -> 0.7797 (a game store's two genre pages +0.008, +0.011: each
# card's tags, "Open WorldSexual Content" read apart), all types 0.905219 -> 0.905243; half B,
# articles, metadata and ScrapingHub unchanged (no other page moved).
def _list_item(node: LexborNode) -> bool:
    """``node`` is an element marked role="listitem"."""
    return node.is_element_node and node.attrs.get("role") == "listitem"
