"""A page that says it is one story, among the link lists of a site whose names say nothing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from typing import Final

from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.names import DISCUSSION_TYPES
from newswire.pipeline.html.walk import Block
from newswire.pipeline.pagetype.urlshape import url_features

# What a page declares itself to be when it is one story: Open Graph's "article", schema.org's
# article items (not "WebPage", which every page of some CMSs declares).
_STORY_OG_TYPES: Final = frozenset({"article"})
_STORY_LD_TYPES: Final = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "blogposting",
        "liveblogposting",
    }
)


# An SEO plugin (WordPress's Yoast, Rank Math) gives every page of its site og:type "article",
# the company's service and about pages too, while its JSON-LD graph may name each page a
# WebPage (or one of its kinds) and nothing more, a post as well as a page; the post alone
# carries the time it was published (article:published_time; a page has its modified time
# only). There a WebPage without an article item nor a publishing time is the site's page, no
# story, whatever its og:type, and keeps the landing-page sections a story page drops
# (``landing_section``): a consultancy's FAQ accordion, a gym's rental "widget" sections.
# Half B all types 0.90816 -> 0.90932 (service 0.875 -> 0.880, 3 better by up to 0.29, 1
# worse by 0.011; articles 0.96325 -> 0.96416: a video maker's guide 0.65 -> 1.00, another
# -0.006: its promo blurbs), half A unchanged; hashed names: half B all types +0.0005.
# (Without the publishing time: ScrapingHub -0.0001, a review's "Tell us what YOU think"
# heading, as its comment box is no story's end.)
_PAGE_LD_TYPES: Final = frozenset(
    {"webpage", "aboutpage", "contactpage", "collectionpage", "itempage", "faqpage", "profilepage"}
)


def declares_story(og_type: str | None, ld_types: Set[str], published: str | None) -> bool:
    """The page's head says it is one story: a JSON-LD article item, or og:type article
    unless its JSON-LD calls it a web page only and it states no publishing time
    (``published``: its article:published_time)."""
    if not _STORY_LD_TYPES.isdisjoint(ld_types):
        return True
    if (og_type or "").strip().lower() not in _STORY_OG_TYPES:
        return False
    return bool(published) or _PAGE_LD_TYPES.isdisjoint(ld_types)


def head_declares_story(meta: HeadMetadata) -> bool:
    """Whether the page's head (``meta``) says it is one story (see ``declares_story``)."""
    return declares_story(
        meta.first("og:type"), meta.ld.types, meta.first("article:published_time")
    )


# A small site's CMS may print no structured data at all: no og:type, no JSON-LD, no microdata
# item. Its story's page then says nothing of being one story, and the rules that
# ``head_declares_story`` gates (a story amid link lists stands alone, a dated card's line is
# furniture, the comment-named replies are comments) are off: its body ran on into the next
# items ("Related", the next story's headline and date). There the page's address may say it:
# a news or blog CMS makes the story's path of its headline's words ("son-of-former-german-
# president-stabbed-to-death-in-berlin-608399"), 8 words and more where a service, category or
# landing page's path is a name of 1 to 4 ("data-and-analytics-services", "casual-dresses"). A
# forum's thread, a shop's product, a tag's listing and a manual's page also take a title's
# words, under their sections' words (``urlshape``: /forum/, /t/, /product/, /tag/, /docs/,
# a forum.* host): not there. Only where nothing is declared, so no page that declares its
# type moves. Pages whose head was stripped (bench.perturb "bare meta"), before -> after: half
# A all types 0.898075 -> 0.898084 (a guide +0.007), half B 0.907438 -> 0.908299 (a blog's
# dated post +0.618, a post +0.002; a forum thread under /groups/ -0.011), ScrapingHub
# 0.979644 -> 0.990820 (3 news stories +0.38 to +0.52, one +0.003; one -0.061, whose story
# came out whole without the sign). As is, no page of half A, half B or ScrapingHub moves (13
# undeclared pages take the sign, 11 stories and 2 threads, unchanged). (At 7 words: bare half
# A -0.00001, a bank's tips list -0.015; at 6, bare half B a course page -0.37 beside a
# report's +0.34; a date under a 4-word slug's headline as well: a blog post -0.119 as is.)
_HEADLINE_SLUG_WORDS: Final = 8
# ``urlshape``'s features that put a page's path in a section whose pages are not stories.
_NO_STORY_SECTIONS: Final = (
    "url_forum",
    "url_host_forum",
    "url_shop",
    "url_taxonomy",
    "url_docs",
    "url_host_docs",
)


def declares_no_type(meta: HeadMetadata, item_types: Mapping[str, int]) -> bool:
    """The page declares no type at all: no og:type, no JSON-LD item, no microdata item
    (``item_types``)."""
    return not (meta.first("og:type") or meta.ld.types or item_types)


def headline_path(url: str | None) -> bool:
    """The ``url``'s last path segment is a headline's words (see _HEADLINE_SLUG_WORDS), outside
    a forum's, a shop's, a taxonomy's and a manual's sections."""
    if not url:
        return False
    shape = url_features(url)
    return shape["url_slug_words"] >= _HEADLINE_SLUG_WORDS and not any(
        shape[key] for key in _NO_STORY_SECTIONS
    )


# A thread whose forum software marks each post as a schema.org Comment in microdata (XenForo,
# NodeBB, vBulletin themes) but declares no DiscussionForumPosting in JSON-LD: the replies
# are the page's text as on a declared discussion (see names.DISCUSSION_TYPES). Three marks at
# least (one comment under a story is a comment section); not a Q&A page, whose comments
# under its question and answers are comments (see names: QAPage read from microdata cost
# 7 Stack Exchange pages). On wcxb-dev only forum pages carry three such marks (40 pages).
_COMMENT_ITEM: Final = "comment"
_QA_PAGE: Final = "qapage"
_THREAD_COMMENTS: Final = 3


def declares_discussion(ld_types: Set[str], item_types: Mapping[str, int]) -> bool:
    """The page says it is a thread: a JSON-LD discussion item, or posts marked as comments
    in microdata on a page that is not a Q&A page."""
    if not DISCUSSION_TYPES.isdisjoint(ld_types):
        return True
    return (
        item_types.get(_COMMENT_ITEM, 0) >= _THREAD_COMMENTS
        and _QA_PAGE not in ld_types
        and _QA_PAGE not in item_types
    )


# A Q&A page (schema.org's QAPage, in JSON-LD or microdata) that marks its answers up as Answer
# items in microdata is its question and those answers: each answer's text in an element named
# like the question's (Stack Exchange's "s-prose js-post-body") under another parent (the
# question's frame, the answers' list), so not one of a series of siblings
# (``post_series.repeated_items``); a lone answer, shorter than the question, scores too little
# to join it as a section named like it (``scoring._cousins``). There every element named like
# the winner that holds text follows it (``scoring._panels``, taken as deep siblings).
# Comments stay comments (``names.DISCUSSION_TYPES``). Without the Answer items no element is
# known to be an answer: a forum's QAPage in JSON-LD alone has sidebar blocks named like its
# post's body field (half A forum -0.022 on such a page), a thread's posts marked as comments
# (-0.051: later posts than its truth's). Half A forum 0.751767 -> 0.753474 (2 pages better,
# a lone answer +0.089; 1 worse by 0.004, a truth cut after its first answers), all types
# 0.893333 -> 0.893447; half B forum 0.897847 -> 0.899371 (4 better, none worse), all types
# 0.903195 -> 0.903325; articles and ScrapingHub unchanged; hashed names (half A) 0.872922 ->
# 0.872924.
_ANSWER_ITEM: Final = "answer"


def declares_answers(ld_types: Set[str], item_types: Mapping[str, int]) -> bool:
    """The page says it is a question with its answers: a QAPage (JSON-LD or microdata) whose
    answers are Answer items in microdata."""
    return (_QA_PAGE in ld_types or _QA_PAGE in item_types) and item_types.get(_ANSWER_ITEM, 0) >= 1


# On a page without <main> the region a story may widen to is the whole body. Where the page's
# class names say what its parts are, the name rules drop its menus, teaser rails and share
# bars before, and what is left beside a short choice is more sections of a sectioned page.
# Where they say nothing (build hashes: CSS modules, styled-components, Tailwind utilities) the
# menus and rails stay, and a story of a few paragraphs falls under the region's share: the
# whole page came out, menus first. Text that is mostly links beside it is the site's
# navigation, not another section, when the page's head says it is one story: the story then
# stands alone. (Without that declaration, collections and listings widen rightly over their
# linked items.) Measured with bench.perturb (class/id names hashed): ScrapingHub 3 pages of
# 10 widened; on wcxb-dev as it is, no page without <main> that declares a story and widens
# has a rest this linked, so the unperturbed figures are unchanged. Inside a <main> the same
# holds where names are hashes: the region is the main's, and its rails and share lists stay
# beside the story ("Most popular", "More on", the share buttons), so a story of two or more
# paragraphs of prose amid them stands alone too (one paragraph: a recipe listing's intro
# above its linked cards, which a WordPress theme declares an article: half A listings -0.46
# and -0.88, half B -0.79 with names hashed, when one was enough).
_LINKED_SHARE: Final = 0.5


def amid_links(region: Iterable[Block], inside: Set[int]) -> bool:
    """At least half of the text of the ``region``'s blocks beside the choice (those whose
    ``id`` is not ``inside``) is link text."""
    text = links = 0
    for block in region:
        if id(block) not in inside:
            text += len(block.text)
            links += block.link_chars
    return text > 0 and links >= _LINKED_SHARE * text


# The story beside the link lists is prose: a long line with next to no links, in whatever tag
# (a site of <div>s has no <p>; with <p> only, ScrapingHub with hashed names 0.9551, with any
# tag 0.9616; wcxb-dev and ScrapingHub as they are unchanged either way).
_PROSE_CHARS: Final = 120


def prose_text(block: Block) -> bool:
    """A block of prose in any tag (a site of <div>s has no <p>): a long line, next to no links."""
    return len(block.text) > _PROSE_CHARS and block.link_chars * 10 < len(block.text)
