"""Threads whose replies are named comments, on pages that do not say they are threads."""

from __future__ import annotations

from newswire.pipeline.html.named_threads import link_post, thread_replaces
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of


def _replies(count: int) -> str:
    return "".join(
        f'<div class="thing comment"><p class="author">user{i}</p>'
        f"<p>reply {i}: {SENTENCE}</p></div>"
        for i in range(count)
    )


def _thread(post: str) -> str:
    return (
        '<div class="content"><div class="post"><h1>Which bus line do you take?</h1>'
        f'{post}</div><div class="commentarea">{_replies(6)}</div></div>'
    )


def test_replies_named_comments_under_a_thread_post_are_kept() -> None:
    """A page that declares nothing, whose opening post has no marked-up article body and
    whose replies are named "comment", gives the replies beside the post."""
    text = text_of(page(_thread(prose("post", 2))))
    assert "post 0" in text
    assert "reply 0" in text
    assert "reply 5" in text


def test_comments_under_a_marked_up_article_body_stay_dropped() -> None:
    """The same comments under a story whose body is marked up as an article's
    (``entry-content``) are a comment section: dropped."""
    text = text_of(page(_thread(f'<div class="entry-content">{prose("post", 2)}</div>')))
    assert "post 0" in text
    assert "reply 0" not in text


def test_comments_under_a_declared_story_stay_dropped() -> None:
    """The same comments on a page whose head declares a story (og:type article) are a
    comment section: dropped."""
    head = '<meta property="og:type" content="article">'
    text = text_of(page(_thread(prose("post", 2)), head))
    assert "post 0" in text
    assert "reply 0" not in text


def test_a_few_short_comments_under_a_long_post_stay_dropped() -> None:
    """Comments that add less than the post's own text again (a long post, two replies) do
    not replace it: the page stays as the first walk gave it."""
    html = page(
        '<div class="content"><div class="post"><h1>Which bus line do you take?</h1>'
        f'{prose("post", 6)}</div><div class="commentarea">{_replies(2)}</div></div>'
    )
    text = text_of(html)
    assert "post 5" in text
    assert "reply 0" not in text


def test_a_declared_story_of_one_link_is_a_link_post() -> None:
    """A declared story whose first walk chose next to nothing (a link's line) is a link
    post, whose named comments may be a thread's posts; one with a paragraph of its own is a
    story, whose comments stay a comment section."""
    assert link_post(0)
    assert link_post(len("example.org/story"))
    assert not link_post(len(SENTENCE) * 2)


def test_the_whole_thread_replaces_one_reply_the_retry_kept() -> None:
    """Where the first walk gave next to nothing and the retry without the name rules kept
    one reply's subtree (most of the thread), the whole thread replaces it when longer,
    though not twice as long; it never replaces a longer text, nor a first walk's story it
    does not double."""
    reply = [SENTENCE] * 8
    thread = [*reply, SENTENCE, SENTENCE]
    assert thread_replaces(thread, ["example.org/story"], reply)
    assert not thread_replaces(reply, ["example.org/story"], thread)
    assert not thread_replaces(thread, reply, reply)
