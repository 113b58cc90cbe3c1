"""A heading's words as a reader reads them."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.heading_words import heading_text


def _h1(html: str) -> str:
    node = LexborHTMLParser(html).css_first("h1")
    assert node is not None
    return heading_text(node)


def test_a_headings_texts_are_joined_as_read() -> None:
    """Texts of a heading's elements are joined by spaces, a decorated initial stays in its
    word and a possessive stays on its name."""
    assert _h1("<h1><span>C</span>ycle <a>routes</a> of <a>Erik</a>'s town</h1>") == (
        "Cycle routes of Erik's town"
    )


def test_a_date_a_button_and_a_permalink_inside_a_heading_are_left_out() -> None:
    """A <time>, a button and a one-symbol permalink anchor are no words of the heading."""
    html = "<h1><time>Dec 18</time> Preparing a move <button>Copy</button><a>¶</a></h1>"
    assert _h1(html) == "Preparing a move"


def test_an_element_with_the_hidden_attribute_inside_a_heading_is_left_out() -> None:
    """A tooltip nested in the <h1> with the ``hidden`` attribute is not shown: no words of it."""
    html = "<h1>IAM overview<span hidden><span>Stay organized with collections</span></span></h1>"
    assert _h1(html) == "IAM overview"
