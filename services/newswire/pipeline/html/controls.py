"""Controls among the page's text: which forms are a reader's controls (dropped whole) and
which buttons carry the page's text (an FAQ's questions)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import MIN_ARTICLE_PARAGRAPHS

if TYPE_CHECKING:  # the walk imports this module
    from newswire.pipeline.html.walk import Block

# A form is a reader's controls, and what it holds besides them is their labels and help
# texts: a product's options and add-ons ("Add Safety Upgrade Kit: this kit includes..."), a
# newsletter, log-in or job-alert box. A short one (under _FORM_CHARS of text) holding a control
# a reader sees is such a box on any page; on a page that says it is one product's, its buy
# box is a form of any length, as the description and specs stand outside it. A form of
# MIN_ARTICLE_PARAGRAPHS paragraphs or more wraps the page (ASP.NET's one form around it all),
# and a long one without paragraphs a forum thread's posts or a listing's filtered results
# (every form dropped: half B forum -0.031, listing -0.017). Half A all types 0.87824 ->
# 0.87846 (product 0.6776 -> 0.6786, listing 0.7758 -> 0.7769, articles 0.96697 -> 0.96702;
# 23 pages better, 4 worse, one product -0.06 whose truth keeps its form's swatch names), half
# B 0.88395 -> 0.88437 (documentation 0.9278 -> 0.9296, product 0.7184 -> 0.7192, articles
# 0.95752 -> 0.95782; 24 better, 4 worse by <= 0.045), ScrapingHub unchanged (0.98654). At 300
# characters half A +0.00016 / B +0.00006; at 1,000 half B -0.0004 (a calculator's page whose
# form is its content, service -0.39).
_FORM_CHARS = 600
_SEEN_CONTROLS = "select, textarea, input:not([type=hidden])"


def is_controls_form(node: LexborNode, *, product: bool) -> bool:
    """The <form> ``node`` is a box of controls, not a wrapper of the page's text;
    ``product``: the page says it is one product's."""
    if len(node.css("p")) >= MIN_ARTICLE_PARAGRAPHS:
        return False
    if product:
        return True
    return len(node.text(deep=True)) < _FORM_CHARS and node.css_first(_SEEN_CONTROLS) is not None


# A button whose label is a question is an accordion's toggle: a FAQ shows each question as the
# button that opens its answer, and the questions are the page's text (a service page's or a
# shop's FAQ, as the story's FAQ on an article). Other buttons are controls ("Add to cart").
# Half A all types 0.87916 -> 0.87928 (service 0.8263 -> 0.8270, collection 0.7454 -> 0.7461,
# product 0.6786 -> 0.6780, articles 0.96716 -> 0.96724; 18 pages better, 15 worse, most by
# < 0.02: truths that keep an FAQ's answers but not its questions), half B 0.88503 -> 0.88512
# (service 0.8492 -> 0.8509, product 0.7192 -> 0.7168, articles 0.95794 -> 0.95787; 19 better,
# 11 worse); ScrapingHub unchanged (0.98654). Only with aria-expanded or aria-controls on the
# button: half B all types 0.8850, no gain.
_QUESTION_WORDS = 3
_QUESTION_CHARS = 200


def question_button(node: LexborNode) -> bool:
    """The <button> ``node`` is an accordion's question, whose label is the page's text."""
    return _a_question(node.text(deep=True).strip())


def _a_question(text: str) -> bool:
    return (
        text.endswith("?") and len(text) <= _QUESTION_CHARS and len(text.split()) >= _QUESTION_WORDS
    )


# An accordion's answer, hidden until its question is clicked: the element just before it is
# the question (a heading, a <summary>, a clickable <div>), whatever toggles it (a script with
# no ARIA, a class the walk cannot read). The answers are the FAQ's text as the questions are.
# A hidden element after anything else (a menu after its label, a modal after its link) is not.
# Half A all types 0.87970 -> 0.87992 (service: 2 FAQ pages +0.09 / +0.21, a page whose truth
# keeps no FAQ -0.13, a listing -0.007), half B 0.88531 -> 0.88571 (a product's FAQ +0.28, a
# product -0.0005); articles and ScrapingHub unchanged (no page changed).
def answers_question(node: LexborNode) -> bool:
    """The hidden ``node`` is the answer of the question just before it."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return before is not None and _a_question(before.text(deep=True).strip())


# A link styled as a button (a class token "btn", "button" or one of its parts: "btn-primary",
# "booking-button", "elementor-button-link") is a control beside the text: "Book Now", "View
# on Amazon", "Get a quote", "Visit website", "Start course", a card's or a review's call to
# action, repeated on every item of a roundup or a directory. A story's own links are styled as
# text. Only a label of a few words (_BUTTON_WORDS: a shop's promo tile titles its button,
# "Explore Winsor & Newton Watercolors", and its truth keeps it) with no heading inside (a
# card's linked title) and no question (an FAQ toggle, see ``question_button``). The line is
# left out of the text given, last, and only where no unlinked line says the same: the
# containers are chosen and widened, and the retries judged, as before (dropped in the walk, a
# page's call-to-action row no longer told its promo band from the story: half A articles
# -0.0004; dropped before the retries, a shop's home page took in its blog teasers: -0.18).
_BUTTON_NAME = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_\d-])", re.IGNORECASE)
_BUTTON_WORDS = 3
_HEADINGS = "h1, h2, h3, h4, h5, h6"


def button_label(node: LexborNode, attrs: Mapping[str, str | None]) -> str | None:
    """The label of the <a> ``node`` (of attributes ``attrs``) when it is a control styled
    as a button, as the walk's line of it reads ("Book Now")."""
    names = attrs.get("class")
    if not names or ("bt" not in names and "utton" not in names):
        return None
    if _BUTTON_NAME.search(names) is None:
        return None
    label = " ".join(node.text(deep=True).split())
    if len(label.split()) > _BUTTON_WORDS or _a_question(label) or node.css_first(_HEADINGS):
        return None
    return label or None


def without_buttons(
    lines: list[str], blocks: Sequence[Block], labels: set[str], controls: set[str]
) -> list[str]:
    """The text's ``lines`` without the buttons' ``labels`` that no unlinked one of the walk's
    ``blocks`` says, and without the ``controls`` (the labels of elements made buttons, see
    ``role_buttons``: their own blocks are unlinked). Asked last, on the text given: every
    choice before it (container, region, retries) weighs the lines as the walk gave them
    (see ``button_label``)."""
    if not labels and not controls:
        return lines
    dropped = labels.difference(block.text for block in blocks if not block.link_chars)
    dropped |= controls
    return [line for line in lines if line not in dropped]
