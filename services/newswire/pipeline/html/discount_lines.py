"""A shop card's discount sticker beside its prices: the difference of two amounts the card
already shows, on a line of its own."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.html.prices import has_price

# A shop's grid marks a reduced item with a sticker over its picture or under its prices: "-38%",
# "-100,00 €", "Save: $150.00 (13%)", "Save: 5%", "15% off, save $300.00". The card gives both
# amounts the sticker is the difference of ("$996.95 / $1,146.95", "749,00 € 849,00 €"), and
# the truths of collection pages leave the sticker out (of such lines beside a price on the
# dev pages, most are absent from their truths). Only a line that is the discount and nothing
# more, with a price line within _NEAR lines either way: a story's "-5%" stands among words,
# and a sticker away from any price may be the card's only word of its sale. Not the bare
# "Save 25%" without a colon: a mountaineering shop's cards give it as their sale's text and
# their truths keep it. Half A collection 0.77461 -> 0.77526 (11 pages of 6 shops better, up to
# +0.012; a travel-gear shop's "-30%" stickers, which its truth keeps, -0.018), all types
# 0.902984 -> 0.903035; half B all types 0.913763 -> 0.913768 (a GPU category +0.002, a
# product +0.002); articles, metadata and ScrapingHub unchanged. Cost: one pass over the
# story's lines, the pattern only on a short line with a "%", a colon or a leading minus.
_AMOUNT: Final = r"(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|\$|£|eur|usd|gbp))"
_SHARE: Final = r"(?:\d{1,2}(?:[.,]\d+)?\s?%)"
_DISCOUNT: Final = re.compile(
    rf"-\s?{_SHARE}|-\s?{_AMOUNT}|save:\s+{_AMOUNT}(?:\s*\({_SHARE}\))?|save:\s+{_SHARE}"
    rf"|{_SHARE}\s+off,?\s+save\s+{_AMOUNT}",
    re.IGNORECASE,
)
_MAX_CHARS: Final = 40
_NEAR: Final = 2


def _discount(line: str) -> bool:
    """``line`` is a discount sticker alone (see above)."""
    # A substring test first: the pattern runs on few lines.
    if len(line) > _MAX_CHARS or not (line.startswith("-") or "%" in line or ":" in line):
        return False
    return _DISCOUNT.fullmatch(line) is not None


def without_discount_stickers(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the discount stickers beside a card's prices (see above)."""
    stickers = [index for index, line in enumerate(paragraphs) if _discount(line)]
    if not stickers:
        return paragraphs
    dropped = {
        index
        for index in stickers
        if any(
            has_price(paragraphs[near]) and not _discount(paragraphs[near])
            for near in range(max(0, index - _NEAR), min(len(paragraphs), index + _NEAR + 1))
            if near != index
        )
    }
    return [line for index, line in enumerate(paragraphs) if index not in dropped]
