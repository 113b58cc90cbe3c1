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


# A site's names repeat from element to element and page to page (the same card, column and
# list classes): the answers so far, by names, cleared when full (a bounded cache without
# lru_cache's locking and wrapper; its lookup is a fraction of the lowering and substring tests).
_ANSWERS_MAX: Final = 8192
_answers: Final[dict[str, bool]] = {}


def consent_named(names: str) -> bool:
    """Whether ``names`` holds a consent box's name ("cookie-banner", "onetrust-consent-sdk",
    "gdpr", "privacy-banner") in any case."""
    named = _answers.get(names)
    if named is None:
        if len(_answers) >= _ANSWERS_MAX:
            _answers.clear()
        named = _answers[names] = (
            not lacks_words(names, _CONSENT_WORDS) and _CONSENT_NAMES.search(names) is not None
        )
    return named
