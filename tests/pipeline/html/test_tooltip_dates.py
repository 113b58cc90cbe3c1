"""A date element showing a relative date reads the absolute one its tooltip holds."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.tooltip_dates import tooltip_date
from tests.pipeline.html.pages import page, prose


def test_the_first_attribute_naming_a_date_is_the_tooltip_date() -> None:
    """The date an attribute names is given as ISO text (with the offset written after "GMT");
    a class, an id or a link holding digits, a number or a relative text name none."""
    tree = LexborHTMLParser(
        '<span class="d2024-10-04" id="2024-10-04" data-n="3" aria-label="2 days ago" '
        'title="Oct 4, 2024 9:30am GMT+3">1 year ago</span><span data-n="7">now</span>'
    )
    first, second = tree.css("span")
    assert tooltip_date(first) == "2024-10-04T09:30:00+03:00"
    assert tooltip_date(second) is None


def test_a_relative_date_element_gives_the_absolute_date_of_its_tooltip() -> None:
    """A date element showing "1 year ago" with the moment in a tooltip attribute (a
    ``data-tippy-content``, a ``title``) dates the page by the tooltip's day; a relative
    text whose attributes hold no date (a class, a number) stays relative."""
    tooltip = page(
        '<h1>Story</h1><p>by ann · <span class="moment-time" data-tippy-content="Friday, '
        'October 4th, 2024 at 3:43:10 PM">1 year ago</span></p>' + prose("story", 4)
    )
    assert extract_html(tooltip).published_raw[0].startswith("2024-10-04")
    titled = page(
        '<h1>Story</h1><p><span class="post-date" title="12 March 2023">2 years ago</span></p>'
        + prose("story", 4)
    )
    assert extract_html(titled).published_raw[0].startswith("2023-03-12")
    bare = page(
        '<h1>Story</h1><p><span class="post-date" data-count="3" id="d2024">1 year ago</span>'
        "</p>" + prose("story", 4)
    )
    assert extract_html(bare).published_raw[0] == "1 year ago"


def test_an_empty_timeago_element_gives_the_date_of_its_title() -> None:
    """A post header's timeago element as served, empty ("wrote on <a class="timeago"
    title="2024-04-17T10:58:44.717Z"></a>"), dates a page without date markup by its title;
    an empty element of another name does not."""

    def published(name: str) -> tuple[str, ...]:
        header = (
            f'<p>JonB wrote on <a href="/post/1" class="{name}" '
            'title="2024-04-17T10:58:44.717Z"></a></p>'
        )
        html = page("<h1>Which Qt6 version?</h1>" + header + prose("p", 3))
        return extract_html(html).published_raw

    assert published("timeago text-muted")[0].startswith("2024-04-17")
    assert not any(value.startswith("2024-04-17") for value in published("muted"))
