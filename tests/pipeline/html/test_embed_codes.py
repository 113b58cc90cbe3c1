"""A share box's embed code, an element's markup shown as text to copy, is no text of the page;
markup in a sentence or in a code sample stays."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.embed_codes import embed_code
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of

_SNIPPET = (
    '&lt;iframe src="https://example.org/player/embed/42" width="100%" height="290" '
    'frameborder="0"&gt;'
)


def _code(html: str) -> bool:
    node = LexborHTMLParser(html).css_first("code")
    assert node is not None
    return embed_code(node)


def test_an_items_embed_code_is_dropped() -> None:
    """A <code> alone in its element whose text is one start tag with its attributes (a
    player's "Embed" box under each item of a listing) is left out of the page's text; the
    items stay."""
    items = "".join(
        f'<article class="item"><h2><a href="/story/{n}">Story {n} of the listing</a></h2>'
        f"<p>{SENTENCE}</p><div><b><code>{_SNIPPET}</code></b></div></article>"
        for n in range(4)
    )
    text = text_of(page(f"<main><h1>Science</h1>{items}</main>"))
    assert "iframe" not in text
    assert "Story 3 of the listing" in text


def test_markup_in_a_sentence_or_a_bare_tag_stays() -> None:
    """Markup inside a paragraph's sentence, a tag without attributes and a tag with one
    attribute are a tutorial's text, not an embed code."""
    assert not _code(f"<p>Paste <code>{_SNIPPET}</code> into your page.</p>")
    assert not _code("<div><code>&lt;iframe&gt;</code></div>")
    assert not _code('<div><code>&lt;img className="avatar" /&gt;</code></div>')
    assert _code(f"<div><span><code>{_SNIPPET}</code></span></div>")


def test_a_code_sample_in_pre_stays() -> None:
    """A start tag in a <pre> code sample is the documentation's own text."""
    sample = f"<pre><code>{_SNIPPET}</code></pre>"
    text = text_of(page(f"<article>{prose('Doc')}{sample}{prose('More')}</article>"))
    assert "frameborder" in text
