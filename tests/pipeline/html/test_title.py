"""The headline: which of og:title, <h1> and <title> names the story."""

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


def test_a_blog_label_before_the_headline_is_no_part_of_it() -> None:
    """ "Blog: Best Social Media Agencies" in the <h1>: the section's label is taken off."""
    html = page(
        "<h1>Blog: Best Social Media Agencies in 2025</h1>" + prose("story", 4),
        "<title>Best Social Media Agencies in 2025 | Silverback</title>",
    )
    assert extract_html(html).title == "Best Social Media Agencies in 2025"


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


def test_a_heading_ending_in_a_colon_leads_into_the_headline() -> None:
    """An <h1> that ends in a colon introduces the next heading (a series' or a site's name
    before the page's own): the next <h1> is the headline."""
    html = page(
        "<h1>Erik Demaine's Folding and Unfolding:</h1><h1>The Fold-and-Cut Problem</h1>"
        + prose("story", 4),
        "<title>The Fold-and-Cut Problem (Erik Demaine)</title>",
    )
    assert extract_html(html).title == "The Fold-and-Cut Problem"
