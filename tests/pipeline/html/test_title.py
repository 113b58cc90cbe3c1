"""The headline: which of og:title, <h1> and <title> names the story."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.head import head_metadata
from newswire.pipeline.html.title import headline
from tests.pipeline.html.pages import page, prose


def test_a_domain_written_as_the_title_suffix_is_dropped() -> None:
    """Without an <h1>, "GAME CHANGER | Newegg.com" names the story "GAME CHANGER"."""
    html = page(prose("story", 4), "<title>GAME CHANGER | Newegg.com</title>")
    assert extract_html(html).title == "GAME CHANGER"


def test_the_headline_is_read_as_written_without_what_sits_inside_it() -> None:
    """A decorated initial stays in its word; a date, a button and a permalink anchor inside
    the <h1> are not part of the headline."""
    html = page(
        '<h1><a href="/p">How AI Cuts Your Planning <span class="hand">C</span>ycle</a></h1>'
        + prose("story", 4),
        "<title>How AI Cuts Your Planning Cycle</title>",
    )
    assert extract_html(html).title == "How AI Cuts Your Planning Cycle"
    inside = page(
        '<h1><a href="/p"><time datetime="2025-12-18">Dec 18 2025</time> Preparing a transition'
        '</a><button>Copy item path</button><a class="headerlink" href="#x">¶</a></h1>'
        + prose("story", 4),
        "<title>Preparing a transition</title>",
    )
    assert extract_html(inside).title == "Preparing a transition"


def test_labels_after_a_pipe_in_the_h1_are_dropped() -> None:
    """An <h1> printed from the SEO title keeps its section and site after pipes: dropped."""
    html = page(
        "<h1>How to help babies sleep through the night | Patient Education | City Hospital</h1>"
        + prose("story", 4),
        "<title>How to help babies sleep through the night | City Hospital</title>",
    )
    assert extract_html(html).title == "How to help babies sleep through the night"


def test_a_headline_in_capitals_takes_the_case_the_page_names_itself_in() -> None:
    """<h1>TIPS FOR ONLINE SUCCESS</h1> is lettering: og:title's "Tips for Online Success" is
    the headline; without a name in ordinary case the capitals stay."""
    html = page(
        "<h1>TIPS FOR ONLINE SUCCESS</h1>" + prose("story", 4),
        '<meta property="og:title" content="Tips for Online Success | Acme Blog">',
    )
    assert extract_html(html).title == "Tips for Online Success"
    alone = page("<h1>TIPS FOR ONLINE SUCCESS</h1>" + prose("story", 4))
    assert extract_html(alone).title == "TIPS FOR ONLINE SUCCESS"


def test_the_sites_name_after_the_headline_is_cut() -> None:
    """An <h1> printed from the SEO title ending with " - Artlyst" (og:site_name) gives the
    headline without it; a <title> ending with the site name's short form ("Thrive Internet
    Marketing" for "Thrive Internet Marketing Agency") loses that part too."""
    h1 = page(
        "<h1>Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst</h1>" + prose("s", 3),
        '<meta property="og:site_name" content="Artlyst">',
    )
    assert extract_html(h1).title == "Critics’ Choice: Best UK Art Exhibitions 2025"
    short = page(
        prose("s", 3),
        "<title>Website Design Portfolio | Thrive Internet Marketing</title>"
        '<meta property="og:site_name" content="Thrive Internet Marketing Agency">',
    )
    assert extract_html(short).title == "Website Design Portfolio"


def test_curled_quotes_of_the_h1_take_the_straight_form_both_titles_give() -> None:
    """An <h1> whose quotes a typography filter curled ("Beginner\u2019s") is given with the
    straight quotes og:title and <title> both write; where one of them curls them too, or
    names the story in other words, the <h1> stays as shown."""
    straight = page(
        "<h1>A Beginner\u2019s Guide to \u201cSlow\u201d Bread</h1>" + prose("story", 4),
        '<meta property="og:title" content="A Beginner\'s Guide to &quot;Slow&quot; Bread">'
        '<title>A Beginner\'s Guide to "Slow" Bread | Crumb</title>',
    )
    assert extract_html(straight).title == 'A Beginner\'s Guide to "Slow" Bread'
    curled = page(
        "<h1>A Beginner\u2019s Guide to Bread</h1>" + prose("story", 4),
        '<meta property="og:title" content="A Beginner\'s Guide to Bread">'
        "<title>A Beginner\u2019s Guide to Bread | Crumb</title>",
    )
    assert extract_html(curled).title == "A Beginner\u2019s Guide to Bread"


def test_a_paragraph_repeating_the_title_shows_the_headline_before_a_reworded_section() -> None:
    """A page builder's post setting its headline in a <p> (no heading shows it): the first
    <p> that is the title word for word is where the headline is shown, so the byline and
    date in the paragraphs after it are read, not those after a later <h2> that rewords the
    title; a <p> sharing some words only is not."""
    head = "<title>Top 5 HR Management Software in 2026 | Diana</title>"
    html = page(
        "<p>Top 5 HR Management Software in 2026</p><p>Diana Team</p><p>Feb 16, 2026</p>"
        + prose("intro", 2)
        + "<h2>Top 5 HR Management Software Platforms of 2026</h2>"
        + prose("story", 4),
        head,
    )
    tree = LexborHTMLParser(html)
    title, node, _ = headline(tree, head_metadata(tree))
    assert title == "Top 5 HR Management Software in 2026"
    assert node is not None
    assert node.tag == "p"
    assert extract_html(html).authors == ("Diana Team",)
    reworded = page("<p>Top 5 HR Software</p>" + prose("story", 4), head)
    tree = LexborHTMLParser(reworded)
    assert headline(tree, head_metadata(tree))[1] is None


def test_a_double_encoded_headline_is_repaired() -> None:
    """A headline whose UTF-8 was once read as cp1252 ("Investor\u00e2\u0080\u0099s") in the
    <h1> and the page's titles alike is given as the reader's text ("Investor\u2019s")."""
    broken = "A DIY Investor\u00e2\u0080\u0099s Guide to Retirement Calculators"
    html = page(
        f"<h1>{broken}</h1>" + prose("story", 4),
        f'<meta property="og:title" content="{broken}"><title>{broken}</title>',
    )
    assert extract_html(html).title == "A DIY Investor\u2019s Guide to Retirement Calculators"


def test_marks_written_against_a_headlines_links_stay_on_their_words() -> None:
    """A possessive, a colon or a closing quote written against the link before it, and the
    word after an opening quote, read on with their words ("Erik Demaine's Folding:"), while
    texts apart from each other stay apart."""

    def title(h1: str) -> str | None:
        return extract_html(page(f"<h1>{h1}</h1>" + prose("story", 4))).title

    assert title("<a href='/e'>Erik Demaine</a>'s <a href='/f'>Folding</a>:") == (
        "Erik Demaine's Folding:"
    )
    assert title("Results for \u201c<b>Mirrorless Cameras</b>\u201d") == (
        "Results for \u201cMirrorless Cameras\u201d"
    )
    assert title("<a href='/e'>Erik Demaine</a> <a href='/f'>Folding</a>") == (
        "Erik Demaine Folding"
    )


def test_a_heading_ending_in_a_colon_leads_into_the_headline() -> None:
    """An <h1> that ends in a colon introduces the next heading (a series' or a site's name
    before the page's own): the next <h1> is the headline."""
    html = page(
        "<h1>Erik Demaine's Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1>"
        + prose("story", 4),
        "<title>The Fold-and-Cut Problem (Erik Demaine)</title>",
    )
    assert extract_html(html).title == "The Fold-and-Cut Problem"
