"""A page builder's column of slots named "widget": the short slots beside the story's long one
are the story's sections, not a sidebar's widgets."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.slot_series import story_slot
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of

_STORY_HEAD = '<meta property="og:type" content="article">'


def _column(intro: str, closing: str) -> str:
    """A page builder's column: an intro slot, the story's long slot, a closing slot."""
    return (
        "<main><h1>Pricing for home repairs</h1><div class='panel-layout'>"
        f"<div class='so-panel widget widget_editor'>{intro}</div>"
        f"<div class='so-panel widget widget_custom_html'>{prose('Price list', 6)}</div>"
        f"<div class='so-panel widget widget_editor'>{closing}</div>"
        "</div></main>"
    )


def _slot(html: str) -> bool:
    tree = LexborHTMLParser(page(html))
    node = tree.css_first("#probe")
    assert node is not None
    attrs = dict(node.attributes)
    return story_slot(node, f"{attrs.get('class') or ''} {attrs.get('id') or ''}")


def test_a_short_slot_beside_the_storys_slot_is_kept_on_a_story_page() -> None:
    """On a page whose head declares one story, the intro in a slot named like the slot that
    holds the story's paragraphs comes out with them."""
    intro = f"<p>Intro: {SENTENCE}</p><p>Note: {SENTENCE}</p>"
    text = text_of(page(_column(intro, ""), head=_STORY_HEAD))
    assert "Intro: The council" in text
    assert "Price list 5" in text


def test_a_slot_is_the_storys_only_beside_a_long_slot_named_alike_in_main() -> None:
    """A short "widget" slot of the <main> counts as the story's only when a sibling named by
    the same slot word holds a story's paragraphs; beside short widgets, when mostly links,
    or in a sidebar column outside <main>, it does not."""
    story = f"<div class='widget text'>{prose('Story', 6)}</div>"
    probe = f"<div id='probe' class='widget editor'><p>{SENTENCE}</p></div>"
    assert _slot(f"<main><div>{probe}{story}</div></main>")
    assert not _slot(f"<div>{probe}{story}</div><main>{prose('Main', 6)}</main>")
    short = f"<div class='widget text'>{prose('Short', 2)}</div>"
    assert not _slot(f"<main><div>{probe}{short}</div></main>")
    assert not _slot(
        f"<main><div>{probe}<div class='column'>{prose('Story', 6)}</div></div></main>"
    )
    links = "".join(f"<p><a href='/p{i}'>Another post number {i}</a></p>" for i in range(5))
    listed = f"<div id='probe' class='widget posts'>{links}</div>"
    assert not _slot(f"<main><div>{listed}{story}</div></main>")
