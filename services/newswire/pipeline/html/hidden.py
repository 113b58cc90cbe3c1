"""Hidden elements: which the walk drops as never seen, and which a reader sees all the same
(a panel opened with a click, a page its scripts reveal, the page behind an open modal)."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.controls import answers_question, beside_its_toggle
from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.names import (
    ARTICLE_BODY,
    MAIN,
    MIN_ARTICLE_PARAGRAPHS,
    TOKEN_PARTS,
)
from newswire.pipeline.textnorm import lacks_words

_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# The words every hiding style holds, tested before the pattern (``lacks_words``): most styles
# of a page (widths, colours, margins) hold neither.
_HIDDEN_STYLE_WORDS: Final = ("display", "visibility")


# A page repeats its inline styles from element to element (a slider's every slide, a menu's
# every item), and most hiding styles are the same few strings ("display:none"): each is
# judged once (~50 asks a page, the tests' steps spared on all but the first of each).
# A plain dict, not ``functools.lru_cache``: read by the compiled walk, a lookup costs less
# than a call through the lru's wrapper. Bounded for a service running for weeks: emptied when
# full, which changes no answer (a pure function of the style) and costs one refill of a
# site's few repeated styles.
_HIDING_STYLES_MAX: Final = 4096
_hiding_styles: Final[dict[str, bool]] = {}


def _hiding_style(style: str) -> bool:
    """``_HIDDEN_STYLE.search(style)``, the pattern run only on a style that may match."""
    hiding = _hiding_styles.get(style)
    if hiding is None:
        if len(_hiding_styles) >= _HIDING_STYLES_MAX:
            _hiding_styles.clear()
        hiding = _hiding_styles[style] = _new_hiding_style(style)
    return hiding


def _new_hiding_style(style: str) -> bool:
    return not lacks_words(style, _HIDDEN_STYLE_WORDS) and _HIDDEN_STYLE.search(style) is not None


# React's streamed server rendering sends each finished Suspense boundary as <div hidden
# id="S:0"> at the end of the body, for a script to move into place: on Next.js pages that is
# where the whole story is. Those filling a region sent in pieces are moved before the walk
# (``streamed_segments``); the others are read where they were sent.
_STREAMED_SEGMENT: Final = re.compile(r"S:\d+")
# A page hidden as a whole until its scripts and styles load (against a flash of unstyled
# content) holds the headline and the story; a hidden menu, modal or template does not.
# Asked of the walk's ``Holds`` (the same answer as a search of the element's subtree, from the
# queries of the whole walked tree that the consent rule makes too).
_REVEALED_PAGE: Final = ("h1", MAIN, ARTICLE_BODY)


def revealed_later(node: LexborNode, node_id: str | None, holds: Holds) -> bool:
    if node_id and _STREAMED_SEGMENT.fullmatch(node_id):
        return True
    return (
        holds(node, *_REVEALED_PAGE) and len(node.css("p, br")) >= MIN_ARTICLE_PARAGRAPHS
    ) or _landmark_content(node)


# A shop's lock or gate app (a password lock, an age gate) hides the whole of the <main>
# landmark's content in one wrapper until its script has checked the visitor, and sends its
# own notice hidden beside it: a reader let in sees the wrapper (a category's product grid,
# with no headline nor paragraphs for the rule above to find). A hidden child of the landmark
# that holds most of its words, and many of them, is that wrapper; a hidden cart drawer, modal
# or template in <main> holds a few words beside the shown content. Asked of hidden elements
# whose parent is the landmark only (a few a page), one text read each. Half B collection
# 0.772934 -> 0.785156 (a coffee shop's locked category grid 0.00 -> 0.71), all types
# 0.906679 -> 0.907682; half A, articles and ScrapingHub unchanged (no page changed).
_LANDMARK_CONTENT_WORDS: Final = 200


def _landmark_content(node: LexborNode) -> bool:
    parent = node.parent
    if parent is None or not (
        parent.tag == "main" or (parent.attributes.get("role") or "").lower() == "main"
    ):
        return False
    words = len(node.text(deep=True).split())
    return words >= _LANDMARK_CONTENT_WORDS and 2 * words > len(parent.text(deep=True).split())


# aria-hidden hides nothing from the eye, only from screen readers: on an icon, a carousel's
# cloned slides or an off-screen menu it marks a copy or a decoration, but a page's script
# sets it on the page's main landmark (or a wrapper around it) while a modal or a consent
# dialog is open, so that a screen reader reads the dialog alone; the page behind is what a
# reader sees once the dialog is closed (the consent rule drops the dialog). So an element
# that is or holds <main> / role="main" is shown despite aria-hidden, unless that landmark
# lies in a dialog inside it: a closed modal (micromodal's) hidden with a <main> of its own.
# (Not "holds no dialog": the landmark of a shop's page holds its closed lightboxes.)
_MODAL_ROLES: Final = frozenset({"dialog", "alertdialog"})


def _behind_a_modal(node: LexborNode, holds: Holds) -> bool:
    if not holds(node, MAIN):
        return False
    landmark = node.css_first(MAIN)
    while landmark is not None and landmark.mem_id != node.mem_id:
        attrs = landmark.attributes
        if (
            landmark.tag == "dialog"
            or (attrs.get("role") or "").lower() in _MODAL_ROLES
            or attrs.get("aria-modal") == "true"
        ):
            return False
        landmark = landmark.parent
    return True


# A panel that the reader opens with one click: the other tabs of a tabbed box (a guide's code
# in several languages, a product's specs beside its description), an FAQ's or a service
# page's accordion answers. Hidden until clicked, they are the page's content all the same
# (readers of every tab see them; the ground truth of such pages has them), unlike a hidden
# menu or modal. Known by their role, the tab or button that labels them, or their name; the
# name rules still apply to them (a "navbar-collapse" is still navigation). The name may be in
# a data attribute rather than the class: a design system whose classes are build hashes
# ("css-1k075w5") names its parts there (data-theme-key="collapsible-section-text", a buying
# guide's sections under their headings). Half B articles 0.95757 -> 0.95780 (1 page better,
# +0.086, none worse); half A and ScrapingHub unchanged (no page changed).
_PANEL_ROLES: Final = frozenset({"tabpanel", "region"})
_PANEL_PARTS: Final = frozenset(
    {"tab", "tabs", "tabpanel", "pane", "panel", "accordion", "collapse", "collapsible", "faq"}
)
# Each word of _PANEL_PARTS holds one of these.
_PANEL_STEMS: Final = ("tab", "pane", "accordion", "collaps", "faq")


def _shown_on_demand(attrs: dict[str, str | None], holds: Holds) -> bool:
    role = attrs.get("role")
    if (role and role.lower() in _PANEL_ROLES) or "aria-labelledby" in attrs:
        return True
    names = " ".join(
        value
        for key, value in attrs.items()
        if value and (key == "class" or key.startswith("data-"))
    )
    # A part that lower-cases to a panel word is a stretch of its token that does, so a token
    # whose lower-cased whole holds none of the words' stems has no such part: its split into
    # parts (a regex) is spared. A shop's hidden elements carry data attributes of thousands
    # of tokens: 4% of the time of wcxb-dev's slowest pages went there.
    lowered = names.lower()
    return (
        any(stem in lowered for stem in _PANEL_STEMS)
        and any(
            part.lower() in _PANEL_PARTS
            for token in names.split()
            if any(stem in token.lower() for stem in _PANEL_STEMS)
            for part in TOKEN_PARTS.split(token)
        )
    ) or _disclosed(attrs, holds)


# The same panels by the page's own ARIA: an FAQ's answer or a section's "read more" whose
# toggle names it in aria-controls (WAI-ARIA's disclosure and accordion patterns), whatever the
# panel's class ("acd-a-content"). A menu or a modal opened by its button is named so too, but
# their tag, role and name rules still drop them (a <nav>, a role="dialog", a "menu").
# Half A all types 0.87603 -> 0.87623 (a service page's FAQ +0.15, none worse), half B
# 0.88358 -> 0.88363 (product 0.7216 -> 0.7223: 1 page better, 3 worse by <= 0.07), articles
# and ScrapingHub unchanged (0.98654). The ids are gathered once a page (~43 us, on a quarter
# of the pages: those with a hidden element that has an id).
def _disclosed(attrs: dict[str, str | None], holds: Holds) -> bool:
    node_id = attrs.get("id")
    return bool(node_id) and node_id in holds.controlled()


# The same panel one or two levels inside the element that hides it: a component library's
# accordion (Chakra UI's) hides its animated collapse wrapper (style="display:none;opacity:0;
# height:0px") while the id that the header button names in aria-controls is on the panel
# inside it, after the <style> element a CSS-in-JS library puts first. Where the class names
# say "collapse" the name rules keep it already; hashed by a build, only the ARIA says so (a
# fire pit's description, dimensions and care, hidden under "Description" and "Dimensions &
# Materials": 0.606 -> 0.894 with hashed names). A wrapper of a menu or a modal a button
# names is dropped all the same by the tag, role and name rules of what it wraps. As is, no
# page of half A, half B or ScrapingHub changed (A 0.904984, B 0.917198, SH 0.991086).
_WRAPPED_LEVELS: Final = 2


def _wraps_disclosed(node: LexborNode, holds: Holds) -> bool:
    """The hidden ``node`` wraps, within _WRAPPED_LEVELS, the panel a toggle names."""
    controlled = holds.controlled()
    if not controlled:
        return False
    level = [node]
    for _ in range(_WRAPPED_LEVELS):
        level = [child for element in level for child in element.iter() if child.is_element_node]
        if any(child.attrs.get("id") in controlled for child in level):
            return True
    return False


def may_hide(attrs: dict[str, str | None]) -> bool:
    """Whether ``is_junk`` may judge the element hidden (a ``hidden`` attribute,
    ``aria-hidden="true"``, a hiding style): where no element of a walk may, the same walk
    into hidden elements is the walk again (see ``body_text``)."""
    style = attrs.get("style")
    return (
        "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
        or bool(style and _hiding_style(style))
    )


# A card's second link to the same place (its teaser wrapped in the link its headline already
# is) is taken out of the screen reader's way and out of the tab order (aria-hidden="true"
# with tabindex="-1", the accessible-card pattern) so that the card's link is read once; a
# sighted reader sees its text as any other, and a listing's truth keeps the teaser. Prose
# only (_REDUNDANT_LINK_WORDS words or more: a footnote's number hidden so is no teaser), and
# not a label said again beside it (an overlay link spelling out the heading it covers, for
# screen readers that would read it). A hidden slide or menu is hidden on its wrapper, not on
# each of its links. Half B collection 0.741923 -> 0.750799 (a news topic's river, its
# teasers), half A, articles and ScrapingHub unchanged.
_REDUNDANT_LINK_WORDS: Final = 3


def _redundant_link(node: LexborNode, attrs: dict[str, str | None]) -> bool:
    if node.tag != "a" or attrs.get("tabindex") != "-1":
        return False
    text = node.text(deep=True).strip()
    if len(text.split()) < _REDUNDANT_LINK_WORDS:
        return False
    parent = node.parent
    return parent is None or parent.text(deep=True).count(text) == 1


# Measured (session 26) on wcxb-dev articles: hidden elements inside the story's region that
# this drops hold truth text on one page (half A 0 words, half B 78), against ~8.5k / 7.3k
# words of hidden text (aria-hidden slides, styled-off boxes) that the truths leave out.
def hidden_for_good(
    node: LexborNode, attrs: dict[str, str | None], style: str | None, holds: Holds
) -> bool:
    """The markup hides the element (``hidden``, ``aria-hidden`` outside a modal, a hiding
    style) and no control on the page shows it on demand."""
    return bool(
        (
            "hidden" in attrs
            or (
                attrs.get("aria-hidden") == "true"
                and not _behind_a_modal(node, holds)
                and not _redundant_link(node, attrs)
            )
            or (style and _hiding_style(style))
        )
        and not _shown_on_demand(attrs, holds)
        and not _wraps_disclosed(node, holds)
        and not answers_question(node)
        and not _keyed_panel(node, attrs)
        and not beside_its_toggle(node)
    )


# Tabs that a script switches by a data attribute: a shop's "Feeders | Add-ons" tabs over
# sibling panels <div class="products-content" data-catid="0" style="display: block"> and
# <div ... data-catid="1" style="display: none">. The hidden panel is one click away, like
# any tab's (its truth keeps every panel's products); its sibling of the same tag keyed by
# the same data attribute with another value, and shown, says so whatever the classes.
# Half A all types 0.892652 -> 0.892789 (a service page's tabs +0.104, 3 better, a phone's
# page -0.005), half B 0.902400 -> 0.903195 (articles 0.961526 -> 0.962235: a story's tabs
# +0.279; a shop's tab panels 0.408 -> 0.705; 2 pages worse by <= 0.009); ScrapingHub unchanged.
def _keyed_panel(node: LexborNode, attrs: dict[str, str | None]) -> bool:
    """A hidden ``node`` whose sibling of its tag carries one of its data attributes with
    another value and is not hidden: a panel of a set the page's tabs switch."""
    keys = {key: value for key, value in attrs.items() if key.startswith("data-")}
    parent = node.parent
    if not keys or parent is None:
        return False
    sibling = parent.child
    while sibling is not None:
        if sibling.tag == node.tag and sibling.mem_id != node.mem_id:
            other = sibling.attributes
            style = other.get("style")
            shown = "hidden" not in other and not (style and _hiding_style(style))
            if shown and any(key in other and other[key] != value for key, value in keys.items()):
                return True
        sibling = sibling.next
    return False
