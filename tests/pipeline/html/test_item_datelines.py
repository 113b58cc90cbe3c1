"""A listing's item cards keep their date lines, which the name rules drop elsewhere."""

from __future__ import annotations

from tests.pipeline.html.pages import page, text_of


def _index(date_class: str = "date", date: str = "27 February 2026", count: int = 6) -> str:
    # A blog's index: each item a paragraph with its linked title and its date.
    items = "".join(
        f'<p class="blogtitle"><a href="/blog/post-{i}">Notes on the garbage collector, part {i}'
        f'</a>, <span class="{date_class}">{date}</span></p>'
        f'<p class="summary">What changed in the collector this release, part {i}, and why.</p>'
        for i in range(count)
    )
    return f'<div id="blogindex"><h1>The Blog</h1>{items}</div>'


def test_a_date_named_element_in_a_run_of_item_cards_is_kept() -> None:
    """On a listing, each item's date (named "date") is the item's text and stays."""
    assert "27 February 2026" in text_of(page(_index()))


def test_a_lone_or_undated_date_named_element_stays_out() -> None:
    """A date-named element outside a run of cards, or one without a date in words (a bare
    number, a date in figures), is still dropped."""
    assert "27 February 2026" not in text_of(page(_index(count=1) + "<p>" + "word " * 80 + "</p>"))
    assert "08/12/2021" not in text_of(page(_index(date="08/12/2021")))


def test_on_a_story_page_the_items_dates_stay_out() -> None:
    """A page whose head says it is one story keeps its byline furniture rules."""
    article = '<meta property="og:type" content="article">'
    assert "27 February 2026" not in text_of(page(_index(), article))
