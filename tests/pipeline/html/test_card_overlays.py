"""The text laid over a card's picture ("hr-card-overlay") is the card's own text; an overlay
over the page, and a card's pop-up dialog named an overlay, are still furniture."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.card_overlays import card_overlay, without_overlay_names
from tests.pipeline.html.pages import page, prose, text_of


def _cards(overlay_class: str) -> str:
    cards = "".join(
        f'<div class="hr-card"><img src="/{name}.jpg" alt="">'
        f'<div class="{overlay_class}"><h3>{name.title()}</h3>'
        f"<p>We help you align the {name} function with the goals of the business, from "
        "planning to the daily work of the team.</p></div></div>"
        for name in ("strategy", "operations", "workforce")
    )
    return page(f"<main><h1>Human resources advisory</h1>{prose('intro', 2)}{cards}</main>")


def test_a_cards_overlay_text_is_kept() -> None:
    """The descriptions laid over each service card's picture are walked."""
    text = text_of(_cards("hr-card-overlay"))
    assert "align the strategy function" in text
    assert "align the workforce function" in text


def test_a_page_overlay_is_still_dropped() -> None:
    """The same boxes named for an overlay over the page, with no card word, are dropped."""
    text = text_of(_cards("menu-overlay"))
    assert "align the strategy function" not in text
    assert "intro 1" in text


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("hr-card-overlay", True),
        ("product-card__link-overlay", True),
        ("o7---cta-bg-overlay small curved cards", True),
        ("lightbox-dialog ux-overlay ux-overlay__SELLER_CARD_OVERLAY", False),
        ("card-overlay modal", False),
        ("pum pum-overlay", False),
        ("card-body", False),
    ],
)
def test_card_overlay_names(names: str, expected: bool) -> None:
    """An overlay name with a card word is a card's text box, unless a word says dialog."""
    assert card_overlay(names) is expected


def test_without_overlay_names_keeps_the_other_tokens() -> None:
    """The tokens with an "overlay" part are taken out; the card's other names stay."""
    assert without_overlay_names("o7---cta-bg-overlay small cards") == "small cards"
