"""Which heading is the headline: the first <h1> that is no logo, section or brand name, a <h2>
the title names under a logo <h1>, a lower heading repeating the title
(``headline_headings``)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.head import head_metadata
from newswire.pipeline.html.title import headline
from tests.pipeline.html.pages import page, prose


def test_a_logo_in_the_h1_gives_way_to_the_title_element() -> None:
    """When the page's <h1> is its logo (no words in common with <title>), the title comes from
    <title> without the site suffix; an <h1> that repeats the <title>'s headline is kept."""
    logo = page(
        "<h1>엔터 미디어</h1>" + prose("story", 4),
        "<title>악녀의 덫에 걸린 이유리, 의외로 막장극 어울리는 남상미 - Entermedia</title>",
    )
    assert extract_html(logo).title == "악녀의 덫에 걸린 이유리, 의외로 막장극 어울리는 남상미"
    headline = page(
        "<h1>Council approves the budget</h1>" + prose("story", 4),
        "<title>Council approves the budget after long night | Leeds Post</title>",
    )
    assert extract_html(headline).title == "Council approves the budget"


def test_the_visible_h1_wins_over_a_reworded_seo_title() -> None:
    """The reader's headline is the <h1>, not og:title's SEO wording, when the two share words."""
    html = page(
        "<h1>Top 10: Best Language Learning App (tested by experts)</h1>" + prose("story", 4),
        '<meta property="og:title" content="Best Apps to Learn a Language in 2025 - Top 10 Picks">'
        "<title>Best Apps to Learn a Language in 2025 - Top 10 Picks</title>",
    )
    assert extract_html(html).title == "Top 10: Best Language Learning App (tested by experts)"


def test_a_section_h1_and_the_brand_h1_are_skipped() -> None:
    """An <h1> that is the brand part of <title>, or shares no word with it ("The Blog"), is no
    headline; the next <h1> or the stripped title is."""
    brand = page(
        "<h1>The Southerner</h1>" + prose("story", 4),
        "<title>A Beginner's Guide to Skincare - The Southerner</title>",
    )
    assert extract_html(brand).title == "A Beginner's Guide to Skincare"
    section = page(
        "<h1>The Blog</h1><h1>Catering 101: Catering Tips for Your Next Event</h1>"
        + prose("story", 4),
        "<title>Catering Tips for a Successful Event | Giordano's Catering</title>",
    )
    assert extract_html(section).title == "Catering 101: Catering Tips for Your Next Event"


def test_the_headline_part_of_a_title_is_no_brand() -> None:
    """ "Headline - Site" and "Site | Headline": the <h1> that is the title's long part is the
    headline, also when og:title words the story differently."""
    html = page(
        "<h1>Best laptops 2026: Premium, budget, gaming, 2-in-1, and more</h1>" + prose("story", 4),
        '<meta property="og:title" content="Buying a laptop? These are the 9 best laptops">'
        "<title>Best laptops 2026: Premium, budget, gaming, 2-in-1, and more | PCWorld</title>",
    )
    assert (
        extract_html(html).title == "Best laptops 2026: Premium, budget, gaming, 2-in-1, and more"
    )
    first = page(
        "<h1>State of SEO in 2026: Trends and Predictions</h1>" + prose("story", 4),
        '<meta property="og:title" content="Leadfeeder | State of SEO in 2026: Trends and '
        'Predictions"><title>State of SEO in 2026: How to Prepare | Leadfeeder</title>',
    )
    assert extract_html(first).title == "State of SEO in 2026: Trends and Predictions"


def test_a_logo_h1_gives_way_to_the_h2_the_title_names() -> None:
    """With the <h1> a logo and no og:title, the <h2> that is the <title>'s headline part is
    the headline, without the title's site and domain parts."""
    html = page(
        "<h1>Pulse!</h1><h2>The Five Best Noise-Canceling Headphones</h2>" + prose("story", 4),
        "<title>Sound Stage | soundstage.com - The Five Best Noise-Canceling Headphones</title>",
    )
    assert extract_html(html).title == "The Five Best Noise-Canceling Headphones"


def test_a_logo_h1_sharing_only_the_sites_name_is_no_headline() -> None:
    """A logo <h1> ("Filmmaker") or a link home ("Return to Nationwide Website") whose only
    words in common with the page's title are the site's name (og:site_name) is skipped for
    the story's own <h1>."""
    head = (
        '<meta property="og:site_name" content="Filmmaker Magazine">'
        "<title>Poland to Park City: New Films in Progress - Filmmaker Magazine</title>"
    )
    body = (
        '<div class="logo"><h1>Filmmaker</h1></div>'
        "<article><h1>Poland to Park City: New Films in Progress</h1>"
        + prose("story", 4)
        + "</article>"
    )
    assert extract_html(page(body, head)).title == "Poland to Park City: New Films in Progress"


def test_a_blog_label_before_the_headline_is_no_part_of_it() -> None:
    """ "Blog: Best Social Media Agencies" in the <h1>: the section's label is taken off."""
    html = page(
        "<h1>Blog: Best Social Media Agencies in 2025</h1>" + prose("story", 4),
        "<title>Best Social Media Agencies in 2025 | Silverback</title>",
    )
    assert extract_html(html).title == "Best Social Media Agencies in 2025"


def test_a_paragraph_set_as_the_h1_is_no_headline() -> None:
    """An <h1> of more than 200 characters is a description set as a heading, not a headline:
    the page's title (without the site's name) is."""
    blurb = (
        "Learn which home renovations have the best return on investment and get expert tips "
        "on how to understand and calculate it. We will help you learn everything you need to "
        "know about the value of your home renovation project."
    )
    html = page(
        f"<h1>{blurb}</h1>" + prose("story", 4),
        "<title>The 10 Best Home Improvement ROI Projects of 2023 | RenoFi</title>",
    )
    assert extract_html(html).title == "The 10 Best Home Improvement ROI Projects of 2023"


def test_a_lower_heading_repeating_the_title_shows_the_headline() -> None:
    """Without a <h1> or <h2> showing the story, a <h4> that is the title word for word is
    where the headline is shown (the byline follows it); one sharing some words is not."""
    html = page(
        "<h3>Latest news</h3><h4>Homestead gardening makes rural communities more self-reliant</h4>"
        + prose("story", 4),
        "<title>Homestead gardening makes rural communities more self-reliant | District</title>",
    )
    tree = LexborHTMLParser(html)
    title, node, _ = headline(tree, head_metadata(tree))
    assert title == "Homestead gardening makes rural communities more self-reliant"
    assert node is not None
    assert node.tag == "h4"
    section = page(
        "<h4>Homestead gardening in the district</h4>" + prose("story", 4),
        "<title>Homestead gardening makes rural communities more self-reliant | District</title>",
    )
    tree = LexborHTMLParser(section)
    assert headline(tree, head_metadata(tree))[1] is None
