"""The owner of a personal site, named by its home link or by its header and its notice."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.site_owner import owner_by_header_and_notice, owner_by_home_link
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


def _notice_owner(header: str, footer: str) -> list[str]:
    body = f"<header>{header}</header><h2>A post</h2>{prose('s')}<footer>{footer}</footer>"
    return owner_by_header_and_notice(LexborHTMLParser(page(body)))


def test_a_personal_sites_header_and_copyright_notice_name_its_owner() -> None:
    """The first <h1> reading a person's two-word name that the copyright notice names too
    ("© 2025 Cassidy Williams.") names the owner; a post no source signs is signed so."""
    header = "<h1>Cassidy Williams</h1><h2>Software Engineer in Chicago</h2>"
    assert _notice_owner(header, "&copy; 2025 Cassidy Williams. Open source.") == [
        "Cassidy Williams"
    ]
    assert _notice_owner(header, "Copyright 2019-2024 Cassidy Williams") == ["Cassidy Williams"]
    html = page(
        f"<header>{header}</header><main><h2>dot-github</h2>{prose('s')}</main>"
        "<footer>&copy; 2025 Cassidy Williams.</footer>",
        "<title>dot-github</title>",
    )
    assert extract_html(html, url="https://cassidoo.co/post/dot-github").authors == (
        "Cassidy Williams",
    )


def test_the_notice_reads_its_sign_or_word_in_any_case() -> None:
    """The notice's "(c)" or "copyright" is read in any case, a dotted or dotless i in the word
    too, as a case-blind pattern reads it; a word that only holds "copyright" opens no notice
    before a name (the search looks for where a notice may begin by its first characters)."""
    header = "<h1>Cassidy Williams</h1>"
    for footer in (
        "(C) 2025 Cassidy Williams",
        "COPYRIGHT 2025, cassidy williams",
        "CoPyRiGhT Cassidy Williams",
        "Copyr\u0130ght 2020 - 2024 Cassidy Williams",
        "copyr\u0131ght Cassidy Williams",
    ):
        assert _notice_owner(header, footer) == ["Cassidy Williams"], footer
    assert _notice_owner(header, "(x) 2025 Cassidy Williams") == []
    assert _notice_owner(header, "Copyrights: Cassidy Williams") == []


def test_the_name_follows_the_notices_years_and_comma_as_the_pattern_reads_them() -> None:
    """The name is read right after the notice's sign, years (one or a range) and comma: a
    second year without a dash, five digits or two commas before it, or a name that runs on
    into a longer word, is no notice of it; a later notice on the page still is."""
    header = "<h1>Cassidy Williams</h1>"
    for footer in ("© 2019 – 2024, Cassidy Williams", "©2025 Cassidy Williams."):
        assert _notice_owner(header, footer) == ["Cassidy Williams"], footer
    for footer in (
        "© 2019 2024 Cassidy Williams",
        "© 20245 Cassidy Williams",
        "© 2025,, Cassidy Williams",
        "© 2025 Cassidy Williamson",
    ):
        assert _notice_owner(header, footer) == [], footer
    later = "© 2025 Acme Corp. Text by (c) 2024 Cassidy Williams"
    assert _notice_owner(header, later) == ["Cassidy Williams"]


def test_a_header_or_a_notice_alone_or_a_brands_names_no_one() -> None:
    """A notice naming someone else, a header without a notice, a site's word or a
    possessive in the heading, or a heading that is no two-word name: no owner."""
    header = "<h1>Cassidy Williams</h1>"
    assert _notice_owner(header, "&copy; 2025 Acme Corp.") == []
    assert _notice_owner(header, "Made with care by Cassidy Williams") == []
    assert _notice_owner("<h1>Cassidy Blog</h1>", "&copy; 2025 Cassidy Blog") == []
    assert _notice_owner("<h1>Jan's Workshop</h1>", "&copy; 2025 Jan's Workshop") == []
    assert _notice_owner("<h1>How to build a shed</h1>", "&copy; 2025 How to build a shed") == []
