"""Controls among the page's text: which forms, disclosures and menu elements are a reader's
controls (dropped whole) and which buttons carry the page's text (an FAQ's questions)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

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
_FORM_CHARS: Final = 600
_SEEN_CONTROLS: Final = "select, textarea, input:not([type=hidden])"


def is_controls_form(node: LexborNode, *, product: bool) -> bool:
    """The <form> ``node`` is a box of controls, not a wrapper of the page's text;
    ``product``: the page says it is one product's."""
    if len(node.css("p")) >= MIN_ARTICLE_PARAGRAPHS:
        return False
    if product:
        return True
    return len(node.text(deep=True)) < _FORM_CHARS and node.css_first(_SEEN_CONTROLS) is not None


# A collection's facet panel as a disclosure: each facet a <details> whose <summary> names it
# ("Color", "Price", "Product Type", "Filter and sort") over its options' checkboxes or radio
# buttons. The options went with the inputs, the names stayed as lines of their own; a shop's
# class names usually drop the panel, but not where they are a build's hashes or say nothing.
# A disclosure over checkboxes is a reader's choice, never text: an FAQ's or a spec's
# disclosure holds no input, and the other such panels on dev pages are a consent box's
# cookie categories (no dev truth keeps a facet's name; of 77 such disclosures' lines, 6 in
# truths, option names a grid repeats). By tag and input type, not names; one css_first per
# <details>, a rare element. Half B collection +0.007 on one page (all types 0.913250 ->
# 0.913261), half A, articles and ScrapingHub unchanged; hashed A 0.883329 -> 0.883349 (a
# collection 0.368 -> 0.384), hashed B 0.893666 -> 0.893675.
_CHOICES: Final = "input[type=checkbox], input[type=radio]"


def facet_disclosure(node: LexborNode) -> bool:
    """The <details> ``node`` discloses a choice of checkboxes or radio buttons (see above)."""
    return node.css_first(_CHOICES) is not None


# A site's own elements (web components, framework tags) named for a menu ("popmenu",
# "dropdown-menu", "header-menu", "vscode-dropdown-menu") are a menu as <menu> is: a card's
# pop-up of actions and "More in this category" links, a header's or a toolbar's dropdown.
# Their text is choices and labels, never the page's: a news index's every item came with its
# pop-up's author blurb and topic links. Told by the tag's name, which a build's class-name
# hashing leaves as it is; in every walk, as <menu> is dropped. Half A all types 0.902400 ->
# 0.902515 (listing: a news index 0.723 -> 0.798; service: an editor extension's page 0.794
# -> 0.810), half B, articles and ScrapingHub unchanged (B's menu elements held nothing its
# truths keep), no page worse; class names hashed: half A 0.883612 -> 0.883731 (3 pages
# better), half B unchanged. One substring test per element the walk meets.
_HTML_MENU_TAGS: Final = frozenset({"menu", "menuitem"})


# A <fieldset>'s <legend> is the caption of a group of controls ("Sort Options" over a sort
# <select>, "Size" over a product's size buttons, "How do you want your item?" over a
# delivery choice): the controls go by their tags (as a <label> does), so the caption alone
# would say nothing, and outside a <form> (a collection's toolbar, a buy box's options) the
# form rules above never see it. Told by the tag, which a build's class-name hashing leaves;
# one comparison per element the walk meets. Of the legends of wcxb-dev's 100 pages that hold
# one, one is a line of its truth (a product's gift-wrap option, which its form drops anyway).
# Hashed: half A all types 0.887167 -> 0.887375 (10 pages of 6 sites better), half B 0.895766
# -> 0.895779 (5 of 5); as is half A 0.903482 -> 0.903488, half B 0.914323 -> 0.914325 (a
# page better on each); none worse, articles, metadata and ScrapingHub unchanged.
def control_element(node: LexborNode, tag: str, *, product: bool) -> bool:
    """The element ``node`` (of tag ``tag``) is a reader's controls, dropped whole: a form of
    controls, a facet's disclosure, a menu element, a control group's caption (see above);
    ``product``: the page says it is one product's."""
    return (
        (tag == "form" and is_controls_form(node, product=product))
        or (tag == "details" and facet_disclosure(node))
        or ("menu" in tag and tag not in _HTML_MENU_TAGS)
        or tag == "legend"
    )


# A button whose label is a question is an accordion's toggle: a FAQ shows each question as the
# button that opens its answer, and the questions are the page's text (a service page's or a
# shop's FAQ, as the story's FAQ on an article). Other buttons are controls ("Add to cart").
# Half A all types 0.87916 -> 0.87928 (service 0.8263 -> 0.8270, collection 0.7454 -> 0.7461,
# product 0.6786 -> 0.6780, articles 0.96716 -> 0.96724; 18 pages better, 15 worse, most by
# < 0.02: truths that keep an FAQ's answers but not its questions), half B 0.88503 -> 0.88512
# (service 0.8492 -> 0.8509, product 0.7192 -> 0.7168, articles 0.95794 -> 0.95787; 19 better,
# 11 worse); ScrapingHub unchanged (0.98654). Only with aria-expanded or aria-controls on the
# button: half B all types 0.8850, no gain.
_QUESTION_WORDS: Final = 3
_QUESTION_CHARS: Final = 200


def question_button(node: LexborNode) -> bool:
    """The <button> ``node`` is an accordion's question, whose label is the page's text."""
    return _a_question(node.text(deep=True).strip())


# WAI-ARIA's accordion header: each panel's title a heading (<h2> to <h6>) whose one child
# is the <button> that opens the panel (aria-expanded says whether it is open): "Description",
# "Specifications", "Kit Contents" on a shop's page, a service page's steps. Dropped with the
# other buttons, the page lost the headings of its sections; the truths keep them. Half A
# all types 0.893393 -> 0.893475 (product 0.73990 -> 0.74039, service 0.85889 -> 0.85931; 12
# pages better by up to 0.030, 5 worse by <= 0.008: a story's and a collection's truths that
# leave the headers out), half B 0.903512 -> 0.903654 (collection 0.76548 -> 0.76687: an
# outdoor shop's category pages, their guides' titles; service +0.0003; 3 worse by <= 0.014);
# ScrapingHub unchanged; hashed A all types 0.8730 -> 0.8731.
_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def heading_button(node: LexborNode) -> bool:
    """The <button> ``node`` is an accordion's header: it says whether its panel is open
    (aria-expanded) and is its heading's only element."""
    parent = node.parent
    return (
        "aria-expanded" in node.attributes
        and parent is not None
        and parent.tag in _HEADING_TAGS
        and _only_element(parent) is not None
    )


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


# A panel collapsed beside its own toggle: WAI-ARIA's disclosure pattern without
# aria-controls, the hidden text's sibling a button (a <button>, or any element of
# role="button") that says it is collapsed (aria-expanded="false"): a product's "Read more"
# under the first lines of its description, an accordion's header above its panel. A click
# shows it, as the panels named in aria-controls (``hidden._disclosed``). A hidden menu beside
# its button is links, and stays hidden: a panel's text is at least _PANEL_TEXT_SHARE unlinked.
# Half B product 0.79247 -> 0.79724 (a bookshop's item: its author's biography and its
# excerpt under "Read more", 0.585 -> 0.809), all types 0.903195 -> 0.903512; half A
# unchanged (no page changed).
# A link that says it is collapsed toggles as a button does: a script's disclosure written as
# <a href="javascript:void(0);" aria-expanded="false">Methodology</a> over the hidden section
# (a calculator's methodology and assumptions; aria-expanded on a link means nothing else). A
# menu link's hidden submenu is links, and stays hidden as above. Half A all types 0.896931 ->
# 0.897242 (a service page +0.245, none worse); half B, ScrapingHub unchanged.
_PANEL_TEXT_SHARE: Final = 0.5
_WRAPPER_LEVELS: Final = 2


def beside_its_toggle(node: LexborNode) -> bool:
    """The hidden ``node`` is a collapsed panel beside its own toggle (see above)."""
    if not any(
        _collapsed_toggle(sibling) for sibling in (_element(node, before=True), _element(node))
    ):
        return False
    text = len(node.text(deep=True, strip=True))
    links = sum(len(link.text(deep=True, strip=True)) for link in node.css("a"))
    return text > 0 and links < (1 - _PANEL_TEXT_SHARE) * text


def _element(node: LexborNode, *, before: bool = False) -> LexborNode | None:
    """The element sibling after ``node``, or ``before`` it."""
    sibling = node.prev if before else node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.prev if before else sibling.next
    return sibling


def _collapsed_toggle(node: LexborNode | None) -> bool:
    """``node`` is, or wraps alone (up to _WRAPPER_LEVELS deep), a button (or a link) that
    says it is collapsed and names no panel of its own."""
    for _ in range(_WRAPPER_LEVELS + 1):
        if node is None:
            return False
        if _toggle(node):
            return True
        node = _only_element(node)
    return False


def _only_element(node: LexborNode) -> LexborNode | None:
    """The one element child of ``node`` beside nothing but white space, if it has one."""
    only = None
    child = node.child
    while child is not None:
        if child.is_element_node:
            if only is not None:
                return None
            only = child
        elif child.tag == "-text" and (child.text_content or "").strip():
            return None
        child = child.next
    return only


_TOGGLE_TAGS: Final = frozenset({"button", "a"})


def _toggle(node: LexborNode) -> bool:
    attrs = node.attributes
    return (
        (node.tag in _TOGGLE_TAGS or (attrs.get("role") or "").lower() == "button")
        and attrs.get("aria-expanded") == "false"
        and "aria-controls" not in attrs
    )


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
_BUTTON_NAME: Final = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_\d-])", re.IGNORECASE)
_BUTTON_WORDS: Final = 3
# A longer label (up to _REPEATED_WORDS words) goes only where the text says it twice or
# more: a call to action repeated down the page ("Read the full story", "Read the case study"
# under every card, "Click here for dates, pricing, & availability!", a carousel's "Next page
# of related Sponsored Products"); a promo tile's title on its button ("Shop Van Gogh
# Watercolors") is said once (four words dropped even when said once, a shop's tiles went:
# half B -0.00004). Up to 12 words drops nothing more on either half.
_REPEATED_WORDS: Final = 8
_HEADINGS: Final = "h1, h2, h3, h4, h5, h6"


def button_label(node: LexborNode, attrs: dict[str, str | None]) -> str | None:
    """The label of the <a> ``node`` (of attributes ``attrs``) when it is a control styled
    as a button, as the walk's line of it reads ("Book Now")."""
    names = attrs.get("class")
    if not _styled_button(names) and not script_link(attrs):
        return None
    label = " ".join(node.text(deep=True).split())
    if len(label.split()) > _REPEATED_WORDS or _a_question(label) or node.css_first(_HEADINGS):
        return None
    return label or None


def _styled_button(names: str | None) -> bool:
    """Whether a class of ``names`` (a class attribute) styles its link as a button."""
    if not names or ("bt" not in names and "utton" not in names):
        return False
    return _BUTTON_NAME.search(names) is not None


# Where a build hashes its class names (CSS modules, Tailwind), "btn" is gone, but a link
# that goes nowhere, with no href and a script's hook on it instead (an onclick, a data-*
# attribute its script reads: data-href, data-popup-class), is a control all the same: a
# shop's card's "+ wishlist" and "Get Reward Points" that open a popup, a card's "Compare",
# a "Quick view". Not an anchor with a name or an id alone (an in-page target around a
# heading's words): it carries no hook. The same label rules as a styled button's.
_NO_HREF_HOOKS: Final = ("onclick", "data-")


def script_link(attrs: dict[str, str | None]) -> bool:
    """The <a> of attributes ``attrs`` has no href and a script's hook (see above)."""
    return "href" not in attrs and any(key.startswith(_NO_HREF_HOOKS) for key in attrs)


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
    dropped.difference_update(
        [
            label
            for label in dropped
            if len(label.split()) > _BUTTON_WORDS and lines.count(label) < 2
        ]
    )  # a longer label goes only where it is said twice (see above)
    dropped |= controls
    # Only a line that opens and ends with a label can be labels back to back: two C-level
    # tests a line, before the walk over its characters (most lines are neither).
    ends = tuple(dropped)
    return [
        line
        for line in lines
        if line not in dropped
        and not (line.startswith(ends) and line.endswith(ends) and _joined_labels(line, dropped))
    ]


# A row of buttons side by side (a hero's "Apply Now" and "View Rates", a card's "Learn More"
# and "Book Now") can come out as one line when the links sit inline in one block: "Apply Now
# View Rates", or "Start DeployingGet a Demo" when no white space parts the links. Each label
# alone would go; joined, the line is still only controls. A line that is two to
# _JOINED_LABELS labels dropped here, back to back (a space between them or none), goes as
# they would.
_JOINED_LABELS: Final = 3


def _joined_labels(line: str, dropped: set[str]) -> bool:
    """``line`` is two to _JOINED_LABELS of the ``dropped`` labels, back to back."""
    if len(line.split()) > _JOINED_LABELS * _BUTTON_WORDS:
        return False
    fewest = {0: 0}  # how many characters the line starts with -> the fewest labels they make
    for start in range(len(line)):
        if start not in fewest:
            continue
        begin = start + 1 if start and line[start] == " " else start
        for label in dropped:
            stop = begin + len(label)
            if line.startswith(label, begin) and fewest[start] + 1 < fewest.get(stop, len(line)):
                fewest[stop] = fewest[start] + 1
    return 2 <= fewest.get(len(line), 0) <= _JOINED_LABELS
