"""The poster a post's dated header line links to a member's profile, under the headline."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.poster_lines import poster_line
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
