"""The page's own name where its <h1> is the name of the book, manual or project it belongs to
(``title._chapter_title``)."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_a_books_page_under_the_books_name_takes_the_pages_name_from_its_title() -> None:
    """A book's page whose <h1> is the book's name, under "Page name - Book name" with a
    heading showing the page's name, is headed by the page's name as the <title> writes it;
    a one-word tag before the headline's <h1> in the <title> leaves the <h1> standing."""
    chapter = page(
        "<h1>The Rust Programming Language</h1><h2>What Is Ownership?</h2>" + prose("text", 4),
        "<title>What is Ownership? - The Rust Programming Language</title>",
    )
    assert extract_html(chapter).title == "What is Ownership?"
    tagged = page(
        "<h1>How to back up my entire system?</h1><h2>Backup</h2>" + prose("question", 4),
        "<title>backup - How to back up my entire system? - Ask Ubuntu</title>",
    )
    assert extract_html(tagged).title == "How to back up my entire system?"


def test_a_manuals_page_under_its_projects_logo_takes_the_pages_name_from_its_title() -> None:
    """Sphinx's default <title>, "Page — Project documentation", under the theme's logo
    "<h1>Project</h1>" and the page's own <h1>: the page's name heads it; a first <h1> that
    ends inside a word of the project's part ("The Linux Kern") is not the site's name."""
    head = (
        "<title>Submitting patches: the essential guide &#8212; "
        "The Linux Kernel documentation</title>"
    )
    body = "<h1>Submitting patches: the essential guide</h1>" + prose("text", 4)
    manual = page("<h1><a href='../index.html'>The Linux Kernel</a></h1>" + body, head)
    assert extract_html(manual).title == "Submitting patches: the essential guide"
    partial = page("<h1><a href='../index.html'>The Linux Kern</a></h1>" + body, head)
    assert extract_html(partial).title == "The Linux Kern"


def test_a_one_word_page_name_before_the_sites_name_is_no_brand() -> None:
    """A book's page titled "Introduction - From Zero to QED", the site's name (og:site_name)
    the <title>'s longer end: the book's <h1> is the site's, and the page's own one-word <h1>
    is the headline, not taken for the title's brand end."""
    head = (
        '<meta property="og:site_name" content="From Zero to QED">'
        '<meta property="og:title" content="From Zero to QED: An informal introduction to Lean">'
        "<title>Introduction - From Zero to QED</title>"
    )
    body = "<h1>From Zero to QED</h1><main><h1>Introduction</h1>" + prose("text", 4) + "</main>"
    assert extract_html(page(body, head)).title == "Introduction"
