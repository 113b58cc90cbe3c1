"""The owner of a personal site, named by its home link."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.site_owner import owner_by_home_link
from tests.pipeline.html.pages import page, prose


def _owner(first_link: str, url: str) -> list[str]:
    return owner_by_home_link(LexborHTMLParser(page(first_link + "<a href='/b'>Posts</a>")), url)


def test_a_personal_sites_home_link_names_its_owner() -> None:
    """The page's first link, to the site's root, reading a person's two-word name one of
    whose words the host spells, names the owner; a post no source signs is signed so."""
    assert _owner("<a href='/'>Pierce Freeman</a>", "https://pierce.dev/notes/x") == [
        "Pierce Freeman"
    ]
    link = "<a href='https://owain.bearblog.dev/'>Owain Brennan</a>"
    assert _owner(link, "https://owain.bearblog.dev/post/") == ["Owain Brennan"]
    html = page("<header><a href='/'>Pierce Freeman</a></header><h1>Self-host</h1>" + prose("s"))
    assert extract_html(html, url="https://pierce.dev/notes/self-host").authors == (
        "Pierce Freeman",
    )


def test_a_brands_or_a_sites_home_link_names_no_one() -> None:
    """A brand spelt whole by the domain, or in both words, a site's or an institution's
    words, a possessive, a link elsewhere than the root, or a link not first: no owner."""
    assert _owner("<a href='/'>Levine Music</a>", "https://www.levinemusic.org/a") == []
    assert _owner("<a href='/'>JWU Online</a>", "https://online.jwu.edu/blog/a") == []
    assert _owner("<a href='/'>Park University</a>", "https://www.park.edu/blog/a") == []
    assert _owner("<a href='/'>RogerBW's Blog</a>", "https://blog.firedrake.org/a") == []
    assert _owner("<a href='/about'>Pierce Freeman</a>", "https://pierce.dev/notes/x") == []
    later = "<a href='/menu'>Menu</a><a href='/'>Pierce Freeman</a>"
    assert _owner(later, "https://pierce.dev/notes/x") == []
