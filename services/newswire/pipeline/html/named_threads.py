"""Threads whose posts are named comments on pages that do not say they are threads.

Forum and link-aggregator software that declares nothing in its head (no
DiscussionForumPosting, no og:type "article") names every reply of its threads a comment: an
old-style aggregator's "thing comment" under a link, a federated forum's "comments" list
under its post, a Q&A forum's "post-comments" block of answers under its question. The name
rules drop those as a comment section under a story, and the page gives its opening post alone
(or, beside a link post of one line, its sidebar). There the replies are the page's text. A
story with a comment section under it marks its body up as an article's (``ARTICLE_BODY``:
Blogger's "post-body", WordPress's "entry-content", ``itemprop="articleBody"``) or declares
itself a story (``story_pages``); a thread's opening post does neither.

Half A forum 0.73291 -> 0.74830 (a federated forum's post +0.24, a Q&A forum's question with its
answers +0.57), all types 0.88589 -> 0.88692; half B forum 0.86886 -> 0.88042 (an aggregator's
link post +0.69), product 0.75454 -> 0.76249 (a course page's testimonials named comments, which
its truth keeps, +0.37), all types 0.89253 -> 0.89403; no page worse, articles and ScrapingHub
unchanged (without the article-body test a Blogger post's comment section joined: -0.53).
cost_ab every 4th page: median of ratios 1.001, total 1.009.
"""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.names import ARTICLE_BODY, TOKEN_PARTS
from newswire.pipeline.html.walk import Tree

_COMMENT_PARTS: Final = frozenset({"comment", "comments", "commentlist"})
# Items marked up in microdata that say what the comment-named elements are when they are no
# thread's posts: a Q&A site's page (its comments under the question and the answers are
# comments, see ``names.DISCUSSION_TYPES``), a shop's or a critic's reviews.
_OTHER_ITEMS: Final = '[itemtype*="QAPage"], [itemtype*="Review"]'
# The walk with the comment words read as a thread's posts replaces the first only when it
# gives more than twice its text: the replies are the bulk of a thread (a short comment form
# or an empty list joining changes next to nothing, and is not worth the change).
THREAD_GAIN: Final = 2.0
# A declared story whose first walk (with the name rules) chose less than this (the body's
# retry threshold: a teaser line, nothing) has no text of its own: a link aggregator's post of
# one link declares og:type "article", and its named comments are all the page says. Session
# 57: half A forum 0.7596 -> 0.7611 (a link post's thread +0.08), all else unchanged.
_OWN_TEXT_CHARS: Final = 250


def link_post(own_chars: int) -> bool:
    """Whether a declared story whose first walk chose ``own_chars`` characters is a post
    with no text of its own (a link's), whose named comments may be a thread's posts."""
    return own_chars < _OWN_TEXT_CHARS


def thread_replaces(thread: list[str], first: list[str], shown: list[str]) -> bool:
    """Whether the ``thread`` walk's paragraphs replace the ``shown`` ones: more than
    THREAD_GAIN times the first walk's text (``first``) and more than ``shown``."""
    # Weighed against the first walk: where that chose next to nothing, the retry without the
    # name rules (``shown``) may keep the one reply whose subtree of nested replies held the
    # most text, a part of the thread, not a story the replies would double: the whole
    # thread replaces it when longer.
    size = sum(map(len, thread))
    return size > THREAD_GAIN * sum(map(len, first)) and size > sum(map(len, shown))


def comments_may_be_posts(walked: Tree, holds: Holds, *, story_page: bool) -> bool:
    """Whether the walk ``walked`` (with the name rules, not told the page is a thread)
    dropped an element named a comment on a page that neither declares a story
    (``story_page``) nor marks up an article body, a Q&A page or reviews: its comments may be
    a thread's posts."""
    if walked.discussion or story_page:
        return False
    if not any(_comment_named(names) for _tag, names in walked.dropped):
        return False
    return not holds.any_of(ARTICLE_BODY) and not holds.any_of(_OTHER_ITEMS)


# A thread's replies are posts, each an element of its own named a comment (with its author
# line, its text, its controls also so named): a page's one block named "comments" holding
# paragraphs is no thread of posts but a comment section's text, and a short brief above it
# stays the page's text.
_MIN_POSTS: Final = 3


def posts_named_comments(walked: Tree) -> bool:
    """Whether the walk ``walked`` (told the page is a thread) kept at least _MIN_POSTS
    block elements named a comment: the thread's posts."""
    return sum(1 for names in walked.classes.values() if _comment_named(names)) >= _MIN_POSTS


def _comment_named(names: str) -> bool:
    # Most dropped elements are scripts, links and styles without a class: not split.
    return "omment" in names and any(
        part.lower() in _COMMENT_PARTS
        for token in names.split()
        for part in TOKEN_PARTS.split(token)
    )
