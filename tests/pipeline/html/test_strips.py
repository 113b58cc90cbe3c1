"""The site's furniture under a line of its own inside a story's region."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of


def test_a_short_tail_of_furniture_under_its_own_line_ends_the_story() -> None:
    """A story whose own container ends with "Disclaimer:" and its fine print (no container
    of its own to drop) ends before that line; a long part under such a line (a guide's
    "Related resources" section, as long as the story) stays."""
    html = page(
        f'<article class="post">{prose("story", 6)}<p>Disclaimer:</p>'
        "<p>No content on this site should be used as a substitute for advice.</p></article>"
    )
    text = text_of(html)
    assert "story 5" in text
    assert "Disclaimer" not in text
    assert "substitute for advice" not in text
    long_tail = page(
        f'<article class="post">{prose("story", 6)}<p>Related resources</p>'
        f"{prose('resource', 6)}</article>"
    )
    assert "resource 5" in text_of(long_tail)
