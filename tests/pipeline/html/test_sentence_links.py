"""A sentence's phrase whose class names the box it opens (a tooltip, a popup, a modal) is
the sentence's words; a phrase named for furniture besides is not."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.sentence_links import opens_from_sentence, without_openers
from tests.pipeline.html.pages import page, prose, text_of


def test_a_short_opener_inside_sentence_text_opens_from_the_sentence() -> None:
    """An inline phrase named for a tooltip, popup or modal, with the sentence's words on both
    sides in its paragraph, list item or cell, opens from the sentence; one that ends its
    block, one whose block is a bare box, one in a label too short for a sentence, one
    longer than a phrase, or a phrase of no opener's name does not."""
    long = "an explanation " * 8
    tree = LexborHTMLParser(
        '<p>A Pod holds one or more <a id="a" class="glossary-tooltip" title="x">containers'
        "</a>, with shared storage and network resources.</p>"
        '<ul><li>Add the <a id="b" class="product-modal">bread flour</a> and stir it in '
        "until the dough comes together.</li></ul>"
        '<p>Read more about it on the <em><a id="c" class="external-popup">tax site</a></em> '
        "before you file your return.</p>"
        '<p>Nothing after this phrase at the end of a long sentence, <a id="d" '
        'class="tooltip">the term</a></p>'
        '<div>Before the words of a sentence, <a id="e" class="tooltip">term</a> and after.</div>'
        '<p>Short <a id="f" class="tooltip">term</a> here.</p>'
        f'<p>A long sentence before the phrase, <span id="g" class="tooltip">{long}</span> '
        "and after it too.</p>"
        '<p>A long sentence before the phrase, <a id="h" class="share-link">term</a> '
        "and after it too.</p>"
    )
    for name, opens in (("a", True), ("b", True), ("c", True), ("d", False), ("e", False)):
        node = tree.css_first(f"#{name}")
        assert node is not None
        names = node.attributes.get("class") or ""
        assert opens_from_sentence(node, node.tag or "", names) is opens, name
    for name in ("f", "g", "h"):
        node = tree.css_first(f"#{name}")
        assert node is not None
        assert not opens_from_sentence(node, node.tag or "", node.attributes.get("class") or ""), (
            name
        )


def test_without_openers_keeps_the_other_words_of_each_token() -> None:
    """The opener words go from each token and whole tokens; the rest of a token stays."""
    assert without_openers("glossary-tooltip") == "glossary"
    assert without_openers("tooltip modal-trigger") == "trigger"
    assert without_openers("footerCookiePopup x") == "footer-Cookie x"


def test_an_opener_in_a_sentence_stays_in_the_story_and_other_furniture_goes() -> None:
    """The walk keeps a glossary tooltip's term in its sentence, but drops a phrase whose
    names say furniture besides the opener ("popup-cookies-more")."""
    text = text_of(
        page(
            "<article><h1>Story</h1>"
            '<p>A Pod can contain <a class="glossary-tooltip" title="Containers run first">init '
            "containers</a> that run during Pod startup, before the app starts.</p>"
            '<p>This story uses cookies, as <a class="popup-cookies-more">more here</a> says '
            "in the notes of the site.</p>" + prose("story", 5) + "</article>"
        )
    )
    assert "A Pod can contain init containers that run during Pod startup" in text
    assert "more here" not in text
