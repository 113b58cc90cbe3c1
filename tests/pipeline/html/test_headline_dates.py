"""The date lines around the headline: the closest one below the <h1> first, then one above
it; a month alone under the headline for a page that shows no day."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.headline_dates import month_under_headline, near_headline
from newswire.pipeline.html.headline_texts import HeadlineTexts
from tests.pipeline.html.pages import page, prose


def _texts(body: str) -> HeadlineTexts:
    return HeadlineTexts(LexborHTMLParser(page(body)))


def test_the_line_below_the_headline_comes_before_the_one_above() -> None:
    """A date alone in a short text below the <h1> is given first, the line above it next."""
    near = _texts(
        '<p class="text-xs">March 1, 2024</p><h1>Headline</h1>'
        f'<p class="text-sm">August 16, 2019</p>{prose("Story")}'
    )
    assert near_headline(near, "en") == ["2019-08-16T00:00:00+00:00", "2024-03-01T00:00:00+00:00"]


def test_an_update_line_is_read_only_when_updates_are_asked() -> None:
    """ "Updated: 10/31/2024" under the headline is no publication; asked for updates, it is
    the one given."""
    near = _texts(f"<h1>Headline</h1><p>Updated: 10/31/2024</p>{prose('Story')}")
    assert near_headline(near, "en-US") == []
    assert near_headline(near, "en-US", updates=True) == ["2024-10-31T00:00:00+00:00"]


def test_a_date_above_the_headline_is_not_read_over_an_update_under_it() -> None:
    """Where the line under the headline is the story's update ("Last updated on …"), a date
    line above the headline (a sidebar's comment age) is not the story's publication; asked
    for updates, the update is given."""
    near = _texts(
        '<ul><li><span>Nelly</span> <span class="q1">March 3, 2025</span></li></ul>'
        "<h1>Headline</h1><p>Craig McCarthy</p><p>Last updated on 17 December 2025</p>"
        + prose("Story")
    )
    assert near_headline(near, "en") == []
    assert near_headline(near, "en", updates=True) == ["2025-12-17T00:00:00+00:00"]
    without_update = _texts(
        '<ul><li><span class="q1">March 3, 2025</span></li></ul><h1>Headline</h1>' + prose("Story")
    )
    assert near_headline(without_update, "en") == ["2025-03-03T00:00:00+00:00"]


def test_a_related_lists_date_is_not_the_storys() -> None:
    """A date in a list named for related stories, further down, is another story's."""
    near = _texts(
        f"<h1>Headline</h1><p>Intro</p><p>Deck</p><p>Lede</p>"
        f'<ul class="related"><li><span>May 2, 2024</span></li></ul>{prose("Story")}'
    )
    assert near_headline(near, "en") == []


def test_a_month_alone_under_the_headline_gives_its_first_day() -> None:
    """A magazine's "November 2015" under the headline dates the page by its issue."""
    near = _texts(f"<h1>Headline</h1><p>November 2015</p>{prose('Story')}")
    assert month_under_headline(near) == ["2015-11-01T00:00:00+00:00"]


def test_a_byline_and_its_date_in_a_layout_wrapper_are_the_storys() -> None:
    """Within the first six texts after the headline ("By", the name, the date) a date line
    in a wrapper with a layout name (a page with a right sidebar) is the story's; a line
    labelled as the publication is the story's further down too ("Published Jun 4, 2025" in a
    card after a deck, the name written twice and a role); an unlabelled date there is not."""
    byline = (
        '<div class="main right-sidebar"><h1>Headline</h1><p>By</p><p>Ann Lee</p>'
        f'<p class="meta">January 4, 2026</p>{prose("Story")}</div>'
    )
    assert near_headline(_texts(byline), "en") == ["2026-01-04T00:00:00+00:00"]
    card = (
        '<h1>Headline</h1><p>Report</p><p>Deck</p><div class="card"><p>Ann Lee</p>'
        "<p>Ann Lee</p><p>Editor</p><p>{}</p></div>" + prose("Story")
    )
    labelled = _texts(card.format("Published Jun 4, 2025"))
    assert near_headline(labelled, "en") == ["2025-06-04T00:00:00+00:00"]
    assert near_headline(_texts(card.format("Jun 4, 2025")), "en") == []


def test_a_link_named_for_a_day_is_no_date() -> None:
    """A menu link whose whole text is a day's word ("TODAY", a sister site's name) above the
    headline dates nothing; a link giving an age with its count ("3 hours ago") does."""
    menu = _texts(f'<div><a href="/today">TODAY</a></div><h1>Headline</h1>{prose("Story")}')
    assert near_headline(menu, "en") == []
    aged = _texts(f'<div><a href="/p/1">3 hours ago</a></div><h1>Headline</h1>{prose("S")}')
    assert len(near_headline(aged, "en")) == 1
