"""Finding the headline of a page's text just above its story (``headline_near``)."""

from __future__ import annotations

import gc

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.headline_near import (
    dated_short,
    far_twice,
    name_under_byline,
    trail_over,
)
from tests.pipeline.text.scrapes import STORY_LINES


def test_a_name_printed_twice_under_a_bare_byline_label_is_named_by_it() -> None:
    """An author box prints its writer's name twice under a bare "By": both copies are the
    byline's name, never a headline; a name under no label is not."""
    lines = ["By", "Mary Marlowe Leverette", "Mary Marlowe Leverette"]
    assert name_under_byline(lines, 2)
    assert name_under_byline(lines, 1)
    assert not name_under_byline(["Garden News", "Mary Marlowe Leverette"], 1)


def test_a_phone_number_printed_twice_in_the_header_is_not_the_headline() -> None:
    """A page header prints the phone number twice (top bar and menu): a line with no letters
    is no headline, however long its one "word", so the headline above the story wins."""
    page = "\n".join(
        [
            "208-595-5095",
            "Bill Pay",
            "Menu",
            "208-595-5095",
            "Patient Portal",
            "Tips for Sleep Training Your Toddler",
            *STORY_LINES,
        ]
    )
    assert extract_text(page).title == "Tips for Sleep Training Your Toddler"


def test_a_skip_link_on_the_first_line_does_not_outrank_the_headline() -> None:
    """A page's first line "Skip to main content" (four words, like a headline) does not take
    precedence over the headline just above the story."""
    page = ["Skip to main content", "Columnists", "Editorials", "How meditation rewires brains"]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[-1]


def test_a_site_name_on_the_first_line_does_not_outrank_the_headline() -> None:
    """A page's first line of four words and more (its site's name, a menu glued into one
    line) is no headline when a headline-like line stands just above the story."""
    page = [
        "Learning Loom - Tales of Technology",
        "Archive",
        "Reimplementing Unix correct: The Lost Corrector",
    ]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[-1]


def test_a_line_of_page_controls_yields_to_the_headline() -> None:
    """A line naming the page's controls ("Toggle Menu Toggle Site Search") ranks below a
    headline of four words, even nearer the story and longer."""
    page = "\n".join(
        [
            "Log in to use authoring capabilities",
            "Toggle Menu Toggle Site Search",
            "Keep Your Teeth Healthy",
            "Sign in with Email Login",
            *STORY_LINES,
        ]
    )
    assert extract_text(page).title == "Keep Your Teeth Healthy"


def test_a_disclosure_opening_the_densest_prose_is_passed_over_for_the_headline_under_it() -> None:
    """A review page prints its affiliate disclosure as a paragraph right above the headline:
    the story starts after it and the headline under it is the title, not a line above."""
    disclosure = (
        "We independently evaluate all of our recommendations. If you click on links we "
        "provide, we may receive compensation."
    )
    page = "\n".join(
        [
            "Medical Expert Board",
            "Testing and Vetting Products",
            disclosure,
            "After Testing Over 40 Electric Toothbrushes, These Are the Best for Every Need",
            *STORY_LINES,
        ]
    )
    title = "After Testing Over 40 Electric Toothbrushes, These Are the Best for Every Need"
    assert extract_text(page).title == title
    # A story that opens on a paragraph naming a commission keeps its start.
    story = "\n".join(["Council Approves the New Budget Today", disclosure, *STORY_LINES])
    assert extract_text(story).title == "Council Approves the New Budget Today"


def test_a_control_line_under_the_deck_does_not_stop_the_climb_to_the_headline() -> None:
    """A sentence-case headline, its sentence-case deck, then a control line read as a deck of
    its own ("Manage alerts for this article"): the headline at the top of that run of decks
    is the title, not the deck one line up from the control."""
    page = [
        "Health",
        "Employers drop coverage for weight loss drugs as direct programs grow",
        "Prices touted as discounts will remain unaffordable for many workers",
        "Manage alerts for this article",
    ]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1]


def test_a_name_under_a_lone_byline_label_is_not_the_headline() -> None:
    """A byline's label printed alone ("By:") with the name on the next line: the name, four
    words and nearer the story, is no headline; the headline above them is."""
    page = [
        "Menu",
        "Renovation Trends and Why They Are Smart",
        "By:",
        "The Great Day Editorial Team",
    ]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1]


def test_a_deck_under_the_headline_is_not_the_headline() -> None:
    """When the share bar under a headline and its one-sentence deck pushes the headline far
    from the story, the deck (a sentence ending with a stop) is not the title: the line without
    a stop right above it is."""
    deck = (
        "The Walt Disney Co. said overwhelming consumer demand led to some problems as it "
        "rolled out the Disney+ streaming service."
    )
    share = ["Facebook", "Twitter", "Show more sharing options", "LinkedIn", "Email", "Print"]
    page = ["Home", "Company Town", "Disney+ glitches follow the launch", deck, "By Jane Doe"]
    found = extract_text("\n".join([*page, "Nov. 19, 2019", *share * 2, *STORY_LINES]))
    assert found.title == "Disney+ glitches follow the launch"
    lone = ["Home", "Company Town", deck, "By Jane Doe", "Nov. 19, 2019", *share * 2]
    # With no headline-like line above it (a section's two-word label), the deck stays.
    assert extract_text("\n".join([*lone, *STORY_LINES])).title == deck


def test_a_title_case_headline_over_its_sentence_deck_is_the_headline() -> None:
    """A headline in title case over a deck written as a sentence without a stop: the
    headline, not the deck nearer the story; a deck in title case too stays the nearer line."""
    page = ["Menu", "Making Google Sans Flex", "How seven design problems shaped a typeface"]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1]
    page = ["Menu", "Making Google Sans Flex", "How Seven Design Problems Shaped It"]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[2]


def test_a_sentence_case_headline_over_its_sentence_deck_is_the_headline() -> None:
    """A headline written as a sentence over a deck written as one too, the byline under them:
    the headline, not the deck nearer the story."""
    page = [
        "Menu",
        "These are the best major appliances of 2025",
        "Here is what we are excited about this year",
        "Written by Jane Doe",
    ]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1]


def test_a_dated_three_word_headline_is_ranked_over_its_subtitle() -> None:
    """A newsletter post's three-word headline with its author and date under it is the title,
    not the sentence subtitle nearer the story; undated, a three-word line is no candidate."""
    post = [
        "Subscribe Sign in",
        "The Edge-First Manifesto",
        "Cloud as a coordination layer. Edge as the execution environment.",
        "Marco Bambini",
        "Dec 19, 2025",
        "Share",
    ]
    assert extract_text("\n".join([*post, *STORY_LINES])).title == post[1]
    undated = [line for line in post if line not in {"Dec 19, 2025", "Marco Bambini"}]
    assert extract_text("\n".join([*undated, *STORY_LINES])).title != post[1]


def test_a_dated_section_kicker_of_three_words_is_no_headline() -> None:
    """A section's kicker naming its topics ("Diet & Fitness") or a line opening in lower case
    is no short headline, dated or not: the headline under it is the title."""
    assert not dated_short(["Diet & Fitness", "By Jane Doe", "May 3, 2025"], 0, 3)
    assert not dated_short(["e-Mail Us Now", "May 3, 2025"], 0, 2)
    assert dated_short(["Thoughts on Zig", "2025-08-29"], 0, 2)


def test_a_breadcrumb_trail_ending_on_the_headline_under_it_yields_to_it() -> None:
    """A trail that ends on a long headline, printed right above that headline, opens the
    densest prose; the headline under it is the title, not the trail, whatever its signs."""
    headline = "Do Millennials Have the Best Personal Finance Habits Today?"
    for trail in (f"Home » Archive » Financial Literacy » {headline}", f"Newsroom/Tips/{headline}"):
        page = ["Sign in", trail, headline, *STORY_LINES]
        assert extract_text("\n".join(page)).title == headline
    assert trail_over(["Home » Archive", "Do Millennials Have the Best Habits"], 0, 1) is None


def _listicle(headline: str, intro: list[str]) -> str:
    """A buyer's guide's page text: menus, the headline over its intro, two products' sections
    (name, scores, pros and cons, price buttons around a paragraph or two), then its long "How
    We Tested" section, the densest prose of the page."""
    section = [
        "Best Overall Trail Shoe",
        "Summit Runner 5",
        "Check price at Amazon",
        "Check price at REI",
        "OVERALL SCORE 84",
        "Grip 9.0",
        "Comfort 8.5",
        "PROS",
        "Sticky rubber outsole",
        "Roomy toe box",
        "CONS",
        "Runs a little narrow",
        "Expensive",
        "SPECIFICATIONS",
        "Measured weight 10.2 oz",
        "Drop 6 mm",
        "Stack height 32 mm",
        "Best for Wet Rock",
    ]
    paragraph = (
        "The shoe held its line on every descent we ran, from loose gravel to polished granite, "
        "and our testers kept reaching for it on long days in the hills when the weather turned. "
    )
    tested = (
        "We ran every pair over the same loops for three months, logging distance, surface and "
        "weather for each session, and we measured grip on a wet ramp in our lab before and "
        "after the test period, so that each score reflects months of real use rather than a "
        "first impression on a dry afternoon. "
    )
    return "\n".join(
        [
            "Home",
            "Running",
            "Shoes",
            "Reviews",
            headline,
            *intro,
            *section,
            paragraph * 3,
            *section,
            paragraph * 3,
            *section,
            "How We Tested",
            *[tested * 2] * 5,
            "Share this article",
        ]
    )


def test_a_listicle_headline_over_its_intro_wins_over_its_low_sections() -> None:
    """A buyer's guide's densest prose is its "How We Tested" section, far under the headline
    and the products' sections: the headline is sought above the page's first stretch that
    weighs as an intro too, and the intro's opening echoes it."""
    intro = [
        "We ran and tested the best trail running shoes side by side over rock, mud and snow, "
        "from the lightest racers to the most cushioned shoes for long days in the mountains.",
        "Over the last decade our team has bought and run in more than eighty pairs of trail "
        "shoes, and this guide sums up what we learned about grip, fit and durability. We "
        "update it every season as new models arrive, and each pick below earned its place "
        "over months of running rather than a single outing on a dry afternoon. The shoes "
        "that did not make the cut are listed in our full results, with the scores they "
        "earned in each of our tests and what held them back.",
        "Our favorite overall is the Summit Runner 5, which pairs a sticky outsole with a roomy "
        "toe box and enough cushioning for an ultra, though its price will not suit every "
        "runner. If you mostly run on wet rock, the cheaper pick below grips almost as well, "
        "and our buying advice at the end of the guide explains what to look for in a pair. "
        "Every shoe here was bought at full price, and none was sent to us by its maker.",
    ]
    page = _listicle("The Best Trail Running Shoes of 2026", intro)
    assert extract_text(page).title == "The Best Trail Running Shoes of 2026"


def test_a_heading_its_stretch_does_not_echo_is_no_listicle_headline() -> None:
    """A stretch above the densest prose that does not repeat its heading's words (a box, a
    banner under the site's own heading) gives the headline search no second place to look:
    the headline over the densest prose stands."""
    intro = [
        "Our members get free shipping on every order, early access to sales and a yearly gift "
        "card, and they can return any pair within ninety days, worn or not, no questions asked.",
        "Joining takes a minute and costs nothing: sign up with your email address, confirm it, "
        "and your benefits start with your next order. Members also receive our newsletter "
        "with training plans, race calendars and interviews with the athletes we sponsor, "
        "and they can cancel at any time from their account page without losing the points "
        "they earned on past orders, which never expire while the account stays open.",
        "Gift cards bought by members carry a bonus of ten percent, and members who refer a "
        "friend receive a voucher once the friend places a first order, up to five vouchers a "
        "year. Points can be spent on anything in the shop, including sale items, and they "
        "are credited to the account within a day of the order being shipped to the buyer. "
        "Accounts left unused for three years are closed after a reminder sent by email.",
        "Questions about an order or an account go to our support team, which answers by email "
        "and chat seven days a week.",
    ]
    page = _listicle("Why Join the Summit Shop Club", intro)
    assert extract_text(page).title != "Why Join the Summit Shop Club"


def test_an_archive_age_notice_under_the_headline_is_no_headline() -> None:
    """An old article's age notice ("This article is more than 3 months old"), printed over
    the headline and again under it, is headline-shaped and printed twice (a word of it, "more",
    in the story's opening): the headline wins."""
    page = [
        "Best books of 2025",
        "This article is more than 3 months old",
        "Review",
        "Five of the best science fiction books of 2025",
        "This article is more than 3 months old",
        "Drowned cities, clever machines and slow journeys between the stars fill this year's "
        "most inventive novels",
        "Jane Doe",
        "Fri 5 Dec 2025 12.00 CET",
        "Share",
        "Rivers's novel, the best science fiction of the year, treats a drowned coastline "
        "through patient, precise satire. A town "
        "that has lost its harbour to the sea builds a clock that tells the tides instead of "
        "the hours, and for more than a decade its keepers are the most powerful people there, "
        "until a child discovers the clock has been wrong for years.",
        "Park's second novel follows a repair robot that starts keeping a diary after its "
        "owners abandon a research station in the Antarctic. The diary entries grow longer, "
        "stranger and funnier as the robot invents a religion, a football league and finally "
        "a reason to walk north across the ice towards the rest of the world.",
    ]
    assert extract_text("\n".join(page)).title == page[3]


def test_a_numbered_contents_glued_into_one_line_is_no_headline() -> None:
    """A table of contents glued into one line ("01 Why …Necessary?02 How …", each number
    run into the entry before it), printed twice around the headline like a headline printed
    twice, is no headline: the headline between the two wins."""
    contents = (
        "01 Why Is Query Optimization Necessary?02 How to Measure Query Performance"
        "03 Best Practices for Query Optimization"
    )
    page = [
        "Blog",
        "Table of contents",
        contents,
        "Best Practices for Query Optimization on PostgreSQL",
        "Back to blog",
        "By Team Data",
        "8 min read",
        "Table of contents",
        contents,
        "Copy as Markdown",
        "The demands of modern applications and the growth of data have put query optimization "
        "at the centre of every database team's work, and PostgreSQL gives you many tools "
        "for it.",
        "Having built our product on PostgreSQL, we have written extensively on the topic of "
        "tuning its performance, and this guide gathers the best practices we rely on.",
        "A slow query costs more than time: it holds locks, fills caches with the wrong pages "
        "and makes every other query on the server wait for its turn on the disk.",
    ]
    assert extract_text("\n".join(page)).title == page[3]


_DEPARTMENT_STORY = (
    "The function of the Building Department is to promote public safety by enforcing the "
    "building standards of the city.",
    "Building permits authorize construction, and the department inspects every project "
    "before it is occupied.",
)


def test_a_short_heading_printed_twice_far_above_the_story_is_the_title() -> None:
    """A department's heading printed twice in a row, a box and its lines between it and the
    story, is the title over the box's undated heading nearer the story; not over a ranked
    line with its date under it, and not when the page prints the line by every teaser (a
    button, more than four times)."""
    box = [
        "Office hours",
        "Monday to Friday",
        "Permits",
        "Inspections",
        "Code Updates Now In Force",
    ]
    pair = ["Building Department", "Building Department"]
    lines = ["Government", *pair, *box, *_DEPARTMENT_STORY]
    assert far_twice(lines, 7, (8, 9)) == 1
    assert extract_text("\n".join(lines)).title == "Building Department"
    dated = ["Government", *pair, *box[:-1], box[-1], "March 3, 2025", *_DEPARTMENT_STORY]
    assert far_twice(dated, 7, (9, 10)) is None
    button = [*pair, "Teaser", "Building Department", "Teaser", *pair, "Menu"]
    lines = [*button, *box, *_DEPARTMENT_STORY]
    start = len(button) + len(box)
    assert far_twice(lines, start - 1, (start, start + 1)) is None


def test_ranking_the_lines_above_the_story_leaves_the_garbage_collector_nothing() -> None:
    """The headline ranked among the lines over the story: once found, the page's lines and
    the ranking's state are freed by reference counting, no cycle left for the collector."""
    page = "\n".join(
        ["Bill Pay", "Menu", "Patient Portal", "Tips for Sleep Training", *STORY_LINES]
    )
    gc.disable()
    try:
        gc.collect()
        title = extract_text(page).title
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert title == "Tips for Sleep Training"
