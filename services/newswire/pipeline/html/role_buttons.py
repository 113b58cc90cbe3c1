"""Elements that say they are buttons (role="button"): a control's label, not the page's text."""

from __future__ import annotations

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
