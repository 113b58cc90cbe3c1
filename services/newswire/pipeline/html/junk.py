"""What the tree walk skips: elements that are never story text, by their tag (scripts,
forms, page chrome), their role, a hidden style or attribute (which: hidden.py), or a furniture name."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.aria_roles import JUNK_ROLES, junk_script_role
from newswire.pipeline.html.callouts import story_callout
from newswire.pipeline.html.component_names import (
    COMPONENT_ATTRIBUTES,
    COMPONENT_KEYS,
    with_component_names,
)
from newswire.pipeline.html.consent_names import consent_named
from newswire.pipeline.html.controls import heading_button, question_button
from newswire.pipeline.html.hidden import hidden_for_good, revealed_later
from newswire.pipeline.html.hiding_classes import media_card_copy, mobile_twin
from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.item_datelines import item_dateline
from newswire.pipeline.html.layout_wrappers import (
    holds_the_story,
    landing_section,
    names_verdict,
    numbered_slot,
)
from newswire.pipeline.html.named_sections import menu_section
from newswire.pipeline.html.names import (
    ARTICLE_BODY,
    MAIN,
    MIN_ARTICLE_PARAGRAPHS,
    Verdict,
)
from newswire.pipeline.html.plain_names import name_verdict
from newswire.pipeline.html.priced_cards import priced_card
from newswire.pipeline.html.qa_comments import qa_comment
from newswire.pipeline.html.sales_boxes import cta_in, sales_box
from newswire.pipeline.html.screen_reader import hidden_to_every_walk, unseen_reading
from newswire.pipeline.html.sentence_links import opens_from_sentence, without_openers
from newswire.pipeline.html.series_headers import series_part_header
from newswire.pipeline.html.slot_series import story_slot
from newswire.pipeline.html.unclosed_landmarks import around_the_page

# Never article text: code, embedded documents, form controls, and page chrome by its tag name.
DROP_TAGS: Final = frozenset(
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
# DROP_TAGS still judged by their attributes: a <header> walked in <main>, a <figure> of a table.
NAMED_DROP_TAGS: Final = frozenset({"header", "figure"})
# A dict, as the walk's attributes are: compiled, read without method calls. Never written.
NO_ATTRIBUTES: Final[dict[str, str | None]] = {}


# Page chrome by its tag name; but some layouts wrap the whole page in one of them (a theme's
# <aside class="announcement-banner"> around <main>, a <header> around the post): such an element
# holds the page's main content, which is never chrome. (Not any <article>: asides and footers
# hold related stories' cards as <article>s.)
_CHROME_TAGS: Final = frozenset({"nav", "aside", "header", "footer"})
# The tags ``is_junk`` judges by the tag alone (all dropped but a <noscript> on the walk into
# it): the walk answers for these without asking (most dropped elements: images, scripts, icons).
TAG_ONLY_DROPS: Final = DROP_TAGS - NAMED_DROP_TAGS - _CHROME_TAGS - {"button"}


# A cookie-consent banner: a box pinned over the page (position: fixed, Tailwind's "fixed") or
# an element named for consent, whose text is about cookies (a preference center is an
# "alertdialog", a junk role). Never the page's content, and dropped even when the walk is
# retried without the name rules (a shop's or forum's page whose container is the whole
# <body> walks it then). Not "cmp" (``consent_names``): Adobe's components are all "cmp-*".
# Half A all types 0.8719 -> 0.8727 (4 pages better: a listing +0.61, a forum's OneTrust
# preference center gone +0.21; 2 worse: a shop's pages whose only text was the banner, now
# no_content), half B, articles and ScrapingHub unchanged (no page changed).
_FIXED_STYLE: Final = re.compile(r"position\s*:\s*fixed", re.IGNORECASE)
_BANNER_MAX_CHARS: Final = 1500  # a pinned box longer than this is a page laid out in a fixed frame


def _consent_banner(
    node: LexborNode, names: str, style: str | None, holds: Holds, *, by_name: bool
) -> bool:
    # Asked of every element with attributes: substring tests before any split or regex
    # (``is_junk`` asks the first ones itself, before the call: nearly every element fails them).
    pinned = ("fixed" in names and "fixed" in names.split()) or bool(
        style and "fixed" in style and _FIXED_STYLE.search(style)
    )
    # The walk that reads names drops consent-named elements by name already (NEGATIVE_WORDS).
    named = not by_name and consent_named(names)
    if not (pinned or named) or holds(node, "h1", MAIN, ARTICLE_BODY):
        return False
    text = node.text(deep=True)
    if not named and len(text) > _BANNER_MAX_CHARS:
        return False
    return "cookie" in text.lower()


# A short box pinned over the page that is not about cookies is the site's bar all the same:
# a sticky masthead's "Get the app / Log In", a chat button, a promo strip; pinned, it scrolls
# with the reader over the page's text and is never part of it. A site without <header> or
# <nav> (or whose bar's names say nothing) keeps its bar in plain <div>s, and a page whose
# story is short (a thread's title, a teaser) gave the bar as its text. Only on the walk that
# reads names (a class "fixed" is a name; the walk without them keeps such boxes, as a page
# pinned whole may be shorter than this bound), and never a box with the headline, the
# page's main region or its article body. The class "fixed" pins only beside a placement
# utility ("top-0", "bottom-4", "inset-0"): a theme that names its fixed-width sections
# "fixed" (a shop's homepage, every section) pins nothing (without that, half A as is -0.026
# on that page). As is, half A all types 0.882644 -> 0.882661 (3 pages better: a parts shop's
# pinned bar), half B 0.890067 -> 0.890088 (2 better), none worse, articles and ScrapingHub
# unchanged; sectioning tags renamed <div>, half B all types 0.87844 -> 0.87916 (a thread
# whose post is its title: 0.07 -> 0.54), half A +0.00003.
_PLACED: Final = re.compile(r"(?:top|bottom|inset)-")


def _pinned_box(
    node: LexborNode, tag: str, names: str, style: str | None, holds: Holds, *, by_name: bool
) -> bool:
    """A consent banner, or (on the walk that reads names) the site's pinned bar."""
    return _consent_banner(node, names, style, holds, by_name=by_name) or (
        by_name and tag not in _PAGE_ROOTS and _pinned_bar(node, names, style, holds)
    )


def _pinned_bar(node: LexborNode, names: str, style: str | None, holds: Holds) -> bool:
    tokens = names.split()
    pinned = ("fixed" in tokens and any(map(_PLACED.match, tokens))) or bool(
        style and "fixed" in style and _FIXED_STYLE.search(style)
    )
    if not pinned or holds(node, "h1", MAIN, ARTICLE_BODY):
        return False
    return len(node.text(deep=True)) <= _BANNER_MAX_CHARS


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
# So is a code listing in a <figure> (the HTML spec's own example of a figure: a book's
# numbered "Listing 4-2", a documentation generator's code frame with its file name): the
# commands and code a tutorial gives to be read and typed. Half A documentation 0.9327 ->
# 0.9337 (all types 0.887799 -> 0.887869; 2 pages better, 1 worse by 0.011), half B
# documentation 0.9312 -> 0.9329 (all types 0.898725 -> 0.898809; 1 better, none worse); articles
# and ScrapingHub unchanged. One selector list, asked of each figure's own subtree
# (``Holds.within``): a page's figures are few and small beside the whole tree.
_TEXT_FIGURE: Final = "table, blockquote, pre"


# A counter that the page marks up for search engines with schema.org's microdata: a Q&A
# site's vote count beside each question and answer (itemprop="upvoteCount"), a thread's
# "answerCount" or "commentCount", a product's "reviewCount". A number of votes or replies
# on a line of its own, never the page's text; the property names it whatever the site's
# classes are (Stack Exchange's 180 sites, forum and shop engines that mark up their pages).
# (A QAPage is no discussion page, see names.DISCUSSION_TYPES: its bare numbers stay.) Half A
# all types 0.87515 -> 0.87517 (forum +0.0002, product +0.0001; 4 pages better, a forum
# -0.002), half B 0.88297 -> 0.88298 (3 better, none worse); articles and ScrapingHub unchanged.
_COUNTER_PROPERTIES: Final = frozenset(
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
_AVATAR_INITIALS: Final = 3


def _default_avatar(node: LexborNode, names: str) -> bool:
    return "vatar" in names and len(node.text(deep=True).strip()) <= _AVATAR_INITIALS


_PAGE_ROOTS: Final = frozenset({"body", "html", "main"})


# phpBB's post (its "postbody") opens with the post's subject and a line named "author": "by
# galitsyn » 11. Sep 2024, 18:36". In a thread every post has one, and the poster and the time
# over each post are the thread's text as a reader follows it (the ground truth keeps them, as
# it keeps XenForo's names over each post); a story's byline is in no "postbody". Half A
# forum 0.72883 -> 0.72965 (1 page +0.044, 1 -0.001), half B forum 0.84354 -> 0.84434 (1
# +0.050, 1 -0.002); other types, metadata and ScrapingHub unchanged.
_POST_BODIES: Final = frozenset({"postbody"})
_POST_BODY_DEPTH: Final = 2


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


def _page_text(node: LexborNode, tag: str, names: str, holds: Holds, *, story_page: bool) -> bool:
    """A furniture-named element that is the page's text: a post's header line, a tabs menu
    holding its panels (on a page declaring no story), a sentence's phrase named for the box
    it opens and for no furniture besides (``sentence_links``)."""
    return (
        _post_header(node, tag, names)
        or (not story_page and menu_section(node, names, holds))
        or (
            opens_from_sentence(node, tag, names)
            and name_verdict(without_openers(names)) is not Verdict.NEGATIVE
        )
    )


def _walked_all_the_same(node: LexborNode, tag: str, holds: Holds, *, story_page: bool) -> bool:
    """An element of a tag dropped by its name (DROP_TAGS) that holds the page's text: a
    <figure> of a table or a quote, a shop grid's card on a page declaring no story
    (``priced_card``; a gift guide's product photos stay photos), an accordion's question
    <button> or its header's (``heading_button``)."""
    if tag == "figure":
        return holds.within(node, _TEXT_FIGURE) or (not story_page and priced_card(node))
    return tag == "button" and (question_button(node) or heading_button(node))


# Every attribute ``is_junk`` reads of an element it does not judge by its tag alone: an
# element with none of them (a link's bare href, a cell's colspan: most elements with
# attributes) is never furniture but by its tag, and answers without the rules' steps.
JUDGED_ATTRIBUTES: Final = frozenset(
    {"style", "hidden", "aria-hidden", "role", "itemprop", "class", "id", *COMPONENT_ATTRIBUTES}
    | {"data-role"}  # a script's hook: see ``aria_roles.junk_script_role``
)
# The attributes besides class and id that ``is_junk`` reads: an element with none of them
# (most of a page's elements that have attributes: a class, an id, a link's href) is judged by
# its names alone, and on the walk that reads names its answer often needs nothing else
# (``plain_names.kept_by_names``).
NAMES_ONLY: Final = JUDGED_ATTRIBUTES - {"class", "id"}


def _dropped_by_tag(node: LexborNode, tag: str, holds: Holds, *, noscript: bool) -> bool:
    """Whether an element of a tag of DROP_TAGS (not walked all the same) is dropped."""
    if tag in _CHROME_TAGS:
        # Site builders (Webflow's "section_*" headers) also use <header> for a section
        # of the page, the story's included: a page's masthead never holds five paragraphs.
        return not holds(node, MAIN, ARTICLE_BODY) and not (
            (tag == "header" and holds.holds_paragraphs(node, MIN_ARTICLE_PARAGRAPHS))
            or (tag == "aside" and story_callout(node))
            or (tag == "header" and series_part_header(node))
        )
    # A script-built page (Discourse's threads, some shops) serves its text in <noscript>.
    return not (noscript and tag == "noscript")


def is_junk(  # noqa: PLR0911 - a decision list: each kind of furniture answers on its own
    node: LexborNode,
    tag: str,
    attrs: dict[str, str | None],
    holds: Holds,
    *,
    by_name: bool,
    noscript: bool,
    hidden: bool,
    discussion: bool = False,
    story_page: bool = False,
) -> bool:
    """``attrs``: the element's attributes, read once per element by the walk;
    ``discussion``: the page says it is a discussion (see ``comment_named_post``);
    ``story_page``: its head says it is one story (see ``landing_section``)."""
    # A <figure> of text, not of an image, is walked (see _TEXT_FIGURE), as is an FAQ's question.
    if tag in DROP_TAGS and not _walked_all_the_same(node, tag, holds, story_page=story_page):
        return _dropped_by_tag(node, tag, holds, noscript=noscript) and not (
            # A listing's card closes on a <footer> of its byline and date: the item's own
            # line, as its named date lines are (see ``item_datelines``).
            tag == "footer" and not discussion and item_dateline(node, tag, holds, story_page)
        )
    if not any(key in JUDGED_ATTRIBUTES for key in attrs):  # see ``walk._names_only``
        return False
    style = attrs.get("style")
    # Most elements carry none of the attributes that may hide them: not asked.
    hiding = style or "hidden" in attrs or "aria-hidden" in attrs
    if hiding and not hidden and hidden_for_good(node, attrs, style, holds):
        return not revealed_later(node, attrs.get("id"), holds)
    role, itemprop = attrs.get("role"), attrs.get("itemprop")  # most elements have neither
    if junk_script_role(attrs.get("data-role")):
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    if (role and role.lower() in JUNK_ROLES) or (
        itemprop and (_counter_property(itemprop) or qa_comment(node, itemprop))
    ):
        return not (role and around_the_page(node, role.lower(), names, holds))
    pinned_or_named = "fixed" in names or (style and "fixed" in style) or not by_name
    if pinned_or_named and _pinned_box(node, tag, names, style, holds, by_name=by_name):
        return True
    if not by_name or tag in _PAGE_ROOTS:  # some classes hide an element from any walk
        return not by_name and hidden_to_every_walk(node, attrs.get("class") or "")
    if "-" in tag or not COMPONENT_KEYS.isdisjoint(attrs):  # a custom tag: see component_names
        names = with_component_names(names, attrs, tag)
    if len(names) < 2:
        return False
    verdict = name_verdict(names)  # most are not negative, which names_verdict reads again
    if verdict is Verdict.NEGATIVE:
        verdict = names_verdict(node, tag, attrs, names, holds, discussion=discussion)
    if verdict is Verdict.NEGATIVE:
        # Some themes wrap the whole page in a "body_overlay" or the post in a "widget": a
        # node that holds the marked-up article body is not boilerplate, whatever its name.
        return (
            not holds(node, ARTICLE_BODY)
            and not holds_the_story(node, names, holds)
            and not _page_text(node, tag, names, holds, story_page=story_page)
            # A listing's item cards keep their date lines (see ``item_datelines``).
            and (discussion or not item_dateline(node, names, holds, story_page))
        )
    return _box_by_name(node, names, verdict, holds, story_page=story_page)


def _box_by_name(
    node: LexborNode, names: str, verdict: Verdict, holds: Holds, *, story_page: bool
) -> bool:
    """A box that its names (``names``, judged ``verdict``, not furniture) and what it holds
    make furniture: a weak-named widget, a default avatar, a call to action's pitch."""
    if cta_in(names) and sales_box(node, names, holds):
        return True  # a call to action's pitch among the story's paragraphs (sales_boxes)
    if ("card__info" in names and media_card_copy(node, names)) or (
        "obile" in names and mobile_twin(node)
    ):
        return True  # a copy its stylesheet hides: a card's name, a block's (hiding_classes)
    if unseen_reading(node, names.strip()):
        return True  # a price's label or a card's fields for screen readers (screen_reader)
    # A default avatar (its initials alone) is furniture whatever its name says.
    return ("vatar" in names and _default_avatar(node, names)) or (
        verdict is Verdict.WEAK
        and holds.lines_in(node) < MIN_ARTICLE_PARAGRAPHS
        and not holds(node, ARTICLE_BODY)
        and not (numbered_slot(names) or (not story_page and landing_section(node, names, holds)))
        and not story_slot(node, names)
    )
