"""What an element's class and id names say about it: the story, page furniture, or a widget."""

from __future__ import annotations

import enum
import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.cross_links import PAGER_NAMES
from newswire.pipeline.html.drawn_pictures import drawn_picture
from newswire.pipeline.html.fine_print import FINE_PRINT_NAMES, fine_print
from newswire.pipeline.html.hiding_classes import HIDE
from newswire.pipeline.html.screen_reader import SCREEN_READER_TOKENS
from newswire.pipeline.html.search_boxes import SEARCH_BOXES, search_filters
from newswire.pipeline.html.section_names import section_subject

# Class/id words that mark page furniture rather than the story (readability's "unlikely
# candidates", extended with the widget names of today's news CMSs and ad networks). A class token
# counts when the word is the whole token or its first or last part ("share-bar", "post-comments"),
# not when buried inside ("non-ad-column", "elementor-widget-container" name layout, not content).
NEGATIVE_WORDS: Final = frozenset(
    [
        "comment",
        "comments",
        "commentlist",
        "disqus",
        "share",
        "sharing",
        "sharebar",
        "social",
        "sns",
        "related",
        "recommend",
        "recommended",
        "recommendations",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "promotion",
        "advert",
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "adslot",
        "adunit",
        "dfp",
        "sponsor",
        "sponsored",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "breadcrumb",
        "breadcrumbs",
        "byline",
        "author",
        "authors",
        "caption",
        "credit",
        "credits",
        "footer",
        "masthead",
        "menu",
        "nav",
        "navbar",
        "navigation",
        "popup",
        "modal",
        "readmore",
        "outbrain",
        "taboola",
        "rating",
        # A shop's customer reviews (the plural: "review" alone also names a critic's article).
        "reviews",
        *PAGER_NAMES,  # a pager, the next and previous stories' links (see ``cross_links``)
        "hidden",
        "sr-only",
        "overlay",
        "trending",
        "mostpopular",
        "tooltip",
        "tool-tip",  # a <tool-tip>'s hover text; whole ("tool-tip-source" is what it explains)
        # A popover: a tooltip's bigger sibling, text a button opens over the page (a badge's
        # explanation, an "offers" note, a load error) and never the page's own text. Half B
        # product 0.72285 -> 0.72475 (two shop pages' badge and cart popovers; a bookshop's
        # page -0.0005), half A and ScrapingHub unchanged.
        "popover",
        "timestamp",
        "dateline",
        "date",
        "published",
        "updated",
        "toc",
        "tags",
        "taglist",
        # A forum poster's signature under each of their posts (a motto, links, the specs of
        # their computer): the same lines under every post, never the thread's text.
        "signature",
        # The poster's card beside each post (rank, post count, join date, location): phpBB's
        # "postprofile", others' "user-info", "userDetails", "poster-info", "user-card".
        "postprofile",
        "user-info",
        "user-details",
        "poster-info",
        "user-card",
        # XenForo's poster card: the rank under the name ("userTitle": "Distinguished
        # Member") and the counters and location after it ("message-userExtras"); the name
        # itself, which the ground truth keeps over each post, stays. With the thread
        # header's lines (see furniture_lines): half A forum 0.7212 -> 0.7246 (7 XenForo
        # threads better; a service page's "mma-extras" box -0.003, an article -0.001).
        "user-title",
        "extras",
        # Fine print: legal notes and footnotes (``fine_print.FINE_PRINT_NAMES``).
        *FINE_PRINT_NAMES,
        # A shop's cart drawer ("mini-cart": "No products in the cart.") and a lightbox's
        # boxes ("fancybox": a cart's "Recently added", a currency picker). Whole tokens:
        # "add-to-cart" is a buy box, one on each card of a grid (as a part: half A a shop's
        # category -0.63). Half A product +0.00035 (3 pages better, none worse), B unchanged.
        "mini-cart",
        "minicart",
        "cart-drawer",
        "side-cart",
        "fancybox",
        "fancy-box",
    ]
)
# Names CMSs give the story's wrapper too (Blogger's "widget Blog"): dropped only when short.
WEAK_WORDS: Final = frozenset(
    ["widget", "sidebar", "banner", "meta", "popular", "module", "rail", "aside"]
)
#: The article body as schema.org microdata, the hAtom microformat (``entry-content``, also
#: WordPress's), Blogger's ``post-body``, or the common id/class for it.
ARTICLE_BODY: Final = (
    '[itemprop="articleBody"], .entry-content, .post-body, '
    "#articleBody, #article-body, .article-body, .articleBody"
)
#: The page's main landmark, by its tag or its ARIA role.
MAIN: Final = "main, [role=main]"
#: ARTICLE_BODY's class selectors, and its id selectors as a list (the shared query's parts).
STORY_CLASSES: Final = [selector for selector in ARTICLE_BODY.split(", ") if selector[0] == "."]
STORY_IDS: Final = ", ".join(
    selector for selector in ARTICLE_BODY.split(", ") if selector[0] == "#"
)
MIN_ARTICLE_PARAGRAPHS: Final = 5  # <p> or <br>: some CMSs break paragraphs with <br> only
# A class token's parts: split at dashes and underscores ("share-bar", "article__body") and
# at camelCase humps ("PromoSmall", "emailSignup").
TOKEN_PARTS: Final = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
# Words that name the story's own container. A token counts by the same rule as a negative
# one (whole token or first or last part), so "below-content-topics" names no story.
POSITIVE_WORDS: Final = frozenset(
    [
        "article",
        "articlebody",
        "article-body",
        "article-content",
        "story",
        "story-body",
        "entry-content",
        "post-content",
        "post-body",
        "main-content",
        "content-body",
        "body-text",
        "text",
        "content",
        # A forum's thread, whose posts its software may call comments.
        "topic",
        "thread",
    ]
)


# Utility-CSS classes (Tailwind and the like) name a layout property, not what the element is:
# "overflow-hidden" clips a box, it does not hide the story; so does a breakpoint's variant of
# it ("md:overflow-x-hidden"), whose variant may hold a dash of its own ("max-md:",
# "group-hover:", a theme's "tablet-max:"): the utility is what follows the last colon.
# (A site's own prefix is no utility: Quora's "qu-overflow--hidden" clips an answer to its
# first lines, and the reader sees those only.) The dashed variants: half B all types
# 0.898809 -> 0.898815 (a service page's section +0.004, none worse); half A, articles and
# ScrapingHub unchanged.
_OVERFLOW: Final = "overflow"
# "hidden md:block": hidden on phones, shown from a breakpoint up (a crawler's desktop page).
SHOWN_AT_BREAKPOINT: Final = re.compile(
    r"^\w+:(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)$"
)


# "field--label-hidden" (Drupal's every field shown without its label, the story's body
# included): what is hidden is a part of the element, not the element.
_ELEMENT_PARTS: Final = frozenset({"label", "title", "heading", "icon", "caption"})
# "kt-accordion-panel-hidden", "tab-pane-hidden": a panel that the reader opens with one click
# (an accordion's answer, a tab's content), closed by a class as others are by an attribute:
# the page's content all the same (see walk's panels shown on demand). Half A/B figures in the
# commit that added it.
_PANEL_PARTS: Final = frozenset({"panel", "pane", "tab", "tabpanel", "accordion", "collapse"})


# "quick-add-hidden", "quick-view-hidden": hidden in the shop's quick-add window (a product's
# preview opened from a grid), shown on the product's own page (Shopify's default theme puts
# the product's description there). With the breakpoint's overflow utility above: half A all
# types 0.87646 -> 0.87713 (product 0.673 -> 0.678, collection 0.739 -> 0.742; 4 pages better,
# 1 worse by 0.08, a shop's spec box its truth leaves out), half B 0.88368 -> 0.88368 (1 page
# better by 0.001), articles and ScrapingHub unchanged (0.9865).
_QUICK_VIEWS: Final = frozenset({"quick"})


# Page builders (Elementor, Divi's et_pb, Beaver Builder's fl, WPBakery's vc/wpb) name every
# block of a page a "widget" or "module", the story's text blocks included; their names say
# what a block is only after the builder's prefix and block word ("elementor-widget-
# text-editor" is text, "elementor-widget-share-buttons" share buttons).
_PAGE_BUILDERS: Final = frozenset({"elementor", "et", "fl", "vc", "wpb"})
_PAGE_BUILDER_WORDS = _PAGE_BUILDERS | {"pb", "widget", "module", "element", "wrap", "wrapper"}


# The screens a responsive class names ("hidden-xs", "hidden-up-md", "hidden-desktop"): one of
# them after "hidden" leaves the element hidden on some screen, perhaps the desktop page a
# crawler stands for, and the name rule stands. Any other word after it names no screen:
# "hidden-print" (hidden on paper), "hidden-not-logged-in", a page builder's "hidden_indents"
# (a layout setting of a service page's cards): the element is shown, and "hidden" says
# nothing about it. Half A all types 0.8727 -> 0.8732 (service 0.820 -> 0.824; 3 pages better,
# none worse), half B 0.8794 -> 0.8800 (service 0.827 -> 0.834; 3 better, 1 worse by 0.010),
# articles and ScrapingHub unchanged. (With the screens too: "hidden-xs" kept on the desktop
# page: half B articles 0.9562 -> 0.9551, a story at -0.42.)
_BREAKPOINTS = ("xs", "sm", "md", "lg", "xl", "xxl", "small", "medium", "large", "up", "down")
_SCREENS: Final = frozenset(_BREAKPOINTS).union(
    ("on", "mobile", "phone", "tablet", "desktop", "pc", "all")
)


class Verdict(enum.Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    WEAK = "weak"
    NEUTRAL = "neutral"


# Forum software marks each post by the thread's starter ("threadAuthor", "discussionAuthor"
# beside the post's own "message" names, so a theme can badge the original poster): the mark
# says who wrote the post, not that the element is an author box, and without it the thread
# loses its opening post, the one the others answer. Half B forum 0.84702 -> 0.85395 (a
# XenForo thread's opening post back: recall 0.24 -> 0.66), all types 0.88437 -> 0.88496;
# half A and ScrapingHub unchanged (no page of theirs has such a mark).
_STARTER_MARKS: Final = frozenset({"thread", "discussion", "topic"})


# An element's names are often its own ("post-4721 entry hentry", an id), so a cache of the
# whole names misses on a page's every other element; its tokens repeat from element to
# element, and are judged once: the caller (``plain_names._token_marks``) keeps each token's
# marks, so this is asked once per new token, and a cache of its own here would only miss.
def token_verdict(token: str) -> tuple[Verdict | None, bool]:
    """One class or id token's verdict (``None``: it says nothing), and whether it is a bare
    "hidden", which a breakpoint class beside it ("hidden md:block") cancels."""
    if token == HIDE:  # a bare "hidden", as the framework's utility (``hiding_classes``)
        return Verdict.NEGATIVE, True
    parts = token_parts(token)
    # The part after a breakpoint's colon; a token without a colon (most) is its own.
    ends = token_parts(token.rpartition(":")[2]) if ":" in token else parts
    if not parts or ends[:1] == [_OVERFLOW]:
        return None, False
    if parts[0] in _PAGE_BUILDERS:
        parts = [part for part in parts if part not in _PAGE_BUILDER_WORDS]
        if not parts:
            return None, False
    if len(parts) > 1 and parts[-1] == "hidden" and _shown_hidden(parts):
        return None, False
    if parts[-2:-1] and parts[-2] in _STARTER_MARKS and parts[-1] == "author":
        return None, False
    get = _END_RANKS.get
    last = get(parts[-1], _NEUTRAL_RANK)
    if len(parts) > 1 and parts[0] == "hidden" and parts[1] not in _SCREENS:
        # "hidden-print", "hidden_indents": "hidden" says nothing (see _SCREENS); the whole
        # token, longer than a part, is never "hidden" itself.
        first = _NEUTRAL_RANK
        last = _NEUTRAL_RANK if parts[-1] == "hidden" else last
    else:
        first = get(parts[0], _NEUTRAL_RANK)
    rank = min(get("-".join(parts), _NEUTRAL_RANK), first, last)
    if rank and (subject := section_subject(parts)) and get(subject) == 0:
        rank = 0  # "gm-footer-section": see ``section_names``
    if rank and (fine_print(parts) or search_filters(token) or drawn_picture(token)):
        rank = 0
    return _RANKED_VERDICTS[rank], parts == ["hidden"]


# The verdict a word gives a token whose whole or first or last part it is, as a rank: a token
# takes the first verdict any of its ends gives (a furniture word before a story word before a
# weak one), read in one lookup per end instead of a set of the ends and three intersections
# (a third of a new token's verdict; ~90 new tokens a page). Built from the three lists, the
# better rank kept where a word is in two.
_RANKED_VERDICTS: Final = (Verdict.NEGATIVE, Verdict.POSITIVE, Verdict.WEAK, Verdict.NEUTRAL)
_NEUTRAL_RANK: Final = 3
_END_RANKS: Final[dict[str, int]] = (
    dict.fromkeys(WEAK_WORDS, 2)
    | dict.fromkeys(POSITIVE_WORDS, 1)
    | dict.fromkeys(NEGATIVE_WORDS | SEARCH_BOXES | SCREEN_READER_TOKENS, 0)
)


def token_parts(token: str) -> list[str]:
    """``token``'s lowered parts (``TOKEN_PARTS``). A token without capitals (most of a page's:
    "entry-content", "post_4721") has no camelCase hump, and its parts are the ones between
    its runs of dashes and underscores: split by ``str.split``, the regex split (~40% of a new
    token's verdict) is spared; the same parts, already lowered."""
    if token.lower() != token:
        return [part.lower() for part in TOKEN_PARTS.split(token) if part]
    if "_" in token:
        token = token.replace("_", "-")
    if "-" in token:
        return [part for part in token.split("-") if part]
    return [token] if token else []


def _shown_hidden(parts: list[str]) -> bool:
    """A "...-hidden" token (``parts``) that hides no element: a part of it, a closed panel,
    the view of a quick-add window."""
    return parts[-2] in _ELEMENT_PARTS | _PANEL_PARTS or parts[0] in _QUICK_VIEWS


def class_parts(node: LexborNode) -> set[str]:
    # ``attrs.get`` reads the one attribute; ``attributes`` builds a dict of them all on every
    # read (three times the cost), and gives the same value (None for a bare attribute).
    return {
        part for token in (node.attrs.get("class") or "").split() for part in token_parts(token)
    }


# A page that says it is a discussion (schema.org's DiscussionForumPosting in its JSON-LD) is
# a thread: its forum software may call every reply a comment ("comment-content",
# "comment-container"), and the replies are the page's text, not a comment section under a
# story. On such a page the comment words name no furniture; the rest of the element's names
# still do ("comment-share" stays share tools). On wcxb-dev only forum pages declare it.
# Half A forum 0.7123 -> 0.7139 (2 pages better, 1 worse: an Invision thread's "Posted ..."
# lines join), all types 0.86894 -> 0.86905; half B forum 0.8257 -> 0.8319 (2 better, none
# worse), all types 0.87642 -> 0.87695; articles and ScrapingHub unchanged (no page changed).
# Not a QAPage: a Q&A site's comments under its question and answers are comments, not the
# page's text (with QAPage read from microdata too: half A forum 0.7146 -> 0.7049, half B
# 0.8319 -> 0.8223, 7 Stack Exchange pages worse); nor DiscussionForumPosting as microdata
# (no page changes, a query more).
_COMMENT_WORDS: Final = frozenset({"comment", "comments", "commentlist"})
DISCUSSION_TYPES: Final = frozenset({"discussionforumposting"})


def without_comment_names(names: str) -> str:
    """``names`` (class and id) with the comment words taken out of each token: what is left
    says what the element is ("comment-share" is share tools, "comment-content" a post)."""
    kept = []
    for token in names.split():
        parts = [part for part in TOKEN_PARTS.split(token) if part]
        rest = [part for part in parts if part.lower() not in _COMMENT_WORDS]
        if rest:
            kept.append("-".join(rest))
    return " ".join(kept)


# Bootstrap's name for a card's text box under its image (see ``card_caption``).
CAPTION_CLASS: Final = "caption"


def without_caption_names(names: str) -> str:
    """``names`` (class and id) without the bare "caption" token ("caption center"): what is
    left says what a card's text box is."""
    return " ".join(token for token in names.split() if token.lower() != CAPTION_CLASS)


def without_caption_parts(names: str) -> str:
    """``names`` (class and id) with the "caption" part taken out of each token ("item-caption"
    -> "item"): what is left says what a box named for its place under a picture is."""
    kept = []
    for token in names.split():
        rest = [part for part in TOKEN_PARTS.split(token) if part and part.lower() != CAPTION_CLASS]
        if rest:
            kept.append("-".join(rest))
    return " ".join(kept)


def without_toc_names(names: str) -> str:
    """``names`` (class and id) without the tokens named for a table of contents ("toc-heading-3",
    "toc_faq"): what is left says what a section the table links to is."""
    return " ".join(
        token
        for token in names.split()
        if "toc" not in (part.lower() for part in TOKEN_PARTS.split(token))
    )
