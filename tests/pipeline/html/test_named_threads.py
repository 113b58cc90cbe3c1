"""Threads whose replies are named comments, on pages that do not say they are threads."""

from __future__ import annotations

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
