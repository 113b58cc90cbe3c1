"""``byline_lines``: the names after a "By" label alone, each in a text of its own, joined by
texts of their own ("and", ","). (``test_byline_lines`` holds the module's other tests.)"""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def _authors(byline: str) -> tuple[str, ...]:
    return extract_html(
        page("<h1>Best live TV streaming service</h1>" + byline + prose("s", 4))
    ).authors


def test_names_joined_by_texts_of_their_own_all_sign_the_story() -> None:
    """ "By" / "Jared Newman" / "and" / "Sam Singleton", "Written by" / "A" / "," / "B" / ", and"
    / "C": every name signs; the first text that is neither a joiner nor a name ends them."""
    two = "<p><span>By</span> <a>Jared Newman</a> <span>and</span> <a>Sam Singleton</a></p>"
    assert _authors(two + "<p>Nov 25, 2025</p>") == ("Jared Newman", "Sam Singleton")
    three = (
        "<div><span>Written by</span><a>Marna Merwe</a><span>,</span><a>Dieter Veldsman</a>"
        "<span>, and</span><a>Erik Vulpen</a><span>Reviewed by</span><a>Monika Nemcova</a></div>"
    )
    assert _authors(three) == ("Marna Merwe", "Dieter Veldsman", "Erik Vulpen")


def test_a_name_after_a_text_that_joins_nothing_does_not_sign() -> None:
    """A name after the byline's name with no joiner between (the date, a role) is not a
    co-author."""
    byline = "<p><span>By</span> <a>Jared Newman</a></p><p>Nov 25, 2025</p><p>Sam Singleton</p>"
    assert _authors(byline) == ("Jared Newman",)
