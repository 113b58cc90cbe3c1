"""Fine print by its class names (a legal or affiliate note under the story, never its text) and
by its wording where the names say nothing (a no-script notice, an ad slot's label with its
note)."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.vocabulary import AD_LABELS, alternation

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


# A page's notice to a reader whose browser runs no script ("This slideshow requires
# JavaScript.", WordPress's Jetpack under every gallery; "Please note that Javascript is
# turned off in your web browser ..."): it stands for what a script would draw, never the
# page's text. A sentence about the language says something else of it.
_NO_SCRIPT: Final = re.compile(
    r".{0,60}\b(?:requires? javascript|enable javascript|turn on javascript"
    r"|javascript (?:is (?:turned off|disabled|not enabled|required)|must be enabled)).{0,100}",
    re.IGNORECASE,
)
# An ad slot's label with its note or the ad's own title ("Advertisement (gone after
# registration)", "Advertisement - Members don't see this ad", a newsletter's "Advertisement:
# New AI Book!"): the label alone is furniture already (``furniture_lines``); with its note
# it is the same slot's, never the page's text.
_AD_NOTE: Final = re.compile(
    rf"(?:{alternation(AD_LABELS)})\s*(?:\(.{{1,40}}\)|[-–—:|]\s*.{{1,60}})", re.IGNORECASE
)
_NOTICE_CHARS: Final = 300


def fine_print_line(text: str) -> bool:
    """Whether a clean line is fine print by its wording: a notice that the page needs a
    script, an ad slot's label with its note (above)."""
    if len(text) > _NOTICE_CHARS:
        return False
    folded = text.lower()
    # Substring and prefix tests first: the patterns run only on lines that could be one.
    if "javascript" in folded and _NO_SCRIPT.fullmatch(text) is not None:
        return True
    return folded.startswith(AD_LABELS) and _AD_NOTE.fullmatch(text) is not None
