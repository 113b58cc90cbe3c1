"""A thread's posts as one series: the elements beside the winning post that repeat its frame.

Used by the container scoring (``scoring.choose``): the winner is one post, the series is the
thread.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Final

from newswire.pipeline.html.walk import Tree

# A forum thread's posts, a Q&A page's answers: the same element with the same class name,
# repeated side by side, one per post. The longest post wins the scoring, the one-line replies
# ("This", "Same as last year") score too little to join it as siblings, yet they are the
# thread. So from the winner up through the wrappers that hold little more than it (the post's
# own frame: its author line, its date), an element that is one of at least MIN_REPEATS of
# one class name under one parent is one item of a series, and all of them are kept.
MIN_REPEATS: Final = 3
# A thread of an opening post and one reply (or a post's frame beside the one other post's)
# is a series of two where each element's id numbers a forum post ("post_1" beside "post_2",
# "p36150000", see ``thread_posts``): the ids say what a third repeat would, and the reply's
# header is the thread's as much as the opening post's. Half A forum 0.98 -> 0.996 on a
# Discourse thread (its two posts' author and date lines joined), half B +0.0004 on a FluxBB
# thread; no page worse, articles and ScrapingHub unchanged (output diff over all of dev).
MIN_ID_POSTS: Final = 2
_OWN_FRAME_RATIO: Final = 1.5
_OWN_FRAME_CHARS: Final = 300
# A post is its writer's text; an item of the series that is mostly link text and holds
# several headlines' worth of it (_RAIL_CHARS: five of ~80 characters) is the site's rail of
# teasers (linked headlines with their bylines and dates) beside the story: where class names
# are build hashes, the story's frame and the rail's may share one, and the rail joined the
# story as its "thread". Such an item stays out (a thread's posts, even one-line replies, are
# not links). A short linked item stays: a section's call to action, a "Learn more" line
# (without the size bound, half A service pages -0.028 and -0.017).
_POST_LINK_SHARE: Final = 0.5
_RAIL_CHARS: Final = 400


def repeated_items(
    best: int, text_len: dict[int, int], link_len: dict[int, int], tree: Tree
) -> set[int]:
    """The series of posts the winner ``best`` is one of (see above), or an empty set: the
    elements of one class name (on a declared thread, of one base name) under the parent of
    the winner or of a wrapper of its own frame, MIN_REPEATS of them at least."""
    parents, classes = tree.parents, tree.classes
    limit = text_len.get(best, 0) * _OWN_FRAME_RATIO + _OWN_FRAME_CHARS
    frame = []  # the winner and the wrappers that are its own frame, inner first
    node = best
    while text_len.get(node, 0) <= limit and parents.get(node, 0) != 0:
        frame.append(node)
        node = parents[node]
    wanted = {(parents[node], classes[node]) for node in frame if node in classes}
    if not wanted:
        return set()
    # On a declared thread, the frames' base names too (see _base): (parent, first name);
    # elsewhere, of the frames whose ids are forum posts' (see _POSTS_BY_ID).
    posts = None if tree.discussion else tree.posts
    bases = {
        (parents[node], _base(classes[node]))
        for node in frame
        if node in classes and (posts is None or node in posts)
    }
    under = {parent for parent, _ in wanted}
    # One pass over the tree for all the frame's levels: (parent, class name) -> elements.
    series: defaultdict[tuple[int, str], set[int]] = defaultdict(set)
    based: defaultdict[tuple[int, str], set[int]] = defaultdict(set)
    for node, parent in parents.items():
        names = classes.get(node)
        if not names or parent not in under or not text_len.get(node):
            continue
        if (parent, names) in wanted:
            series[parent, names].add(node)
        if bases and (parent, _base(names)) in bases and (posts is None or node in posts):
            based[parent, _base(names)].add(node)
    for node in frame:
        same = series.get((parents[node], classes.get(node, "")), set())
        if bases and node in classes:
            # The base name's series holds the whole-name one: the larger is the thread (see
            # _STARTER_SERIES).
            same = max(same, based.get((parents[node], _base(classes[node])), set()), key=len)
        if len(same) >= MIN_REPEATS or (len(same) >= MIN_ID_POSTS and same <= tree.posts):
            return {
                item
                for item in same
                if text_len.get(item, 0) < _RAIL_CHARS
                or link_len.get(item, 0) < _POST_LINK_SHARE * text_len.get(item, 0)
            }
    return _wrapped_posts(frame, tree)


# A table-laid board (vBulletin 3's theme) wraps each post's numbered <table id="post2017066">
# in wrappers of its own without a class (<div align="center"><div class="page">...): the
# posts' frames share no class name under one parent, and a thread's short replies, too
# short to win or to join as siblings, were lost beside its long opening post. A classless
# wrapper of the winner's own frame whose classless siblings each hold one numbered post (the
# thread's ids, ``thread_posts``), MIN_ID_POSTS of them or more, is one item of the series.
# One post each and no class: a blog's story (<article id="post-6387">) in a classless
# wrapper beside a named section of related posts (<article id="post-6402">, ...) is no
# thread, and with that section joined a B story lost 0.007.
# Half A forum 0.77329 -> 0.77384 (a vBulletin 3 thread: its reply joins, 0.927 -> 0.956), all
# types 0.905302 -> 0.905339; half B, ScrapingHub and metadata unchanged.
def _wrapped_posts(frame: list[int], tree: Tree) -> set[int]:
    """The classless wrappers of ``frame`` that make a series of numbered posts (see above),
    or an empty set."""
    parents, posts = tree.parents, tree.posts
    if len(posts) < MIN_ID_POSTS:
        return set()
    for node in frame:
        if node in tree.classes:
            continue
        parent = parents[node]
        holders: Counter[int] = Counter()
        for post in posts:
            up = post
            while up in parents and parents[up] != parent:
                up = parents[up]
            if up in parents:
                holders[up] += 1
        if (
            node in holders
            and len(holders) >= MIN_ID_POSTS
            and max(holders.values()) == 1
            and tree.classes.keys().isdisjoint(holders)
        ):
            return set(holders)
    return set()


# Forum software marks a thread's first post, and its opener's later posts, with modifier
# names beside the base name every post shares ("message message-threadStarterPost
# message--post" beside the replies' "message message--post"): by the whole class attribute
# the opening post is one of its own and the replies, a series of their own, never join it.
# On a page that says it is a thread (``Tree.discussion``) the base name (the first, before
# the modifiers) makes the series. Not on other pages: a story's frame shares its base name
# with the page's other boxes ("section section--related"), and there half A articles fell
# 0.9711 -> 0.9703 (a story's frame took the boxes beside it). Session 57: half A forum
# 0.7611 -> 0.7635 (a thread whose long opening post stood alone +0.13), half B forum 0.8995 ->
# 0.9004 (one thread +0.05); articles, ScrapingHub and the hashed variant unchanged.
#
# _POSTS_BY_ID: forum software that declares no thread (XenForo 1 says og:type "article" and
# marks nothing up) still numbers each post's element with an id of its word and number
# ("<li id="post-4859929" class="sectionMain message uix_threadAuthor">" beside the replies'
# "<li id="post-4860024" class="sectionMain message">", see ``thread_posts``): the ids say
# what the declaration does not, and where the winner's frame and its siblings of its base name
# all have such ids, the base name makes the series on any page. A story's related cards
# numbered so ("<article id="post-7" class="post-7 ...">") have a base name of their own each.
# Half B forum 0.9009 -> 0.9030 (a XenForo 1 thread whose long opening post stood alone:
# 0.80 -> 0.95), all types 0.906721 -> 0.906931; half A, articles, ScrapingHub and the hashed
# variant (its ids hashed) unchanged.
#
# _STARTER_SERIES: the base name's series is asked even where the whole class attribute makes
# one of MIN_REPEATS: a thread whose starter posted three times or more has their posts named
# alike ("message message-threadStarterPost message--post" on each), a series of its own that
# won and left every other member's reply out (a buyer's question, the starter's three
# follow-ups kept, the six answers between them lost). The larger of the two is the thread.
# Half B forum 0.91215 -> 0.91399 (that thread 0.857 -> 0.977, a Tapatalk board +0.004; a
# board whose reply breaks its quote markup, its quoted lines now kept, -0.0125), all types
# 0.917490 -> 0.917647; half A forum 0.77370 -> 0.77329, all types 0.905329 -> 0.905302: the
# one page lower is a phpBB board whose alternating "post bg1" / "post bg2" posts now all
# join (recall 0.973 -> 0.995) but whose truth stops after its ninth post (F1 0.489 -> 0.468;
# on the truth's nine posts 0.907 -> 0.936); ScrapingHub and metadata unchanged; class/id
# hashed, forum A 0.75159 -> 0.75193, B 0.88156 -> 0.88355.
def _base(names: str) -> str:
    return names.split(None, 1)[0]
