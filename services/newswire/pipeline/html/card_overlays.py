"""A card's overlay: the text laid over a card's picture (shown on hover or always), which is
the card's own text, not an overlay over the page."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.names import TOKEN_PARTS

# "overlay" names what covers the page (a menu's, a pop-up's or a search box's backdrop, a
# cookie wall: ``names.NEGATIVE_WORDS``), but a card's overlay is the text over the card's
# picture: a consultancy's service cards whose description shows on hover ("hr-card-overlay"),
# a therapy service's offer cards ("cta-bg-overlay ... cards"), a shop's product cards whose
# name sits in the link over the photo ("product-card__link-overlay"). The card word beside
# "overlay" says whose overlay it is; a card's pop-up (a marketplace's "SELLER_CARD_OVERLAY"
# lightbox dialog) says it is a dialog, and stays an overlay.
_OVERLAY: Final = "overlay"
_CARD_PARTS: Final = frozenset({"card", "cards"})
_DIALOG_PARTS: Final = frozenset({"dialog", "lightbox", "modal", "popup", "popover"})


def _parts(names: str) -> set[str]:
    return {part.lower() for token in names.split() for part in TOKEN_PARTS.split(token) if part}


def card_overlay(names: str) -> bool:
    """The overlay-named element (``names``: its class and id) is a card's text, not a dialog."""
    if _OVERLAY not in names.lower():
        return False
    parts = _parts(names)
    return (
        _OVERLAY in parts and not _CARD_PARTS.isdisjoint(parts) and _DIALOG_PARTS.isdisjoint(parts)
    )


def without_overlay_names(names: str) -> str:
    """``names`` (class and id) without the tokens that hold an "overlay" part: what is left
    says what the card's text box is."""
    return " ".join(
        token
        for token in names.split()
        if _OVERLAY not in (part.lower() for part in TOKEN_PARTS.split(token))
    )
