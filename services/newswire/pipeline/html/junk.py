"""What the tree walk skips: elements that are never story text, by their tag (scripts,
forms, page chrome), their role, a hidden style or attribute, or a furniture name."""

from __future__ import annotations

import re
from collections.abc import Mapping

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.callouts import story_callout
from newswire.pipeline.html.controls import answers_question, question_button
from newswire.pipeline.html.layout_wrappers import (
    Holds,
    holds_the_story,
    names_verdict,
    numbered_slot,
)
from newswire.pipeline.html.names import (
    ARTICLE_BODY,
    MIN_ARTICLE_PARAGRAPHS,
    TOKEN_PARTS,
    Verdict,
)

# Never article text: code, embedded documents, form controls, and page chrome by its tag name.
DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "picture",
        "img",
        "button",
        "input",
        "select",
        "textarea",
        "option",
        "label",
        "nav",
        "aside",
        "footer",
        "header",
        "dialog",
        "menu",
        "figure",
        "figcaption",
        "head",
        "title",
        "link",
        "meta",
        "source",
        "track",
        "map",
        "area",
        "_comment",
    }
)
# Tags of DROP_TAGS whose elements may still be judged by their attributes: a <header> walked
# as a section of <main>, a <figure> that holds a table.
NAMED_DROP_TAGS = frozenset({"header", "figure"})
NO_ATTRIBUTES: Mapping[str, str | None] = {}
_JUNK_ROLES = frozenset(
    {
        "navigation",
        "complementary",
        "banner",
        "contentinfo",
        "dialog",
        "alert",
        # A modal asking for the reader's answer: OneTrust's cookie preference center.
        "alertdialog",
        "menu",
        "menubar",
        "search",
        "toolbar",
    }
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


# Page chrome by its tag name; but some layouts wrap the whole page in one of them (a theme's
# <aside class="announcement-banner"> around <main>, a <header> around the post): such an element
# holds the page's main content, which is never chrome. (Not any <article>: asides and footers
# hold related stories' cards as <article>s.)
_CHROME_TAGS = frozenset({"nav", "aside", "header", "footer"})
MAIN = "main, [role=main]"


# React's streamed server rendering sends each finished Suspense boundary as <div hidden
# id="S:0"> at the end of the body, for a script to move into place: on Next.js pages that is
# where the whole story is.
_STREAMED_SEGMENT = re.compile(r"S:\d+")
# A page hidden as a whole until its scripts and styles load (against a flash of unstyled
# content) holds the headline and the story; a hidden menu, modal or template does not.
# Asked of the walk's ``Holds`` (the same answer as a search of the element's subtree, from the
# queries of the whole walked tree that the consent rule makes too).
_REVEALED_PAGE = ("h1", MAIN, ARTICLE_BODY)


def _revealed_later(node: LexborNode, node_id: str | None, holds: Holds) -> bool:
    if node_id and _STREAMED_SEGMENT.fullmatch(node_id):
        return True
    return holds(node, *_REVEALED_PAGE) and len(node.css("p, br")) >= MIN_ARTICLE_PARAGRAPHS


# aria-hidden hides nothing from the eye, only from screen readers: on an icon, a carousel's
# cloned slides or an off-screen menu it marks a copy or a decoration, but a page's script
# sets it on the page's main landmark (or a wrapper around it) while a modal or a consent
# dialog is open, so that a screen reader reads the dialog alone; the page behind is what a
# reader sees once the dialog is closed (the consent rule drops the dialog). So an element
# that is or holds <main> / role="main" is shown despite aria-hidden, unless that landmark
# lies in a dialog inside it: a closed modal (micromodal's) hidden with a <main> of its own.
# (Not "holds no dialog": the landmark of a shop's page holds its closed lightboxes.)
_MODAL_ROLES = frozenset({"dialog", "alertdialog"})


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
_PANEL_ROLES = frozenset({"tabpanel", "region"})
_PANEL_PARTS = frozenset(
    {"tab", "tabs", "tabpanel", "pane", "panel", "accordion", "collapse", "collapsible", "faq"}
)
# Each word of _PANEL_PARTS holds one of these.
_PANEL_STEMS = ("tab", "pane", "accordion", "collaps", "faq")


def _shown_on_demand(attrs: Mapping[str, str | None], holds: Holds) -> bool:
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
def _disclosed(attrs: Mapping[str, str | None], holds: Holds) -> bool:
    node_id = attrs.get("id")
    return bool(node_id) and node_id in holds.controlled()


# A cookie-consent banner: a box pinned over the page (position: fixed, Tailwind's "fixed") or
# an element named for consent, whose text is about cookies (a preference center is an
# "alertdialog", a junk role). Never the page's content, and dropped even when the walk is
# retried without the name rules (a shop's or forum's page whose container is the whole
# <body> walks it then).
# Not "cmp": Adobe's core components call every block "cmp-*" (a service page's cards).
# Half A all types 0.8719 -> 0.8727 (4 pages better: a listing +0.61, a forum's OneTrust
# preference center gone +0.21; 2 worse: a shop's pages whose only text was the banner, now
# no_content), half B, articles and ScrapingHub unchanged (no page changed).
_CONSENT_NAMES = re.compile(r"cookie|consent|gdpr|onetrust|privacy-?banner", re.IGNORECASE)
_FIXED_STYLE = re.compile(r"position\s*:\s*fixed", re.IGNORECASE)
_BANNER_MAX_CHARS = 1500  # a pinned box longer than this is a page laid out in a fixed frame


def _consent_banner(
    node: LexborNode, names: str, style: str | None, holds: Holds, *, by_name: bool
) -> bool:
    # Asked of every element with attributes: substring tests before any split or regex
    # (``is_junk`` asks the first ones itself, before the call: nearly every element fails them).
    pinned = ("fixed" in names and "fixed" in names.split()) or bool(
        style and "fixed" in style and _FIXED_STYLE.search(style)
    )
    # The walk that reads names drops consent-named elements by name already (NEGATIVE_WORDS).
    named = not by_name and _CONSENT_NAMES.search(names) is not None
    if not (pinned or named) or holds(node, "h1", MAIN, ARTICLE_BODY):
        return False
    text = node.text(deep=True)
    if not named and len(text) > _BANNER_MAX_CHARS:
        return False
    return "cookie" in text.lower()


# Block editors put a story's data table in a <figure> (WordPress's "wp-block-table"): a
# ranking or a schedule is text, not an image, so such a figure is walked like any element
# (its <figcaption> still dropped). So is a quote in a <figure> (the HTML spec's markup for a
# quote with its attribution in the caption, block editors' "wp-block-pullquote", a design
# system's Quote component): an expert's words in a roundup, a customer's in a review page,
# text the page gives to be read. Half A articles 0.96409 -> 0.96442 (1 page better, +0.14),
# all types 0.871869 -> 0.871871 (a service page's testimonials -0.14); half B articles
# 0.95624 -> 0.95625 (3 better, 2 worse by <= 0.05), all types 0.87936 -> 0.88077 (a reviews
# page +0.94, a service page +0.06); ScrapingHub unchanged (0.9864). (Their <figcaption> too,
# the quote's attribution: half B articles -0.00002, nothing gained elsewhere.)
_TEXT_FIGURE = ("table", "blockquote")


# A counter that the page marks up for search engines with schema.org's microdata: a Q&A
# site's vote count beside each question and answer (itemprop="upvoteCount"), a thread's
# "answerCount" or "commentCount", a product's "reviewCount". A number of votes or replies
# on a line of its own, never the page's text; the property names it whatever the site's
# classes are (Stack Exchange's 180 sites, forum and shop engines that mark up their pages).
# (A QAPage is no discussion page, see names.DISCUSSION_TYPES: its bare numbers stay.) Half A
# all types 0.87515 -> 0.87517 (forum +0.0002, product +0.0001; 4 pages better, a forum
# -0.002), half B 0.88297 -> 0.88298 (3 better, none worse); articles and ScrapingHub unchanged.
_COUNTER_PROPERTIES = frozenset(
    {
        "upvotecount",
        "downvotecount",
        "answercount",
        "commentcount",
        "reviewcount",
        "ratingcount",
        "interactioncount",
        "userinteractioncount",
    }
)


def _counter_property(itemprop: str | None) -> bool:
    return itemprop is not None and itemprop.lower() in _COUNTER_PROPERTIES


# A poster's default avatar: where they set no picture, forum software (XenForo, NodeBB,
# Discourse) draws the initial of their name in a coloured circle, a letter as text over each
# of their posts ("J"), never a word of the thread. Only the initials: an "avatar" box that
# holds a name and a title (a service page's testimonial) is text. ("vatar": "avatar" and
# camelCase "userAvatar" alike, without lower-casing every element's names.) Half A forum
# 0.72836 -> 0.72857 (6 pages better), half B forum 0.84259 -> 0.84358 (8 better), none worse on
# any page type; ScrapingHub unchanged. (As a furniture name: a service page -0.011, its
# testimonials' names and titles sit in "avatar" boxes.)
_AVATAR_INITIALS = 3


def _default_avatar(node: LexborNode, names: str) -> bool:
    return "vatar" in names and len(node.text(deep=True).strip()) <= _AVATAR_INITIALS


_PAGE_ROOTS = frozenset({"body", "html", "main"})


# phpBB's post (its "postbody") opens with the post's subject and a line named "author": "by
# galitsyn » 11. Sep 2024, 18:36". In a thread every post has one, and the poster and the time
# over each post are the thread's text as a reader follows it (the ground truth keeps them, as
# it keeps XenForo's names over each post); a story's byline is in no "postbody". Half A
# forum 0.72883 -> 0.72965 (1 page +0.044, 1 -0.001), half B forum 0.84354 -> 0.84434 (1
# +0.050, 1 -0.002); other types, metadata and ScrapingHub unchanged.
_POST_BODIES = frozenset({"postbody"})
_POST_BODY_DEPTH = 2


def _post_header(node: LexborNode, tag: str, names: str) -> bool:
    if tag != "p" or names.split() != ["author"]:
        return False
    # Its post's "postbody" is its parent, or the parent of the post's content box.
    parent = node.parent
    for _ in range(_POST_BODY_DEPTH):
        if parent is None:
            return False
        if not _POST_BODIES.isdisjoint((parent.attrs.get("class") or "").lower().split()):
            return True
        parent = parent.parent
    return False


def may_hide(attrs: Mapping[str, str | None]) -> bool:
    """Whether ``is_junk`` may judge the element hidden (a ``hidden`` attribute,
    ``aria-hidden="true"``, a hiding style): where no element of a walk may, the same walk
    into hidden elements is the walk again (see ``body_text``)."""
    style = attrs.get("style")
    return (
        "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
        or bool(style and _HIDDEN_STYLE.search(style))
    )


# Measured (session 26) on wcxb-dev articles: hidden elements inside the story's region that
# this drops hold truth text on one page (half A 0 words, half B 78), against ~8.5k / 7.3k
# words of hidden text (aria-hidden slides, styled-off boxes) that the truths leave out.
def _hidden_for_good(
    node: LexborNode, attrs: Mapping[str, str | None], style: str | None, holds: Holds
) -> bool:
    """The markup hides the element (``hidden``, ``aria-hidden`` outside a modal, a hiding
    style) and no control on the page shows it on demand."""
    return bool(
        (
            "hidden" in attrs
            or (attrs.get("aria-hidden") == "true" and not _behind_a_modal(node, holds))
            or (style and _HIDDEN_STYLE.search(style))
        )
        and not _shown_on_demand(attrs, holds)
        and not answers_question(node)
    )


def _walked_all_the_same(node: LexborNode, tag: str, holds: Holds) -> bool:
    """An element of a tag dropped by its name (DROP_TAGS) that holds the page's text: a
    <figure> of a table or a quote, an accordion's question <button>."""
    return (tag == "figure" and holds(node, *_TEXT_FIGURE)) or (
        tag == "button" and question_button(node)
    )


def is_junk(  # noqa: PLR0911 - a decision list: each kind of furniture answers on its own
    node: LexborNode,
    tag: str,
    attrs: Mapping[str, str | None],
    holds: Holds,
    *,
    by_name: bool,
    noscript: bool,
    hidden: bool,
    discussion: bool = False,
) -> bool:
    """``attrs``: the element's attributes, read once per element by the walk;
    ``discussion``: the page says it is a discussion (see ``comment_named_post``)."""
    # A <figure> of text, not of an image, is walked (see _TEXT_FIGURE), as is an FAQ's question.
    if tag in DROP_TAGS and not _walked_all_the_same(node, tag, holds):
        if tag in _CHROME_TAGS:
            # Site builders (Webflow's "section_*" headers) also use <header> for a section
            # of the page, the story's included: a page's masthead never holds five paragraphs.
            return not holds(node, MAIN, ARTICLE_BODY) and not (
                (tag == "header" and len(node.css("p")) >= MIN_ARTICLE_PARAGRAPHS)
                or (tag == "aside" and story_callout(node))
            )
        # A script-built page (Discourse's forum threads, some shops) serves its text to
        # crawlers and readers without JavaScript inside <noscript>.
        return not (noscript and tag == "noscript")
    if not attrs:
        return False
    style = attrs.get("style")
    if not hidden and _hidden_for_good(node, attrs, style, holds):
        return not _revealed_later(node, attrs.get("id"), holds)
    role = attrs.get("role")
    if (role and role.lower() in _JUNK_ROLES) or _counter_property(attrs.get("itemprop")):
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    pinned_or_named = "fixed" in names or (style and "fixed" in style) or not by_name
    if pinned_or_named and _consent_banner(node, names, style, holds, by_name=by_name):
        return True
    if not by_name or len(names) < 2 or tag in _PAGE_ROOTS:
        return False
    verdict = names_verdict(node, tag, attrs, names, holds, discussion=discussion)
    if verdict is Verdict.NEGATIVE:
        # Some themes wrap the whole page in a "body_overlay" or the post in a "widget": a
        # node that holds the marked-up article body is not boilerplate, whatever its name.
        return (
            not holds(node, ARTICLE_BODY)
            and not holds_the_story(node, names, holds)
            and not _post_header(node, tag, names)
        )
    # A default avatar (its initials alone) is furniture whatever its name says.
    return _default_avatar(node, names) or (
        verdict is Verdict.WEAK
        and len(node.css("p, br")) < MIN_ARTICLE_PARAGRAPHS
        and not holds(node, ARTICLE_BODY)
        and not numbered_slot(names)
    )
