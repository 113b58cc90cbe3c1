"""Authors named by a page's markup: Highwire Press citation tags, a <meta> author that repeats
the JSON-LD author's name."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_a_scholarly_pages_citation_authors_are_its_authors() -> None:
    """Highwire Press tags name every author of a paper, one per tag and in order, each kept
    whole; a byline box's "The Author" label is no name."""
    paper = page(
        "<h1>Study</h1>" + prose("s", 4),
        '<meta name="citation_author" content="Aditya Mahindru">'
        '<meta name="citation_author_institution" content="Medical College, Wardha">'
        '<meta name="citation_author" content="Pradeep Patil">'
        '<meta name="citation_authors" content="Kaufman, Jeff T.">',
    )
    assert extract_html(paper).authors == ("Aditya Mahindru", "Pradeep Patil", "Kaufman, Jeff T.")
    labelled = page(
        "<h1>Story</h1><div class='author'><span class='author-name'>The Author</span></div>"
        + prose("s", 4),
        '<meta name="author" content="The Author">',
    )
    assert extract_html(labelled).authors == ()


def test_a_meta_author_repeating_the_json_ld_name_adds_no_one() -> None:
    """A ``<meta name="author">`` that repeats the JSON-LD author's name whole is the same
    person: its credentials after a comma ("Jane Roe CPP, PSP") are not read as a second
    author."""
    head = (
        '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Person",'
        ' "name": "Jane Roe CPP, PSP"}}</script><meta name="author" content="Jane Roe CPP, PSP">'
    )
    extracted = extract_html(page("<h1>Story</h1>" + prose("story", 4), head))
    assert extracted.authors == ("Jane Roe CPP, PSP",)
