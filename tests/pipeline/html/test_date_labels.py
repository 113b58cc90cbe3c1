"""The words and names around a date element: a "Published" label before it, a clock's name."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.date_labels import clock, labelled_published, published_label_before


def _time(html: str) -> LexborNode:
    node = LexborHTMLParser(html).css_first("time")
    assert node is not None
    return node


def test_the_text_just_before_a_date_element_labels_it_published() -> None:
    """ "Published" or "Published on:" as the text right before the <time> in its parent labels
    it; another word, or a label in an element of its own, does not."""
    assert published_label_before(_time("<div>Published <time>May 1, 2024</time></div>"))
    assert published_label_before(_time("<div> Published on: <time>May 1, 2024</time></div>"))
    assert not published_label_before(_time("<div>Reviewed <time>May 1, 2024</time></div>"))
    assert not published_label_before(_time("<div><b>Published</b> <time>May 1, 2024</time></div>"))


def test_a_heading_before_a_date_labels_it_published() -> None:
    """A heading "Published" right before the date element or its parent labels it."""
    assert labelled_published(_time("<aside><h3>Published</h3><p><time>May 1</time></p></aside>"))
    assert not labelled_published(_time("<aside><h3>Related</h3><p><time>May 1</time></p></aside>"))


def test_a_date_element_named_for_today_is_a_clock() -> None:
    """An element named "today" or "todays" (as a whole class or id part), itself, a wrapper
    two levels up or an element inside it, is a clock; "usatoday" or a "current" name is not."""
    assert clock(_time('<p id="todays-date"><time>May 1, 2024</time></p>'))
    assert clock(_time('<div class="the-date-today"><p><time>May 1</time></p></div>'))
    assert clock(_time('<time><span class="today">May 1, 2024</span></time>'))
    assert not clock(_time('<p class="usatoday-date"><time>May 1, 2024</time></p>'))
    assert not clock(_time('<p class="node-current-date"><time>May 1, 2024</time></p>'))
