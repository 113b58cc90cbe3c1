"""Elements that say they are buttons (role="button"): a control's label, not the page's text."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.controls import question_button

# A <button> is dropped by its tag; a <div>, <span> or <li> that a script makes a button says
# so by its role: a listing's filter pills ("Date", "Neighborhood", "Price"), a shop's sort
# tabs ("New & Trending", "Top Sellers"), a carousel's arrows, a size picker. Its label is a
# control's, which the truths leave out, as they do a <button>'s; an accordion's question
# (``question_button``) is the page's text, as on a <button>, and so is the title of any
# accordion's or tab's section: a toggle that says it opens a panel (aria-expanded,
# aria-controls: "Details", "Features" over a product's sections). A link with the role is left to
# the link rules (a card's title, a pager's "Next Page"). The label is left out of the text
# given, last, as a styled link's is (``controls.button_label``): the containers are chosen
# and widened as before; only a line that is the label whole goes. Half A all types 0.89354
# -> 0.89361 (product 0.74090 -> 0.74128, collection 0.75888 -> 0.75905, listing 0.80230 ->
# 0.80253: an events listing's filter pills, a game store's sort tabs; 14 pages better, 1
# worse by 0.001), half B 0.90320 -> 0.90321 (collection 0.76548 -> 0.76570), articles and
# ScrapingHub (0.98728) unchanged; hashed names, half A all types 0.87304 -> 0.87323. (With
# the toggles of panels too: half B +0.00002 more, but a product's section titles lost.)
_ROLE_BUTTON_TAGS: Final = frozenset({"div", "span", "li"})


def role_button_label(node: LexborNode, tag: str, role: str | None) -> str | None:
    """The label of ``node`` (of ``tag`` and ``role``) when it is an element made a button
    that toggles no panel of the page's text (see above)."""
    if role != "button" or tag not in _ROLE_BUTTON_TAGS or question_button(node):
        return None
    attrs = node.attrs
    if "aria-expanded" in attrs or "aria-controls" in attrs:
        return None
    return " ".join(node.text(deep=True).split()) or None


# A <span> or <div> that its class styles as a button ("btn-compare", "quickview-button", a
# CSS module's "shipMessageBtn_GoA0mg8hWg") is a control a script wires, not the page's text:
# a shop's card's "Calculate Shipping" and "Compare", a service page's arrow glyphs and "Contact
# sales", a carousel's "Next". Left out as an element made a button is (above), and as a link
# styled as one (``controls.button_label``): a label of at most _NAMED_BUTTON_WORDS words with
# no link, form control or heading inside (a card whose class says "button" around its title).
# Half A all types 0.905243 -> 0.905294 (11 pages better: a camera shop's grid +0.015, an
# agency's home page +0.051; 5 worse: a ranking's field toggles "AI", "Systems" -0.036, a
# service page's CTAs -0.006), articles 0.973034 -> 0.973162; half B 0.917335 -> 0.917390
# (5 better, a design tool's home page +0.036; a product page -0.004); ScrapingHub unchanged.
_NAMED_BUTTON_TAGS: Final = frozenset({"div", "span"})
# "btn" or "button" as a token's part, or a camel-case hump ("shipMessageBtn").
_NAMED_BUTTON: Final = re.compile(
    r"(?:(?:^|[\s_-])(?i:btn|button)|(?<=[a-z])(?:Btn|Button))(?:$|[\s_\d-])"
)
_NAMED_BUTTON_WORDS: Final = 3
_INSIDE: Final = "a, button, input, select, h1, h2, h3, h4, h5, h6"


def named_button_label(node: LexborNode, tag: str, names: str | None) -> str | None:
    """The label of ``node`` (of ``tag`` and class attribute ``names``) when its class styles
    it as a button (see above)."""
    # Asked of every element the walk keeps: two set and substring tests for most.
    if tag not in _NAMED_BUTTON_TAGS or not names or ("tn" not in names and "utton" not in names):
        return None
    if not _NAMED_BUTTON.search(names):
        return None
    label = " ".join(node.text(deep=True).split())
    if not label or len(label.split()) > _NAMED_BUTTON_WORDS or node.css_first(_INSIDE):
        return None
    return None if question_button(node) else label
