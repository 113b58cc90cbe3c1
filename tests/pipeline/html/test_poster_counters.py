"""Poster counters: a thread's counter pairs, bare numbers, numbered dates, split controls
and poster status labels, told from its lines."""

from __future__ import annotations

from newswire.pipeline.html.poster_counters import (
    is_bare_number,
    is_counter,
    is_poster_status,
    numbered_date,
)


def test_a_counter_is_a_bare_number_under_a_counter_label() -> None:
    """A bare number ("310") right after "Reaction score" is a poster's counter; a number after
    another line, or a line with words beside the number, is not."""
    assert all(is_bare_number(line) for line in ("1,204", "3.2k", "#12"))
    assert not is_bare_number("12 apples")
    assert is_counter("Reaction score", "310")
    assert is_counter("Points:", "4,365")
    assert not is_counter("Step", "310")
    assert not is_counter("Reaction score", "310 likes")


def test_a_back_then_top_pair_is_a_split_control() -> None:
    """ "Top" right after "Back" ends a "Back to top" link split in two lines, in any case;
    "Top" after another line is not."""
    assert is_counter("Back", "Top")
    assert is_counter("BACK", "top")
    assert not is_counter("Go", "Top")
    assert not is_counter("Back", "Tops")


def test_a_posters_status_label_alone_is_one() -> None:
    """ "Offline", "Online" and "Status" alone are a poster's status label; a sentence is not."""
    assert is_poster_status("Offline")
    assert is_poster_status("Status")
    assert not is_poster_status("Status: resolved")


def test_a_posts_number_and_date_line_gives_its_date() -> None:
    """ "#2 · Jan 3, 2024" (with an edit mark or not) gives "Jan 3, 2024"; a line that is not
    a number then a dated part gives nothing."""
    assert numbered_date("#2 · Jan 3, 2024") == "Jan 3, 2024"
    assert numbered_date("#12 | 3 days ago (Edited)") == "3 days ago"
    assert numbered_date("#hashtag") is None
    assert numbered_date("Jan 3, 2024") is None
