"""Component names (``component_names``): a custom element's tag and the names a site gives
its components stand in for class names that are build hashes."""

from __future__ import annotations

from newswire.pipeline.html.plain_names import kept_by_names
from tests.pipeline.html.pages import page, prose, text_of


def test_a_custom_elements_tag_names_it_where_its_class_says_nothing() -> None:
    """A web component whose class is a build hash is judged by its tag, the component's name:
    a <tool-tip>'s explanation and a <product-recommendations> strip are skipped; a custom
    element of a neutral name (<product-info>) is read, and a class that names the element
    keeps the last word (a story-named <tool-tip>)."""
    html = page(
        '<main><product-info class="x7f3a9c2">'
        + prose("story", 3)
        + '<table><tr><td>Impedance <tool-tip class="q81d0e4a"><span>More information</span>'
        "<div>Usually between eight and six hundred ohm, most headphones have less.</div>"
        "</tool-tip></td><td>37 ohm</td></tr></table>"
        '<product-recommendations class="k2b9c1d0"><p>You may also like these other '
        "headphones, and these cables, and this stand.</p></product-recommendations>"
        '<tool-tip class="entry-content"><p>The mayor, asked about it, said the council '
        "would decide by the spring.</p></tool-tip>"
        "</product-info></main>"
    )
    text = text_of(html)
    assert "Usually between" not in text
    assert "You may also like" not in text
    assert "37 ohm" in text
    assert "story" in text
    assert "The mayor" in text
    assert not kept_by_names("x7f3a9c2", "", "tool-tip")
