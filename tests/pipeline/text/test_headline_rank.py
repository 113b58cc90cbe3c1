"""Telling the headline from the other headline-like lines above a page's story."""

from __future__ import annotations

from newswire.pipeline.text.headline_rank import (
    capitals_share,
    deck_under,
    printed_twice,
    trail_named,
)


def test_no_candidate_names_no_headline() -> None:
    """With no headline-like line (or an empty text), no rule names a headline."""
    assert printed_twice([], []) is None
    assert trail_named([], [], []) is None
    assert trail_named(["Home > News"], [0], []) is None
    assert capitals_share("") == 1.0


def test_the_pair_printed_twice_nearest_the_story_wins() -> None:
    """Of two lines printed twice, the later pair (nearest the story) names the headline, at
    its first copy; a line printed once is no pair."""
    lines = ["Book a Demo Today", "Book a Demo Today", "Menu", "The Headline Of It", "x"]
    lines[4] = lines[3]
    assert printed_twice(lines, [0, 1, 3, 4]) == 3
    assert printed_twice(lines, [0, 3]) is None


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
