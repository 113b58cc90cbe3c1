"""The site's name and labels in a page's titles."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.site_names import (
    home_label,
    links_home,
    named_page,
    page_named,
    strip_site_suffix,
    title_part_shown,
    without_domain_name,
    without_home_label,
    without_tab_suffix,
)
from tests.pipeline.html.pages import page, prose


def test_the_sites_name_its_address_spells_is_cut_from_the_titles_end() -> None:
    """A last part after a separator that is one label of the page's host, spaces and case set
    aside ("The Bush Company USA" on thebushcompanyusa.com), is the site's name: the title is
    what comes before it."""
    assert (
        without_domain_name("Catering Tips | Cookshack", "https://forum.cookshack.com/topic/x")
        == "Catering Tips"
    )
    assert (
        without_domain_name("Outdoor Gear – The Bush Company USA", "https://thebushcompanyusa.com/")
        == "Outdoor Gear"
    )


def test_a_title_whose_ends_are_not_the_address_name_stays_whole() -> None:
    """A first part naming the site on the front page (its own name), a last part that only
    resembles the host, a title without a separator and a page without an address all stay as written."""
    assert (
        without_domain_name("Talkspace - Rated Online Therapy", "https://www.talkspace.com/")
        == "Talkspace - Rated Online Therapy"
    )
    assert (
        without_domain_name("Catering Tips | Cookshacks", "https://cookshack.com/")
        == "Catering Tips | Cookshacks"
    )
    assert without_domain_name("Cookshack", "https://cookshack.com/") == "Cookshack"
    assert without_domain_name("Catering Tips | Cookshack", None) == "Catering Tips | Cookshack"


def test_the_extracted_title_loses_the_name_the_address_spells() -> None:
    """A page fetched from its site's address, titled "Headline - Site" with no og:site_name,
    is titled with the headline alone."""
    html = page(prose("story", 4), "<title>Catering Tips - Cookshack</title>")
    assert extract_html(html, url="https://forum.cookshack.com/topic/x").title == "Catering Tips"
    assert extract_html(html).title == "Catering Tips - Cookshack"


def test_a_last_part_beginning_with_the_address_name_is_the_sites_name() -> None:
    """A last part whose first words spell the host's name (one label, or its labels run
    together) and add a few words of trade or town is the site's name, cut; a last part adding
    a longer phrase, or one after a first part that names the site, is a headline and stays."""
    assert (
        without_domain_name(
            "Local Trails - Blue Line Bike Lab Houston Texas",
            "https://www.bluelinebikelab.com/articles/local-trails",
        )
        == "Local Trails"
    )
    assert (
        without_domain_name("Storefront | Club Target", "https://club.target.com/a/name")
        == "Storefront"
    )
    long_tail = "Catering Tips | Cookshack Forum for Barbecue Cooks Everywhere"
    assert without_domain_name(long_tail, "https://cookshack.com/x") == long_tail
    site_first = "Nintendo - Nintendo Switch OLED Model Console"
    assert without_domain_name(site_first, "https://www.nintendo.com/") == site_first


def test_a_first_part_naming_the_site_is_cut_below_the_front_page() -> None:
    """On a page below the front page, a first part that is the address's name is the site's
    name before the headline: the headline is the rest, of three words or more. On the front
    page it is the page's own name and stays."""
    title = "The Objective Dad - How I Built Local DNS Services"
    assert (
        without_domain_name(title, "https://www.theobjectivedad.com/pub/homelab")
        == "How I Built Local DNS Services"
    )
    assert without_domain_name(title, "https://www.theobjectivedad.com/") == title
    assert without_domain_name("Cookshack - Tips", "https://cookshack.com/x") == "Cookshack - Tips"


def test_a_head_title_of_the_home_label_and_a_name_is_the_name() -> None:
    """ "Home - The GitHub Blog" with no og:site_name: the home page's label beside the site's
    name; the page is named by the name alone. A title of more parts, or without the label,
    stays."""
    assert without_home_label("Home - The GitHub Blog") == "The GitHub Blog"
    assert without_home_label("Acme Tools | Homepage") == "Acme Tools"
    assert without_home_label("Home Insurance Guide - Acme") == "Home Insurance Guide - Acme"
    assert without_home_label("Home | Blog | Acme") == "Home | Blog | Acme"
    home = page(prose("story", 4), "<title>Home - The GitHub Blog</title>")
    assert extract_html(home).title == "The GitHub Blog"


def test_an_h1_printing_the_whole_tab_title_loses_the_tabs_suffix() -> None:
    """An <h1> that is the <title> letter for letter, suffix and all, is the document's title
    printed as the heading: the headline is the title without its short last part. An <h1>
    worded apart from the <title>, and a last part carrying a number (the list's edition),
    stay as written."""
    title = "Marietta Electricians Costs & Prices - ProMatcher Cost Report"
    assert without_tab_suffix(title, title, None) == "Marietta Electricians Costs & Prices"
    assert without_tab_suffix("Costs & Prices - Our Cost Report", title, None) == (
        "Costs & Prices - Our Cost Report"
    )
    dated = "The Best Cheap Wireless Earbuds under $50 - March 2026"
    assert without_tab_suffix(dated, dated, None) == dated
    html = page(
        f"<h1>{title}</h1>" + prose("story", 4),
        f"<title>{title}</title>",
    )
    assert extract_html(html).title == "Marietta Electricians Costs & Prices"


def test_a_head_title_of_pipes_loses_its_section_and_site_labels() -> None:
    """Where no heading shows the headline, a <title> of three pipe parts or more ("Headline |
    Section | Site") gives its first part, when the others are short labels; a title with one
    long part after a pipe keeps it."""
    labelled = page(
        prose("story", 4), "<title>Build your first app | Get started | Android Developers</title>"
    )
    assert extract_html(labelled).title == "Build your first app"
    worded = "Top 10 Digital Cameras Under $2500 | The Best Mirrorless Cameras on the Market"
    long_part = page(prose("story", 4), f"<title>{worded} | Shop</title>")
    assert extract_html(long_part).title == worded


def test_a_home_pages_label_gives_way_to_the_pages_name() -> None:
    """A home page's label ("Home", "… Homepage") is no name of the page: its screen-reader
    <h1> gives way to the <title>, and a head title that is "Home" to the site's name. A
    heading that only has the word inside ("Home Insurance Guide") is a headline."""
    assert home_label("Artist & Craftsman Homepage")
    assert home_label("Home")
    assert not home_label("Home Insurance Guide")
    assert not home_label("Homepage design tips now")
    labelled = page(
        "<h1>Artist & Craftsman Homepage</h1>" + prose("story", 4),
        "<title>Artist & Craftsman Supply</title>",
    )
    assert extract_html(labelled).title == "Artist & Craftsman Supply"
    home = page(
        prose("story", 4),
        '<meta property="og:title" content="Home">'
        '<meta property="og:site_name" content="The GitHub Blog">'
        "<title>Home - The GitHub Blog</title>",
    )
    assert extract_html(home).title == "The GitHub Blog"


def test_a_forums_head_title_of_slashes_loses_its_board_and_forum() -> None:
    """A forum thread's <title> "Thread / Board / Forum" (three parts or more between spaced
    slashes), where no heading shows the thread's title, gives its first part; a title with one
    spaced slash keeps it whole."""
    slashed = page(
        prose("story", 4),
        "<title>What happened with the install image in 2024 / Discussion / Linux Forums</title>",
    )
    assert extract_html(slashed).title == "What happened with the install image in 2024"
    once = "Google / Alphabet reports its best quarter in ten years"
    assert extract_html(page(prose("story", 4), f"<title>{once}</title>")).title == once


def _h1(markup: str) -> LexborHTMLParser:
    return LexborHTMLParser(page(markup))


def test_a_heading_that_is_one_link_home_is_the_sites_logo() -> None:
    """A heading whose whole text is one link to the site's root ("/", "https://site.org/") is
    the logo; a link to a page of the site, a fragment or a query, a heading with words beside
    its link, or a heading of two links, is not."""

    def first_h1(markup: str) -> bool:
        node = _h1(markup).css_first("h1")
        assert node is not None
        return links_home(node)

    assert first_h1('<h1><a href="http://archlinux.org/">Arch Linux</a></h1>')
    assert first_h1('<h1> <a href="/"><span>Remote</span> <span>Jobs</span></a> </h1>')
    assert not first_h1('<h1><a href="/threads/42">My thread</a></h1>')
    assert not first_h1('<h1><a href="#">Menu</a></h1>')
    assert not first_h1('<h1><a href="/?page=2">Page two</a></h1>')
    assert not first_h1('<h1><a href="">Blank</a></h1>')
    assert not first_h1('<h1>Read <a href="/">our site</a> today</h1>')
    assert not first_h1('<h1><a href="/">Site</a> <a href="/">Home</a></h1>')


def test_a_logo_h1_linked_home_gives_way_to_the_title() -> None:
    """A thread's page whose only <h1> is the forum's logo linked home, sharing a word with the
    <title> ("MyBB" in "SMF vs MyBB? …"), takes its title from <title>; a classic blog's name
    linked home still leads to its post's own heading."""
    logo = page(
        '<h1><a href="https://forum.example/">MyBB</a></h1>' + prose("story", 4),
        "<title>SMF vs MyBB? What are the differences?</title>",
    )
    assert extract_html(logo).title == "SMF vs MyBB? What are the differences?"
    blog = page(
        '<h1><a href="/">Engora Data Blog</a></h1><h3>Small adventures with small models</h3>'
        + prose("story", 4),
        "<title>Engora Data Blog: Small adventures with small models</title>",
    )
    assert extract_html(blog).title == "Small adventures with small models"


def test_a_title_part_a_heading_shows_is_the_pages_name() -> None:
    """The part of the <title> that one of the headings shows word for word, first or last,
    short or long, is given with its heading; no part shown, a title of one part, or a heading
    that is a link home (the logo) gives none."""
    tree = LexborHTMLParser(
        '<h2>Menu</h2><h2><a href="/">Warren Averett</a></h2><h2>HR Consulting Services</h2>'
    )
    headings = [(node.text(), node) for node in tree.css("h2")]
    shown = title_part_shown("HR Consulting Services | Warren Averett", headings)
    assert shown is not None
    assert shown[0] == "HR Consulting Services"
    assert title_part_shown("Warren Averett | HR Consulting", headings[:2]) is None
    assert title_part_shown("HR Consulting Services", headings) is None
    assert title_part_shown("Tax Services | Warren Averett", headings) is None


def test_a_page_without_meta_titles_takes_the_title_part_its_h2_shows() -> None:
    """A page naming itself in its <title> alone, its name shown as a section's <h2> after its
    menus' <h2>s, is titled by that part; where og:title names the page the rule stays out."""
    body = "<h2>Services</h2><h2>Industries</h2><h2>Resources</h2><h2>HR Consulting</h2>"
    bare = page(body + prose("about", 4), "<title>HR Consulting | Averett CPAs & Advisors</title>")
    assert extract_html(bare).title == "HR Consulting"
    named = page(
        body + prose("about", 4),
        '<meta property="og:title" content="HR Consulting | Averett CPAs & Advisors">'
        "<title>HR Consulting | Averett CPAs & Advisors</title>",
    )
    assert extract_html(named).title == "HR Consulting | Averett CPAs & Advisors"


def test_a_short_brand_behind_a_pipe_is_cut_from_a_two_word_headline() -> None:
    """A short last part behind a pipe is the site's brand, also after a two-word headline;
    behind a dash the same two words stay whole (a dash also joins a headline's own clauses)."""
    assert strip_site_suffix("Cloudflare CDN | Acme Networks", None) == "Cloudflare CDN"
    assert strip_site_suffix("Cloudflare CDN - Acme Networks", None) == (
        "Cloudflare CDN - Acme Networks"
    )
    assert strip_site_suffix("Pricing | A Very Long Brand Name", None) == (
        "Pricing | A Very Long Brand Name"
    )


def test_a_title_opening_with_a_separator_names_no_page() -> None:
    """ "| Nuts & Volts Magazine": a CMS left the page's name empty before the site's, so the
    title names no page and the <h1> sharing none of the site's words is the headline."""
    assert page_named("| Nuts & Volts Magazine") == ""
    assert page_named("Electronic Gadgets | Nuts & Volts Magazine") == (
        "Electronic Gadgets | Nuts & Volts Magazine"
    )
    html = page(
        "<h1>Electronic Gadgets</h1>" + prose("item", 4),
        "<title>| Nuts &amp; Volts Magazine</title>",
    )
    assert extract_html(html).title == "Electronic Gadgets"


def test_the_sites_name_cut_leaves_the_titles_own_separators() -> None:
    """The parts left when the site's name is cut keep the marks the title joins them with."""
    title = "Creative Agency Portfolio | Denver Web Design | Blennd"
    assert strip_site_suffix(title, "Blennd") == "Creative Agency Portfolio | Denver Web Design"
    led = "Blennd | Creative Agency Portfolio - Denver Web Design"
    assert strip_site_suffix(led, "Blennd") == "Creative Agency Portfolio - Denver Web Design"


def test_an_og_title_naming_the_site_alone_gives_way_to_the_pages_title() -> None:
    """og:title "Bombas", the shop's name on every page, names no page: the <title> "All Men's
    Socks" is the page's name; a <title> with the site's words keeps the og:title."""
    assert named_page("Bombas", "All Men's Socks", "Bombas") is None
    assert named_page("Steam Deck", "Introducing Steam Deck OLED", "Steam Deck") == "Steam Deck"
    assert named_page("Men's Socks", "All Men's Socks", "Bombas") == "Men's Socks"
    head = (
        '<meta property="og:title" content="Bombas"><meta property="og:site_name" '
        'content="Bombas"><title>All Men\'s Socks</title>'
    )
    assert extract_html(page(prose("item", 4), head)).title == "All Men's Socks"
