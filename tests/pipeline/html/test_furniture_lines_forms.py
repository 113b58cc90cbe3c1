"""Furniture lines: a comment form's default title and notes and a collection toolbar's
labels, told from a story's sentences about replies, sorting and filtering."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "Leave a Comment",
        "Leave a Reply Cancel reply",
        "Your email address will not be published.",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "Reader Interactions",
    ],
)
def test_a_comment_forms_title_and_notes_are_furniture(line: str) -> None:
    """The comment form's title and its notes under a post, each a line of its own, are
    furniture."""
    assert is_furniture_line(line)


def test_a_sentence_about_replies_or_email_addresses_is_text() -> None:
    """A story's sentence that asks for replies or speaks of published addresses says more."""
    assert not is_furniture_line("Leave a reply below and tell us what you think.")
    assert not is_furniture_line("Your email address will not be published in the directory.")


@pytest.mark.parametrize(
    "line", ["Sort", "Sort :", "Filter by:", "Filter & Sort", "Filter and sort", "View Options"]
)
def test_a_collection_toolbars_labels_are_furniture(line: str) -> None:
    """A collection toolbar's sort and filter labels, each a line of its own, are furniture."""
    assert is_furniture_line(line)


def test_a_line_about_sorting_or_filtering_is_text() -> None:
    """A line that says more than the label, or a shop's "Sort and filter" heading that a
    truth keeps, is text."""
    assert not is_furniture_line("Sort and filter")
    assert not is_furniture_line("Sorting algorithms")
    assert not is_furniture_line("Filter by price to find the right one.")
    assert not is_furniture_line("(")
    assert not is_furniture_line("});")
