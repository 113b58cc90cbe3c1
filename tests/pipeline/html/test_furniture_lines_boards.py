"""Furniture lines: a bulletin board's thread controls, told from its text."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Print view",
        "Return to “Using VirtualBox”",
        "(95.79 KiB) Downloaded 478 times",
        "Upvote 0 Downvote",
        "Join Date: Mar 2016",
        "« Previous Thread | Next Thread »",
        "You may not post replies",
        "[IMG] code is Off",
        "All times are GMT +1. The time now is 14:01.",
    ],
)
def test_a_bulletin_boards_thread_controls_are_furniture(line: str) -> None:
    """phpBB's print link, its link back to the board and an attachment's size and download
    count, a post's vote widget, and vBulletin's poster card, thread links, posting rules and
    clock line, each a line of its own, are furniture."""
    assert is_furniture_line(line)


def test_a_sentence_that_opens_like_a_board_control_is_text() -> None:
    """A sentence that starts with "Return to" or "Print view" says more than the control."""
    assert not is_furniture_line("Return to livelier cushioning that was missing")
    assert not is_furniture_line("Print view of the quarterly report")
    assert not is_furniture_line("Registered users get a discount")


@pytest.mark.parametrize(
    "line", ["12 Posts 5 Posters 3.2k Views 2 Watching", "3 replies · 120 views"]
)
def test_a_line_of_counters_alone_is_furniture(line: str) -> None:
    """A thread's bar of counters, two counts or more each a number and what it counts
    ("12 Posts 5 Posters 3.2k Views 2 Watching"), and nothing else, is furniture."""
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["10 posts in 3 days", "2 people were there", "3 replies"])
def test_a_sentence_with_counts_is_no_counters_line(line: str) -> None:
    """A line with words between its counts, or one count alone that is no furniture label,
    is not a line of counters."""
    assert not is_furniture_line(line)
