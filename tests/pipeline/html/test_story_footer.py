"""A <footer> is its story's own where it closes the story's <article>, whatever its names."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.placement import elsewhere
from newswire.pipeline.html.story_footer import closes_story

_STORY = "<p>" + "The story's own sentence, long enough to be read. " * 40 + "</p>"
_TIME = '<time datetime="2025-08-12T11:15:06Z">August 12, 2025</time>'


def _time_in(body: str) -> bool:
    """Whether the page's <time> is read as sitting elsewhere than in the story."""
    tree = LexborHTMLParser(f"<html><body>{body}</body></html>")
    node = tree.css_first("time")
    assert node is not None
    return elsewhere(node)


def test_a_hashed_footer_closing_the_story_article_is_the_storys() -> None:
    """A footer with hashed class names inside the story's <article> (under a wrapper) holds
    the story's date: not elsewhere."""
    body = (
        f'<main><article class="q608"><h1>Story</h1>{_STORY}<div class="q315">'
        f'<footer class="q645"><div class="q543"><span class="q926">{_TIME}</span></div>'
        "</footer></div></article></main>"
    )
    assert not _time_in(body)


def test_the_pages_footer_a_cards_and_a_comments_are_not() -> None:
    """The page's footer (closing the body), a teaser card's short <article>, a comment's
    <article> nested in the story, and a footer named as a site's are elsewhere."""
    story = f"<article><h1>Story</h1>{_STORY}</article>"
    assert _time_in(f"{story}<footer class='q1'>{_TIME}</footer>")
    card = f"<article class='q5'><h3>Other</h3><div><footer class='q4'>{_TIME}</footer></div>"
    assert _time_in(f"{story}{card}</article>")
    comment = (
        f"<article><h1>Story</h1>{_STORY}<section><article class='q2'><p>Nice.</p>"
        f"<footer class='q3'>{_TIME}</footer></article></section></article>"
    )
    assert _time_in(comment)
    site = f"<div><footer class='site-footer'>{_TIME}</footer></div>"
    assert _time_in(f"<article><h1>Story</h1>{_STORY}{site}</article>")


def test_closes_story_needs_an_article_as_the_nearest_section() -> None:
    """A footer in an <aside> inside the story closes the aside, not the story."""
    tree = LexborHTMLParser(
        f"<html><body><article>{_STORY}<aside><footer>x</footer></aside></article></body></html>"
    )
    footer = tree.css_first("footer")
    assert footer is not None
    assert not closes_story(footer)
