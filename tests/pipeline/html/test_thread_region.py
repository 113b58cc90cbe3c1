"""A thread's region cut to its posts: the board's blocks beside and between them leave it."""

from __future__ import annotations

from newswire.pipeline.html.thread_region import (
    without_blocks_beside_posts,
    without_blocks_between_posts,
)
from newswire.pipeline.html.walk import Block
from tests.pipeline.html.pages import SENTENCE, page, text_of


def test_blocks_beside_a_threads_posts_outside_its_posts_element_leave_its_region() -> None:
    """Before a thread's first post and after its last, a block outside the element holding
    all its posts (the board's left rail, its sidebar) goes; one inside it (the thread's
    header, the reply box) stays, and so does one between two posts."""
    rail = Block(SENTENCE, "p", 0, (0, 1, 5))
    header = Block("Page 1 of 3", "p", 0, (0, 1, 2, 8))
    posts = [Block(SENTENCE, "p", 0, (0, 1, 2, post)) for post in (3, 4)]
    between = Block(SENTENCE, "p", 0, (0, 1, 9))
    reply = Block("Reply to this thread", "p", 0, (0, 1, 2, 6))
    sidebar = Block(SENTENCE, "p", 0, (0, 1, 7))
    parents = {1: 0, 2: 1, 3: 2, 4: 2, 5: 1, 6: 2, 7: 1, 8: 2, 9: 1}
    region = [rail, header, posts[0], between, posts[1], reply, sidebar]
    assert without_blocks_beside_posts(region, {3, 4}, parents) == region[1:-1]


def test_a_thread_with_one_post_shown_keeps_its_region() -> None:
    """With fewer than two posts in the region nothing says which element holds the posts:
    the region stays whole."""
    post = Block(SENTENCE, "p", 0, (0, 1, 2, 3))
    sidebar = Block(SENTENCE, "p", 0, (0, 1, 7))
    parents = {1: 0, 2: 1, 3: 2, 7: 1}
    assert without_blocks_beside_posts([post, sidebar], {3}, parents) == [post, sidebar]


def test_a_hashed_threads_sidebar_after_its_post_items_leaves_its_text() -> None:
    """On a page that says it is a thread, whose posts are schema.org Comment items under
    class names a build hashed, the board's sidebar after the posts (its blurb, its top
    posters), outside the element holding them, is not the thread's text; the posts are."""
    item = 'itemscope itemtype="https://schema.org/Comment"'
    posts = "".join(
        f'<article class="x7f3a" {item}><div class="q81c"><a href="/members/r{i}.{i}/">r{i}</a>'
        f'</div><div class="k20d">Reply {i}: the trail was muddy but the tyres held.</div></article>'
        for i in range(6)
    )
    top = "".join(f'<li><a href="/members/m{i}.{i}/">m{i}</a> {i} replies</li>' for i in range(3))
    sidebar = (
        f'<div class="z9e1"><p>{SENTENCE} {SENTENCE}</p><h3>Top posters</h3><ul>{top}</ul></div>'
    )
    ld = '{"@context": "https://schema.org", "@type": "DiscussionForumPosting"}'
    text = text_of(
        page(
            f'<div class="a1b2"><div class="c3d4"><h1>Which bike</h1>{posts}</div>{sidebar}</div>',
            head=f'<script type="application/ld+json">{ld}</script>',
        )
    )
    assert "Reply 5: the trail was muddy" in text
    assert "Top posters" not in text
    assert "The council met" not in text


def test_a_block_between_two_posts_in_no_posts_frame_leaves_the_thread() -> None:
    """Between the first post and the last, a block inside the element holding all posts but
    in none of the posts' frames (a topic overview panel after the first post) goes; a post's
    own frame keeps its poster's card beside the numbered message; blocks before the first
    post and after the last are left to ``without_blocks_beside_posts``."""
    heading = Block("Which bike", "h1", 0, (0, 1, 2))
    card = Block("raoul", "div", 0, (0, 1, 10, 11))
    first = Block(SENTENCE, "p", 0, (0, 1, 10, 3))
    panel = Block("Top Posters In This Topic", "h4", 0, (0, 1, 12, 13))
    second = Block(SENTENCE, "p", 0, (0, 1, 14, 4))
    reply = Block("Reply to this thread", "p", 0, (0, 1, 15))
    parents = {1: 0, 2: 1, 10: 1, 11: 10, 3: 10, 12: 1, 13: 12, 14: 1, 4: 14, 15: 1}
    blocks = [heading, card, first, panel, second, reply]
    assert without_blocks_between_posts(blocks, {3, 4}, parents) == [
        heading,
        card,
        first,
        second,
        reply,
    ]


def test_a_block_between_posts_outside_their_element_stays() -> None:
    """A block between two posts that lies outside the element holding them (the walk's order
    of a layout that interleaves columns) is not read as the board's insert: it stays, as do
    all blocks of a thread that shows fewer than two posts."""
    first = Block(SENTENCE, "p", 0, (0, 1, 3))
    aside = Block("Sidebar note", "p", 0, (0, 5))
    second = Block(SENTENCE, "p", 0, (0, 1, 4))
    parents = {1: 0, 3: 1, 4: 1, 5: 0}
    assert without_blocks_between_posts([first, aside, second], {3, 4}, parents) == [
        first,
        aside,
        second,
    ]
    assert without_blocks_between_posts([first, aside], {3}, parents) == [first, aside]


def test_an_invision_topic_overview_after_the_first_post_leaves_the_threads_text() -> None:
    """On a page that says it is a thread, whose posts carry their number in a data attribute
    inside frames that add the poster's card, the board's topic overview set between the first
    post and the second ("Top Posters In This Topic", its popular posts' excerpts) is not the
    thread's text; every post and its poster's name are."""
    posts = [
        f'<article class="c1"><aside><h3><a href="/profile/{i}-r{i}/">poster{i}</a></h3></aside>'
        f'<div class="c2" data-commentid="{100 + i}"><p>Reply {i}: {SENTENCE}</p></div></article>'
        for i in range(4)
    ]
    overview = (
        '<div class="c3"><h4>Top Posters In This Topic</h4><ul><li>poster1 12 posts</li>'
        "<li>poster2 9 posts</li></ul><h4>Most Popular Posts</h4>"
        "<p>An excerpt of a popular post that the overview repeats from further down.</p></div>"
    )
    ld = '{"@context": "https://schema.org", "@type": "DiscussionForumPosting"}'
    text = text_of(
        page(
            f'<div class="feed">{posts[0]}{overview}{"".join(posts[1:])}</div>',
            head=f'<script type="application/ld+json">{ld}</script>',
        )
    )
    assert "Reply 0:" in text
    assert "Reply 3:" in text
    assert "poster2" in text
    assert "Top Posters" not in text
    assert "Most Popular Posts" not in text
    assert "An excerpt of a popular post" not in text
