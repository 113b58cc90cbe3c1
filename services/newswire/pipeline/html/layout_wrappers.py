"""Elements named like furniture that are the page's layout: a numbered slot of a page built
of modules, a wrapper around the whole page or story, a section a table of contents links to
(each asks ``holds.Holds``, the walk's cached "does this element hold a match" test)."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.callouts import prose_paragraph
from newswire.pipeline.html.card_overlays import card_overlay, without_overlay_names
from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.modal_sheets import shown_sheet, without_modal_names
from newswire.pipeline.html.named_sections import (
    date_named_section,
    shown_twin,
    without_date_names,
    without_hidden_class,
)
from newswire.pipeline.html.names import (
    CAPTION_CLASS,
    MAIN,
    MIN_ARTICLE_PARAGRAPHS,
    TOKEN_PARTS,
    Verdict,
    without_caption_names,
    without_caption_parts,
    without_comment_names,
    without_toc_names,
)
from newswire.pipeline.html.plain_names import name_verdict
from newswire.pipeline.html.promo_cards import promo_card, without_promo_names
from newswire.pipeline.html.screen_reader import (
    screen_reader_named,
    stands_for,
    without_screen_reader_names,
)
from newswire.pipeline.textnorm import lacks_words

# A page whose layout wrappers carry a furniture word: a theme's "sticky-footer" or
# "page-footer" wrapper around the whole page, Shopify's article template in a section
# "under-menu", a newsletter's issue published as a page (Substack's "newsletter-post"). Such a
# wrapper holds the page's headline (<h1>) and most of its paragraphs, which no footer, menu,
# newsletter box or share bar does: one that holds the <h1>, at least half of the page's <p>
# and a story's worth of them (2 x MIN_ARTICLE_PARAGRAPHS) is walked, its own furniture
# dropped by name below it as on any page. Not so for a comment thread (it can outgrow the
# story above it, and a reply may quote a headline) nor a hidden element (hidden is not a
# layout). Per-page runs of the whole pipeline: half A articles 0.96133 -> 0.96137 (3 pages
# better, none worse), listing +0.0006; half B articles 0.9519 -> 0.9544 (a story found
# whole: recall 0.03 -> 1.00; 4 pages better, 1 worse by 0.004), collection +0.0011, listing
# +0.0006, product -0.0002 (1 page -0.011); ScrapingHub unchanged (0.9856). (Without the <h1>: a
# shop's navigation with 14 of its 15 paragraphs, a hidden comparison table kept: half A
# listing -0.021, collection -0.010.)
_STORY_SHARE_OF_PARAGRAPHS: Final = 0.5
_PROSE_SHARE: Final = 0.9
# A newsletter's issue published as a page: an <article> named "newsletter-content" in a
# "newsletter-wrapper", its headline in a hero band above, a carousel of readers'
# testimonials beside it that holds more paragraphs than the issue. A newsletter box (a
# sign-up form under a line or two) is no <article> of ten paragraphs, so a newsletter-named
# element that is or holds one is the issue, walked without the <h1> and half-of-the-page
# tests. Half A articles 0.9621 -> 0.9635 (an issue found whole: 0.24 -> 0.83; no other page
# changes), half B and ScrapingHub unchanged.
_NEWSLETTER_ISSUE: Final = re.compile(r"newsletter", re.IGNORECASE)
_NOT_A_WRAPPER: Final = re.compile(r"comment|disqus|repl(?:y|ies)|hidden", re.IGNORECASE)
# Every match holds one of these in some case: ASCII names holding none (most) are settled by
# substring tests, before the pattern's case-blind alternation at each place.
_NOT_A_WRAPPER_WORDS: Final = ("comment", "disqus", "repl", "hidden")


def holds_the_story(node: LexborNode, names: str, holds: Holds) -> bool:
    """Whether an element named like furniture (``names``: its class and id) is the page's
    layout wrapper around the story."""
    if not lacks_words(names, _NOT_A_WRAPPER_WORDS) and _NOT_A_WRAPPER.search(names):
        return False
    # Most such elements (a menu, a share bar) hold no <p> at all: told without a query.
    if not holds.holds_paragraphs(node, 2 * MIN_ARTICLE_PARAGRAPHS):
        return False
    paragraphs = holds.paragraphs_in(node)
    inside = len(paragraphs)
    if _NEWSLETTER_ISSUE.search(names) and holds(node, "article"):
        return True
    if inside < _STORY_SHARE_OF_PARAGRAPHS * holds.paragraphs():
        return False
    if holds(node, "h1"):
        return True
    # Without the <h1>, the wrapper is the story's all the same when it holds ten paragraphs
    # of prose (2 x MIN_ARTICLE_PARAGRAPHS; ``prose_paragraph``: over 120 characters, under
    # a tenth of them links) and _PROSE_SHARE of the page's: a theme that sets the story's
    # body below the headline's band in a "page-footer" (a restaurant guide's cards, a
    # paragraph of prose under each name: 74 of the page's 74), a journal that sets the
    # paper in its "authors-container" (58 of 58). A site footer, a menu or a share bar
    # holds links, addresses and a line or two of fine print, not the page's prose. Half B
    # articles 0.959056 -> 0.961196 (those 2 pages better: the guide found whole, recall 0.10
    # -> 0.97; the paper +0.011; none worse), all types 0.896074 -> 0.897227; half A, the
    # other page types, metadata and ScrapingHub unchanged (no page changed). (Any ten <p>
    # without the <h1>: a shop's navigation kept, see above.)
    prose = sum(1 for paragraph in paragraphs if prose_paragraph(paragraph))
    return prose >= 2 * MIN_ARTICLE_PARAGRAPHS and prose >= _PROSE_SHARE * holds.prose_paragraphs(
        prose_paragraph
    )


# A page composed of numbered layout slots (a CMS's "module-4", "module-6" around each
# section of a guide, nothing else naming them): the number says the element is one slot of a
# series, and the weak word names the slot's kind, not furniture; a section of two or three
# paragraphs in one is the story's, not a widget to drop. (A sidebar's or a promo's module
# says what it holds: "module-related", "promo-module".) Half A articles 0.9597 -> 0.9606 (a
# guide in sections, recall 0.44 -> 0.96), every other type and half B unchanged,
# ScrapingHub unchanged (0.9854).
_NUMBERED_SLOT: Final = re.compile(r"module[-_]?\d+", re.IGNORECASE)


# A landing page built in a marketing CMS names each section of its <main> by the kind of slot
# it fills ("p23hero module", HubSpot's "widget-span dnd-module", a product page's
# "description-module"), whatever it holds: the hero, the feature blocks, the pricing, each of a
# few short paragraphs. There the weak word names the page's layout, not a widget beside its
# content, and such a section is kept. Not on a page whose head declares one story (an
# encyclopedia entry's "module-spacing" question and premium boxes, a news site's modules in
# its <main> beside the story), nor for a module that is mostly links (a government page's
# "widget widgetQuickLinks" list of forms), nor outside <main> (a blog's sidebar widgets).
# "banner" is no such slot word: "video-banner", "hero-banner" and "banner old-post" notices
# in a <main> lost more than they gave (half A service -0.025 and -0.038, an article -0.019).
# Half A all types 0.88079 -> 0.88202 (service 0.83202 -> 0.83748, product 0.67815 ->
# 0.68883; collection 0.74611 -> 0.74083: a furniture shop's "price-module" grids kept, two
# better, three worse), articles 0.96893 -> 0.96897; half B all types 0.88720 -> 0.88786
# (product 0.72552 -> 0.73532; no page worse), articles unchanged; ScrapingHub unchanged
# (0.98672). (On every page, story or not: half A articles -0.00006, an encyclopedia entry
# -0.031; with "banner" and without the link bound: half A articles -0.0006.)
# A page with no <main> at all (HubSpot's own product pages: "hs_cos_wrapper_widget" sections
# straight under the body's container) has no landmark to be inside: there every such section
# counts as one of the page's. Half B all types 0.88857 -> 0.88952 (service 0.85094 ->
# 0.85329, listing 0.74746 -> 0.75699: a school's course page 0.333 -> 0.838; a forum thread
# -0.008), half A all types 0.88218 -> 0.88222 (one collection +0.036), articles unchanged on
# both; ScrapingHub unchanged (0.98672); per-page CPU unchanged (cost_ab total 0.996).
_SLOT_WORDS: Final = frozenset({"module", "widget"})
_SLOT_LINK_SHARE: Final = 0.5


def module_section(node: LexborNode, names: str, holds: Holds) -> bool:
    """Whether an element named by a slot word (``names``: its class and id) is a section of
    its page's <main> (or of a page without one), mostly text of its own (see _SLOT_WORDS)."""
    parts = {part.lower() for token in names.split() for part in TOKEN_PARTS.split(token)}
    if _SLOT_WORDS.isdisjoint(parts):
        return False
    up = node.parent
    while up is not None and up.tag != "main" and up.attributes.get("role") != "main":
        up = up.parent
    if up is None and holds.any_of(MAIN):
        return False
    text = len(node.text(deep=True, strip=True))
    links = sum(len(link.text(deep=True, strip=True)) for link in node.css("a"))
    return links < _SLOT_LINK_SHARE * text


# A company's landing page names its hero and its feature strips "banner" ("hero-banner",
# "o-pageHeroBanner", "profile-banner", "banner-bundle", "cmp-cta__banner"): a heading over a
# sentence or two of what the company does, the page's own text. An ad or notice banner has
# no heading of its own, or is mostly its links (a promotion's "shop now" strip). So on a page
# whose head declares no story, a banner-named element holding a heading and text that is
# mostly not link text is kept. Half A service 0.83748 -> 0.83906 (5 pages better by up to
# 0.076; 2 of one consultancy worse: its kept hero moved the choice off its service cards),
# product 0.68920 -> 0.68821 (a shop's video banners kept, -0.066), all types 0.88208 ->
# 0.88218, articles unchanged; half B all types 0.88846 -> 0.88857 (collection +0.0012),
# service and articles unchanged; ScrapingHub unchanged (0.98672).
_BANNER_HEADINGS: Final = "h1, h2, h3, h4"
# A design system's hero component ("experience-commerce_assets-heroBanner", a block's
# "...-hero-banner"): the headline over the pitch of the page or of each of its collections
# on a shop's home page, styled text with no heading element, the page's own text all the same.
# Only "hero" right before the last part "banner": a card's badge named after the block it
# sits in ("hero-cards-best-of--copy__banner": "Best overall") is a label. Half A all types
# 0.893889 -> 0.894539 (a watchmaker's home page 0.50 -> 1.00, three service pages +0.007 to
# -0.001), half B (0.903690), articles and ScrapingHub (0.987278) unchanged. (With "hero"
# anywhere in the token, as a word read by the names alone: half B a roundup's card badges
# -0.002, a tuition page's hero buttons -0.001.)
_HERO_BANNER: Final = ("hero", "banner")
_BANNER_MIN_TEXT: Final = 150
_BANNER_LINK_SHARE: Final = 0.25


def banner_section(node: LexborNode, names: str) -> bool:
    """Whether an element named "banner" (``names``: its class and id) is a section of a
    landing page: a hero (see _HERO_BANNER), or a heading and text of its own (see
    _BANNER_HEADINGS)."""
    tokens = [
        [part.lower() for part in TOKEN_PARTS.split(token) if part] for token in names.split()
    ]
    parts = {part for token in tokens for part in token}
    if not any(part.endswith("banner") for part in parts):
        return False
    if _HERO_BANNER in (tuple(token[-2:]) for token in tokens):
        return True
    if node.css_first(_BANNER_HEADINGS) is None:
        return False
    text = len(node.text(deep=True, strip=True))
    if text < _BANNER_MIN_TEXT:
        return False
    links = sum(len(link.text(deep=True, strip=True)) for link in node.css("a"))
    return links < _BANNER_LINK_SHARE * text


def landing_section(node: LexborNode, names: str, holds: Holds) -> bool:
    """Whether an element named like a widget is a section of a landing page: a module of
    its <main> or a banner with a heading (see module_section, banner_section)."""
    return module_section(node, names, holds) or banner_section(node, names)


def numbered_slot(names: str) -> bool:
    """Whether an element's only name (``names``: its class and id) is a numbered layout slot."""
    return _NUMBERED_SLOT.fullmatch(names.strip()) is not None


# A table of contents names the sections it links to after itself: its generator marks each
# section's heading ("toc-heading-3", "tocHeader") or wraps each section in an element whose id
# is the entry's anchor ("toc_should-you-invest"). Such an element is the story's section, the
# target of the table, not the table (whose own box, "toc-container", no in-page link points
# at): a heading, or an element an in-page link points at (or that holds one), is judged
# without its "toc" names. Half A articles 0.96697 -> 0.96701 (5 pages better, none worse),
# half B articles 0.95755 -> 0.95757 (2 better, 1 worse: a story whose found sections made it
# a sectioned page, widened to its stock-quote widgets, -0.045); ScrapingHub unchanged
# (0.98654). With intro.py's summary lists, all types: half A 0.87824 -> 0.87830 (a forum
# +0.018, a documentation page +0.009, two -0.004 and -0.001), half B 0.88395 -> 0.88418
# (documentation +0.063, a collection +0.041, a listing -0.002).
def toc_target(
    node: LexborNode, tag: str, attrs: dict[str, str | None], names: str, holds: Holds
) -> bool:
    """Whether an element named for a table of contents (``names``: its class and id) is a
    section that a table links to: a heading, or an element an in-page link points at or
    into."""
    if "toc" not in names.lower():
        return False
    if tag in _SECTION_HEADINGS:
        return True
    anchors = holds.anchors()
    if not anchors:
        return False
    node_id = attrs.get("id")
    return (bool(node_id) and node_id in anchors) or any(
        inner.attributes.get("id") in anchors for inner in node.css("[id]")
    )


_SECTION_HEADINGS: Final = frozenset({"h2", "h3", "h4", "h5", "h6"})


# Bootstrap's "thumbnail" card names its text box under the image "caption"; a shop's or a
# listing's grid of such cards, each one link around the image, the name and the price, is
# the page's items. A story's photo caption never sits inside a link, so a box named
# "caption" within _CARD_LINK_LEVELS of an enclosing <a> is a card's text, walked as its other
# names say. Only the bare token: "wt-text-caption" and the like name a type size, and
# walking those brought a marketplace's seller lines into its grid and moved the choice off
# the item titles (half B listing -0.004). Half B all types 0.88594 -> 0.88715 (collection
# 0.71783 -> 0.73222: a category grid 0.04 -> 0.87; product 0.72507 -> 0.72552: a shop's
# collection typed product 0.67 -> 0.70; no page worse); half A and ScrapingHub unchanged
# (0.88040, 0.98654).
_CARD_LINK_LEVELS: Final = 4


def card_caption(node: LexborNode, names: str) -> bool:
    """The caption-named ``node`` (``names``: its class and id) is a card's text inside the
    link that makes the card."""
    if CAPTION_CLASS not in names.lower().split():
        return False
    parent = node.parent
    for _ in range(_CARD_LINK_LEVELS):
        if parent is None:
            return False
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False


# A pager is a row of page numbers and "next" links: a few dozen characters. Shop front-ends
# built of CSS modules (Next.js: "pagination_pagination__rI_ag") name the component that
# renders a category's product grid together with its pager after the pager, so the grid
# itself carries the pager's name. An element so named that holds this many links and this
# much text, most of it outside its links (a card's price, colour, size beside its linked
# name), is the paged list (the collection page's content), not its pager. A forum's pager
# bar that also holds the "quick navigation" jump menu is as long but all links: furniture.
_PAGED_LIST_LINKS: Final = 8
_PAGED_LIST_CHARS: Final = 600
_PAGED_LIST_LINK_SHARE: Final = 0.5


# The words that name a list's pager (see ``paged_list``).
PAGER_WORDS: Final = frozenset(["pagination", "pager"])


def without_pager_names(names: str) -> str:
    """``names`` (class and id) without the tokens named for a pager ("pagination_pagination__rI_ag",
    "pager-wrap"): what is left says what the paged list is."""
    return " ".join(
        token
        for token in names.split()
        if PAGER_WORDS.isdisjoint(part.lower() for part in TOKEN_PARTS.split(token))
    )


def paged_list(node: LexborNode, names: str) -> bool:
    """The pager-named ``node`` (``names``: its class and id) holds the list it pages."""
    lowered = names.lower()
    if ("pagination" not in lowered and "pager" not in lowered) or without_pager_names(
        names
    ) == " ".join(names.split()):
        return False
    links = node.css("a[href]")
    if len(links) < _PAGED_LIST_LINKS:
        return False
    chars = len(node.text(separator=" ", strip=True))
    linked = sum(len(link.text(separator=" ", strip=True)) for link in links)
    return chars >= _PAGED_LIST_CHARS and linked < _PAGED_LIST_LINK_SHARE * chars


# A shop template names the box of the product's text for its place under the product's
# photo ("item-caption"), and marks it as the product's schema.org description. The microdata
# says what the box is: its "caption" is no photo's caption (an author box's "author-box"
# marked a description is still furniture by its other words). Half B product 0.770412 ->
# 0.777913 (an office-chair shop's page, its description dropped and its testimonials kept,
# 0.591 -> 0.944), all types 0.898896 -> 0.899394; half A, ScrapingHub and every other dev
# page unchanged (no other caption-named element carries the property).
_DESCRIPTION: Final = "description"


def names_verdict(
    node: LexborNode,
    tag: str,
    attrs: dict[str, str | None],
    names: str,
    holds: Holds,
    *,
    discussion: bool,
) -> Verdict:
    """What ``names`` (class and id) say of ``node``, without the furniture words that name
    something else here: a thread's posts named comments, a section a table of contents
    links to, a card's text box named a caption."""
    verdict = name_verdict(names)
    if verdict is not Verdict.NEGATIVE:
        return verdict  # each rule below reads a negative verdict again; most are not
    if discussion:
        verdict = name_verdict(without_comment_names(names))
    if verdict is Verdict.NEGATIVE and toc_target(node, tag, attrs, names, holds):
        verdict = name_verdict(without_toc_names(names))
    if verdict is Verdict.NEGATIVE and card_caption(node, names):
        verdict = name_verdict(without_caption_names(names))
    if verdict is Verdict.NEGATIVE and attrs.get("itemprop") == _DESCRIPTION:
        verdict = name_verdict(without_caption_parts(names))
    if verdict is Verdict.NEGATIVE and paged_list(node, names):
        verdict = name_verdict(without_pager_names(names))
    if verdict is Verdict.NEGATIVE and date_named_section(node, tag, names):
        verdict = name_verdict(without_date_names(names))
    if verdict is Verdict.NEGATIVE and shown_twin(node, tag, attrs.get("class") or ""):
        verdict = name_verdict(without_hidden_class(names))
    if verdict is Verdict.NEGATIVE and shown_sheet(node, names):
        verdict = name_verdict(without_modal_names(names))
    if verdict is Verdict.NEGATIVE and promo_card(node, names):
        verdict = name_verdict(without_promo_names(names))
    if verdict is Verdict.NEGATIVE and card_overlay(names):
        verdict = name_verdict(without_overlay_names(names))
    if verdict is Verdict.NEGATIVE and screen_reader_named(names) and stands_for(node):
        verdict = name_verdict(without_screen_reader_names(names))
    return verdict
