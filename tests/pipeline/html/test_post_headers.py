"""A thread's post headers: each post's date stays over its post, the header's tools go."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.post_headers import post_header_date
from tests.pipeline.html.pages import page, prose, text_of

_THREAD = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'


def _post(number: int, when: str) -> str:
    return (
        f'<article class="message"><div class="message-main">'
        f'<header class="message-attribution">'
        f'<a href="/t/1/post-{number}"><time datetime="2024-09-2{number}">{when}</time></a>'
        f'<a href="/t/1/post-{number}/share">Share</a> <a href="#post-{number}">#{number}</a>'
        f"</header>{prose(f'Post {number}', 1)}</div></article>"
    )


_POSTS = _post(1, "Sep 21, 2024") + _post(2, "Sep 22, 2024") + _post(3, "Sep 23, 2024")


def test_a_threads_post_dates_are_kept_over_each_post() -> None:
    """On a page that says it is a discussion, each post header's date is a line over its
    post; the header's share link and post number are not kept."""
    lines = text_of(page(f"<h1>Tablets</h1>{_POSTS}", head=_THREAD)).split("\n")
    assert lines.index("Sep 21, 2024") < lines.index("Sep 22, 2024") < lines.index("Sep 23, 2024")
    assert (
        lines.index("Sep 22, 2024")
        == next(i for i, line in enumerate(lines) if line.startswith("Post 2")) - 1
    )
    assert "Share" not in lines
    assert "#2" not in lines


def test_a_storys_header_date_is_not_kept() -> None:
    """On a page that says nothing of a discussion, a <header> with a date (a story's byline
    box) is dropped whole, its date with it."""
    text = text_of(page(f"<h1>Tablets</h1>{_POSTS}"))
    assert "Post 2" in text
    assert "Sep 22, 2024" not in text


def _header(inner: str) -> LexborNode:
    header = LexborHTMLParser(f"<header>{inner}</header>").css_first("header")
    assert header is not None
    return header


def test_a_header_without_a_date_of_a_dates_length_gives_none() -> None:
    """A header with no <time>, or whose <time> holds a line of prose, gives no date; a date's
    <time> gives its text, spaces collapsed."""
    assert post_header_date(_header("<a href='#'>#1</a>")) is None
    assert post_header_date(_header(f"<time>{'word ' * 20}</time>")) is None
    assert post_header_date(_header("<time> Mar 27,\n 2025 </time>")) == "Mar 27, 2025"


def _carded_post(number: int, name: str) -> str:
    return (
        f'<article class="entry"><aside class="author"><h3><a href="/u/{number}">{name}</a> '
        f"<span>Members</span></h3><p>{number * 100} posts</p></aside>"
        f'<aside class="author-mobile"><h3><a href="/u/{number}">{name}</a></h3></aside>'
        f'<div class="content">{prose(f"Post {number}", 1)}</div></article>'
    )


def test_a_threads_posters_names_are_kept_from_their_cards() -> None:
    """On a page that says it is a discussion, each post's poster card (an <aside>) gives
    its poster's name once, over the post; the card's rank and counters are not kept."""
    posts = "".join(_carded_post(i, f"poster{i}") for i in (1, 2, 3))
    html = page(f'<h1>Roadmap</h1><div class="topic">{posts}</div>', head=_THREAD)
    lines = text_of(html).split("\n")
    assert lines.count("poster2") == 1
    assert (
        lines.index("poster2")
        == next(i for i, line in enumerate(lines) if line.startswith("Post 2")) - 1
    )
    assert not any("Members" in line or "posts" in line for line in lines)


def test_a_storys_aside_gives_no_name() -> None:
    """On a page that says nothing of a discussion, an <aside> with a heading inside an
    <article> (a story's sidebar) stays dropped."""
    story = (
        f'<article><aside><h3><a href="/x">Sidebar pick</a></h3></aside>{prose("story", 6)}'
        "</article>"
    )
    assert "Sidebar pick" not in text_of(page(f"<h1>A story</h1>{story}"))
