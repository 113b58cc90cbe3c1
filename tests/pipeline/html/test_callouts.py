"""A story's callout box: an <aside> among the story's paragraphs that holds prose."""

from __future__ import annotations

from tests.pipeline.html.pages import SENTENCE, page, prose, text_of

_NOTE = f"<p>A note on other devices: {SENTENCE} {SENTENCE}</p>"


def test_a_note_box_among_the_story_paragraphs_is_kept() -> None:
    """An <aside> of prose set between the story's paragraphs is the story's own note."""
    html = page(f"<article>{prose('story', 4)}<aside>{_NOTE}</aside>{prose('more', 3)}</article>")
    text = text_of(html)
    assert "A note on other devices" in text
    assert "more 2" in text


def test_a_sidebar_beside_the_story_is_dropped() -> None:
    """An <aside> of prose next to the story's container, not among its paragraphs, is the
    site's sidebar."""
    html = page(f"<div><article>{prose('story', 6)}</article><aside>{_NOTE}</aside></div>")
    text = text_of(html)
    assert "story 5" in text
    assert "A note on other devices" not in text


def test_a_box_of_links_among_the_story_paragraphs_is_dropped() -> None:
    """An <aside> among the story's paragraphs that holds no prose (a related-stories box:
    linked titles) is not the story's."""
    links = "".join(f'<p><a href="/s{i}">Related story number {i}</a></p>' for i in range(3))
    html = page(f"<article>{prose('story', 4)}<aside>{links}</aside>{prose('more', 3)}</article>")
    text = text_of(html)
    assert "more 2" in text
    assert "Related story number" not in text
