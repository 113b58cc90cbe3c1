"""The count of results a listing prints after its name."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.result_counts import result_count, without_result_count
from tests.pipeline.html.pages import page, prose


def test_a_count_of_results_after_the_name_is_read() -> None:
    """A number then "+" or a plural word, in parentheses at the end, is a count of results;
    a year, a year's edition, a quantity or a list in parentheses is not."""
    assert result_count("Trail Running Shoes (158 ITEMS)")
    assert result_count("Fitness Equipment (102+)")
    assert result_count("Best Books Ever (77,141 books)")
    assert not result_count("Best Laptops (2025)")
    assert not result_count("10 Best Moving Companies in New York (2025 Reviews)")
    assert not result_count("Toasted Almond Thins, 5.25 oz (149 g)")
    assert not result_count("Sparkling Water (2 Pack)")
    assert not result_count("Once and Future World (2013, Hardcover)")


def test_the_count_is_cut_from_a_title() -> None:
    """A title ending in its count of results names the list without it; another stays."""
    assert without_result_count("Best Books Ever (77141 books)") == "Best Books Ever"
    assert without_result_count("Best Laptops (2025)") == "Best Laptops (2025)"


def test_a_results_header_h1_gives_way_to_the_pages_title() -> None:
    """A listing's <h1> ending in its count of results is the filter's header: the page's
    title comes from og:title or <title>; a page named only by a counted <title> loses the
    count."""
    header = page(
        "<h1>Fitness Equipment (102+)</h1>" + prose("item", 4),
        '<meta property="og:title" content="Exercise Equipment & Gym Machines">'
        "<title>Exercise Equipment & Gym Machines</title>",
    )
    assert extract_html(header).title == "Exercise Equipment & Gym Machines"
    counted = page(prose("item", 4), "<title>Best Books Ever (77141 books)</title>")
    assert extract_html(counted).title == "Best Books Ever"
