"""Telling the headline from the deck or section label under it, over one date block."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.headline_pair import (
    adjacent_upper,
    dated_twice,
    far_lead_echoes,
    label_line,
    menu_kicker,
    over_echoed_deck,
    over_far_deck,
    subtitle_over_name,
    term_heading,
    twice_echoed,
    twice_in_a_row,
    upper_of_pair,
)
from newswire.pipeline.text.headline_rank import story_words

_STORY = (
    "Housing economists expect mortgage rates and home prices to shape the housing market in "
    "the coming year, with sales picking up slowly.",
    "Economists at the outlook forum said housing inventory keeps rising while mortgage rates "
    "ease, which should bring buyers back.",
)


def _page(*top: str) -> list[str]:
    return ["Home", "Real Estate News", *top, *_STORY]


def test_a_category_line_between_headline_and_byline_gives_way_to_the_headline() -> None:
    """Both lines dated by the date and byline under them, the upper one, which the story
    echoes as much, is the headline; the category line under it is not."""
    lines = _page(
        "Housing Outlook: What Leading Housing Economists Are Watching",
        "January 5, 2026",
        "Residential Real Estate, Mortgages & Home Financing",
        "By: Melissa Tracey",
    )
    story = story_words(lines, 6, 7)
    assert upper_of_pair(lines, 4, [2, 4], story, 6) == 2
    assert extract_text("\n".join(lines)).title == lines[2]


def test_a_menu_line_over_the_headline_is_not_taken() -> None:
    """A menu glued into one line over the headline shares no word with the story: the
    headline stays; so does a line of tags, and a trail that ends on the headline."""
    headline = "Housing Economists Weigh the Outlook for Mortgage Rates"
    for upper in (
        "Twitter Facebook Instagram Twitch YouTube",
        "Housing, Mortgages, Economists, Rates",
        "Home · News · " + headline,
    ):
        lines = _page(upper, headline, "January 5, 2026")
        story = story_words(lines, 5, 6)
        assert upper_of_pair(lines, 3, [2, 3], story, 5) == 3


def test_lines_far_apart_are_no_pair() -> None:
    """An upper line more than two lines above a best line with no date under it is no
    pair: the best-ranked line stays."""
    lines = _page("Housing Economists Outlook Forum", "a", "b", "c", "Mortgage Rates Outlook 2026")
    story = story_words(lines, 7, 8)
    assert upper_of_pair(lines, 6, [2, 6], story, 7) == 6


def test_a_list_of_short_labels_is_a_label_line() -> None:
    """Three items or more of three words or fewer are labels; a headline with commas whose
    items run longer is not."""
    assert not label_line("Asia | First Time Visitor Guides | Japan | Travel Tips")
    assert label_line("Best Of, Japan, Travel Guides")
    assert label_line("Asia | Japan | Travel Tips")
    assert not label_line("Sourdough, gluten-free, and banana are no match for these makers")
    assert not label_line("Climate change: five solutions")


def test_the_headline_over_a_deck_far_above_the_story_wins() -> None:
    """The line found far above the story with its byline under it is the deck: the
    headline right above it, ranked alike and echoed as much by the story, wins."""
    lines = _page(
        "Housing Economists Expect Mortgage Rates to Ease",
        "What housing economists expect for mortgage rates and prices",
        "By",
        "Melissa Tracey",
    )
    story = story_words(lines, 6, 7)
    assert over_far_deck(lines, 3, story, set(), score=lambda i: 6, end=6) == 2
    assert over_far_deck(lines, 3, story, {lines[2]}, score=lambda i: 6, end=6) == 3
    assert over_far_deck(lines, 3, story, set(), score=lambda i: i, end=6) == 3


def test_an_undated_headline_right_over_its_subtitle_wins() -> None:
    """With no date under them, the line right above the best-ranked one, ranked alike and
    echoed by the story as much, is the headline; with a line between, or echoed less, it is
    not."""
    headline = "Housing Economists Expect Mortgage Rates to Ease"
    subtitle = "What Housing Economists Expect for Mortgage Rates"
    lines = _page(headline, subtitle)
    story = story_words(lines, 4, 5)
    assert adjacent_upper(lines, 3, [2, 3], story) == 2
    assert upper_of_pair(lines, 3, [2, 3], story, 4) == 2
    assert adjacent_upper(lines, 3, [3], story) == 3
    menu = _page("Twitter Facebook Instagram Twitch YouTube", subtitle)
    assert adjacent_upper(menu, 3, [2, 3], story_words(menu, 4, 5)) == 3
    apart = _page(headline, "Share", subtitle)
    assert adjacent_upper(apart, 4, [2, 4], story_words(apart, 5, 6)) == 4


def test_the_headline_over_the_echoed_deck_wins() -> None:
    """The best-echoed line written as a sentence under a title-case headline is its deck: the
    headline, sharing a word with the story, wins; a menu line or a sentence above does not."""
    deck = "what housing economists expect for mortgage rates and home prices this year"
    lines = _page("Housing Outlook for the Coming Year", deck)
    story = story_words(lines, 4, 5)
    assert over_echoed_deck(lines, 3, story) == 2
    assert over_echoed_deck(lines, None, story) is None
    for upper in ("Twitter Facebook Instagram Twitch YouTube", "Housing prices rose last year."):
        other = _page(upper, deck)
        assert over_echoed_deck(other, 3, story_words(other, 4, 5)) == 3


def test_a_title_case_headline_over_its_sentence_deck_wins_the_pair_though_echoed_less() -> None:
    """A dated pair of a title-case headline and the sentence deck under it ("Perfect Your
    Pour: The Best Kettles for Coffee" / "Maximize the flavor of your coffee or tea with
    precision"): the story restates the deck, echoing a larger share of its words, yet the
    upper line is the headline; a title-case line the story shares no word with does not."""
    lines = [
        "Home",
        "Perfect Your Pour: The Best Kettles for Coffee Lovers",
        "Maximize the flavor of your coffee or tea with precision",
        "By Jane Doe",
        "Maximize the flavor of every cup: pour coffee or tea with precision, slowly and evenly.",
    ]
    story = story_words(lines, 4, 4)
    assert upper_of_pair(lines, 2, [1, 2], story, 4) == 1
    lines[1] = "Editors' Picks This Week For Your Home"
    assert upper_of_pair(lines, 2, [1, 2], story, 4) == 2


def test_a_newsletter_headline_holds_over_its_subtitle_above_the_writers_name() -> None:
    """A post's headline, its subtitle right under it, then the writer's bare name and the
    date: the headline is the title though the story echoes the subtitle more; over a byline
    with its label ("Written By:") the upper line is asked as before."""
    post = [
        "Subscribe Sign in",
        "Process Knowledge Management, Part IV",
        "From Theory to Practice, The Procedural Knowledge Ontology",
        "Jessica Talisman",
        "Dec 19, 2025",
        "Share",
    ]
    assert subtitle_over_name(post, 1, 2)
    labelled = [*post[:3], "Written By:", "Jessica Talisman"]
    assert not subtitle_over_name(labelled, 1, 2)
    assert not subtitle_over_name(["Menu", "Home", post[2], post[3]], 0, 2)
    story = (
        "From theory to practice: process knowledge management needs the procedural knowledge "
        "ontology we built, and this post shows how it was designed and where it is used."
    )
    text = "\n".join([*post, story, story + " Again."])
    assert extract_text(text).title == post[1]


_DEPARTMENT_STORY = (
    "The function of the Building Department is to promote public safety by enforcing the "
    "building standards of the city.",
    "Building permits authorize construction, and the department inspects every project "
    "before it is occupied.",
)


def test_a_short_headline_printed_twice_in_a_row_is_the_title() -> None:
    """A breadcrumb's last crumb and the heading under it print a two-word headline twice in
    a row; the story repeats its words, so it is the title over the section heading under
    it."""
    lines = [
        "Government",
        "Departments",
        "Building Department",
        "Building Department",
        "Department Function",
        *_DEPARTMENT_STORY,
    ]
    assert twice_in_a_row(lines, (5, 6)) == 2
    assert extract_text("\n".join(lines)).title == "Building Department"


def test_a_line_twice_in_a_row_the_story_does_not_name_is_no_headline() -> None:
    """A menu entry printed twice in a row ("Contact Us") and a pair the story does not
    repeat are no headline; a pair apart is not "in a row"."""
    for top in (
        ("Contact Us", "Contact Us"),
        ("Parking Tickets", "Parking Tickets"),
        ("Building Department", "Planning", "Building Department"),
    ):
        lines = ["Government", *top, "Department Function", *_DEPARTMENT_STORY]
        start = len(top) + 2
        assert twice_in_a_row(lines, (start, start + 1)) is None


_TERM_STORY = [
    "The smallest units of computing that you can create and manage in a cluster are Pods.",
    "A cluster runs many Pods, and each of the Pods holds one or more containers with shared"
    " storage, network resources and a specification for how to run them in the cluster.",
]


def test_a_one_word_term_printed_twice_over_a_story_naming_it_is_the_title() -> None:
    """A reference page's one-word heading, printed twice in a row right above the story that
    writes it with its capital inside a sentence ("many Pods"), is the title."""
    lines = ["Documentation", "Concepts", "Workloads", "Pods", "Pods", *_TERM_STORY]
    assert twice_in_a_row(lines, (5, 6)) == 3
    assert term_heading(lines, "Pods", (5, 6))
    assert extract_text("\n".join(lines)).title == "Pods"


def test_a_button_printed_twice_is_no_term_heading() -> None:
    """A share bar's button printed twice ("Like") is a verb the story writes in lower case,
    if at all; a word the story writes capitalised only at a sentence's start is no term, nor
    is one far above the story (the far reach asks for two words)."""
    story = ["I like the cluster and its containers, as you like them.", *_TERM_STORY[1:]]
    lines = ["Share", "Like", "Like", *story]
    assert not term_heading(lines, "Like", (3, 5))
    assert twice_in_a_row(lines, (3, 5)) is None
    opening = ["Documentation", "Pods", "Pods", "Pods are the smallest units of computing."]
    assert not term_heading(opening, "Pods", (3, 4))
    far = ["Share", "Pods", "Pods", *_TERM_STORY]
    assert twice_in_a_row(far, (3, 5)) == 1
    assert twice_in_a_row(far, (3, 5), reach=25) is None


def test_a_heading_twice_right_above_the_story_needs_half_its_words_echoed() -> None:
    """Right above the story, a heading printed twice needs half its words repeated by the
    story ("Using promises" over a story on promises); farther up, all of them, two at least;
    a heading the story does not name at all is none."""
    story = story_words(["Promises are objects an asynchronous function returns."], 0, 1)
    assert twice_echoed("Using promises", story, near=True)
    assert not twice_echoed("Using promises", story, near=False)
    assert not twice_echoed("Contact Us", story, near=True)
    lines = ["Guides", "Using promises", "Using promises", "Guide", "Next"]
    lines.append("Promises are objects an asynchronous function returns, one for each call.")
    assert twice_in_a_row(lines, (5, 6)) == 1


def _list_article(dated: str) -> list[str]:
    """A list article: headline, date line, lead, then the list's entries far above the
    later section whose prose is the densest."""
    entries = [f"Entry number {n}" for n in range(20)]
    return [
        "Home",
        "The Best Home Gym Setups for Any Budget",
        dated,
        "Building a home gym does not have to be expensive, whatever your budget may be.",
        *entries,
        "Key Focus: Full-body strength and safety",
        "Combining a power rack, cable system and a smith machine, this tool covers strength.",
    ]


def test_a_far_headline_echoed_by_its_own_lead_keeps_its_place() -> None:
    """A dated headline far above the story whose lead paragraph repeats its words holds:
    the later section's opening echoes its own heading, not the page's headline."""
    lines = _list_article("by Jane Doe on Jan 22, 2025")
    start = len(lines) - 1
    assert far_lead_echoes(lines, 1, start, 15)
    # In the window, the story's own echo decides as before.
    assert not far_lead_echoes(lines, 1, start, 30)


def test_a_far_line_over_a_reading_time_or_an_unechoing_lead_does_not_hold() -> None:
    """A menu's teaser prints its reading time under it, no date or byline: it does not hold;
    nor does a dated line whose lead names none of its words."""
    lines = _list_article("What is a home gym? 8 min read")
    assert not far_lead_echoes(lines, 1, len(lines) - 1, 15)
    lines = _list_article("by Jane Doe on Jan 22, 2025")
    lines[3] = "Nothing of the sort is written here, the paragraph is about another topic entirely."
    assert not far_lead_echoes(lines, 1, len(lines) - 1, 15)


def test_a_menu_entry_printed_again_as_the_kicker_does_not_override_the_headline() -> None:
    """A section printed in both menus and again as the kicker gives way to the headline
    right above the story; printed twice only (the header and the heading), it does not."""
    menu = ["College of Health Sciences", "College of Arts"]
    lines = [*menu, "Search", *menu, "Search", menu[0], "How to keep healthy phone habits"]
    lines.append("Researchers at the College of Health Sciences studied phone habits.")
    assert menu_kicker(lines, 6, 7, 8)
    assert not menu_kicker(lines, 6, 5, 8)  # the ranked line is not right above the story
    assert not menu_kicker(lines[3:], 3, 4, 5)  # two copies: the header's and the heading


def _dated_pair(*under: str) -> list[str]:
    """A heading printed twice in a row, its date and author under it, a deck printed twice,
    then the story (lines 10 and on), a ranked line far above (line 1)."""
    return [
        "Home",
        "Pilot Project for Long-term Digital Preservation",
        "Projects",
        "Contact",
        "Blog",
        "Mission accomplished!",
        "Mission accomplished!",
        *under,
        "The national library and the heritage directorate were commissioned to run a pilot on"
        " the long-term preservation of museum collections, and it ended this year.",
    ]


def test_a_heading_printed_twice_over_its_date_is_the_headline_a_few_lines_up() -> None:
    """A heading printed twice in a row with its date right under the lower copy, past the
    reach of the pair right above the story and in words the story does not repeat, is the
    headline over an undated line ranked far above."""
    lines = _dated_pair("2025-12-17", "Trond Teigen", "Get the facts", "Get the facts")
    assert dated_twice(lines, 1, (11, 11)) == 5
    assert dated_twice(lines, 4, (11, 11)) is None  # the ranked line right above the pair
    assert dated_twice(lines, 8, (11, 11)) is None  # the ranked line under it is nearer


def test_a_pair_without_a_date_under_it_is_no_dated_heading() -> None:
    """A menu's entry printed twice has no date under it: no headline."""
    lines = _dated_pair("Trond Teigen", "Projects", "Get the facts", "Get the facts")
    assert dated_twice(lines, 1, (11, 11)) is None
