"""Fine print by its class names: a legal or affiliate note under the story, never its text."""

from __future__ import annotations

from typing import Final

# The word that names fine print (a disclaimer box) wherever it stands in a token.
FINE_PRINT_WORD: Final = "disclaimer"
# The class and id words of fine print as a name's whole token or its first or last part
# (``names.NEGATIVE_WORDS``): a shop's or a maker's legal notes and footnotes under the
# product ("disclaimer", "product-disclaimer"), an article's investment or affiliate
# disclaimer box; and legal copy as a block, the numbered footnotes to a marketing page's
# claims under its last band ("copy-legal": "*Disclaimers 1. #1 platform: based on ..."), a
# footer's legal links ("footer__legal"): small print that qualifies the offer, never its
# text. "legal": half A service 0.86821 -> 0.87133 (4 pages better; an insurer's page whose
# truth keeps its footnotes -0.042), product +0.002; half B and ScrapingHub unchanged.
FINE_PRINT_NAMES: Final = frozenset({FINE_PRINT_WORD, "legal"})


def fine_print(parts: list[str]) -> bool:
    """Whether a token's ``parts`` name a fine-print note anywhere, not only at an end: a part
    ending in the singular "disclaimer", as styled-components and CSS modules glue it to its
    neighbours ("style__SEODisclaimerText-sc-1j6h7ak-2", "affiliate-disclaimer-small"): one
    legal or affiliate note under the story, never its text. The plural ("disclaimers-
    accordion") names a section of them, the page's own content on a legal page."""
    return any(part.endswith(FINE_PRINT_WORD) for part in parts)
