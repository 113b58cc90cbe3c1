"""A username in lower case signs the story when no source names a person."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def _authors(body: str, url: str = "https://www.forum.example/t/1") -> tuple[str, ...]:
    return extract_html(page(body + prose("story", 4)), url=url).authors


def test_a_by_line_naming_a_username_signs_the_story() -> None:
    """ "by ibby" under the headline, or "by" and the handle in the next element, gives the
    handle as the author, as the site spells it."""
    assert _authors("<h1>Design awards</h1><p>by ibby</p>") == ("ibby",)
    assert _authors("<h1>Interpretability</h1><span>by</span> <span>jsteinhardt</span>") == (
        "jsteinhardt",
    )


def test_an_author_link_naming_a_username_signs_the_story() -> None:
    """An author link whose words are one handle signs the story."""
    body = '<h1>Kernel panic</h1><a href="/user/raoul" rel="author">raoul</a>'
    assert _authors(body) == ("raoul",)


def test_several_handles_or_a_label_sign_nothing() -> None:
    """Handles after "by" down a listing name its posts' posters, not the page's author; a
    line that only begins with "by" or "author" ("Authorization", "Author has 9.6K posts")
    names no one; the site's own account is the site; a name with capitals is left to the
    name checks."""
    listing = "<h1>Top stories</h1><p>by breve</p><p>Story two</p><p>by rfunix</p>"
    assert _authors(listing) == ()
    assert _authors("<h1>Auth</h1><p>Authorization</p><p>means checking</p>") == ()
    assert _authors("<h1>Forum</h1><p>Author has</p><p>9.6K</p>") == ()
    site = '<h1>Heart health</h1><a href="/author/uclahealth">uclahealth</a>'
    assert _authors(site, url="https://www.uclahealth.org/news/a") == ()
    assert _authors("<h1>Design awards</h1><p>by admin</p>") == ()
    assert _authors("<h1>Design awards</h1><p>by jdadmin</p>") == ()


def test_a_by_and_handle_far_below_the_headline_sign_nothing() -> None:
    """ "BY" and a lower-case word a dozen texts below the headline are a badge's or a card's
    words, not the story's byline."""
    deck = "".join(f"<p>Step {i}</p>" for i in range(12))
    assert _authors(f"<h1>Install</h1>{deck}<span>BY</span><span>sa</span>") == ()
    assert _authors("<h1>Install</h1><span>BY</span><span>ibby</span>") == ("ibby",)


def test_no_handle_where_the_page_has_no_by_line() -> None:
    """A page with no "by" line and no author link has no author (an empty window is fine)."""
    assert _authors("<h1>Story</h1>") == ()
    assert extract_html(page("<p>by</p>")).authors == ()
