"""A shop template's raw custom fields on a product's page: code names and their values."""

from __future__ import annotations

import re
from typing import Final

# A shop's theme may print every custom field of a product as a definition list, each under
# its key as the shop's back office stores it: a code name, lower-case, its words joined by
# underscores ("retail_price_tier1:", "cat_thumb_Bone:", "tab_Shipping and Returns:",
# "shipping_chunk-1:"), each
# over its raw value (an image's URL, "TRUE", a colour code). Theme CSS hides the list; the
# fields a reader should see come again in the page's own tabs. A reader's label is words,
# not a code name; a forum's quote header names a poster whose name holds an underscore
# ("Tea_Lilly said:") once, capitalised. Half A product 0.720714 -> 0.722843, all types
# 0.888364 -> 0.888558 (a clothing wholesaler's tee, 0.195 -> 0.348: 130 such fields); half
# B, the other types and ScrapingHub unchanged (no other dev page shows such a key).
_FIELD_KEY: Final = re.compile(r"[a-z][a-z0-9]*_[A-Za-z0-9_+\- ]*:")
# A page shows such keys by the dozen; one or two lines of that shape are something else.
_MIN_KEYS: Final = 3


def without_field_keys(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the custom fields' keys and the value line after each, when the
    page shows at least _MIN_KEYS of them (see above)."""
    keys = [i for i, line in enumerate(paragraphs) if _FIELD_KEY.fullmatch(line)]
    if len(keys) < _MIN_KEYS:
        return paragraphs
    dropped = set(keys) | {i + 1 for i in keys}
    return [line for i, line in enumerate(paragraphs) if i not in dropped]
