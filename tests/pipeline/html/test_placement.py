"""Where an element sits: a layout named for the absence of a sidebar is no sidebar."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.placement import elsewhere
from tests.pipeline.html.pages import page


def _date_in(wrapper_class: str) -> LexborNode:
    html = page(
        f'<div class="{wrapper_class}"><p><span class="DateTime">May 26, 2025</span></p></div>'
    )
    node = LexborHTMLParser(html).css_first("span")
    assert node is not None
    return node


def test_a_layout_without_a_sidebar_is_the_pages_own_column() -> None:
    """A class token that names the sidebar as absent ("mainContainer_noSidebar", "layout-no-
    sidebar", "hide-sidebar", "without-sidebar") puts nothing elsewhere: the thread's "started
    by pelex, May 26, 2025" line in XenForo 1's main container is the page's own."""
    for name in ("mainContainer_noSidebar", "layout-no-sidebar", "hide-sidebar", "without-sidebar"):
        assert not elsewhere(_date_in(name))


def test_a_sidebar_is_still_elsewhere() -> None:
    """A sidebar named outright ("sidebar", "mainSidebar", "sidebar-no-js": the negation names
    the word after it only) stays elsewhere."""
    for name in ("sidebar", "mainSidebar", "sidebar-no-js"):
        assert elsewhere(_date_in(name))


def test_a_modifier_saying_what_the_element_holds_puts_nothing_elsewhere() -> None:
    """A "has-…" token says what the element holds or how it is drawn, not what it is: the
    meta item "has-next-icon" under the headline, or a layout that "has-sidebar", is the
    story's own; a "next" or "sidebar" token of its own still is elsewhere."""
    for name in ("meta-item has-next-icon date-modified", "site has-sidebar"):
        assert not elsewhere(_date_in(name))
    for name in ("meta-item next-icon", "site sidebar"):
        assert elsewhere(_date_in(name))


def test_a_layout_beside_a_sidebar_or_below_the_nav_puts_nothing_elsewhere() -> None:
    """A template "with" a sidebar ("full-width-template-with-sidebar") and a column "offset"
    below the fixed navigation ("flex-grow offset-nav") name what is beside them, not what they
    are: the story's date inside is its own; "sidebar-with-ads" and "nav-offset" name a sidebar
    and a nav, still elsewhere."""
    for name in ("full-width-template full-width-template-with-sidebar", "flex-grow offset-nav"):
        assert not elsewhere(_date_in(name))
    for name in ("sidebar-with-ads", "nav-offset"):
        assert elsewhere(_date_in(name))


def test_the_main_column_of_a_layout_with_a_sidebar_is_the_pages_own() -> None:
    """A class naming the main column beside a layout word ("main ts-contain right-sidebar")
    is the column the story sits in, the sidebar beside it; a sidebar alone is elsewhere."""
    assert not elsewhere(_date_in("main ts-contain right-sidebar"))
    assert elsewhere(_date_in("ts-contain right-sidebar"))


def test_an_article_named_as_a_storys_card_is_another_storys_teaser() -> None:
    """An <article> whose class names a card or teaser of a story ("brbl-post-card") is a
    teaser in a grid of other stories: its date is elsewhere. A bare "Card" (a design system's
    box around a forum thread) or a plain <article> is the story's own."""

    def dated(article_class: str) -> LexborNode:
        html = page(
            f'<article class="{article_class}"><div class="meta">'
            '<span class="date">Dec 09, 2025</span></div></article>'
        )
        node = LexborHTMLParser(html).css_first("span")
        assert node is not None
        return node

    assert elsewhere(dated("brbl-post-card brbl-post-card-4"))
    assert elsewhere(dated("story-teaser"))
    assert not elsewhere(dated("ThreadView Card"))
    assert not elsewhere(dated("post hentry"))


def test_a_story_template_stops_the_walk_up() -> None:
    """A wrapper naming the story's page template ("post-template", "Article-Page") holds the
    story's own date, a sidebar around it notwithstanding; a page or template word elsewhere
    in the class ("page-sidebar", "article-page__related") does not stop it."""
    html = page(
        '<div class="sidebar"><div class="{}"><p><span class="DateTime">May 26, 2025</span>'
        "</p></div></div>"
    )
    for name, outside in (
        ("post-template", False),
        ("Article-Page", False),
        ("page-sidebar", True),
        ("article-page__related", True),
        ("x", True),
    ):
        node = LexborHTMLParser(html.format(name)).css_first("span")
        assert node is not None
        assert elsewhere(node) is outside, name
