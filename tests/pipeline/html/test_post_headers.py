"""A thread's post headers: each post's date stays over its post, the header's tools go."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.page_elements import Page
from newswire.pipeline.html.post_headers import (
    _header_post,
    may_frame_posts,
    post_element,
    post_header_date,
    post_header_lines,
)
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


def _item_post(number: int, name: str, shown: str, when: str) -> str:
    item = (
        "" if number == 1 else ' itemprop="comment" itemscope itemtype="http://schema.org/Comment"'
    )
    return (
        f'<div id="post_{number}"{item} class="topic-body crawler-post">'
        f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope '
        f'itemtype="http://schema.org/Person"><a href="/u/{name}"><span itemprop="name">{name}'
        f"</span></a> {shown}</span>"
        f'<span class="crawler-post-infos"><time class="post-time">{when}</time>'
        f'<span itemprop="position">{number}</span></span></div>'
        f'<div class="post" itemprop="text">{prose(f"Post {number}", 3)}</div></div>'
    )


def _item_thread(*posts: str) -> str:
    return (
        '<h1>Migrating</h1><div itemscope itemtype="http://schema.org/DiscussionForumPosting">'
        f"{''.join(posts)}</div>"
    )


def test_a_post_items_header_gives_its_poster_and_date() -> None:
    """A thread served as microdata items (a post's DiscussionForumPosting or Comment item)
    gives each post's poster and date over its post, from the header box its names drop,
    whatever the page's head declares; the header's position counter is not kept."""
    thread = _item_thread(
        _item_post(1, "raoul", "", "May 3, 2024, 8:45am"),
        _item_post(2, "code-in-progress", "(Bill - I write code.)", "May 3, 2024, 12:16pm"),
        _item_post(3, "raoul", "", "May 3, 2024, 1:23pm"),
    )
    lines = text_of(page(thread)).split("\n")
    post_2 = next(i for i, line in enumerate(lines) if line.startswith("Post 2"))
    assert lines[post_2 - 2 : post_2] == [
        "code-in-progress (Bill - I write code.)",
        "May 3, 2024, 12:16pm",
    ]
    assert lines.count("May 3, 2024, 8:45am") == 1
    assert "2" not in lines


def test_a_display_name_that_repeats_the_name_is_given_once() -> None:
    """A poster's display name beside the user name is dropped when it repeats it, kept
    when it differs (even in case only)."""
    thread = _item_thread(
        _item_post(1, "raoul", "(raoul)", "May 3, 2024"),
        _item_post(2, "amondale", "(Amondale)", "May 4, 2024"),
        _item_post(3, "kim", "", "May 5, 2024"),
    )
    lines = text_of(page(thread)).split("\n")
    assert "raoul" in lines
    assert "raoul (raoul)" not in lines
    assert "amondale (Amondale)" in lines


def test_a_header_box_outside_a_post_item_gives_nothing() -> None:
    """A box with an author and a time named as a meta line outside any post's item (a
    story's byline box) stays dropped."""
    byline = (
        '<div class="post-meta"><span itemprop="author">Jane Roe</span>'
        "<time>May 3, 2024</time></div>"
    )
    text = text_of(page(f"<h1>A story</h1><article>{byline}{prose('Story', 6)}</article>"))
    assert "Jane Roe" not in text
    assert "May 3, 2024" not in text


def _invision_post(number: int, name: str, when: str) -> str:
    return (
        f'<article class="ipsEntry"><aside class="ipsEntry__author-column">'
        f'<h3><a href="/profile/{number}">{name}</a></h3>'
        f"<ul><li><time>January 7, 2020</time></li></ul></aside>"
        f'<aside class="ipsEntry__header"><h3><a href="/profile/{number}">{name}</a> '
        f'<span>Members</span></h3><p><time datetime="x"><span>{when}</span>'
        f"<span>1 yr</span></time></p></aside>"
        f'<div class="content">{prose(f"Post {number}", 1)}</div></article>'
    )


def test_a_poster_cards_date_is_kept_under_the_name() -> None:
    """On a page that says it is a discussion, the post's date from its poster's cards (the
    long form of a <time> holding a long and a short one) follows the poster's name; a date in
    the card's list of the member's facts (the join date) is no post's."""
    posts = "".join(_invision_post(i, f"poster{i}", f"June 1{i}, 2024") for i in (1, 2, 3))
    lines = text_of(page(f"<h1>Roadmap</h1><div>{posts}</div>", head=_THREAD)).split("\n")
    assert lines[lines.index("poster2") + 1] == "June 12, 2024"
    assert "January 7, 2020" not in lines
    assert not any("1 yr" in line for line in lines)


def _card(number: int, name: str) -> str:
    """A "message card" post: its header holds the poster (avatar and name, linked to the
    member's profile) and tools, the post's number and date follow it."""
    return (
        f'<div class="MessageCard" id="js-post-{number}"><div class="MessageCard__container">'
        f'<header class="MessageCard__header"><a href="/members/{name}.{number}/"></a>'
        f'<div itemscope itemtype="https://schema.org/Person">'
        f'<a href="/members/{name}.{number}/">{name}</a><span>410 posts</span></div>'
        f"<button>More options</button></header>"
        f"<div>{prose(f'Post {number}', 1)}</div></div></div>"
    )


def test_a_posts_header_gives_its_posters_name_over_the_post() -> None:
    """On a page that says it is a discussion, a post's dropped header that links the
    poster's profile gives the name as a line over the post; the header's counters and
    tools are not kept."""
    posts = _card(1, "JosephF") + _card(2, "eljaycanuck") + _card(3, "Reddig")
    lines = text_of(page(f"<h1>Projectors</h1>{posts}", head=_THREAD)).split("\n")
    assert (
        lines.index("eljaycanuck")
        == next(i for i, line in enumerate(lines) if line.startswith("Post 2")) - 1
    )
    assert "410 posts" not in lines
    assert "More options" not in lines


def test_a_header_outside_a_post_gives_no_name() -> None:
    """A header in no post (the site's masthead, its "Members" link to the member list) gives
    no poster; in a post, a Person item's link comes before an earlier profile link and a
    one-letter avatar link is no name."""
    masthead = LexborHTMLParser(
        "<div><header><a href='/members/'>Members</a></header></div>"
    ).css_first("header")
    assert masthead is not None
    assert post_header_lines(masthead) == []
    post = LexborHTMLParser(
        "<div id='post-7'><header><a href='/members/mod.1/'>Moderator</a>"
        "<a href='/members/ann.2/'>A</a><div itemscope itemtype='https://schema.org/Person'>"
        "<a href='/members/ann.2/'>Ann</a></div><time>Mar 27, 2025</time></header></div>"
    ).css_first("header")
    assert post is not None
    assert post_header_lines(post) == [("Ann", "div"), ("Mar 27, 2025", "time")]


def _bare_post(number: int, name: str, when: str) -> str:
    return (
        f'<div id="post_{number}" class="topic-body crawler-post">'
        f'<div class="crawler-post-meta"><span class="creator"><a href="/u/{name}">{name}</a>'
        f'</span><span class="crawler-post-infos"><time class="post-time">{when}</time>'
        f"<span>{number}</span></span></div>"
        f'<div class="post">{prose(f"Post {number}", 3)}</div></div>'
    )


def test_a_posts_header_without_microdata_gives_its_poster_and_date() -> None:
    """A post's header box with no microdata, in an element with its software's post id,
    gives the poster's profile link and the <time> over the post; without the post id it
    stays dropped."""
    posts = "".join(_bare_post(n, f"user{n}", f"May {n}, 2024, 8:45am") for n in (1, 2, 3))
    lines = text_of(page(f"<h1>Migrating</h1><div>{posts}</div>")).split("\n")
    post_2 = next(i for i, line in enumerate(lines) if line.startswith("Post 2"))
    assert lines[post_2 - 2 : post_2] == ["user2", "May 2, 2024, 8:45am"]
    unposted = _bare_post(1, "ann", "May 1, 2024").replace('id="post_1"', 'id="main"')
    text = text_of(page(f"<h1>Migrating</h1><div>{unposted}</div>"))
    assert "ann" not in text.split("\n")


def test_a_page_may_frame_posts_by_a_posts_id_or_its_item_type() -> None:
    """A page may frame posts when an element has a post's id or a post's item type, in
    <noscript> too; a page with neither (a story's byline box, an item of another type, an id
    of another shape) may not, and no box of it is read as a post's header."""
    framed = [
        _item_thread(_item_post(1, "raoul", "", "May 3, 2024")),
        f"<div>{_bare_post(1, 'ann', 'May 1, 2024')}</div>",
        f"<noscript>{_bare_post(2, 'ann', 'May 1, 2024')}</noscript>",
        '<div itemscope itemtype="https://schema.org/Comment/"><p>Reply</p></div>',
    ]
    unframed = [
        _item_thread(_item_post(1, "raoul", "", "May 3, 2024"))
        .replace("DiscussionForumPosting", "Article")
        .replace('id="post_1"', 'id="story"'),
        _bare_post(1, "ann", "May 1, 2024").replace('id="post_1"', 'id="post_one"'),
        '<article id="main"><div class="post-meta"><span itemprop="author">Jane Roe</span>'
        "<time>May 3, 2024</time></div></article>",
    ]
    for body, expected in [*((body, True) for body in framed), *((b, False) for b in unframed)]:
        tree = Page(f"<html><body>{body}</body></html>")
        assert tree.body is not None
        assert may_frame_posts(tree.body) is expected, body
        if not expected:
            assert all(_header_post(node) is None for node in tree.body.css("*")), body


def test_a_post_is_known_by_its_id_or_on_a_thread_by_its_item() -> None:
    """An element with a forum's post id is a post on any page; a schema.org post item
    (DiscussionForumPosting, Comment) is one only on a page that says it is a thread; an
    element with neither is none."""
    comment: dict[str, str | None] = {"itemscope": None, "itemtype": "https://schema.org/Comment"}
    assert post_element({"id": "js-post-63057301"}, discussion=False)
    assert post_element(comment, discussion=True)
    assert not post_element(comment, discussion=False)
    person: dict[str, str | None] = {"itemscope": None, "itemtype": "https://schema.org/Person"}
    assert not post_element(person, discussion=True)
    assert not post_element({"id": "main", "class": "x7f3a"}, discussion=True)


def test_a_post_is_known_on_a_thread_by_its_number_in_a_data_attribute() -> None:
    """On a page that says it is a thread, an element whose data attribute gives a post's
    number (Invision's data-commentid, data-post-id, data-pid …) is a post, its class and id
    hashed or not; not on another page (a blog's numbered comments), nor when the value is
    no number."""
    invision: dict[str, str | None] = {"class": "q1234", "data-commentid": "793074"}
    assert post_element(invision, discussion=True)
    assert post_element({"data-post-id": "1110045"}, discussion=True)
    assert not post_element(invision, discussion=False)
    assert not post_element({"data-post-id": "{{id}}"}, discussion=True)
    assert not post_element({"data-post-id": None, "data-pid": ""}, discussion=True)
