"""A feed's age stamps: three short "N ago" lines or more are dropped, fewer stay."""

from __future__ import annotations

from newswire.pipeline.html.age_stamps import without_age_stamps
from tests.pipeline.html.pages import page, text_of

_ITEMS = [
    "Show HN: A programming language where the GPU is just another thread",
    "1 point by breve 0 minutes ago | hide | past | discuss",
    "What happened when humans and Neanderthals met (cnn.com)",
    "3 points by rbanffy 13 minutes ago | hide | past | 1 comment",
    "Why your roadmap is a lie (productbet.io)",
    "Alan Woinski | 2 weeks ago",
]


def test_three_age_stamps_are_dropped() -> None:
    """A listing whose items each carry an age stamp gives its items without the stamps."""
    assert without_age_stamps(_ITEMS) == _ITEMS[::2]


def test_stamps_in_other_languages_and_bare_ages_count() -> None:
    """Bare ages and ages in other languages ("vor 3 Stunden", "3天前") are stamps too."""
    lines = ["Item one", "9 hrs ago", "Item two", "vor 3 Stunden", "Item three", "3天前"]
    assert without_age_stamps(lines) == ["Item one", "Item two", "Item three"]


def test_two_age_stamps_stay() -> None:
    """A page with only two relative dates (a post's date line, a reply's) keeps both."""
    lines = ["Posted 3 hours ago", "The council met on Tuesday.", "Updated 1 hour ago"]
    assert without_age_stamps(lines) == lines


def test_an_age_without_digits_is_no_stamp() -> None:
    """Only ages counted in digits are stamps: "an hour ago" and "yesterday" lines stay."""
    lines = ["an hour ago", "Item one", "yesterday", "Item two", "a day ago", "1 day ago"]
    assert without_age_stamps(lines) == lines


def test_a_sentence_with_an_age_stays() -> None:
    """A line of more than fourteen words that says "ago" is a sentence, not a stamp."""
    sentence = (
        "The bridge was built two hundred years ago by the town's first settlers, who came "
        "from the coast 3 years ago"
    )
    lines = [sentence, "1 day ago", "2 days ago", "3 days ago"]
    assert without_age_stamps(lines) == [sentence]


def test_a_date_line_that_is_not_relative_stays() -> None:
    """Absolute dates ("March 3, 2024") are no age stamps: the feed keeps them."""
    lines = ["March 3, 2024", "March 4, 2024", "March 5, 2024", "Story"]
    assert without_age_stamps(lines) == lines


def test_a_listings_stamps_are_left_out_of_the_extracted_text() -> None:
    """extract_html gives a news river's items without the age under each one."""
    items = "".join(
        f"<li><h3><a href='/s/{i}'>Story number {i} about the council's new budget and "
        f"its bus lines</a></h3><p>The council met after weeks of delay to discuss it, "
        f"residents said on the day.</p><span>{i + 1} hours ago</span></li>"
        for i in range(5)
    )
    text = text_of(page(f"<main><h1>Latest news</h1><ul>{items}</ul></main>"))
    assert "Story number 3" in text
    assert "hours ago" not in text


def test_a_short_line_with_a_digit_beyond_ascii_and_no_relative_word_is_no_stamp() -> None:
    """Short lines with digits beyond ASCII (an umlaut, a dash, curly quotes) are no stamps
    when they hold no relative word, and the stamps beside them still count."""
    lines = ["Größe 3 – 5 Stück", "“Top 10” picks", "1 día atrás", "vor 2 Tagen", "3天前"]
    assert without_age_stamps(lines) == lines[:2]
