"""Utility classes that hide an element: outright, or on every screen but a phone's."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.hiding_classes import hidden_by_class, mobile_twin, phone_copy
from tests.pipeline.html.pages import page, prose, text_of

_THREAD = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'


def test_a_bare_hide_class_hides_unless_a_breakpoint_shows_it() -> None:
    """A bare "hide" or "hidden" class hides its element; a breakpoint's class beside it
    ("md:block") shows it again."""
    assert hidden_by_class("promo hide")
    assert not hidden_by_class("hidden md:block")


@pytest.mark.parametrize(
    "classes",
    [
        "ipsBox ipsResponsive_hideDesktop",
        "hide-desktop",
        "visible-xs-block",
        "nav mobile-only",
    ],
)
def test_a_phone_only_class_marks_a_phone_copy(classes: str) -> None:
    """A class that hides its element on a desktop marks a copy for phones."""
    assert phone_copy(classes)


@pytest.mark.parametrize(
    "classes",
    ["desktop-menu", "mobile-app-promo", "cAuthorPane_mobile ipsResponsive_showPhone", ""],
)
def test_other_classes_mark_no_phone_copy(classes: str) -> None:
    """A class that merely names a desktop or a mobile app marks no phone copy, nor one that
    shows its element on phones without hiding it on a desktop."""
    assert not phone_copy(classes)


def test_a_threads_phone_copy_is_dropped_and_a_storys_kept() -> None:
    """On a page that says it is a thread, an element shown on phones only (the topic's
    summary repeated for phones) is dropped; on another page it stays."""
    body = (
        "<h1>Roadmap</h1><div class='post'><div class='overview ipsResponsive_hideDesktop'>"
        f"{prose('Top Posters', 1)}</div>{prose('Post 1', 3)}</div>"
    )
    assert "Top Posters" not in text_of(page(body, head=_THREAD))
    assert "Post 1" in text_of(page(body, head=_THREAD))
    assert "Top Posters" in text_of(page(body))


def _card(name: str, *, media: bool) -> str:
    kind = "card card--standard card--media" if media else "card card--standard card--text"
    return (
        f'<li class="grid__item"><div class="{kind}"><div class="card__inner">'
        f'<div class="card__content"><div class="card__information"><h3 class="card__heading">'
        f'<a href="/p/{name}">{name} picture box</a></h3></div></div></div>'
        f'<div class="card__content"><div class="card__information"><h3 class="card__heading">'
        f'<a href="/p/{name}">{name} headphones</a></h3><div class="price">$279.95</div>'
        "</div></div></div></li>"
    )


def test_a_cards_name_in_its_picture_box_is_dropped_where_the_card_has_a_picture() -> None:
    """A shop theme's card with a picture ("card--media") shows its name under the picture
    only: the picture box's copy of the name is dropped; a card without a picture keeps it."""
    grid = "".join(_card(f"Model {i}", media=i % 2 == 0) for i in range(8))
    text = text_of(page("<main>" + prose("intro", 2) + f'<ul class="grid">{grid}</ul></main>'))
    assert "Model 0 headphones" in text
    assert "Model 1 headphones" in text
    assert "Model 0 picture box" not in text
    assert "Model 2 picture box" not in text
    assert "Model 1 picture box" in text


def _element(html: str, selector: str) -> LexborNode:
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None
    return node


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("comparison-page-desktop", "comparison-page-mobile"),
        ("compare-table", "compare-table-mobile"),
        ("plans", "mobile-plans"),
        ("pricingGrid", "pricingGridMobile"),
    ],
)
def test_an_id_with_mobile_put_in_beside_its_twin_marks_the_phones_copy(
    first: str, second: str
) -> None:
    """An element whose id is a sibling's id with "mobile" put in (or put for "desktop") is
    the phone's copy of that block; the block itself is not."""
    html = f'<div id="{first}">Plans</div><link><div id="{second}">Plans</div>'
    assert mobile_twin(_element(html, f"#{second}"))
    assert not mobile_twin(_element(html, f"#{first}"))


def test_a_mobile_id_without_a_twin_beside_it_marks_no_copy() -> None:
    """A "mobile" id with no sibling of the twin id (a phone app's promo, a twin far off in
    another branch) marks no copy."""
    html = '<div id="plans">Plans</div><div><div id="mobile-plans">Plans</div></div>'
    assert not mobile_twin(_element(html, "#mobile-plans"))
    assert not mobile_twin(_element('<p id="mobile-app">Get the app</p>', "p"))


def test_a_pages_phone_copy_of_a_block_is_dropped() -> None:
    """A page laid out twice, a desktop copy and a phone copy of its blocks under twin ids,
    is read once: the desktop copy's text stays, the phone copy's goes."""
    desktop = f'<div id="offer-desktop">{prose("Desktop plans", 3)}</div>'
    mobile = f'<div id="offer-mobile">{prose("Phone plans", 3)}</div>'
    text = text_of(page(f"<main>{desktop}{mobile}</main>"))
    assert "Desktop plans 0" in text
    assert "Phone plans" not in text
