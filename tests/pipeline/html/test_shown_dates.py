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


def test_date_elements_repeat_as_the_ten_selectors_give_them() -> None:
    """Each element comes in page order once per selector of the ten it matches (a <time>
    named "date updated" three times, "Date meta" twice), and an element whose class holds
    "date" in another case only ("dAte") not at all, though the shorter query finds it."""
    tree = LexborHTMLParser(
        page(
            '<div class="post-meta"><time class="date updated">May 1, 2024</time>'
            '<span class="dAte">May 2, 2024</span></div>'
            '<p class="Date meta">May 3, 2024</p><span class="timestamp">1h</span>'
            '<div class="byline-publish-posted-modified">x</div><p>Nothing</p>'
        )
    )
    found = _date_elements(tree)
    assert [node.mem_id for node in found] == [node.mem_id for node in tree.css(_TEN_SELECTORS)]
    assert [node.tag for node in found].count("time") == 3
    assert "span" in [node.tag for node in found]  # the "timestamp", not the "dAte"
    assert [node.attributes.get("class") for node in found].count("dAte") == 0


def test_a_page_without_date_elements_gives_none() -> None:
    """A page with no <time> and no date-named element gives an empty list."""
    assert _date_elements(LexborHTMLParser(page("<p>No date here.</p>"))) == []
