"""A line that says one short phrase twice, glued (a screen reader's copy beside the shown one)."""

from __future__ import annotations

from newswire.pipeline.html.doubled_lines import _doubled, _price_twice, _said_once, once_each
from tests.pipeline.html.pages import page, prose, text_of


def test_a_phrase_said_twice_glued_is_said_once() -> None:
    """A control's label or a price doubled ("Talk to an ExpertTalk to an Expert",
    "EUR 163.12EUR 163.12") is given once; a rule of dashes, a word said twice with a
    space, a sentence and a long line stay as they are."""
    lines = [
        "Talk to an ExpertTalk to an Expert",
        "EUR 163.12EUR 163.12",
        "------",
        "Bye bye",
        "The council met on Tuesday.",
        "x" * 130,
    ]
    assert once_each(lines) == [
        "Talk to an Expert",
        "EUR 163.12",
        "------",
        "Bye bye",
        "The council met on Tuesday.",
        "x" * 130,
    ]


def test_a_line_doubled_by_a_hidden_copy_is_extracted_once() -> None:
    """A line given twice in two spans (one for screen readers) is one line of the text,
    said once."""
    html = page(
        "<main><article>"
        + prose("story", 3)
        + '<p><span class="sr-copy">Made by hand in Vermont</span>'
        "<span>Made by hand in Vermont</span></p>" + prose("more", 2) + "</article></main>"
    )
    lines = text_of(html).splitlines()
    assert "Made by hand in Vermont" in lines
    assert "Made by hand in VermontMade by hand in Vermont" not in lines


def test_a_price_given_twice_with_a_space_is_given_once() -> None:
    """A card's sale and regular price of the same amount ("$279.95 $279.95") is one price;
    two amounts, a word said twice and a long line said twice stay as they are."""
    long_price = "Price with free delivery to your door $12.00"
    lines = [
        "$279.95 $279.95",
        "€49,95 €49,95",
        "$399.95 $579.95",
        "12 12",
        f"{long_price} {long_price}",
    ]
    assert once_each(lines) == [
        "$279.95",
        "€49,95",
        "$399.95 $579.95",
        "12 12",
        f"{long_price} {long_price}",
    ]


def test_a_price_line_the_next_line_repeats_is_dropped() -> None:
    """A card's regular and sale price as two lines of one amount ("$279.95" / "$279.95",
    the second collapsed from "$279.95 $279.95") or the sale's line before a struck price
    ("$399.95" / "$399.95 $579.95") give the price once; two cards' prices apart, two
    different prices and a line that goes on in words stay."""
    lines = [
        "Headphones HD 560S",
        "$279.95",
        "$279.95 $279.95",
        "Headphones HD 650",
        "$399.95",
        "$399.95 $579.95",
        "Earbuds",
        "$99.99",
        "$99.99 a month for a year",
        "$49.00",
        "$59.00",
    ]
    assert once_each(lines) == [
        "Headphones HD 560S",
        "$279.95",
        "Headphones HD 650",
        "$399.95 $579.95",
        "Earbuds",
        "$99.99",
        "$99.99 a month for a year",
        "$49.00",
        "$59.00",
    ]


def test_a_label_said_twice_with_a_space_is_said_once() -> None:
    """A control's label doubled with a space between the copies ("Get an Enterprise Trial
    Get an Enterprise Trial", the walk setting its two elements apart) is given once; a row
    of more than six words given twice (a table's header row twice), a name of one word said
    twice and one word said four times stay."""
    header = "Dataset Language Base, GB/s SIMD, GB/s SIMD Gains"
    kept = [f"{header} {header}", "Sing Sing", "Best Best Best Best"]
    lines = ["Get an Enterprise Trial Get an Enterprise Trial", *kept]
    assert once_each(lines) == ["Get an Enterprise Trial", *kept]


def test_a_line_is_said_once_as_both_rules_tell() -> None:
    """A line's first half is given exactly where it is a doubled phrase or a price given
    twice, whatever its length or its halves' first characters."""
    lines = [
        *("", " ", "a", "ab", "aa", "a a", "$5 $5", "$5$5", "abcdabcd", "abcd abcd"),
        *("Talk to an ExpertTalk to an Expert", "EUR 163.12EUR 163.12", "Sing Sing"),
        *("Best Buy Best Buy", "Best Buy Best Bay", "Xest Buy Best Buy", "$279.95 $279.95"),
        *("w" * 120, "w" * 121, "w" * 122, "ab" * 61, ("Ab cd " * 10) + " " + ("Ab cd " * 10)),
    ]
    for line in lines:
        expected = line[: len(line) // 2] if _doubled(line) or _price_twice(line) else line
        assert _said_once(line) == expected, line
    assert _said_once("$279.95 $279.95") == "$279.95"
    assert _said_once("Talk to an ExpertTalk to an Expert") == "Talk to an Expert"
