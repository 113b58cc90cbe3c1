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
