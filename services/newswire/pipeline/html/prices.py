"""A price in a text: a currency sign or code beside a number."""

from __future__ import annotations

import re
from typing import Final

# A card shows its product's price: a currency sign beside a number, either way round
# ("$459.99", "459,99 €", "£12"), or a number with a currency's code.
PRICE: Final = re.compile(r"[$€£¥₹]\s?\d|\d\s?[$€£¥₹]|\d[.,]\d\d\s?(?:USD|EUR|GBP|CAD|AUD|kr)\b")
# Every match holds one of these (a sign in the first two branches, a code in the third; the
# pattern is case-sensitive): most blocks hold none, and a substring test per key is a third of
# the pattern's scan of every position with its three branches (98% of wcxb-dev's lines).
_PRICE_KEYS: Final = ("$", "€", "£", "¥", "₹", "USD", "EUR", "GBP", "CAD", "AUD", "kr")


def has_price(text: str) -> bool:
    """``PRICE.search(text) is not None``, the pattern run only on a text holding a key."""
    for key in _PRICE_KEYS:
        if key in text:
            return PRICE.search(text) is not None
    return False
