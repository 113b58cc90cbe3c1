"""The product's description as the page states it in its JSON-LD (a ``Product``'s
``description``), for a product's page whose own markup does not show it."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Final

from newswire.pipeline.html.head import ld_items, ld_types
from newswire.pipeline.textnorm import clean_line

_WORD: Final = re.compile(r"\w+")
_TAG: Final = re.compile(r"<[^>]*>")
# A shop built on a script framework renders the product's description in the browser from
# the data it ships with the page (a React storefront's state, its JSON-LD Product): the
# served markup holds the buy box, the footer and the newsletter box, and the description the
# reader sees, which the truths keep, is only in the JSON-LD. When the body lacks most of the
# stated description's words (under _SHOWN_SHARE of them), the description is added at the
# top, where a product's page shows it under the name. Where the page shows its description
# (nearly every product page: a shop's template prints it), the body holds its words and
# nothing changes. A description of fewer than _MIN_WORDS words is a teaser for search
# engines, not the product's text; one without spaces is no prose (a percent-encoded string).
_SHOWN_SHARE: Final = 0.5
_MIN_WORDS: Final = 20


def with_stated_description(paragraphs: list[str], roots: Iterable[object]) -> list[str]:
    """``paragraphs`` of one product's page with the description its JSON-LD states (in
    ``roots``, the page's JSON-LD blocks) put first, when the body lacks it (see above)."""
    stated = _stated_description(roots)
    if stated is None:
        return paragraphs
    lines = [line for line in map(clean_line, stated.splitlines()) if line]
    words = {word for line in lines for word in _WORD.findall(line.lower())}
    if len(words) < _MIN_WORDS:
        return paragraphs
    shown = {word for line in paragraphs for word in _WORD.findall(line.lower())}
    if len(words & shown) >= _SHOWN_SHARE * len(words):
        return paragraphs
    return [*lines, *paragraphs]


def _stated_description(roots: Iterable[object]) -> str | None:
    """The one ``Product`` item's description, as text (markup and entities undone); None when
    the page states none, or states several products (their descriptions are not the page's)."""
    found: list[str] = []
    for root in roots:
        for item in ld_items(root):
            if "product" in ld_types(item):
                description = item.get("description")
                found.append(description if isinstance(description, str) else "")
    if len(found) != 1 or " " not in found[0]:
        return None
    return html.unescape(_TAG.sub(" ", found[0]))
