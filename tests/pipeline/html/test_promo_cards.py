"""A promo-named card that links into the site around a heading and a sentence (a services
page's grid) is the page's; an ad slot linking off the site and a sales tile of a few words
are still furniture."""

from __future__ import annotations

from newswire.pipeline.html.promo_cards import promo_named, without_promo_names
from tests.pipeline.html.pages import page, text_of

_PITCH = "Our people help you plan, build and run the systems at the heart of your business."


def _card(href: str, heading: str, pitch: str = _PITCH) -> str:
    return (
        f'<div class="promo cmp-promo__services"><a class="cmp-promo-tracking" href="{href}">'
        f'<div class="cmp-promo__content"><h3 class="cmp-promo__content__title">{heading}</h3>'
        f'<div class="cmp-promo__content__desc">{pitch}</div></div></a></div>'
    )


def _services(cards: str) -> str:
    return page(
        "<main><h1>Our services</h1><p>Whatever your size, tap into our range of services.</p>"
        f'<div id="promo-container--d947dd6f"><div class="grid">{cards}</div></div></main>'
    )


def test_a_grid_of_the_sites_own_promo_cards_is_kept() -> None:
    """Cards named "promo", in a grid named "promo", each a link into the site around a
    heading and a sentence: the services' headings are the page's text."""
    cards = "".join(_card(f"/services/s{i}.html", f"Service number {i}") for i in range(4))
    text = text_of(_services(cards))
    assert "range of services" in text
    assert "Service number 0" in text
    assert "Service number 3" in text


def test_ad_slots_and_sales_tiles_named_promo_are_dropped() -> None:
    """The same cards linking off the site (an ad server) or holding a heading over a few
    words (a sale's tile) are furniture still."""
    ads = "".join(
        _card(f"https://ads.example.net/click?id={i}", f"Sponsored offer {i}") for i in range(4)
    )
    assert "Sponsored offer" not in text_of(_services(ads))
    tiles = "".join(_card(f"/sale/{i}", f"Summer sale {i}", "Up to half off") for i in range(4))
    assert "Summer sale" not in text_of(_services(tiles))


def test_promo_names_are_told_by_any_part() -> None:
    """A token with "promo" or "promotion" as a part names a promo, camelCase too; one with
    the word inside a longer part ("promos", "impromptu") does not, and only the promo tokens
    are taken out."""
    assert promo_named("cmp-promo__services")
    assert promo_named("promo-container--d947dd6f")
    assert promo_named("homePromotion")
    assert not promo_named("box-shadow-promos impromptu")
    assert without_promo_names("promo cmp-promo__services rounded box-shadow-promos") == (
        "rounded box-shadow-promos"
    )


def _teasers(
    href: str, title: str = "Spacecraft's impact changed the asteroid's orbit, study"
) -> str:
    # A news CMS's topic page: each item a "PagePromo" card in a list item of its own, its
    # linked heading over its own linked summary.
    cards = "".join(
        f'<li class="PageList-item"><div class="PagePromo"><div class="PagePromo-content">'
        f'<h3 class="PagePromo-title"><a href="{href}/article-{i}">{title} {i}</a>'
        f'</h3><div class="PagePromo-description"><a href="{href}/article-{i}">A new study of'
        f" the test finds the asteroid on a slightly different route, item {i}.</a></div>"
        f"</div></div></li>"
        for i in range(5)
    )
    return page(
        f'<main><h1>Science</h1><ul class="PageList">{cards}</ul></main>',
        '<link rel="canonical" href="https://news.example.com/science">',
    )


def test_a_run_of_promo_named_teasers_into_the_site_is_kept() -> None:
    """A listing's teaser cards named "promo", each in a run of like items with a linked
    heading into the site (a path, or an address on the canonical URL's host), stay."""
    assert "orbit, study 0" in text_of(_teasers(""))
    assert "orbit, study 4" in text_of(_teasers("https://news.example.com/article"))


def test_promo_teasers_linking_off_the_site_or_with_short_titles_are_dropped() -> None:
    """The same run linking to another host (an ad network's) or headed by a few words (a
    sale's tiles) is furniture still."""
    assert "orbit, study 0" not in text_of(_teasers("https://ads.example.net/click"))
    assert "Big sale" not in text_of(_teasers("", title="Big sale"))
