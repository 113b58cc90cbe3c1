"""A "By:" label that repeats in every card of a list: a listing's items signed each by its
own writers, whatever their headings look like."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.placement import up_to
from newswire.pipeline.textnorm import clean_line, clean_line_within

# As many elements up from the label as a card's depth in a grid of columns and groups
# (``<li><div><div class="columns"><div class="column"><div class="group"><p>By:``).
_ANCESTORS: Final = 8
_MIN_CARDS: Final = 3


def in_repeated_byline(node: LexborNode) -> bool:
    """Whether the byline label ``node`` shows alone ("By:", its names in the next element)
    sits in one of three sibling elements or more that each hold the same label: a listing's
    cards (a catalogue of books or course materials, each "By:" then its writers), whose
    headings need not link anywhere (``in_teaser_card`` asks for linked ones). A story's own
    label stands once in its header. On wcxb-dev (all page types): authors invented on half A
    17 -> 16 of 425 (a catalogue of course materials), B 14 of 333 unchanged; no author right
    lost on either half."""
    # The texts near the headline are text nodes: the label's element is their parent.
    element = node.parent if node.tag == "-text" else node
    label = clean_line(node.text(deep=True)).casefold()
    if element is None or not label:
        return False
    tag = element.tag or ""
    # Each element's answer, by its id: a card one level up holds the elements asked below,
    # whose texts (each a copy of all the text under it) were built again at each level.
    said: dict[int, bool] = {}
    return up_to(
        element.parent, _ANCESTORS, lambda card: _among_labelled(card, element, tag, label, said)
    )


def _among_labelled(
    card: LexborNode, element: LexborNode, tag: str, label: str, said: dict[int, bool]
) -> bool:
    parent = card.parent
    if parent is None:
        return False
    siblings = [sibling for sibling in parent.iter() if sibling.tag == card.tag]
    if len(siblings) < _MIN_CARDS:
        return False
    labelled = 0
    for left, sibling in enumerate(siblings):
        # Too few siblings left to reach the count: their elements need not be read.
        if labelled + len(siblings) - left < _MIN_CARDS:
            return False
        # The card holds the label's own element, which answers for it when it says the label
        # alone (not so when the label is a text beside others in its element).
        if sibling.mem_id == card.mem_id and _said(element, label, said):
            labelled += 1
        else:
            labelled += any(_said(node, label, said) for node in sibling.css(tag))
        if labelled >= _MIN_CARDS:
            return True
    return False


def _said(element: LexborNode, label: str, said: dict[int, bool]) -> bool:
    """``_says`` of the element's text, asked once an element (``said``)."""
    key = element.mem_id
    answer = said.get(key)
    if answer is None:
        answer = said[key] = _says(element.text(deep=True), label)
    return answer


def _says(text: str, label: str) -> bool:
    """Whether ``text`` cleans to ``label`` in any case. A card's elements of the label's tag
    include its whole columns (a <div> label's card is all <div>s), whose long texts the
    clean-up's patterns would scan: case folding never shortens a text (each character folds
    to one or more), so a text that cleans longer than the label is known from a prefix."""
    cleaned = clean_line_within(text, len(label))
    return cleaned is not None and cleaned.casefold() == label
