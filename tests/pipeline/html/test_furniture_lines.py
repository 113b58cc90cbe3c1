"""Furniture lines: a page's short controls, labels and counters, told from its text."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.furniture_lines import _FURNITURE_LINE, is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Add to cart",
        "12 likes",
        "1-24 of 310 products",
        "Oct 12, 2023",
        "Thread starter Chris Hall",
        "Start date Sep 21, 2024",
        "Click to shrink...",
        "Skip navigation links",
        "Skip to product information",
        "Menu",
    ],
)
def test_a_short_control_or_counter_is_furniture(line: str) -> None:
    """A sharing button, a shop's button, a thread's counter, a listing's count, a post's date
    line, a thread's header ("Thread starter"), a skip link and a menu's toggle are furniture."""
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Showing 24 of 514 results",
        "Showing all 39 results",
        "1-24 items of 33",
        "Sort : Best Match",
    ],
)
def test_a_collections_result_counter_and_sort_control_are_furniture(line: str) -> None:
    """A collection's result counter in its other spellings and a sort control with a space
    before its colon are furniture lines."""
    assert is_furniture_line(line)


def test_a_landing_pages_teaser_button_is_furniture() -> None:
    """A resource card's teaser button ("Read blog", "Watch demo", "Take a self-guided tour"),
    a card's "Know more", a pricing band's "Compare plans", a quiz's "Reveal answer" and an
    accordion's "Expand allCollapse all" are furniture lines; a resource's title that starts
    like one ("Read customer story", "Read the report") is text."""
    teasers = "Read blog|Read case study|Watch demo|Take a self-guided tour|Know more|More Info"
    for line in (teasers + "|Compare plans|Reveal answer|Expand allCollapse all").split("|"):
        assert is_furniture_line(line)
    assert not is_furniture_line("Read customer story")
    assert not is_furniture_line("Read the report")


def test_a_sentence_that_shows_results_is_text() -> None:
    """A sentence that begins with "Showing" and goes on past the counter is the page's text."""
    assert not is_furniture_line("Showing 24 of 514 results took the team a week of work.")


def test_a_sentence_that_starts_like_a_control_is_text() -> None:
    """A sentence that only begins with a control's words ("Compare", "wrote on") is text."""
    assert not is_furniture_line("Compare the two plans before you choose one for your team.")
    assert not is_furniture_line("wrote on the wall of the station")


def test_a_long_line_is_never_furniture() -> None:
    """A line of 160 characters or more is text even when it matches a furniture pattern."""
    assert is_furniture_line("Read more »")
    assert not is_furniture_line("Read more" + " »" * 80)


def test_a_forms_status_notices_are_furniture() -> None:
    """A form's hidden success and failure notices are furniture lines; a sentence about a
    submission is text."""
    assert is_furniture_line("Thank you! Your submission has been received!")
    assert is_furniture_line("Oops! Something went wrong while submitting the form.")
    assert not is_furniture_line("Your submission has been received by the council and is due.")


@pytest.mark.parametrize(
    "line",
    [
        "Create an account or sign in to comment",
        "You need to be a member in order to leave a comment",
        "Sign up for a new account in our community. It's easy!",
        "Already have an account? Sign in here.",
        "View as Grid List",
        "Set Descending Direction",
        "Show 24 per page",
    ],
)
def test_a_platforms_sign_in_wall_and_listing_toolbar_are_furniture(line: str) -> None:
    """A forum platform's sign-in wall under a thread and a shop's listing toolbar are
    furniture lines."""
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "permalink",
        "embed",
        "reply",
        "Reply With Quote 0",
        "View Profile",
        "View Forum Posts",
        "View Forum Threads",
        "Private Message",
        "Visit Homepage",
        "wrote on",
        "Posted on",
    ],
)
def test_a_posts_controls_and_a_posters_menu_are_furniture(line: str) -> None:
    """A thread's controls under each post, the menu on each poster's card and a header's
    "wrote on" left alone by its script-filled date are furniture lines."""
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Share on other sites", True),
        ("Link to comment", True),
        ("Link to post", True),
        ("Improve this answer", True),
        ("Add a comment |", True),
        ("reply | flag", True),
        ("Go to topic listing", True),
        ("Add a comment", False),
        ("Link to the full report", False),
    ],
)
def test_a_forum_engines_or_qa_sites_post_controls_are_furniture(
    line: str, furniture: bool
) -> None:
    """The controls a forum engine or a Q&A site prints under each post are furniture lines;
    "Add a comment" without the bar that joins it to a count (a heading a truth keeps) and a
    line that only begins like a control are not."""
    assert is_furniture_line(line) is furniture


@pytest.mark.parametrize(
    "line", ["More in this category", "More in this region", "+ More", "+More"]
)
def test_a_cards_link_to_its_section_is_furniture(line: str) -> None:
    """A news river's or a shop grid's "More in this category" or "+ More" under a card is a
    furniture line."""
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["More like this", "More from this seller", "More"])
def test_a_strips_more_heading_is_no_card_link(line: str) -> None:
    """ "More like this" and "More from this seller" head strips of other items (cut at by the
    strip rules, which need them), and a lone "More" is a listing's next-page link: not the
    cards' section link."""
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", ["Save", "Report", "Parent"])
def test_a_lone_save_report_or_parent_is_text(line: str) -> None:
    """ "Save", "Report" and "Parent" alone head a listing's, a service page's and a guide's
    own lines as often as they label a post's controls: the page's text."""
    assert not is_furniture_line(line)


def test_a_sign_up_step_or_sentence_is_text() -> None:
    """A lone "Create an account" (a service page's step) and a sentence about signing in are
    the page's text."""
    assert not is_furniture_line("Create an account")
    assert not is_furniture_line("Sign in now to see the prices of every plan we offer.")


@pytest.mark.parametrize(
    "line",
    [
        "Get started",
        "Get Started »",
        "Get started for free",
        "Start free trial",
        "Start your free trial",
        "START FOR FREE",
        "Try it for free",
        "Book a demo",
        "Get a quote",
        "Sign up for free",
        "Get in touch",
        "Book a call",
        "Request a free consultation",
        "See all",
        "Explore",
    ],
)
def test_a_service_pages_sign_up_buttons_are_furniture(line: str) -> None:
    """A service page's sign-up buttons under its hero and its feature bands are furniture
    lines."""
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["Quick Shop", "Quick add", "QuickBuy", "Quick view"])
def test_a_product_cards_quick_window_button_is_furniture(line: str) -> None:
    """The button on each card of a shop's grid that opens the product in a window over the
    grid, in any of its spellings, is a furniture line; a product's name that begins with
    "Quick" is not."""
    assert is_furniture_line(line)
    assert not is_furniture_line("Quick Dry Hiking Shorts")


@pytest.mark.parametrize(
    "line",
    [
        "Contact sales",
        "Talk to sales",
        "Get started with Python",
        "Explore the trails of the national park with a local guide.",
        "Start your free trial today and cancel at any time before the month ends.",
    ],
)
def test_a_plans_sales_contact_or_a_sentence_about_starting_is_text(line: str) -> None:
    """A plan's "Contact sales" (the truths keep it beside the price), a guide's heading and a
    sentence that begins like a sign-up button are the page's text."""
    assert not is_furniture_line(line)


def test_a_templates_placeholder_text_is_furniture_at_any_length() -> None:
    """A theme's "Lorem ipsum dolor sit amet" text, however long, is no page's text."""
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. " * 3
    assert len(filler) > 160
    assert is_furniture_line(filler)
    assert not is_furniture_line("The Latin of the placeholder comes from a text by Cicero.")


def test_an_image_address_alone_is_furniture() -> None:
    """A line that is only the address of an image file (a shop theme's thumbnail field) is
    furniture, however long; an address with words beside it, or of a page, is text."""
    thumbnail = "https://cdn.example.com/images/stencil/160x160/5001/" + "A" * 150 + ".jpg?c=2"
    assert is_furniture_line(thumbnail)
    assert is_furniture_line("http://example.com/a.PNG")
    assert not is_furniture_line("Example: http://www.example.com/main_image.jpg")
    assert not is_furniture_line("https://example.com/docs/getting-started")


def test_a_line_of_generated_ids_alone_is_furniture() -> None:
    """A line of nothing but UUIDs (each maybe glued to one letter, a marketplace's spelled-out
    "Sponsored") is furniture; a command or a sentence holding one id, or two ids alone, is
    text."""
    ids = [
        "H7868484a-db29-4baf-990e-8b645ccb1899",
        "S0b6874d2-ba79-4045-a400-556140cd4bbf",
        "52ea7e63-f7de-4b6e-91c6-8a14b06f5670",
    ]
    assert is_furniture_line(" ".join(ids))
    assert is_furniture_line(" ".join(ids * 4))
    assert not is_furniture_line(" ".join(ids[:2]))
    assert not is_furniture_line("$ celery -A proj result -t tasks.add " + " ".join(ids))


@pytest.mark.parametrize(
    "line",
    [
        "Published: Nov. 19, 2025",
        "Last updated: April 21, 2025",
        "Updated on 09/10/2025",
        "Published on: February 14, 2025",
        "Published June 23, 2025 10:39AM",
        "Last Updated on December 30, 2025.",
    ],
)
def test_a_storys_publication_or_update_date_alone_is_furniture(line: str) -> None:
    """A line of nothing but a story's publication or update date under its label is the
    byline's date, furniture."""
    assert is_furniture_line(line)


def test_a_posts_own_posted_line_is_text_but_a_bylines_is_furniture() -> None:
    """A forum post's "Posted <date>" line (Invision Community's head of each post) is the
    thread's text; a byline's "Posted on <date>" or "Posted: <date>" is furniture."""
    assert not is_furniture_line("Posted March 19, 2024")
    assert is_furniture_line("Posted on March 19, 2024")
    assert is_furniture_line("Posted: 19 March 2024")


def test_a_listings_bare_update_date_or_a_sentence_with_a_date_is_text() -> None:
    """A bare "Updated <date>" (a listing's item says it of itself, and its truth keeps it)
    and a sentence that opens with a publication date are text."""
    assert not is_furniture_line("Updated Mar 8, 2026")
    assert not is_furniture_line("Published: Nov. 19, 2025, the report found rents rose.")


def _tricky_lines() -> list[str]:
    """Every branch's literal start, each branch's samples, in every case the engine folds
    together (the long s for "s", the Kelvin sign for "k", the dotted and dotless i)."""
    starts = [
        "Share",
        "ſhare this article",
        "SHARE ON Facebook",
        "\u212auick view",
        "Quick view",
        "İn stock",
        "ın stock",
        "ıtems (4)",
        "Items (4)",
        "© 2024 Example",
        "(c) 2024",
        "(C)",
        "Copyright 2024",
        "12 comments",
        "3-24 of 310 products",
        "(24 products)",
        "24 results",
        "Oct 12, 2023",
        "Last edited: Jul 3, 2024",
        "posted on 3 May 2024 at 10:12 pm",
        "Published: Nov. 19, 2025",
        "Updated on 09/10/2025",
        "last modified: 3 May 2024",
        "0:01/0:56",
        "1 of 23",
        "Messages: 1,204",
        "Reaction score 310",
        "Well-known member",
        "Thank you! Your submission has been received!",
        "Your submission has been received",
        "Oops! Something went wrong while submitting the form.",
        "Show 24 per page",
        "24 per page",
        "per page",
        "Anzeige",
        "PUBLICITÉ",
        "publicidad",
        "Sponsored",
        "advertisment",
        "iklan",
        "Thread starter Chris Hall",
        "Get started",
        "Start free trial",
        "Try it for free",
        "Book a demo",
        "Click to shrink...",
        "5 min read",
        "Reading time: 4 minutes",
        "#12",
        "",
        " ",
        "Share this article.",
        "Share the story of our team with your friends today",
    ]
    folds = {"s": "ſS", "k": "\u212aK", "i": "İıI"}
    variants = [fold + line[1:] for line in starts for fold in folds.get(line[:1].lower(), "")]
    return starts + variants + [line.upper() for line in starts] + [line.lower() for line in starts]


@pytest.mark.parametrize("line", _tricky_lines())
def test_the_narrowed_branches_agree_with_the_whole_pattern(line: str) -> None:
    """A line tried only in the branches its first character can begin is furniture exactly
    when the whole alternation says so, whatever case fold its first character is in."""
    whole = _FURNITURE_LINE.pattern.match(line) is not None
    assert (_FURNITURE_LINE.match(line) is not None) == whole


@pytest.mark.parametrize("line", ["By", "by |", "Edited by", "Edited By,", "Reviewed by,"])
def test_a_bylines_label_without_its_name_is_furniture(line: str) -> None:
    """A byline's label left alone on its line once its name went is no text of the page."""
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["By:", "Written by:", "by", "By Jane Doe", "Byte order"])
def test_a_field_label_a_code_word_or_a_whole_byline_is_not_a_bare_label(line: str) -> None:
    """A "By:" field whose value follows on the next line, a code listing's lower-case "by",
    a byline with its name and a word beginning with "By" are no bare byline label."""
    assert not is_furniture_line(line)


def test_a_templates_unfilled_slots_are_furniture() -> None:
    """A template's numbered slots ("Head Line 1", "Lorem ipsum 2", "Heading Line") on lines
    of their own are furniture; a sentence that names them is not."""
    for slot in ("Head Line 1", "Lorem ipsum 2", "Lorem Ipsum", "Heading Line"):
        assert is_furniture_line(slot)
    assert not is_furniture_line("Lorem ipsum is the filler text designers use.")
    assert not is_furniture_line("Headline")


def test_a_galleries_caption_toggle_is_furniture() -> None:
    """A gallery's "Caption" toggle on a line of its own is furniture; a line that goes on
    past the word is text."""
    assert is_furniture_line("Caption")
    assert not is_furniture_line("Caption contests drew three hundred entries this year.")


def test_a_share_menu_on_one_line_is_furniture() -> None:
    """A line of nothing but two sharing services' names or more is a share menu; one name
    alone or a sentence naming several is not."""
    assert is_furniture_line("Facebook X Bluesky LinkedIn Reddit Tumblr WhatsApp Email Share Link")
    assert is_furniture_line("twitter facebook")
    assert not is_furniture_line("Facebook")
    assert not is_furniture_line("Follow us on Facebook and Twitter")
