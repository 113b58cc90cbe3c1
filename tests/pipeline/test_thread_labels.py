"""A forum thread's title without the label its forum sets beside it."""

from __future__ import annotations

from newswire.pipeline.thread_labels import without_thread_label


def test_a_short_label_before_the_title_is_cut() -> None:
    """A board's tag or a year of one or two words before one spaced hyphen is the forum's
    label: the poster's title is after it."""
    assert without_thread_label("Consulting - is it worth it?") == "is it worth it?"
    assert without_thread_label("Payment issues - how to delete or change payment method") == (
        "how to delete or change payment method"
    )
    assert without_thread_label("2024 - Pros & Cons Of Using A Travel Agent") == (
        "Pros & Cons Of Using A Travel Agent"
    )


def test_the_boards_name_after_the_title_is_cut() -> None:
    """A board's name of one or two words after the title is the forum's label too."""
    assert without_thread_label("Tips from a first time Japan visitor - Japan Forum") == (
        "Tips from a first time Japan visitor"
    )


def test_a_range_two_long_parts_or_several_dashes_stay() -> None:
    """A range between numbers is one name; two parts of three words or more are the poster's
    wording; a title of two hyphens or none is not read: the title stays whole."""
    assert without_thread_label("Squad 2024 - 2025") == "Squad 2024 - 2025"
    both = "'Types of Threads' - Flarum as a 'Discussion Engine'?"
    assert without_thread_label(both) == both
    several = "Help - Wifi - drops every hour on my laptop"
    assert without_thread_label(several) == several
    assert without_thread_label("Why is my build slow?") == "Why is my build slow?"
    assert without_thread_label("Short - label") == "Short - label"
