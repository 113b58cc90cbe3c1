"""Text for screen readers only: an element that the CSS frameworks' utility classes hide from
the eye ("sr-only", "visually-hidden"), which no reader of the page sees."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.ancestry import inside
from newswire.pipeline.html.hiding_classes import hidden_by_class
from newswire.pipeline.html.prices import has_price

# The utility classes of Bootstrap, Tailwind, WordPress themes and shop themes that clip an
# element to nothing while screen readers still read it out: a gallery's "Image 1 of 5" per
# slide, a carousel's "Picture 1 of 4", a price's "Regular price" label, "Opens in a new
# window". The walk that reads names drops them already ("sr-only", "hidden" in
# ``names.NEGATIVE_WORDS``); the retry without the name rules (a short product page, whose
# description is too short to be chosen) kept them among the product's lines. Half A
# product 0.725722 -> 0.727420 (a mug shop's gallery 0.85 -> 0.97, a sock shop's menu label;
# 2 pages better, none worse), half B product 0.777913 -> 0.785189, listing +0.0001 (a coffee
# shop's product 0.66 -> 1.00, 3 pages better, none worse); articles, metadata and
# ScrapingHub unchanged. (Without the exception of ``_stands_for``: half A collection
# 0.74732 -> 0.74430, a shop's sale prices gone.)
_SCREEN_READER_CLASSES: Final = frozenset(
    {
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-only",
        "screen-reader-text",
        "a11y-hidden",
    }
)
# The ones the walk that reads names judges furniture by their whole token (``names``): the
# others end in a furniture word already ("sr-only" is one, "visually-hidden" ends in
# "hidden"), but WordPress's "screen-reader-text" ends in a story word ("text") and was kept
# as the story's own, and a shop theme's "screenreader" and "screen-reader" said nothing: a
# shop's every card kept its price labels "Sale price £88 Regular price £102" that no reader
# sees (the eye reads "£88 £102"). The reading of a price the eye sees struck through stays
# (``stands_for``). Half B all types 0.904524 -> 0.904823 (collection 0.768 -> 0.771: a beauty
# shop's collection 0.79 -> 1.00), half A 0.897493 -> 0.897505 (4 pages better, 2 worse by
# <= 0.009: a phone maker's and a mailing service's screen-reader lines their truths keep);
# articles unchanged (A 0.971091, B 0.962335 -> 0.962338), ScrapingHub unchanged (0.987959).
# (The walk without names dropping "screenreader" and "screen-reader" too: half A collection
# -0.003, the same shop's other collection, read by that walk, whose truth keeps the labels.)
SCREEN_READER_TOKENS: Final = frozenset(
    {"visuallyhidden", "screen-reader-only", "screen-reader-text", "screenreader", "screen-reader"}
)


def screen_reader_only(node: LexborNode, classes: str) -> bool:
    """Whether ``node``, of class attribute ``classes``, is hidden from the eye for screen
    readers only, and stands for nothing the walk drops."""
    # Asked of every element with a class on the walk without names: a substring test first.
    lowered = classes.lower()
    if "only" not in lowered and "hidden" not in lowered and "text" not in lowered:
        return False
    return not _SCREEN_READER_CLASSES.isdisjoint(lowered.split()) and not stands_for(node)


def screen_reader_named(names: str) -> bool:
    """One of ``names`` (class and id) marks text for screen readers only."""
    lowered = names.lower()  # most names hold neither word: not split
    if "reader" not in lowered and "visuallyhidden" not in lowered:
        return False
    return not SCREEN_READER_TOKENS.isdisjoint(lowered.split())


def without_screen_reader_names(names: str) -> str:
    """``names`` (class and id) without the tokens that mark text for screen readers only:
    what is left says what the element is."""
    return " ".join(token for token in names.split() if token.lower() not in SCREEN_READER_TOKENS)


def stands_for(node: LexborNode) -> bool:
    """``node`` follows an element hidden from screen readers (aria-hidden): it is that
    element's text as they read it. A shop's sale price shows "$30.00" struck through and
    "$21.00" to the eye, both aria-hidden, each followed by its reading ("Original price was:
    $30.00.", "Current price is: $21.00."): the walk drops the aria-hidden prices, and their
    reading is all the page's text keeps of them."""
    previous = node.prev
    while (
        previous is not None
        and previous.tag == "-text"
        and not (previous.text_content or "").strip()
    ):
        previous = previous.prev
    return (
        previous is not None
        and previous.is_element_node
        and (previous.attrs.get("aria-hidden") or "").lower() == "true"
    )


def hidden_to_every_walk(node: LexborNode, classes: str) -> bool:
    """What the walk without the name rules drops by ``node``'s class attribute
    (``classes``): text for screen readers only, an element a utility class hides."""
    return (
        screen_reader_only(node, classes)
        or hidden_by_class(classes)
        or (node.tag == "span" and unseen_price_label(node, classes))
        or (node.tag == "dl" and card_reading(node, classes))
    )


# A shop theme labels each price for screen readers ("Sale price £88", "Regular price $209.99")
# in a span its "visually-hidden" class clips to nothing: the eye reads "£88 £102", and the
# rules above drop the labels by that class. A build that hashes its class names (CSS modules,
# hashed utility classes) leaves a digest no rule can read, and every card of a collection then
# says "Sale price ... Regular price ..." twice. What still tells the label is its shape: a span
# of a price's label alone, no element inside, beside the price it names in a short parent. Only
# where the span's names say nothing (no run of four letters in any token): a label whose names
# are words was judged by them, and a visible one ("Sale price: $20" in a "price-label" span)
# stays, as the truths keep it.
_PRICE_LABELS: Final = frozenset(
    {"regular price", "sale price", "unit price", "current price", "original price", "price"}
)
_WORD: Final = re.compile(r"[A-Za-z]{4}")
# A price's label is two words; a parent that says more is no price's box.
_LABEL_CHARS: Final = 16
_PARENT_CHARS: Final = 80
_PARENT_RAW_CHARS: Final = 600


def names_say_nothing(classes: str) -> bool:
    """Every token of ``classes`` is a digest or a utility's code: no run of four letters."""
    return _WORD.search(classes) is None and not classes.isspace() and bool(classes)


def unseen_price_label(node: LexborNode, classes: str) -> bool:
    """``node`` (a span of class attribute ``classes``) is a price's label for screen readers
    on a page whose class names say nothing (see ``_PRICE_LABELS``)."""
    # Asked of spans with a class on either walk: the names' test, then the span's own text.
    if not names_say_nothing(classes):
        return False
    child = node.child
    if child is None or child.tag != "-text" or child.next is not None:
        return False
    label = (child.text_content or "").strip()
    if len(label) > _LABEL_CHARS or label.rstrip(":").lower() not in _PRICE_LABELS:
        return False
    parent = node.parent
    context = parent.text(deep=True) if parent is not None else ""
    # A template indents its markup: the parent's words are measured, not its raw text.
    if len(context) > _PARENT_RAW_CHARS or len(" ".join(context.split())) > _PARENT_CHARS:
        return False
    return has_price(context) and not stands_for(node)


# A shop platform's product tile reads itself out to screen readers: a definition list of the
# card's fields ("Product Name / Rejoy Carry-On / Product Details / ... is available in 6
# different options / Product Link / /luggage/carry-on/...html?...") that its utility classes
# hide ("d-none" on the list, "sr-only" on each field), which the name rules drop. Where the
# build hashes the names, every card of a collection repeats its name, a sentence and a bare
# link path. What still tells the list is its shape: one and the same class on every field
# (a hiding utility put on each, where a spec table styles its terms and values apart), and a
# field repeating the name the card shows in a link or heading beside the list (a spec table
# names no card). Only where the names say nothing, so the rule reads no page the name rules
# read. Asked of <dl> elements whose names say nothing: one css() over the list's parent, a
# card. Class/id hashed (bench.perturb): half A all types 0.886026 -> 0.886349 (a luggage
# shop's grid 0.68 -> 0.94), half B 0.894848 -> 0.895125 (its sister shop's 0.67 -> 0.87);
# none worse; as is, both halves, articles, metadata and ScrapingHub unchanged. Two pages of
# one platform's tile template on dev (no other dev page has such a list), kept as the
# template is a common shop platform's, and the shape asked is narrow.
_CARD_NAMES: Final = "a, h2, h3, h4, h5, h6"


def card_reading(node: LexborNode, classes: str) -> bool:
    """``node`` (a <dl> of class attribute ``classes``) is a card's reading for screen readers
    on a page whose class names say nothing (see ``_CARD_NAMES``)."""
    if not names_say_nothing(classes):
        return False
    field_class = None
    values: set[str] = set()
    for field in node.iter():
        if field.tag not in ("dt", "dd"):
            return False
        own = field.attrs.get("class")
        if not own or (field_class is not None and own != field_class):
            return False
        field_class = own
        if field.tag == "dd":
            values.add(" ".join(field.text(deep=True).split()))
    parent = node.parent
    if field_class is None or parent is None or not names_say_nothing(field_class):
        return False
    return any(
        " ".join(name.text(deep=True).split()) in values and not inside(name, node)
        for name in parent.css(_CARD_NAMES)
    )


def unseen_reading(node: LexborNode, names: str) -> bool:
    """``node`` (of class and id ``names``) is text for screen readers that only its shape
    tells, its names hashed: a price's label (a span) or a card's fields (a <dl>)."""
    tag = node.tag
    if tag == "span":
        return unseen_price_label(node, names)
    return tag == "dl" and card_reading(node, names)
