"""Metadata from the head: OpenGraph, JSON-LD and meta tags."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.head import head_metadata, locale, title_element
from newswire.pipeline.html.page_elements import Page
from tests.pipeline.html.pages import prose


def test_metadata_from_the_head() -> None:
    """Title without the site suffix, authors, tags as a list, dates, canonical URL and
    language come from OpenGraph, JSON-LD and meta tags."""
    head = (
        '<meta property="og:title" content="Council approves budget | Leeds Post">'
        '<meta property="og:site_name" content="Leeds Post">'
        '<meta name="keywords" content="budget, council , bridges">'
        '<meta property="article:published_time" content="2019-11-19T10:00:00Z">'
        '<link rel="canonical" href="https://example.com/budget">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"name": "Jane Doe"}], "dateModified": "2019-11-20T08:00:00Z"}</script>'
    )
    extracted = extract_html(
        f'<html lang="en-GB"><head>{head}</head><body>{prose("x")}</body></html>'
    )
    assert extracted.title == "Council approves budget"
    assert extracted.authors == ("Jane Doe",)
    assert extracted.tags == ("budget", "council", "bridges")
    assert extracted.published_raw[0] == "2019-11-19T10:00:00Z"
    assert extracted.modified_raw[0] == "2019-11-20T08:00:00Z"
    assert extracted.canonical_url == "https://example.com/budget"
    assert extracted.language_hint == "en"


def test_json_ld_roots_come_in_page_order_from_scripts_and_meta_elements() -> None:
    """JSON-LD in a script (its type in any case) and in a ``<meta name$="ld+json">`` comes in
    page order; that <meta> is read as a meta value too, and other <meta>s are not JSON-LD."""
    head = (
        '<meta name="script:ld+json" content=\'{"@type": "WebPage"}\'>'
        '<meta name="description" content="A story">'
        '<script type="Application/LD+JSON">{"@type": "NewsArticle"}</script>'
        '<meta name="other:LD+JSON" content=\'{"@type": "Person"}\'>'
    )
    meta = head_metadata(LexborHTMLParser(f"<html><head>{head}</head><body></body></html>"))
    assert meta.ld_roots == ({"@type": "WebPage"}, {"@type": "NewsArticle"})
    assert meta.first("script:ld+json") == '{"@type": "WebPage"}'
    assert meta.first("description") == "A story"


def test_json_ld_with_raw_newlines_in_its_strings_is_read_and_broken_json_ld_is_not() -> None:
    """A JSON-LD object whose ``articleBody`` holds a raw newline and tab (strict JSON refuses
    them) is read, its dates with it; one that is not JSON at all, or nested deeper than any
    parser follows, is left out without failing the page."""
    body = '"articleBody": "First line.\n\tSecond line."'
    scripts = (
        f'<script type="application/ld+json">{{"@type": "DiscussionForumPosting", {body}, '
        '"datePublished": "2024-02-21 13:00:00"}</script>'
        '<script type="application/ld+json">{"@type": "Article", "name": </script>'
        f'<script type="application/ld+json">{"[" * 5000}</script>'
    )
    meta = head_metadata(LexborHTMLParser(f"<html><head>{scripts}</head><body></body></html>"))
    assert len(meta.ld_roots) == 1
    extracted = extract_html(f"<html><head>{scripts}</head><body>{prose('x')}</body></html>")
    assert extracted.published_raw[0].startswith("2024-02-21")


def _locale_of(html: str) -> str | None:
    tree = LexborHTMLParser(html)
    return locale(tree, head_metadata(tree))


def test_a_bare_language_takes_its_region_from_og_locale() -> None:
    """<html lang="en"> with og:locale en_US is en-us (the region orders numeric dates); a
    region of another language, or a region already on <html>, is not taken."""
    head = '<head><meta property="og:locale" content="{}"></head><body></body></html>'
    assert _locale_of('<html lang="en">' + head.format("en_US")) == "en-us"
    assert _locale_of('<html lang="en">' + head.format("fr_FR")) == "en"
    assert _locale_of('<html lang="en-GB">' + head.format("en_US")) == "en-gb"
    assert _locale_of("<html>" + head.format("en_US")) == "en-us"
    assert _locale_of('<html lang="en"><body></body></html>') == "en"


def test_a_threads_microdata_headline_is_its_title_under_a_logo_h1() -> None:
    """A thread whose <h1> is the forum's logo and whose <title> adds the board's and the site's
    names ("Thread - Programming - Site") is headed by the one headline its microdata declares
    (``<meta itemprop="headline">``); two such headlines (a listing's cards) declare none."""
    head = "<title>Hybrid Quantum Computing - Programming - Nigeria</title>"
    post = (
        '<div itemscope itemtype="https://schema.org/DiscussionForumPosting">'
        '<meta itemprop="headline" content="Hybrid Quantum Computing">'
        + prose("post", 4)
        + "</div>"
    )
    logo = '<h1><a href="/">Nairaland Forum</a></h1>'
    thread = f"<html><head>{head}</head><body>{logo}{post}</body></html>"
    assert extract_html(thread).title == "Hybrid Quantum Computing"
    second = '<div itemscope><meta itemprop="headline" content="Another thread"></div>'
    cards = f"<html><head>{head}</head><body>{logo}{post}{second}</body></html>"
    assert head_metadata(LexborHTMLParser(cards)).declared_headline() is None


def test_title_element_is_the_first_title_in_page_order_as_css_first_finds() -> None:
    """``title_element`` gives the page's first <title> as ``css_first("title")`` does, read
    from the shared query of a parsed ``Page`` or of any tree: the head's before an <svg>'s
    in the body, an <svg>'s where the head has none, and None on a page without any."""
    pages = [
        "<html><head><title>Budget</title></head><body><svg><title>Icon</title></svg></body>",
        '<html><head><meta name="a" content="b"></head><body><p>x</p>'
        "<svg><title>Icon</title></svg><title>Late</title></body></html>",
        "<html><head></head><body><p>No title</p></body></html>",
    ]
    found = []
    for html in pages:
        for tree in (Page(html), LexborHTMLParser(html)):
            node, expected = title_element(tree), tree.css_first("title")
            assert (node.html if node else None) == (expected.html if expected else None)
        node = title_element(Page(html))
        found.append(node.text() if node else None)
    assert found == ["Budget", "Icon", None]
