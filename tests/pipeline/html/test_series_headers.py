"""A part of a series' own header: the label and heading over one of sibling <article>s."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.series_headers import series_part_header
from tests.pipeline.html.pages import SENTENCE, page, text_of


def _step(n: int, header: str) -> str:
    return (
        f"<article><div><header>{header}</header><p>Step {n} text: {SENTENCE}</p></div></article>"
    )


def _headers(html: str) -> list[bool]:
    return [series_part_header(node) for node in LexborHTMLParser(html).css("header")]


def test_the_header_of_one_of_sibling_articles_is_the_parts_own() -> None:
    """A <header> without links inside an <article> (up to a few wrappers down) that has
    another <article> beside it is the part's own label and heading."""
    steps = "".join(
        _step(n, f"<div>SETUP STEP #{n}</div><h3>Sit up straight {n}</h3>") for n in range(3)
    )
    assert _headers(page(steps)) == [True, True, True]


def test_a_lone_articles_header_or_a_linked_one_is_not() -> None:
    """The header of an <article> alone on its page (the story's masthead) is no part of a
    series, nor is a header that holds a link (a listing card's linked title)."""
    lone = page(_step(0, "<h1>The headline</h1>"))
    linked = page("".join(_step(n, f'<h2><a href="/p{n}">Post {n}</a></h2>') for n in range(2)))
    assert _headers(lone) == [False]
    assert _headers(linked) == [False, False]


def test_the_steps_keep_their_headings_in_the_story() -> None:
    """A guide set as sibling <article>s keeps each step's label and heading with its text."""
    steps = "".join(
        _step(n, f"<div>SETUP STEP #{n}</div><h3>Sit up straight {n}</h3>") for n in range(4)
    )
    text = text_of(page(f"<main>{steps}</main>"))
    assert "SETUP STEP #2" in text
    assert "Sit up straight 3" in text
    assert "Step 3 text" in text
