"""A title is one line, whichever part of the page gave it (``title.headline``)."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_a_title_wrapped_over_lines_in_the_source_is_one_line() -> None:
    """A <title> written over several lines of the source ("<title>\\n  Deploy app servers\\n ·
    Fly</title>") and an og:title with a line break give their words on one line, spaced once."""
    wrapped = page(
        "<div><p>A short teaser.</p></div>",
        "<title>\n      Deploy app servers close to your users\n     · Fly</title>",
    )
    assert extract_html(wrapped).title == "Deploy app servers close to your users"
    meta = page(
        prose("text", 4),
        '<meta property="og:title" content="Council approves\nthe budget">',
    )
    assert extract_html(meta).title == "Council approves the budget"
