"""Metadata from the head: OpenGraph, JSON-LD and meta tags."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
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
