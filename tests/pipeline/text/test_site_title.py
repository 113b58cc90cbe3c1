"""A page's title in a text scrape: the site's name after the headline, the title line first."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.site_title import (
    trail_end,
    trail_heading,
    without_permalink,
    without_thread_marks,
)

_STORY = [
    "Regular maintenance keeps a car safe and saves money over the years, mechanics say.",
    "Check the tyre pressure every month and the oil level before every long trip away.",
]


def test_a_site_name_the_page_names_elsewhere_leaves_the_title() -> None:
    """A headline with the site's name after a separator ("… | Bridgestone Tires", "… -
    Artlyst") loses it when the page names itself so elsewhere (a line of its own, its
    copyright line); a second part named nowhere else stays the headline's."""
    page = ["Menu", "The Ultimate Car Maintenance Checklist | Bridgestone Tires", *_STORY]
    found = extract_text("\n".join([*page, "© 2025 Bridgestone Tires"]))
    assert found.title == "The Ultimate Car Maintenance Checklist"
    assert extract_text("\n".join([*page, "Bridgestone Tires"])).title == (
        "The Ultimate Car Maintenance Checklist"
    )
    assert extract_text("\n".join(page)).title == page[1]


def test_a_site_name_put_first_leaves_the_headline_after_it() -> None:
    """A heading that puts the site's name first ("CarCare | Blog | …") gives the part after
    the last separator when the page names itself so elsewhere and that part is headline-long;
    named nowhere else, or with a short last part, the heading stays whole."""
    heading = "CarCare | Blog | The Ultimate Car Maintenance Checklist"
    page = ["Menu", heading, *_STORY]
    found = extract_text("\n".join([*page, "© 2025 CarCare"]))
    assert found.title == "The Ultimate Car Maintenance Checklist"
    assert extract_text("\n".join(page)).title == heading
    short = ["Menu", "CarCare | Blog | Car Checklist", *_STORY, "CarCare"]
    assert extract_text("\n".join(short)).title == short[1]


def test_the_heading_a_first_title_line_names_is_the_headline() -> None:
    """A scrape that opens with the page's title ("Headline | Site | Section") names its
    headline: the line repeating the title's first part is the title, however far above the
    story; a first line whose part no line repeats, or with no separator, changes nothing."""
    head = "Calendário Stock Car 2018"
    menu = ["Home", "News", "Podcast", "Forum", head, "22 de janeiro de 2018", "Share this"]
    page = [f"{head} | Autoracing | F1 | Indy", *menu, *["Menu entry"] * 16, *_STORY]
    assert extract_text("\n".join(page)).title == head
    other = ["Calendar of the Stock Car season | Autoracing", *menu[:4], "Car care tips for you"]
    assert extract_text("\n".join([*other, *_STORY])).title == "Car care tips for you"


def test_a_breadcrumb_trail_chosen_gives_the_crumb_it_ends_on() -> None:
    """A page's heading that is its breadcrumb trail ("Home / Services / Data Analytics
    Consulting", two steps of one sign or more) names the page by its last crumb; a headline
    holding one slash ("Best Movers / Moving Companies in 2025") stays whole."""
    trail = "Home / Services / Data Analytics Consulting"
    assert trail_end(trail) == "Data Analytics Consulting"
    assert trail_end("Training > Open Source > A Beginner's Guide") == "A Beginner's Guide"
    headline = "21+ Best Movers / Moving Companies in San Francisco"
    assert trail_end(headline) == headline
    # A crumb before the last as long as a sentence: no trail.
    long = "How we picked the best movers of the year / Our notes / Moving Companies"
    assert trail_end(long) == long
    page = ["Menu", "Search", trail, *_STORY]
    assert extract_text("\n".join(page)).title == "Data Analytics Consulting"


def test_the_heading_under_a_trail_ending_on_it_is_the_headline() -> None:
    """A shop's category printed under the breadcrumb trail that ends on it ("Home /
    Electronics and gadgets" / "Electronics and gadgets") is the page's headline, however far
    above the story and however short; a menu entry holding a slash over its sub-entries ("For
    CPAs / CFOs" / "CFOs" / "CPAs") is no trail."""
    top = ["Menu", "Search", "Home / Electronics and gadgets", "Electronics and gadgets"]
    boxes = ["Free delivery over 50 euros", *["Menu entry"] * 20, "Why buy your gadgets from us"]
    lines = [*top, *boxes, *_STORY]
    assert trail_heading(lines) == 3
    assert extract_text("\n".join(lines)).title == "Electronics and gadgets"
    menu = ["Services", "For CPAs / CFOs", "CFOs", "CPAs", "Pricing", *_STORY]
    assert trail_heading(menu) is None
    assert trail_heading(["Home / Electronics and gadgets", "Something else", *_STORY]) is None


def test_a_trail_printed_without_spaces_or_opening_on_its_sign_names_the_heading() -> None:
    """A trail whose signs stand without spaces ("Home/All Sheets") or whose earlier crumbs
    were printed on lines of their own, the last one after the sign ("/ Men's Sneakers"),
    names the heading printed under it as one with spaces does; a line with a sign whose
    last part is not the next line is no trail."""
    boxes = ["Free delivery over 50 euros", *["Menu entry"] * 20]
    for trail in ("Home/All Sheets", "/ All Sheets", "→ All Sheets"):
        lines = ["Menu", trail, "All Sheets", *boxes, *_STORY]
        assert trail_heading(lines) == 2
    assert trail_heading(["Menu", "Home/All Sheets", "Bedding", *boxes, *_STORY]) is None


def test_a_heading_s_permalink_sign_is_no_part_of_the_title() -> None:
    """A documentation page prints its permalink sign after the heading ("Advanced Usage¶"):
    the title is the heading without it; a pilcrow inside a heading stays."""
    assert without_permalink("Advanced Usage¶") == "Advanced Usage"
    assert without_permalink("The ¶ sign explained") == "The ¶ sign explained"
    page = ["Menu", "Search", "Docs", "Logging HOWTO for Python programs¶", *_STORY]
    assert extract_text("\n".join(page)).title == "Logging HOWTO for Python programs"


def test_a_reply_s_mark_and_a_shared_link_s_domain_are_no_part_of_the_title() -> None:
    """A forum's reply subject ("Re: …"), the trail's sign a board prints alone before the
    thread's title, and the domain and points a link aggregator prints after a shared link's
    title are marks around the title: the title is the thread's own words. A headline that
    only holds such words inside it, or a bracket that names no domain, keeps them."""
    assert without_thread_marks("Re: Turning off all LEDs") == "Turning off all LEDs"
    assert without_thread_marks("AW: Frage zum Kernel") == "Frage zum Kernel"
    assert without_thread_marks("» Open source forum software") == "Open source forum software"
    assert (
        without_thread_marks("Grads find jobs scarce (latimes.com) 87") == "Grads find jobs scarce"
    )
    assert without_thread_marks("Where are you? Re: the budget") == "Where are you? Re: the budget"
    assert without_thread_marks("Getting started (Part 2) 3") == "Getting started (Part 2) 3"
    assert without_thread_marks("Getting started (node.js)") == "Getting started (node.js)"
    page = ["Forum", "Board index", "Re: Turning off all LEDs of the board", *_STORY]
    assert extract_text("\n".join(page)).title == "Turning off all LEDs of the board"
