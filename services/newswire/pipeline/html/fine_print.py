"""Fine print by its class names: a legal or affiliate note under the story, never its text."""

from __future__ import annotations

# The word that names fine print (a disclaimer box) wherever it stands in a token.
FINE_PRINT_WORD = "disclaimer"


def fine_print(parts: list[str]) -> bool:
    """Whether a token's ``parts`` name a fine-print note anywhere, not only at an end: a part
    ending in the singular "disclaimer", as styled-components and CSS modules glue it to its
    neighbours ("style__SEODisclaimerText-sc-1j6h7ak-2", "affiliate-disclaimer-small"): one
    legal or affiliate note under the story, never its text. The plural ("disclaimers-
    accordion") names a section of them, the page's own content on a legal page."""
    return any(part.endswith(FINE_PRINT_WORD) for part in parts)
