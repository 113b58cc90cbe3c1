"""Date lines as shown: the date elements are found as the ten selectors would find them."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.shown_dates import _date_elements
from tests.pipeline.html.pages import page

_TEN_SELECTORS = (
    'time, [class*="date"], [class*="Date"], [class*="time"], [class*="publish"], '
    '[class*="posted"], [class*="updated"], [class*="modified"], [class*="byline"], '
    '[class*="meta"]'
)


def test_date_elements_are_those_of_the_ten_selectors_within_their_cap() -> None:
    """Each element comes once, in page order, if it is among the first ``cap`` matches of
    the ten selectors, where an element comes once per selector it matches (a <time> named
    "date updated" three times, "Date meta" twice); an element whose class holds "date" in
    another case only ("dAte") does not come, though the shorter query finds it."""
    tree = LexborHTMLParser(
        page(
            '<div class="post-meta"><time class="date updated">May 1, 2024</time>'
            '<span class="dAte">May 2, 2024</span></div>'
            '<p class="Date meta">May 3, 2024</p><span class="timestamp">1h</span>'
            '<div class="byline-publish-posted-modified">x</div><p>Nothing</p>'
        )
    )
    ten = [node.mem_id for node in tree.css(_TEN_SELECTORS)]
    for cap in range(len(ten) + 2):
        expected = list(dict.fromkeys(ten[:cap]))
        assert [node.mem_id for node in _date_elements(tree, cap)] == expected
    found = _date_elements(tree, 150)
    assert [node.tag for node in found] == ["div", "time", "p", "span", "div"]
    assert "dAte" not in [node.attributes.get("class") for node in found]


def test_a_page_without_date_elements_gives_none() -> None:
    """A page with no <time> and no date-named element gives an empty list."""
    assert _date_elements(LexborHTMLParser(page("<p>No date here.</p>")), 150) == []
