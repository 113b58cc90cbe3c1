"""The writers a byline element lists after the markup's one name."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose

_HEAD = (
    '<script type="application/ld+json">{"@type": "BlogPosting", "author": {"@type": "Person",'
    ' "name": "Marna Merwe"}}</script>'
)


def _authors(byline: str) -> tuple[str, ...]:
    body = f"<h1>Trends</h1><div class='hero-author'>{byline}</div>" + prose("story", 4)
    return extract_html(page(body, _HEAD)).authors


def test_a_written_by_line_that_lists_the_markups_author_first_gives_every_writer() -> None:
    """The markup names the first writer alone; the byline's "Written by" line names her,
    with her title, and two more: the story has the line's three writers."""
    line = "Written by <span>Dr Marna Merwe</span>, <span>Dr Dieter Veld</span>, Erik Vulpen"
    assert _authors(line) == ("Dr Marna Merwe", "Dr Dieter Veld", "Erik Vulpen")


def test_a_line_that_does_not_open_with_the_markups_author_is_not_read() -> None:
    """A reviewer's line, or a line whose first name is someone else, adds no one: the markup's
    name stands alone."""
    assert _authors("Reviewed by Marna Merwe, Dieter Veld") == ("Marna Merwe",)
    assert _authors("Written by Dieter Veld, Marna Merwe") == ("Marna Merwe",)
