"""A page named only by a site-wide <title>: its one <h1> is the headline (``title.headline``)."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose

_SITE_WIDE = "<title>Reddit - The heart of the internet</title>"


def test_a_lone_h1_stands_under_a_site_wide_title() -> None:
    """A page that names itself only in its <title> (no og:title, no JSON-LD headline) and
    shows one <h1> of four words or more is named by that <h1>, though the two share no word."""
    thread = page("<h1>Enameled Cast Iron Pan and Metal</h1>" + prose("story", 4), _SITE_WIDE)
    assert extract_html(thread).title == "Enameled Cast Iron Pan and Metal"


def test_a_short_h1_sharing_no_word_with_the_title_is_still_a_logo() -> None:
    """A one- or two-word <h1> that shares no word with the <title> is the site's logo."""
    logo = page(
        "<h1>Entermedia Daily</h1>" + prose("story", 4), "<title>Council approves budget</title>"
    )
    assert extract_html(logo).title == "Council approves budget"


def test_a_page_naming_itself_elsewhere_keeps_the_h1_to_shared_words() -> None:
    """With an og:title, or a second <h1>, an <h1> sharing no word with the page's names is
    passed over as before."""
    named = page(
        "<h1>Enameled Cast Iron Pan and Metal</h1>" + prose("story", 4),
        '<meta property="og:title" content="Council approves the budget">' + _SITE_WIDE,
    )
    assert extract_html(named).title == "Council approves the budget"
    two = page(
        "<h1>Enameled Cast Iron Pan and Metal</h1><h1>Weekly Digest</h1>" + prose("story", 4),
        "<title>Council approves the budget - Leeds Post</title>",
    )
    assert extract_html(two).title == "Council approves the budget"
