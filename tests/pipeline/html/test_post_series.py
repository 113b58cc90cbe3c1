"""A thread's posts as one series beside the winning post."""

from __future__ import annotations

from newswire.pipeline.html.post_series import repeated_items
from newswire.pipeline.html.walk import Tree
from tests.pipeline.html.pages import SENTENCE, page, text_of

_THREAD = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'


def _post(names: str, body: str) -> str:
    return (
        f'<article class="{names}"><div class="message-user">member</div>'
        f'<div class="message-body">{body}</div></article>'
    )


def _thread() -> str:
    opening = "".join(f"<p>guide {i}: {SENTENCE}</p>" for i in range(8))
    replies = "".join(
        _post("message message--post", f"<p>reply {i}: thanks, that helps.</p>") for i in range(3)
    )
    return (
        '<div class="block-body">'
        + _post("message message-threadStarterPost message--post", opening)
        + replies
        + "</div>"
    )


def test_replies_join_an_opening_post_named_with_modifiers_on_a_declared_thread() -> None:
    """On a page that says it is a thread, the short replies join the long opening post
    whose class names add modifiers to the base name every post shares."""
    text = text_of(page(_thread(), _THREAD))
    assert "guide 7" in text
    assert "reply 0" in text
    assert "reply 2" in text


def test_boxes_sharing_a_base_name_stay_apart_on_a_page_not_a_thread() -> None:
    """On a page that does not say it is a thread, elements sharing only their base name
    with the story's frame (a story's "section section--related" boxes) do not join it."""
    text = text_of(page(_thread()))
    assert "guide 7" in text
    assert "reply 0" not in text


def _numbered_thread() -> str:
    opening = "".join(f"<p>guide {i}: {SENTENCE}</p>" for i in range(8))
    replies = "".join(
        f'<li id="post-{100 + i}" class="message"><div class="message-user">member</div>'
        f'<div class="message-body"><p>reply {i}: thanks, that helps.</p></div></li>'
        for i in range(3)
    )
    return (
        '<ol class="messageList"><li id="post-99" class="message threadAuthor">'
        f'<div class="message-user">member</div><div class="message-body">{opening}</div></li>'
        f"{replies}</ol>"
    )


def test_replies_numbered_as_posts_join_the_opening_post_on_any_page() -> None:
    """On a page that does not say it is a thread (a forum declaring og:type "article"),
    replies whose ids number them as posts ("post-100") join the opening post that shares
    their base name and is numbered so."""
    text = text_of(page(_numbered_thread(), '<meta property="og:type" content="article">'))
    assert "guide 7" in text
    assert "reply 0" in text
    assert "reply 2" in text


def _two_posts(first: str, second: str) -> str:
    opening = "".join(f"<p>guide {i}: {SENTENCE}</p>" for i in range(8))
    return (
        f'<div class="posts"><div id="{first}" class="post">'
        f'<div class="post-user">member</div><div class="post-body">{opening}</div></div>'
        f'<div id="{second}" class="post"><div class="post-user">member</div>'
        '<div class="post-body"><p>reply 0: thanks, that helps.</p></div></div></div>'
    )


def test_a_reply_numbered_as_a_post_joins_the_one_opening_post() -> None:
    """A thread of an opening post and one reply, each element's id numbering a forum post
    ("post_1", "post_2"), is a series of two: the short reply joins the opening post."""
    text = text_of(page(_two_posts("post_1", "post_2")))
    assert "guide 7" in text
    assert "reply 0" in text


def test_two_boxes_not_numbered_as_posts_stay_apart() -> None:
    """Two boxes of one class name whose ids are no forum post's ("intro", "aside") are no
    series of two: the short box does not join the long one."""
    text = text_of(page(_two_posts("intro", "aside")))
    assert "guide 7" in text
    assert "reply 0" not in text


def test_replies_join_a_starter_who_posted_three_times() -> None:
    """On a declared thread whose starter posted three times (three posts of one whole class
    attribute, a series of their own), the other members' replies sharing the base name
    join them: the series is the larger one, the thread."""
    starter, reply = "message message-threadStarterPost message--post", "message message--post"
    names = {2: starter, 3: reply, 4: starter, 5: reply, 6: starter, 7: reply}
    tree = Tree({1: 0, **dict.fromkeys(names, 1), 8: 2}, {**names, 8: "bbWrapper"}, [], [])
    tree.discussion = True
    text_len = {1: 3000, 2: 1200, 3: 300, 4: 200, 5: 300, 6: 200, 7: 300, 8: 1150}
    assert repeated_items(8, text_len, {}, tree) == {2, 3, 4, 5, 6, 7}


def _table_posts() -> str:
    """A table-laid thread: each post's numbered table ("post2017066") in classless wrappers
    of its own, a long opening post and one short reply."""
    opening = "".join(f"{SENTENCE}<br>guide {i}<br>" for i in range(8))
    posts = ""
    for n, body in enumerate((opening, "reply 0: thanks, that helps.")):
        posts += (
            f'<div align="center"><div class="page"><div><table id="post{2017066 + n}" '
            'class="tborder">'
            f'<tr><td class="alt2">member</td><td class="alt1"><div>{body}</div></td></tr>'
            "</table></div></div></div>"
        )
    return f'<div id="posts">{posts}</div>'


def test_a_reply_in_classless_wrappers_joins_the_numbered_opening_post() -> None:
    """Posts whose numbered tables sit in classless wrappers of their own (a table-laid
    board's) are a series: the short reply joins the long opening post."""
    text = text_of(page(_table_posts()))
    assert "guide 7" in text
    assert "reply 0" in text


def test_classless_wrappers_make_a_series_only_around_numbered_posts() -> None:
    """Classless wrappers (1, 3) each holding a table (2, 4) under one parent (6) are a
    series when the tables are numbered posts, and none when they are not."""
    tree = Tree({6: 0, 1: 6, 2: 1, 3: 6, 4: 3, 5: 2}, {2: "tborder", 4: "tborder"}, [], [])
    text_len = {6: 1400, 1: 1200, 2: 1150, 3: 200, 4: 150, 5: 1000}
    assert repeated_items(5, text_len, {}, tree) == set()
    tree.posts = {2, 4}
    assert repeated_items(5, text_len, {}, tree) == {1, 3}
