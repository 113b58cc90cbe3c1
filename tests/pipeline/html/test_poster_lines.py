"""The poster a post's dated header line links to a member's profile, under the headline."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.poster_lines import may_open_asked, poster_line, question_asker
from tests.pipeline.html.pages import page, prose


def _poster(body: str) -> list[str]:
    return poster_line(HeadlineTexts(LexborHTMLParser(page(body))))


def _header(name: str, href: str, when: str = "1 year ago") -> str:
    return f'<div class="byline">via <a href="{href}">{name}</a> {when} | 12 comments</div>'


def test_the_dated_header_line_names_its_poster() -> None:
    """A profile link ("/~scvalex") in a short line that dates the post names the poster."""
    body = f"<h1>Rust goals</h1>{_header('scvalex', '/~scvalex')}{prose('Post')}"
    assert _poster(body) == ["scvalex"]


def test_a_profile_link_in_an_undated_line_is_no_poster() -> None:
    """A line without a date or an age ("Members area: beginners", a menu) names no poster."""
    body = f'<h1>Rust goals</h1><div><a href="/u/kim">kim</a> | 12 comments</div>{prose("P")}'
    assert _poster(body) == []


def test_a_link_elsewhere_than_a_profile_is_no_poster() -> None:
    """A dated line's link to anything but a member's profile (a tag, a domain) is not read."""
    body = f"<h1>Rust goals</h1>{_header('rust', '/t/rust')}{prose('Post')}"
    assert _poster(body) == []


def test_two_posters_name_no_one() -> None:
    """A page of several dated lines naming different members (a front page of submitted links,
    "1 point by breve 2 minutes ago") is signed by none of them."""
    body = (
        "<h1>New links</h1>"
        f"<p>First link</p>{_header('breve', 'user?id=breve')}"
        f"<p>Second link</p>{_header('rfunix', 'user?id=rfunix')}"
    )
    assert _poster(body) == []


def test_the_poster_signs_a_page_no_other_source_signs() -> None:
    """Where no markup, author link or byline names anyone, the header line's poster is the
    page's author."""
    html = page(
        f"<h1>Development update</h1>{_header('Dessalines', '/u/dessalines', 'May 2, 2024')}"
        f"{prose('Post')}"
    )
    assert extract_html(html).authors == ("Dessalines",)


def _qa_card(action: str, name: str, href: str) -> str:
    return (
        f'<div class="user-info"><div>{action} <span title="2012-06-29">Jun 29, 2012 at 10:51'
        f'</span></div><div><a href="{href}"><img alt="avatar"></a></div>'
        f'<div><a href="{href}">{name}</a><span>1,992</span></div></div>'
    )


def test_the_asked_card_of_a_question_names_its_asker() -> None:
    """On a Q&A page declaring no author, the profile link in the "asked <time>" card signs the
    page; the editor's "edited" card before it and the answers' "answered" cards do not."""
    body = (
        "<h1>Windows 7 Explorer keyboard shortcut?</h1><p>Asked 13 years ago</p>"
        + prose("Question", 3)
        + _qa_card("edited", "Community Bot", "/users/-1/community")
        + _qa_card("asked", "Pup", "/users/68293/pup")
        + prose("Answer", 3)
        + _qa_card("answered", "Other Person", "/users/5/other")
    )
    assert extract_html(page(body)).authors == ("Pup",)
    unasked = body.replace(_qa_card("asked", "Pup", "/users/68293/pup"), "")
    assert extract_html(page(unasked)).authors != ("Pup",)
    assert "Community Bot" not in extract_html(page(unasked)).authors


def test_a_card_split_across_its_nodes_still_opens_with_asked() -> None:
    """The gate lets through a page whose "asked" card opens with the word split by markup or
    by a zero-width character the clean-up removes, in any case (the long s for an "s")."""
    for action in ("as<b>ked</b>", "as\u200bked", "ASKED", "a\u017fked", "\u00a0 asked"):
        body = "<h1>Q</h1>" + _qa_card(action, "Pup", "/users/68293/pup")
        assert question_asker(LexborHTMLParser(page(body))) == ["Pup"]


def test_texts_none_of_which_may_open_asked_pass_no_page() -> None:
    """A page none of whose texts may open with "asked" (nor with its first letters, the rest
    in the next text) is passed over; one whose texts may, or whose head's does, is not."""
    assert not may_open_asked("Title", ["Ask us", "Answered Jun 2", "\u00a0", "Lasked 3"])
    assert not may_open_asked("", ["as well", "Assessment", "a-sked"])
    assert may_open_asked("", ["Menu", "As", "ked Jun 29"])
    assert may_open_asked("", ["\u200b\u200bAsked 2 days ago"])
    assert may_open_asked("asked Jun 2", ["Menu"])
    assert may_open_asked("", [" " * 100 + "asked 4 days ago"])
