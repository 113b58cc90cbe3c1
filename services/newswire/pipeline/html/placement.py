"""Where on the page an element sits: in the story, or elsewhere (another story's teaser, a
sidebar, comments, a customer review, the page's footer). A date or a name found elsewhere is
not the story's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.meta_boxes import headline_meta_box
from newswire.pipeline.html.names import TOKEN_PARTS, class_parts, token_parts
from newswire.pipeline.html.story_footer import closes_story

# Ancestors' class/id parts that hold other stories or page furniture: their dates are another
# story's (a related list, a sidebar's "latest"), a comment's, or the footer's copyright.
# "widget" is not one: HubSpot's and Blogger's main column is a widget ("widget-span
# widget-type-blog_content", "widget Blog"), while a sidebar's widget says what it lists
# ("widget_recent_entries") or sits in an <aside> (dates right on wcxb-dev's articles: +2 on
# half A, none lost on either half).
_ELSEWHERE_PARTS: Final = frozenset(
    {
        "related",
        "recommended",
        "recirculation",
        "sidebar",
        "aside",
        "footer",
        "comment",
        "comments",
        "popular",
        "trending",
        "latest",
        "recent",
        "more",
        "next",
        "prev",
        "previous",
        "teaser",
        "card",
        "list",
        "feed",
        "nav",
        "menu",
    }
)
_ELSEWHERE_TAGS: Final = frozenset({"aside", "footer", "nav"})
# Layout words that also name the story's own column ("sno-story-page … template-sidebar",
# "single-post-sidebar") or its own footer ("entry-footer", "article-template-footer-main":
# the story's date, tags and author after its text): they say elsewhere only in a class that
# does not name the story.
_LAYOUT_PARTS: Final = frozenset({"sidebar", "aside", "card", "list", "footer"})
_STORY_PARTS: Final = frozenset({"story", "post", "article", "entry", "single"})
_ANCESTORS_CHECKED: Final = 8
# A class token naming the story's page template ("article-page", Shopify's
# "shopify-section--article-template", "post-template"): what is inside it is the story's page,
# whatever the layout says around it (Shopify's theme puts the whole template in a section
# "under-menu", which read as a menu). The walk up stops there; a related list or a sidebar
# inside the template is met below it first.
_STORY_TEMPLATE: Final = re.compile(
    r"(?:^|[-_])(?:article|post|story|entry)[-_]+(?:page|template)(?:$|[-_])"
)


def _named_parts(names: str) -> set[str]:
    """``class_parts`` of the class ``names`` without utility classes that carry a variant or an
    arbitrary value (Tailwind's ``lg:pr-[--sidebar-width]`` names a width, not a sidebar), and
    without a word a negation names as absent (XenForo 1's ``mainContainer_noSidebar``,
    "layout-no-sidebars", "hide-sidebar": the page's own column on a layout without a sidebar)."""
    tokens = [
        token
        for token in names.split()
        if ":" not in token and "[" not in token and not _HOLDS.match(token)
    ]
    parts = {part for token in tokens for part in token_parts(token)}
    # A negation is rare: the walk word by word only then (``elsewhere`` asks every ancestor).
    return parts if not parts & _NEGATIONS else _without_negated(tokens)


def _without_negated(tokens: list[str]) -> set[str]:
    out: set[str] = set()
    for token in tokens:
        negated = False
        for part in TOKEN_PARTS.split(token):
            word = part.lower()
            if word and not negated:
                out.add(word)
            negated = word in _NEGATIONS
    return out


# A modifier token saying what the element holds or how it is drawn, not what it is: a
# theme's meta row under the headline ("meta-item has-next-icon date-modified", an icon before
# the next item) or a layout holding a sidebar ("site has-sidebar") is the story's own.
_HOLDS: Final = re.compile(r"has[-_]", re.IGNORECASE)
# Words of a class token that name the next one as absent ("no-sidebar", "noSidebar"), or as
# something beside the element rather than the element itself: a page template that holds a
# sidebar ("full-width-template-with-sidebar", as "has-sidebar" does as a token of its own) or a
# main column pushed below the fixed navigation bar ("offset-nav"). Where a page has no
# <article> or <main> to stop the walk up (semantic tags turned to <div>), the story's own
# header and date sit inside such a layout. On wcxb-dev's articles with those tags as <div>:
# date right A +1, B +1 (one page each), none lost; as they are, no page changes.
_NEGATIONS: Final = frozenset({"no", "without", "hide", "with", "offset"})


def _storys_own(node: LexborNode, parts: set[str]) -> bool:
    """An <aside> or <footer> that belongs to the story, not to the page: one named for it
    (``<aside class="article-aside">``, WordPress's ``<footer class="entry-footer">`` holding
    "Posted on …"), or an unnamed one set directly in the story's <article> (``<article><aside>
    <time>June 6, 2021</time></aside><h2>…``): the story's date and tags, not another story's;
    or a footer whose names say nothing it knows, closing the story's <article> (see
    ``story_footer``)."""
    if node.tag == "nav":
        return False
    if parts & _STORY_PARTS:
        return True
    parent = node.parent
    if not parts and parent is not None and parent.tag == "article":
        return True
    if node.tag == "footer":
        return closes_story(node)
    return node.tag == "aside" and headline_meta_box(node)


def _story_template(names: str) -> bool:
    """Whether a token of ``names`` (an element's class) names the story's page template, and
    nothing else of the page ("article-page__related" names a related list)."""
    lowered = names.lower()
    # Any such class holds the pattern's last word; most hold neither (asked of each ancestor).
    if "page" not in lowered and "template" not in lowered:
        return False
    for token in lowered.split():
        if _STORY_TEMPLATE.search(token) and _ELSEWHERE_PARTS.isdisjoint(token_parts(token)):
            return True
    return False


def _main_column(node: LexborNode) -> bool:
    """Whether a class token of ``node`` names the page's main column and no layout part: on a
    layout with a sidebar ("main ts-contain right-sidebar") the sidebar is beside that column,
    the story's header and date inside it; "mainSidebar" names a sidebar."""
    for token in (node.attrs.get("class") or "").split():
        words = {part.lower() for part in TOKEN_PARTS.split(token) if part}
        if "main" in words and not words & _ELSEWHERE_PARTS:
            return True
    return False


# The words of an <article>'s class token that, beside a story's word in the same token, make
# it another story's teaser in a grid ("<article class="brbl-post-card">" under the story, its
# date that story's): a story is never shown as a card of itself. A card alone ("ThreadView
# Card") is a design system's box, which may hold the story.
_TEASER_PARTS: Final = frozenset({"card", "teaser"})


def _teaser_card(node: LexborNode) -> bool:
    for token in (node.attrs.get("class") or "").split():
        words = {part.lower() for part in TOKEN_PARTS.split(token) if part}
        if words & _TEASER_PARTS and words & _STORY_PARTS:
            return True
    return False


def elsewhere(node: LexborNode) -> bool:
    """Whether the element sits in another story's teaser, a sidebar, comments or the footer."""
    parent = node.parent
    for _ in range(_ANCESTORS_CHECKED):
        # The tag and class read once (each read builds a string). "-document": the parent of an
        # <html> that is itself named like an author box; the document node has no attributes.
        tag = parent.tag if parent is not None else None
        if tag == "article" and parent is not None and _teaser_card(parent):
            return True
        if parent is None or tag in {"body", "html", "article", "main", "-document"}:
            return False
        names = parent.attrs.get("class") or ""
        if _story_template(names):
            return False
        parts = _named_parts(names)
        found = parts & _ELSEWHERE_PARTS
        if found and found <= _LAYOUT_PARTS and (parts & _STORY_PARTS or _main_column(parent)):
            found = set()
        if tag in _ELSEWHERE_TAGS and not _storys_own(parent, parts):
            return True
        if found:
            return True
        parent = parent.parent
    return False


# A class or id naming a comment thread ("comments", "jcomments-latest", "CommentsItem-root"),
# not a story's commentary.
_COMMENTS: Final = re.compile(r"comment(?!ary)", re.IGNORECASE)
_ANCESTORS_FOR_COMMENTS: Final = 12


#: Where a walk up from a byline stops: the page's top holds every element, so it tells nothing;
#: "-document", the parent of an <html> that is itself named like a byline, has no attributes.
PAGE_TOP: Final = frozenset({"body", "html", "-document"})


def up_to(node: LexborNode | None, limit: int, test: Callable[[LexborNode], bool]) -> bool:
    """Whether ``node`` or one of its ancestors, ``limit`` elements in all and below <body>,
    passes ``test``: the one walk of the byline placement checks here and in
    ``author_elements``."""
    for _ in range(limit):
        if node is None or node.tag in PAGE_TOP:
            return False
        if test(node):
            return True
        node = node.parent
    return False


def _names(node: LexborNode) -> str:
    # ``attrs.get`` reads one attribute; ``attributes`` built a dict of all, twice.
    attrs = node.attrs
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}"


def in_comments(node: LexborNode) -> bool:
    """Whether a byline element is a commenter's: its author class names the poster of a
    comment, never the story's writer. (Only comments: a sidebar or a layout column may hold
    the story's own author list.)"""
    return up_to(node, _ANCESTORS_FOR_COMMENTS, lambda up: bool(_COMMENTS.search(_names(up))))


# A class or id naming a list of other stories ("related_posts", "related-item", "yarpp-
# related", "recommended-articles"): each teaser's author link names that story's writer.
_OTHER_STORIES: Final = re.compile(r"related|recommend|recirculation|trending", re.IGNORECASE)


def in_other_stories(node: LexborNode) -> bool:
    """Whether an author link sits in another story's teaser, in a list of related or
    recommended stories under or beside the story ("<div id="related_posts"><div
    class="related-item"> … <a href="/author/greg/">Greg Knighton</a>"): that story's
    writer, not this one's; so is a byline element there. On wcxb-dev's articles: author
    right +1 on half B, none lost or invented on either half; all page types: one author
    fewer invented on half B (a service page)."""
    return up_to(
        node.parent, _ANCESTORS_FOR_COMMENTS, lambda up: bool(_OTHER_STORIES.search(_names(up)))
    )


# Class parts naming a customer's review or a testimonial, and the quotation that sets one:
# the byline of a review card ("review-card__author", "jdgm-rev__author", "stamped-review" >
# "author") or a testimonial ("testimonial__content" > "author-details") names who wrote the
# review or said the quote, never the page's writer. On wcxb-dev (all page types): authors
# invented on half A 38 -> 36, half B 33 -> 25 (product, service and collection pages), author
# right +1 on B (a shop's page no longer signed by its reviewers); no article changed.
_REVIEW_PARTS: Final = frozenset({"review", "reviews", "rev", "testimonial", "testimonials"})


def in_reviews(node: LexborNode) -> bool:
    """Whether a byline element or an author link sits in a customer review or a testimonial
    (an element named for one, or a ``<blockquote>``), walking up as far as for comments."""
    return up_to(
        node,
        _ANCESTORS_FOR_COMMENTS,
        lambda up: up.tag == "blockquote" or bool(class_parts(up) & _REVIEW_PARTS),
    )


# A row of a list of items (see in_rows): its text beside the byline is an item's (a title, an
# abstract's first words, a book's rating line), not a story's; a co-author's card beside the
# others in one byline holds a role ("Senior Editor") at most, shorter on average.
_MIN_ROWS: Final = 3
_ROW_CHARS: Final = (20, 600)
_MEAN_ROW_CHARS: Final = 40
_ROW_LEVELS: Final = 10


def in_rows(nodes: list[LexborNode]) -> set[int]:
    """The byline elements among ``nodes`` that sit in the rows of one list of at least three
    rows, each with a short text of its own beside its byline: a list of papers, books or posts
    without headings (arXiv's ``<dl>`` of ``<dd>`` entries, a blog index's paragraphs, a
    directory's rows), every item signed by its own writer, none of them the page's. The cards
    with a linked heading are ``in_teaser_card``'s. A story's co-authors side by side in one
    byline have no text of their own, or a role. On wcxb-dev (all page types): authors
    invented A 29 -> 27 (-> 26 with byline_lines' search-form rule: arXiv), B 20 -> 19; no
    page's right author lost, no article's output changed."""
    rows: dict[int, dict[int, list[LexborNode]]] = {}
    for node in nodes:
        child, parent = node, node.parent
        for _ in range(_ROW_LEVELS):
            if parent is None or parent.tag in PAGE_TOP:
                break
            rows.setdefault(parent.mem_id, {}).setdefault(child.mem_id, []).append(node)
            child, parent = parent, parent.parent
    listed: set[int] = set()
    for by_row in rows.values():
        if len(by_row) < _MIN_ROWS:
            continue
        sizes = [_own_chars(inside, by_row) for inside in by_row.values()]
        low, high = _ROW_CHARS
        if all(low <= size <= high for size in sizes) and sum(sizes) >= _MEAN_ROW_CHARS * len(
            sizes
        ):
            listed.update(node.mem_id for inside in by_row.values() for node in inside)
    return listed


def _own_chars(bylines: list[LexborNode], by_row: dict[int, list[LexborNode]]) -> int:
    """The length of a row's text beside its longest byline."""
    row = bylines[0]
    while row.parent is not None and row.mem_id not in by_row:
        row = row.parent
    longest = max(len(node.text(deep=True).strip()) for node in bylines)
    return len(row.text(deep=True).strip()) - longest


# Wrapper names that say other stories or page furniture outright, unlike a layout's "list",
# "card" or "sidebar" (see ``elsewhere`` for the whole set).
_OTHER_STORIES_PARTS: Final = frozenset(
    {"related", "recommended", "recirculation", "popular", "trending", "latest", "recent"}
    | {"more", "next", "prev", "previous", "teaser", "comment", "comments", "feed", "nav"}
    | {"menu", "footer"}
)
_FURNITURE_TAGS: Final = frozenset({"aside", "footer", "nav"})
_NAV_TAG: Final = frozenset({"nav"})


def among_other_stories(node: LexborNode, *, furniture_tags: bool = True) -> bool:
    """Whether an ancestor of ``node`` (up to ``_ANCESTORS_CHECKED``) is named for other
    stories or furniture, or is a page's <aside>, <footer> or <nav> (without
    ``furniture_tags``: a <nav> only, the <aside> or <footer> judged by its names)."""
    tags = _FURNITURE_TAGS if furniture_tags else _NAV_TAG
    parent: LexborNode | None = node
    for _ in range(_ANCESTORS_CHECKED):
        if parent is None or parent.tag in {"body", "html", "article", "main"}:
            return False
        if parent.tag in tags or class_parts(parent) & _OTHER_STORIES_PARTS:
            return True
        parent = parent.parent
    return False
