"""Whether an element's names (its class and id) name a cookie-consent box (``junk``'s banner
rule, asked of every element with attributes on the walk without the name rules)."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.textnorm import lacks_words

_CONSENT_NAMES: Final = re.compile(r"cookie|consent|gdpr|onetrust|privacy-?banner", re.IGNORECASE)
# Every match of the pattern holds one of these words in some case: names in ASCII (nearly
# all) holding none of them are settled by substring tests, for a fraction of the pattern's
# case-blind alternation tried at each place (~75 elements a page of wcxb-dev ask).
_CONSENT_WORDS: Final = ("cookie", "consent", "gdpr", "onetrust", "privacy")


def consent_named(names: str) -> bool:
    """Whether ``names`` holds a consent box's name ("cookie-banner", "onetrust-consent-sdk",
    "gdpr", "privacy-banner") in any case."""
    return not lacks_words(names, _CONSENT_WORDS) and _CONSENT_NAMES.search(names) is not None
