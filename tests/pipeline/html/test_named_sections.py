"""Elements named like furniture that hold a section of the page are walked: named for a
date, a tabs menu holding its panels, a hidden member of a set beside its shown twin; date
lines, menus of links and a lone hidden box are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.named_sections import _DATE_STEMS, menu_section, without_date_names
from newswire.pipeline.textnorm import lacks_words
from tests.pipeline.html.pages import page, prose, text_of


def test_an_element_named_for_a_date_that_holds_a_section_is_walked() -> None:
    """A site builder's collection list named for its sort key ("date-item_list" around a
    landing page's hero), a section heading whose id is slugged from its words ("keep it
    up-to-date") and a CMS block carrying its publication state ("paragraph-published") are
    the page's text; a date line, even under a small heading, is still dropped."""
    hero = f"<h1>Protection from identity theft</h1>{prose('hero', 2)}"
    listed = f'<div class="date-item_list"><div class="date-item">{hero}</div></div>'
    assert "hero 1" in text_of(page(listed + prose("intro", 2)))
    heading = '<h3 id="4-keep-your-main-up-to-date">Keep your main branch current</h3>'
    assert "Keep your main branch current" in text_of(
        page(f"<article>{prose('intro', 3)}{heading}{prose('branch', 2)}</article>")
    )
    block = f'<div class="paragraph paragraph-published">{prose("plan", 3)}</div>'
    assert "plan 2" in text_of(page(prose("intro", 2) + block))
    line = '<div class="post-date"><h4>Last updated</h4>September 25, 2025</div>'
    assert "September 25" not in text_of(page(f"<article>{prose('story', 3)}{line}</article>"))


def test_a_tabs_menu_holding_its_panels_of_text_is_kept() -> None:
    """An FAQ in tabs whose strip of titles is named a "menu" and holds each answer's
    paragraphs is the page's text; a menu of links, even with a blurb, is still dropped."""
    answers = "".join(f"<h3>Question {i}?</h3>{prose(f'answer {i}', 2)}" for i in range(3))
    links = "".join(f'<li><a href="/p{i}">Product line number {i}</a></li>' for i in range(12))
    html = page(
        f"<main><h1>Identity protection</h1>{prose('intro', 2)}"
        f'<div class="faq_tabs-menu">{answers}</div>'
        f'<div class="main-menu"><ul>{links}</ul><p>Shop all our products today.</p></div></main>'
    )
    text = text_of(html)
    assert "answer 2 1" in text
    assert "Product line number" not in text


def test_a_class_hidden_member_of_a_set_beside_its_shown_twin_is_kept() -> None:
    """A tabbed box's other lists marked by a bare "hidden" class that a script toggles,
    beside the shown list of the same classes, are the page's text; a hidden box with no
    shown twin, and a hidden twin that another name calls navigation, are still dropped."""
    lists = "".join(
        f'<ul class="templates-list{" hidden" if i else ""}" data-category="c{i}">'
        f"<li>{prose(f'template {i}', 1)}</li></ul>"
        for i in range(3)
    )
    lone = (
        '<div class="promo-box hidden"><p>Subscribe to our newsletter for weekly deals.</p></div>'
    )
    menus = (
        '<ul class="site-nav"><li><a href="/a">Alpha</a></li></ul>'
        '<ul class="site-nav hidden"><li><a href="/b">Sign in to your account</a></li></ul>'
    )
    text = text_of(page(f"<main><h1>Templates</h1>{prose('intro', 2)}{lists}{lone}{menus}</main>"))
    assert "template 2 0" in text
    assert "template 0 0" in text
    assert "Subscribe to our newsletter" not in text
    assert "Sign in to your account" not in text


_NAME_PIECES = st.sampled_from(
    [
        *("date", "Date", "DATE", "timestamp", "TimeStamp", "published", "PUBLISHED", "updated"),
        *("UpDated", "dateline", "post", "Item", "da", "te", "-", "_", " ", "  ", "x1"),
        *("\u212a", "\u0130", "\u0131", "\u017f", "é", "dATE", "pubDate", "isPublished"),
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=10).map("".join))
def test_names_without_a_date_stem_have_no_date_token(names: str) -> None:
    """Names that ``lacks_words`` settles as holding no date stem in any case ("date",
    "timestamp", "published") lose no token to ``without_date_names``, whatever the case,
    camelCase humps, separators and letters beyond ASCII: the test it asks first changes no
    answer."""
    if lacks_words(names, _DATE_STEMS):
        assert without_date_names(names) == " ".join(names.split())


def test_a_menu_named_element_holding_panels_of_text_is_a_section() -> None:
    """A tabs "menu" holding paragraphs of text (1,000 characters or more, few of them in
    links) is a section, asked again of the same element the same; one holding a single
    paragraph, or whose other names make it furniture, is not."""
    panels = "".join(f"<p>{'Answer words here. ' * 30}</p>" for _ in range(2))
    tree = LexborHTMLParser(
        f'<body><div id="tabs" class="faq-tabs-menu">{panels}</div>'
        f'<div id="one" class="faq-tabs-menu">{panels[: len(panels) // 2]}</div>'
        f'<div id="nav" class="faq-tabs-menu sidebar">{panels}</div></body>'
    )
    assert tree.body is not None
    holds = Holds(tree.body)
    tabs, one, nav = (tree.css_first(f"#{name}") for name in ("tabs", "one", "nav"))
    assert tabs is not None
    assert one is not None
    assert nav is not None
    assert menu_section(tabs, "faq-tabs-menu tabs", holds)
    assert menu_section(tabs, "faq-tabs-menu tabs", holds)
    assert not menu_section(one, "faq-tabs-menu one", holds)
    assert not menu_section(nav, "faq-tabs-menu sidebar nav", holds)
