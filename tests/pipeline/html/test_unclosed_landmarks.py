"""A header or menu landmark left unclosed around the page is walked, its menus dropped."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of

# A site's menu bar (Webflow's "w-nav" carries role="banner") whose template leaves one
# <div> unclosed: the rest of the page is parsed inside it.
_UNCLOSED_BAR = (
    '<div role="banner" class="navbar w-nav"><div class="container">'
    '<nav role="navigation" class="nav-menu"><a href="/">Home</a><a href="/blog">Blog</a></nav>'
    '<div class="dropdown"><a href="/about">About us</a>'
)


def test_a_menu_bar_left_open_around_the_page_s_main_gives_the_story() -> None:
    """A role="banner" bar that holds the page's <main> (its </div> left out) is walked: the
    story comes out, the menu inside the bar does not."""
    html = page(_UNCLOSED_BAR + "<main><h1>The bridge</h1>" + prose("story", 4) + "</main>")
    text = text_of(html)
    assert "story 3" in text
    assert "About us" not in text
    assert "Blog" not in text


def test_a_menu_left_open_around_the_story_gives_the_story() -> None:
    """A role="navigation" menu that holds the headline and the story's paragraphs, on a page
    without <main>, is walked."""
    html = page(
        '<div role="navigation" class="mainmenu"><a href="/">Home</a><div class="submenu">'
        "<h1>The bridge</h1>" + prose("story", 12) + "</div></div>"
    )
    assert "story 11" in text_of(html)


def test_a_closed_banner_is_still_dropped() -> None:
    """A banner holding the site's name as its <h1> and its links, closed before the story,
    is dropped as before."""
    html = page(
        '<div role="banner"><h1>City Paper</h1><a href="/news">News</a></div>'
        "<article>" + prose("story", 4) + "</article>"
    )
    text = text_of(html)
    assert "story 3" in text
    assert "City Paper" not in text
