"""A forum thread's first post and its date: the posts by id, the header's date text, not the
poster's card."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.page_elements import Page
from newswire.pipeline.html.thread_posts import (
    PROFILE_HREF,
    PROFILE_LINKS,
    first_post_date,
    first_poster,
    repeated_poster,
    shows_thread,
)
from tests.pipeline.html.pages import page, prose

_CARD = (
    '<dl class="postprofile"><dt><a href="/u/1">Minoa</a></dt>'
    "<dd><strong>Posts:</strong> 4032</dd><dd><strong>Founded:</strong> Dec 11, 2021</dd></dl>"
)


def _post(number: int, when: str, text: str) -> str:
    return (
        f'<div id="p{number}" class="post">{_CARD}<div class="postbody">'
        f'<p class="author">by <strong><a href="/u/1">Minoa</a></strong> » {when}</p>'
        f'<div class="content">{text}</div></div></div>'
    )


def _thread(*posts: str, header: str = "") -> str:
    return page(f"{header}<h2>Football season</h2>{''.join(posts)}")


def test_the_first_posts_header_dates_the_thread() -> None:
    """The first short date text of the first post by id ("p36151648"), read past the poster's
    definition-list card ("Founded: Dec 11, 2021" is the member's), is the thread's date."""
    html = _thread(
        _post(36151648, "Tue Aug 27, 2019 1:47 am", prose("First")),
        _post(36151819, "Wed Aug 28, 2019 4:08 am", prose("Reply")),
    )
    assert first_post_date(LexborHTMLParser(html), "en") == ["2019-08-27T01:47:00+00:00"]


def test_one_post_by_id_is_no_thread() -> None:
    """A page with a single element id'd like a post (a blog's ``<article id="post-12">``) is a
    story: no first-post date is read."""
    html = page(f'<article id="post-12"><p>May 1, 2024</p>{prose("Story")}</article>')
    assert first_post_date(LexborHTMLParser(html), "en") == []


def test_a_relative_header_date_is_not_read() -> None:
    """A post header showing "2 years ago" names no day without the fetch time: nothing."""
    html = _thread(_post(1, "2 years ago", prose("First")), _post(2, "1 year ago", prose("R")))
    assert first_post_date(LexborHTMLParser(html), "en") == []


def test_the_same_day_as_a_date_element_read_first_gives_way() -> None:
    """Where the first date element already names the post's day, the element is kept (its
    markup has the time and zone): ``unless`` that day, nothing."""
    html = _thread(
        _post(1, "June 04, 2024, 11:23:55 AM", prose("F")), _post(2, "June 05, 2024", "R")
    )
    assert first_post_date(LexborHTMLParser(html), "en", unless=date(2024, 6, 4)) == []


def test_the_first_post_outranks_a_header_clock_on_a_thread_without_markup() -> None:
    """On a thread page without a markup publication, the first post's date comes before a
    date element above the posts (the forum's header clock, "March 05, 2026, 07:16:19 AM")."""
    clock = '<div class="user"><time datetime="2026-03-05T12:16:19Z">March 05, 2026</time></div>'
    html = _thread(
        _post(4175227, "June 04, 2024, 11:23:55 AM", prose("First")),
        _post(4175300, "June 05, 2024, 09:00:00 AM", prose("Reply")),
        header=clock,
    )
    assert extract_html(html).published_raw[0] == "2024-06-04T11:23:55+00:00"


def test_posts_are_read_in_page_order_whatever_their_id_word() -> None:
    """Posts id'd by different words ("p…", "msg…", "post…") are taken in page order: the
    first on the page is the first post, whichever word its id has."""
    first, second = prose("First"), prose("Reply")
    for ids in (("p1", "post2"), ("post1", "msg2"), ("msg1", "p2"), ("post-1", "p2")):
        html = page(
            f'<div id="{ids[0]}"><p>May 1, 2024</p>{first}</div>'
            f'<div id="{ids[1]}"><p>June 2, 2025</p>{second}</div>'
        )
        assert first_post_date(LexborHTMLParser(html), "en") == ["2024-05-01T00:00:00+00:00"], ids


def _message(number: int, header: str) -> str:
    return (
        f'<div class="message js-post" id="js-post-{number}">'
        f'<header class="message-attribution">{header}</header>{prose("Post")}</div>'
    )


def test_xenforo_posts_by_js_post_id_date_the_thread_by_their_time_stamp() -> None:
    """XenForo 2's posts ("js-post-63057301") are posts by id; the first post's date is its
    ``<time>``'s ``datetime`` (the moment and its offset), not the text in the server's day,
    and not the thread summary's "last post by … Sep 26, 2024" line in the first post's card."""
    stamp = '<div><time datetime="2024-06-02T20:22:24-0400">Jun 3, 2024</time></div>'
    summary = (
        '<div><span>last post by <a href="/m/1">ggery</a> <time>Sep 26, 2024</time></span></div>'
    )
    html = _thread(
        _message(63057301, summary + stamp), _message(63057439, "<time>Jul 1, 2024</time>")
    )
    assert first_post_date(LexborHTMLParser(html), "en") == ["2024-06-02T20:22:24-0400"]
    plain = _thread(
        _message(1, "<span>Jun 3, 2024</span>"), _message(2, "<span>Jul 1, 2024</span>")
    )
    assert first_post_date(LexborHTMLParser(plain), "en") == ["2024-06-03T00:00:00+00:00"]
    prefixed = plain.replace('id="js-post-', 'id="jsx-post-')
    assert first_post_date(LexborHTMLParser(prefixed), "en") == []


def _card_post(number: int, href: str, name: str, text: str) -> str:
    return (
        f'<div id="p{number}" class="post"><dl class="postprofile"><dt>'
        f'<a href="{href}" class="username">{name}</a></dt></dl>'
        f'<div class="content">{text}</div></div>'
    )


def test_the_first_posts_profile_link_names_the_opener() -> None:
    """The first link to a member's profile in the first post by id (phpBB's
    "memberlist.php?mode=viewprofile") names the thread's opener, not a reply's poster."""
    html = _thread(
        _card_post(1, "./memberlist.php?mode=viewprofile&u=72760", "galitsyn", prose("First")),
        _card_post(2, "./memberlist.php?mode=viewprofile&u=11", "Simple07", prose("Reply")),
    )
    assert first_poster(LexborHTMLParser(html)) == ["galitsyn"]


def test_a_letter_avatar_and_other_links_are_passed_over() -> None:
    """A share link ("sharer.php?u=…") is no profile and a one-letter avatar link is no name:
    the poster is the next profile link's text ("members/pelex.1378134/")."""
    first = (
        '<li id="post-4859929"><a href="https://www.facebook.com/sharer.php?u=x">Share</a>'
        '<a href="members/pelex.1378134/">P</a><a href="members/pelex.1378134/">pelex</a>'
        f"{prose('First')}</li>"
    )
    html = _thread(first, _card_post(4859930, "members/ann.2/", "ann", prose("Reply")))
    assert first_poster(LexborHTMLParser(html)) == ["pelex"]


def test_a_guests_view_names_the_opener_by_the_cards_term() -> None:
    """A thread that shows a guest no profile links (FluxBB's "<dt><strong>chunix64</strong>
    </dt>" in each post's card) is signed by the first post's card; a term after the post's
    first paragraph (a story's definition list) names no one."""

    def post(number: int, name: str, text: str) -> str:
        card = f"<dl><dt><strong>{name}</strong></dt><dd>Member</dd></dl>"
        return f'<div id="p{number}" class="blockpost">{card}<div>{text}</div></div>'

    html = _thread(post(1, "chunix64", prose("First")), post(2, "seth", prose("Reply")))
    assert first_poster(LexborHTMLParser(html)) == ["chunix64"]
    story = f"{prose('Story')}<dl><dt>Latency</dt><dd>the delay</dd></dl>"
    html = _thread(f'<article id="post-12">{story}</article>', '<article id="post-13"></article>')
    assert first_poster(LexborHTMLParser(html)) == []


def test_a_single_post_by_id_names_no_poster() -> None:
    """A story with one element id'd like a post (a blog's ``<article id="post-12">``) is no
    thread: its profile link is not read as a poster's."""
    html = page(f'<article id="post-12"><a href="/members/jo.1/">jo</a>{prose("S")}</article>')
    assert first_poster(LexborHTMLParser(html)) == []


def test_the_opener_signs_a_thread_without_markup() -> None:
    """A thread whose markup declares no author is signed by its first post's poster alone."""
    html = _thread(
        _card_post(1, "member.php?u=805995", "HOSTLAR", prose("First")),
        _card_post(2, "member.php?u=7", "fullarton", prose("Reply")),
    )
    assert extract_html(html).authors == ("HOSTLAR",)


def _hashed_post(href: str, name: str, text: str) -> str:
    """A post whose software's ids and class names a build hashed: its poster's avatar, name and
    "View Profile" links are the only sign of whose it is."""
    return (
        f'<div id="x9f3a" class="c81e7"><a href="{href}"><img src="a.png" alt=""></a>'
        f'<a href="{href}">{name}</a><a href="{href}">View Profile</a>'
        f'<div class="e4da3">{text}</div></div>'
    )


def test_hashed_threads_first_poster_is_its_first_repeated_profile_link() -> None:
    """Where no post has an id of its software's, the first link named like a member to a
    profile the page links twice or more names the opener; the menu's profile-shaped links
    linked once ("Login", "Member List"), pages about the site's users ("/user/login",
    "user-agreement?id=4259", linked twice: no member's number) and the "View Profile" label
    every poster shares are passed over."""
    menu = (
        '<a href="member.php?action=login">Login</a><a href="memberlist.php">Member List</a>'
        '<a href="/user/login">Log in</a><a href="/user/register?productid=0">Sign up</a>'
        '<a href="/member-policies/user-agreement?id=4259">User Agreement</a>'
    )
    html = page(
        f"{menu}<h2>Football season</h2>"
        + _hashed_post("user-126792.html", "StarredSkies", prose("First"))
        + _hashed_post("user-37079.html", "Omar G.", prose("Reply"))
        + menu
    )
    assert repeated_poster(LexborHTMLParser(html)) == ["StarredSkies"]


def test_one_repeated_profile_link_is_no_thread() -> None:
    """A story whose author box links one person's profile twice (photo and name) shows no
    thread's posters: the rule names no one, the byline rules are left to."""
    box = '<a href="/profile/jo"><img src="j.png" alt=""></a><a href="/profile/jo">Jo Ames</a>'
    html = page(f"<h2>Football season</h2>{prose('Story')}{box}<a href='/user/ann'>ann</a>")
    assert repeated_poster(LexborHTMLParser(html)) == []


def test_a_hashed_thread_is_signed_by_its_first_poster() -> None:
    """A thread with hashed ids and class names, no author markup and no byline is signed by
    the first poster its profile links name."""
    html = page(
        "<h2>Football season</h2>"
        + _hashed_post("member.php?u=805995", "HOSTLAR", prose("First"))
        + _hashed_post("member.php?u=7", "fullarton", prose("Reply"))
    )
    assert extract_html(html).authors == ("HOSTLAR",)


def test_profiles_named_by_slug_are_no_threads_posters() -> None:
    """A Q&A page's answerers, each linked by avatar and name to a profile named by a slug
    ("/profile/Mats-Andersson-16"), carry no member's number: no thread's poster is named."""
    html = page(
        "<h2>Was it bad?</h2>"
        + _hashed_post("/profile/Mats-Andersson-16", "Mats Andersson", prose("First"))
        + _hashed_post("/profile/Ben-Michael-138", "Ben Michael", prose("Second"))
    )
    assert repeated_poster(LexborHTMLParser(html)) == []


def _dated_post(member: int, name: str, when: str, text: str) -> str:
    """A post as a build with hashed names ships it: no id of the software's, a header with its
    date, the poster's avatar by the profile's path and name by its full address."""
    return (
        f'<div class="q1"><div class="q2">{when}</div><div class="q3">'
        f'<a href="user-{member}.html"><img src="a.png" alt=""></a>'
        f'<a href="https://forum.example/user-{member}.html">{name}</a></div>'
        f'<div class="q4">{text}</div></div>'
    )


def test_a_hashed_threads_first_post_is_told_by_its_posters_links() -> None:
    """Where no post has an id of its software's, the first post is the element holding the
    first repeated profile link up to where another member's post begins, whichever way its
    address is written: its header's date dates the thread."""
    html = page(
        '<div class="q0">'
        + _dated_post(7, "Minoa", "Sat Feb 23, 2019 9:14 pm", prose("First"))
        + _dated_post(9, "Ranko", "Sun Feb 24, 2019 2:31 am", prose("Reply"))
        + _dated_post(7, "Minoa", "Sun Feb 24, 2019 5:31 pm", prose("Answer"))
        + "</div>"
    )
    assert first_post_date(LexborHTMLParser(html), "en") == ["2019-02-23T21:14:00+00:00"]


def test_one_members_links_alone_are_no_posts() -> None:
    """A page whose only repeated profile links are one member's (a story's author box and its
    byline) has no posts to date."""
    box = '<p>May 1, 2024 by <a href="/user-7.html">Minoa</a></p>'
    html = page(f'<div class="q0">{box}{prose("Story")}{box}</div>')
    assert first_post_date(LexborHTMLParser(html), "en") == []


def test_the_profile_links_are_every_link_whose_address_may_name_a_profile() -> None:
    """``PROFILE_LINKS`` finds, in page order, every link whose address ``PROFILE_HREF`` finds a
    profile in, in any case and with the letters its case-blind match takes for "i" and "s"
    (U+0130, U+0131, U+017F); a link whose address holds none of its words is left out."""
    hrefs = [
        "/news/today",
        "/memberlist.php?mode=viewprofile&u=7",
        "/USERS/ann",
        "/Profile/bob",
        "/U/carl",
        "/~dana",
        "/u\u017fer/eve",
        "/prof\u0130le/fay",
        "/prof\u0131le/gus",
        "/menu/drinks",
    ]
    tree = LexborHTMLParser("".join(f'<a href="{href}">{href}</a>' for href in hrefs))
    found = [link.attrs.get("href") or "" for link in tree.css(PROFILE_LINKS)]
    assert found == hrefs[1:]
    assert all(PROFILE_HREF.search(href) for href in hrefs[1:-1])
    assert not PROFILE_HREF.search(hrefs[-1])


def test_three_posts_by_id_each_linking_a_profile_show_a_thread() -> None:
    """Three posts by their software's ids, each linking its poster's profile, show a thread;
    two do not, nor three WordPress articles ("post-123") that link their authors' archives."""
    posts = [_post(number, "Tue Aug 27, 2019 1:47 am", prose("Post", 1)) for number in (1, 2, 3)]
    assert shows_thread(LexborHTMLParser(_thread(*posts)))
    assert not shows_thread(LexborHTMLParser(_thread(*posts[:2])))
    articles = "".join(
        f'<article id="post-{number}"><a href="/author/ann/">Ann</a>{prose("Post", 1)}</article>'
        for number in (1, 2, 3)
    )
    assert not shows_thread(LexborHTMLParser(page(articles)))


def test_posts_without_a_profile_link_anywhere_in_the_page_order_count_for_nothing() -> None:
    """Three posts linking profiles show a thread wherever posts without one stand among them
    (before, between, after); two linking profiles among any number of others do not."""
    linked = [_post(number, "Tue Aug 27, 2019 1:47 am", prose("Post", 1)) for number in (1, 2, 3)]
    bare = [f'<div id="p{number}">{prose("Post", 1)}</div>' for number in (7, 8, 9)]
    assert shows_thread(LexborHTMLParser(_thread(*bare[:2], *linked)))
    assert shows_thread(LexborHTMLParser(_thread(linked[0], *bare, *linked[1:])))
    assert not shows_thread(LexborHTMLParser(_thread(*linked[:2], *bare)))
    assert not shows_thread(LexborHTMLParser(_thread(*bare, *linked[:2])))


def test_a_pages_posts_are_read_once_until_it_is_forgotten() -> None:
    """On a ``Page``, the posts by id are read on the first ask and kept for the next rule (the
    same thread shown, the same first poster), and read again once the page's queries are
    forgotten (a repair moved its nodes)."""
    posts = [_post(number, "Tue Aug 27, 2019 1:47 am", prose("Post", 1)) for number in (1, 2, 3)]
    tree = Page(_thread(*posts))
    assert tree.posts is None
    assert shows_thread(tree)
    kept = tree.posts
    assert kept is not None
    assert [node.attributes.get("id") for node in kept] == ["p1", "p2", "p3"]
    assert first_poster(tree) == ["Minoa"]
    assert tree.posts is kept
    tree.forget()
    assert tree.posts is None
    assert first_poster(tree) == ["Minoa"]
    assert tree.posts is not None
    assert tree.posts is not kept
