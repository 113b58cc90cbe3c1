"""Telling the headline from the other headline-like lines above a page's story: a breadcrumb
trail, a line printed twice, a table of contents, a list article's far headline, a deck."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.headline_rank import (
    best_echoed,
    capitals_share,
    contents_entries,
    deck_under,
    echo,
    echoes_better,
    far_headline,
    printed_twice,
    restated,
    short_headline,
    story_words,
    trail_named,
    under_trail,
)
from tests.pipeline.text.scrapes import STORY_LINES


def test_no_candidate_names_no_headline() -> None:
    """With no headline-like line (or an empty text), no rule names a headline."""
    assert printed_twice([], [], frozenset()) is None
    assert trail_named([], [], []) is None
    assert trail_named(["Home > News"], [0], []) is None
    assert capitals_share("") == 1.0
    assert best_echoed([], [], frozenset()) is None
    assert under_trail([], []) is None
    assert under_trail(["Skyrim running speed guide"], [0]) is None
    assert story_words([], 0, 0) == frozenset()
    assert echo("", frozenset({"word"})) == (0, 0.0)
    assert contents_entries([], (0, 0)) == set()
    assert contents_entries(["A story paragraph."], (0, 0)) == set()


def test_the_pair_printed_twice_nearest_the_story_wins() -> None:
    """Of two lines printed twice, the later pair (nearest the story) names the headline, at
    its first copy; a line printed once is no pair."""
    lines = ["Book a Demo Today", "Book a Demo Today", "Menu", "The Headline Of It", "x"]
    lines[4] = lines[3]
    story = frozenset({"demo", "headline"})
    assert printed_twice(lines, [0, 1, 3, 4], story) == 3
    assert printed_twice(lines, [0, 3], story) is None


def test_a_line_printed_twice_the_story_does_not_echo_is_no_headline() -> None:
    """A call to action printed twice (a banner and a box under the headline) shares no word
    with the story's opening: no pair names the headline; one the story echoes does."""
    lines = [
        "See if you qualify for a case",
        "Gym Injury Lawsuits",
        "See if you qualify for a case",
    ]
    story = story_words(["Gyms are designed to promote health, but injuries happen there."], 0, 0)
    assert printed_twice(lines, [0, 1, 2], story) is None
    assert printed_twice([*lines[1:], lines[1]], [0, 1, 2], story | {"lawsuits"}) == 0


def test_a_line_without_spaces_printed_twice_is_asked_as_before() -> None:
    """A headline in a script written without spaces (one run, no word to share) printed twice
    names the headline whatever the story's words."""
    lines = ["商品の改造が商標法違反に", "メニュー", "商品の改造が商標法違反に"]
    assert printed_twice(lines, [0, 1, 2], frozenset({"先日"})) == 0


def test_a_trail_names_the_line_equal_to_its_last_step() -> None:
    """A breadcrumb trail's last step is the page: the candidate equal to it, case aside."""
    lines = ["Home > Blog > Top Dental Resolutions", "Menu", "top dental resolutions"]
    assert trail_named(lines, [0, 1, 2], [0, 2]) == 2
    assert trail_named(["Home / Blog / Top Tips", "Top Tips"], [0, 1], [0, 1]) is None


def test_a_sentence_case_line_under_a_title_case_one_is_its_deck() -> None:
    """A title-case headline over a line written as a sentence: the second is the deck; two
    title-case lines, or a headline ending with a full stop, are no headline and deck."""
    assert deck_under("Making Google Sans Flex", "How seven design problems shaped a typeface")
    assert not deck_under("Making Google Sans Flex", "How Seven Design Problems Shaped It")
    assert not deck_under("Making Google Sans Flex.", "how seven design problems shaped it")


def test_the_line_the_story_opening_echoes_most_is_the_headline() -> None:
    """Of the candidates, the one whose words (four letters and more, case aside) the story's
    first lines repeat most, three words and half of them at least, nearest the story among
    equals; a menu line or a line with two words echoed names none."""
    lines = [
        "Design A Room Like An Interior Designer",
        "Open Menu Close Menu",
        "Room design ideas",
        "",
        "An interior designer plans a room before buying anything: the design comes first.",
    ]
    story = story_words(lines, 4, 4)
    assert echo(lines[0], story) == (4, 0.8)
    assert best_echoed(lines, [0, 1, 2], story) == 0
    assert best_echoed(lines, [1, 2], story) is None
    assert best_echoed([*lines, lines[0]], [0, 5], story) == 5


def test_the_heading_right_under_a_section_trail_is_the_headline() -> None:
    """A breadcrumb trail naming the page's section is followed by the page's heading: the
    candidate right under a trail line, not a trail itself, nearest the story among them."""
    lines = [
        "Home » Interesting",
        "Skyrim: how to raise the running speed",
        "standard speed player.setav speedmult",
        "Home » Games » Skyrim",
        "News » Games",
    ]
    assert under_trail(lines, [1, 2]) == 1
    assert under_trail(lines, [1, 2, 4]) == 1
    assert under_trail(lines, [2]) is None


def test_a_line_echoed_by_a_much_larger_share_outranks_one_echoed_a_little() -> None:
    """The echoed line wins over the ranked one when that one shares no word with the story,
    or when it repeats as many words and a share larger by the margin; not otherwise."""
    assert echoes_better((3, 0.5), (0, 0.0))
    assert echoes_better((4, 1.0), (4, 0.3))
    assert not echoes_better((4, 0.6), (4, 0.3))
    assert not echoes_better((3, 1.0), (4, 0.3))


def test_a_line_restating_a_headline_under_a_label_or_with_its_byline_gives_it() -> None:
    """The best-ranked line that restates another candidate under a label ("Introduction: …")
    or with a byline glued after it ("… by Jane Doe") gives that candidate; a line restating
    none, or only itself, gives none."""
    lines = [
        "How to Make Furniture at Home",
        "Introduction: How to Make Furniture at Home",
        "How to Make Furniture at Home by Jane Doe",
        "Tools you need for the job",
    ]
    assert restated(lines, 1, [0, 1, 3]) == 0
    assert restated(lines, 2, [0, 2, 3]) == 0
    assert restated(lines, 3, [0, 1, 3]) is None
    assert restated(lines, 0, [0]) is None


def test_a_run_of_lines_printed_again_in_the_story_is_its_table_of_contents() -> None:
    """Three lines or more in a row above the story, each printed again from the line right
    above the story to its end, are a table of contents' entries; the headline printed twice
    with its byline (two lines) is none, nor a line printed again after the story."""
    toc = ["Choosing The Seeds", "Preparing The Soil", "Watering The Plants"]
    lines = [
        "Headline Of It",
        "By Jane",
        *toc,
        "Choosing The Seeds",
        "Prose.",
        "Preparing The Soil",
    ]
    lines += ["Prose.", "Watering The Plants", "Prose.", "Headline Of It", "By Jane", "Footer"]
    assert contents_entries(lines, (6, 12)) == set(toc)
    assert contents_entries(lines, (6, 8)) == set()


def test_a_sentence_case_headline_of_five_words_over_a_sentence_deck_is_its_headline() -> None:
    """A headline written as a sentence, five words or more from a capital, over a deck in
    sentence case: the second is the deck; a shorter line, or a lower-case menu run, is none."""
    deck = "Here is what we are excited about this year"
    assert deck_under("These are the best major appliances of 2025", deck)
    assert not deck_under("Best appliances of 2025", deck)
    assert not deck_under("home newsletter blog github bluesky linkedin", deck)
    assert not deck_under("These are the best major appliances of 2025.", deck)


def test_no_line_above_the_window_names_no_far_headline() -> None:
    """With the window opening on the text's first line, or nothing but the window above the
    story, there is no far headline (and no index past the lines is read)."""
    lines = ["Best Car Rental Companies by Category", "By Jane Doe", "A story sentence here."]
    assert far_headline(lines, 0, 2, set()) is None
    assert far_headline(lines, 2, 2, set()) is None
    assert far_headline([], 0, 0, set()) is None


def test_the_nearest_dated_line_with_a_paragraph_under_it_is_the_far_headline() -> None:
    """Above the window, the headline-like line with a byline right under it and a paragraph
    within a few lines is the far headline; one without a paragraph under it is not."""
    paragraph = "We rented cars from a dozen companies over two years to find the best ones."
    lines = [
        "Travel Deals and Guides Today",
        "By The Travel Desk",
        "The 10 Best Car Rental Companies in 2025",
        "By Jane Doe",
        paragraph,
        "Table of Contents",
        "Best Car Rental Companies by Category",
    ]
    assert far_headline(lines, 5, 7, set()) == 2
    assert far_headline(lines[:4] + lines[5:], 4, 6, set()) is None


def test_an_affiliate_disclosure_under_the_headline_is_no_far_headline() -> None:
    """A review page's disclosure printed between its headline and byline ("We may receive a
    commission …") is the line nearest the byline, headline-like by its words: the headline
    above it is the far headline."""
    paragraph = "We rented cars from a dozen companies over two years to find the best ones."
    lines = [
        "The 10 Best Car Rental Companies in 2025",
        "We may receive a commission from our partners if you click on a link on this page.",
        "Written by Jane Doe",
        paragraph,
        "Table of Contents",
        "Best Car Rental Companies by Category",
    ]
    assert far_headline(lines, 4, 6, set()) == 0


def test_a_sentence_deck_naming_proper_nouns_is_still_a_deck() -> None:
    """Under a headline written as a sentence, a deck with a few proper nouns (up to half its
    long words capitalised) is still its deck; a second title-case line is not."""
    head = "The best certificate programs and certifications in NYC"
    assert deck_under(head, "From Microsoft to Adobe and AutoCAD, this is how to get ahead today")
    assert not deck_under(head, "From Microsoft To Adobe And AutoCAD Every Course Rated")


def test_a_word_after_a_colon_opens_a_sentence() -> None:
    """The capital of the word after a colon is a sentence's, not title case: a headline so
    written counts as a sentence over its deck."""
    assert capitals_share("Home renovation costs: Room-by-room costs and more") == 0.0
    assert deck_under(
        "Home renovation costs: Room-by-room costs and more",
        "All the costs to consider before knocking down one wall",
    )


_STORY = [
    "The history of coffee goes back to the fifteenth century, when traders in Yemen roasted it.",
    "Coffee houses opened in Mecca, Cairo and Istanbul, and the history of the drink began.",
]


def test_a_short_echoed_line_right_above_the_story_is_its_headline_over_a_weak_one() -> None:
    """A line of two or three words right above the story, all its words echoed by the
    story, is the headline when the ranked line is missing or echoed little and undated."""
    lines = ["Sign in or Register", "", "History of coffee", "", *_STORY]
    assert short_headline(lines, (4, 5), None) == 2
    assert short_headline(lines, (4, 5), 0) == 2


def test_a_short_line_gives_way_to_a_ranked_line_that_names_the_story_or_holds_it() -> None:
    """The ranked line stays when the story echoes most of it, when it holds every word of the
    short line (a section heading restating the headline), or when the short line is not
    echoed in full, is one word, or ends as a label."""
    ranked = "The Long History of Coffee Houses"
    assert short_headline([ranked, "History of coffee", *_STORY], (2, 3), 0) is None
    holding = "History of Coffee in Ten Pictures"
    assert short_headline([holding, "History of coffee", *_STORY], (2, 3), 0) is None
    for line in ("History of tea", "Introduction", "History of coffee:"):
        assert short_headline(["Sign in or Register", line, *_STORY], (2, 3), 0) is None


def test_a_breadcrumb_trail_is_not_the_headline() -> None:
    """A breadcrumb trail ending with its sign ("Home » Column »") leads to the page and does
    not name it: above a story whose headline is too short to be sought, the title is None,
    and above a story with a headline, the headline wins over the trail nearer the story."""
    trail = ["Home", "Blog", "Games", "Home » Column »", "13 Aug", "About bugs"]
    assert extract_text("\n".join([*trail, "August 13, 2018", *STORY_LINES])).title is None
    page = [*trail[:3], "Tips for Sleep Training Your Toddler", "Home › Parenting › Sleep ›"]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == (
        "Tips for Sleep Training Your Toddler"
    )


def test_the_line_a_breadcrumb_trail_ends_with_is_the_headline() -> None:
    """A breadcrumb trail above the story names the page last ("Home > Blog > …"): the line
    equal to its last step is the headline, not the trail itself nor a button printed twice;
    a trail whose last step no line repeats changes nothing."""
    headline = "Top Dental Resolutions for 2025"
    page = ["Book a Demo Now", "Book a Demo Now", headline, "January 8, 2025"]
    trail = f"Home > Blog > {headline}"
    assert extract_text("\n".join([*page, trail, *STORY_LINES])).title == headline
    assert extract_text("\n".join([trail, *page, *STORY_LINES])).title == headline
    other = ["Menu", "Home » Columns » Opinion", "Stand by Me at forty: the film that made us"]
    assert extract_text("\n".join([*other, *STORY_LINES])).title == other[-1]


def test_of_two_lines_printed_twice_the_pair_nearest_the_story_is_the_headline() -> None:
    """A page's header prints its buttons twice (desktop and mobile menus); the headline
    printed twice (heading and share text) stands nearer the story and wins."""
    headline = "How To Use Gym Equipment (With Confidence!)"
    page = ["Unlock Sweat x Calm", "Articles", "Unlock Sweat x Calm", "Blogs", headline, headline]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == headline


def test_a_table_of_contents_above_the_story_neither_outranks_nor_hides_the_headline() -> None:
    """A guide lists its sections under its headline and prints each again over its own
    paragraphs: an entry (or its heading right above the first paragraph) is never the
    headline, and the list counts for no distance, however long."""
    headline = "The Complete Guide To Growing Tomatoes At Home"
    sections = [f"Step {n}: Caring For Your Tomato Plants Part {n}" for n in range(1, 19)]
    page = ["Menu", headline, "By Jane Doe", "Table of Contents", *sections]
    story = [line for section in sections for line in (section, *STORY_LINES)]
    assert extract_text("\n".join([*page, *story])).title == headline


def test_a_headline_restated_after_a_few_glued_words_is_the_shorter_line() -> None:
    """A line nearer the story restating the headline after a few glued words (a trail
    printed without its signs) gives the headline it restates; more than three glued words
    before it are a sentence of their own, not a restatement."""
    page = [
        "Menu",
        "Top Home Gym Must Haves For Every Budget",
        "Home Blog Fitness Top Home Gym Must Haves For Every Budget",
    ]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1]
    page[2] = "Why We Think That Top Home Gym Must Haves For Every Budget"
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[2]


def _list_article(byline: str) -> str:
    """A list article's page: menus, the headline with ``byline`` under it, an intro paragraph,
    a table of contents longer than the headline window, then the densest prose (the first
    entry's section)."""
    entries = [f"{rank}. Rental Company Number {rank} Reviewed" for rank in range(1, 19)]
    section = (
        "Enterprise has the largest fleet of any rental company in the country, and its "
        "branches stand in most towns, so a renter rarely drives far to pick up a car. "
    ) * 3
    return "\n".join(
        [
            "Home",
            "Travel Guides and Deals",
            "The 10 Best Car Rental Companies in 2025 [Rates, Service, Loyalty]",
            byline,
            "We rented cars from a dozen companies over two years to find the best ones.",
            "Table of Contents",
            *entries,
            "Best Car Rental Companies by Category",
            section,
            section,
        ]
    )


def test_a_dated_headline_above_a_long_list_heads_the_story() -> None:
    """A list article's densest prose stands far down, under its table of contents: the
    headline-like line with its byline under it and the intro paragraph below is the headline,
    not the section heading nearest the dense prose."""
    found = extract_text(_list_article("By Jane Doe"))
    assert found.title == "The 10 Best Car Rental Companies in 2025 [Rates, Service, Loyalty]"


def test_an_undated_line_above_a_long_list_is_not_taken_for_the_headline() -> None:
    """Without a date or byline under it, a line above the window is no headline: the nearest
    headline-like line above the dense prose stays the title."""
    found = extract_text(_list_article("Rated by our readers"))
    assert found.title == "Best Car Rental Companies by Category"


def test_a_headline_whose_date_stands_under_its_deck_outranks_the_deck() -> None:
    """A page prints its headline, a deck or a credit, then the byline, date or reading time:
    the line with such a line within the next three is the headline, not the deck or a box's
    heading nearer the story."""
    page = [
        "Menu",
        "Forbidden Career Advice for Software Developers",
        "Brian Jenney",
        "6 min read",
        "Share",
        "The Stuff No One Tells You About",
    ]
    assert extract_text("\n".join([*page, *STORY_LINES])).title == page[1]
