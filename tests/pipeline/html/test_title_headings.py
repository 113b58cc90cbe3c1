"""Headings that show the page's title where its <h1> says something else: a classic blog's post
heading, a book's or a manual's page heading, a <h2> repeating the title, a count or year beside
the <h1> (``title_headings``)."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_a_classic_blogs_post_title_under_the_blogs_name_is_the_headline() -> None:
    """A blog template's <h1> is the blog's name and its <title> that name then the post's
    title: the <h3> that is the rest of the <title> is the headline. A headline <h1> above
    the site's name in a heading stays the headline."""
    blog = page(
        "<h1 class='title'>Engora Data Blog</h1><h2 class='date-header'>Friday, December 19,"
        " 2025</h2><h3 class='post-title'>Small adventures with small language models</h3>"
        + prose("story", 4),
        "<title>Engora Data Blog: Small adventures with small language models</title>",
    )
    assert extract_html(blog).title == "Small adventures with small language models"
    story = page(
        "<h1>Complete Japan Itinerary for First Timers</h1>"
        + prose("story", 4)
        + "<h2>Girl Eat World</h2>",
        "<title>Complete Japan Itinerary for First Timers | Girl Eat World</title>",
    )
    assert extract_html(story).title == "Complete Japan Itinerary for First Timers"


def test_a_docs_h1_before_the_sites_name_with_a_version_stays_the_headline() -> None:
    """A documentation page whose <h1> is its <title>'s first part and whose rest is the site's
    name with a version number ("ORM Quick Start — SQLAlchemy 2.0 Documentation") keeps its
    <h1>: the rest is counted in words as written, no longer than the <h1>, so no blog's name."""
    docs = page(
        "<h3>SQLAlchemy 2.0 Documentation</h3><h1>ORM Quick Start</h1>" + prose("docs", 4),
        "<title>ORM Quick Start — SQLAlchemy 2.0 Documentation</title>",
    )
    assert extract_html(docs).title == "ORM Quick Start"


def test_a_heading_repeating_the_pages_title_wins_over_an_h1_saying_something_else() -> None:
    """Where the <h1> is a short label and a <h2> repeats og:title word for word (without the
    site's name), the reader is shown the title's wording: that heading is the headline. A
    <h2> that only shares words with the title leaves the <h1> standing."""
    repeated = page(
        "<h1>Toddler Sleep Training</h1><h2>How To Get Toddlers To Sleep In Their Own Bed</h2>"
        + prose("story", 4),
        '<meta property="og:title" content="How To Get Toddlers To Sleep In Their Own Bed | Kids">'
        "<title>How To Get Toddlers To Sleep In Their Own Bed | Kids</title>",
    )
    assert extract_html(repeated).title == "How To Get Toddlers To Sleep In Their Own Bed"
    section = page(
        "<h1>Toddler Sleep Training</h1><h2>How To Get Toddlers To Sleep</h2>" + prose("story", 4),
        '<meta property="og:title" content="How To Get Toddlers To Sleep In Their Own Bed | Kids">',
    )
    assert extract_html(section).title == "Toddler Sleep Training"


def test_a_section_asking_the_titles_question_in_its_own_case_leaves_the_h1_standing() -> None:
    """A <h2> that has the title's words but not as the title writes them (its own letter case,
    a question mark) is a section of the story: the <h1> stays the headline. The same <h2>
    written as the title is, is the title shown again."""
    head = (
        '<meta property="og:title" content="What is Social Commerce - A guided introduction">'
        "<title>What is Social Commerce - A guided introduction | Emplifi</title>"
    )
    h1 = "<h1>An introduction to social commerce: What brands need to know in 2026</h1>"
    section = page(h1 + "<h2>What is social commerce?</h2>" + prose("story", 4), head)
    assert extract_html(section).title == (
        "An introduction to social commerce: What brands need to know in 2026"
    )
    repeated = page(h1 + "<h2>What is Social Commerce</h2>" + prose("story", 4), head)
    assert extract_html(repeated).title == "What is Social Commerce"


def test_a_count_or_year_the_title_adds_to_the_h1_is_part_of_the_headline() -> None:
    """A list's count or a year set beside the <h1> in a badge of its own is in the page's
    title ("8 Recent Trends in Photography"): the title is the headline when it adds only
    numbers to the <h1>; added words leave the <h1> standing."""
    counted = page(
        "<h1>Recent Trends in Photography</h1>" + prose("story", 4),
        "<title>8 Recent Trends in Photography - Flatworld Solutions</title>",
    )
    assert extract_html(counted).title == "8 Recent Trends in Photography"
    worded = page(
        "<h1>The Best Cheap Laptops Under $500</h1>" + prose("story", 4),
        "<title>The Best Cheap Laptops Under $500 for 2026 | Reviews</title>",
    )
    assert extract_html(worded).title == "The Best Cheap Laptops Under $500"


def test_the_byline_under_a_heading_naming_the_title_above_the_h1_is_read() -> None:
    """ "<h2>What do people love about Rust?</h2>" (the page's title) over its date and byline
    line, then the story whose first section is an <h1>: the byline under the <h2> names the
    writer, the title stays the <h2>'s; an <h2> naming the title below the <h1> leaves the
    texts after the <h1> the ones read (no byline here)."""
    head = "<title>What do people love about Rust? | Rust Blog</title>"
    header = (
        "<header><h2>What do people love about Rust?</h2></header>"
        "<div>Dec. 19, 2025 &middot; Niko Matsakis on behalf of <a href='/g'>Vision group</a></div>"
    )
    section = "<h1>But what people love is the sense of empowerment</h1>"
    above = extract_html(page(header + prose("s", 2) + section + prose("t", 2), head))
    assert above.title == "What do people love about Rust?"
    assert above.authors == ("Niko Matsakis",)
    below = extract_html(page(section + prose("t", 2) + header + prose("s", 2), head))
    assert below.authors == ()


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
