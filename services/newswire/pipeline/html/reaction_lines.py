"""Reaction lines: a thread's summary under a post of who liked it ("Reactions: Ann, Bob and
3 others", "Ann, Bob and 2 others like this.", "Ann likes this.")."""

from __future__ import annotations

import re
from typing import Final

# Forum software sums up under each post who reacted to it, on a line of its own: XenForo's
# "Reactions: <names>", vBulletin's and other boards' "<names> like this." (a list of handles
# joined by commas and "and", maybe ending in "and 3 others"), "<name> likes this." and "1
# person likes this.". The line names readers, it says nothing of the thread, and no truth of
# wcxb-dev keeps one (20 lines of the outputs, 6 threads of 5 sites, halves A and B). Half A
# all types 0.901786 -> 0.901806 (3 threads better), half B 0.912371 -> 0.912409 (3 better),
# none worse; articles and ScrapingHub unchanged.
# A name is a handle (dots, digits, an emoji may be part of it) of one or two words; a list
# needs its verb in the plural and a single name in the singular, and no name is a pronoun,
# so a reply's own "I like this.", "My kids and I like this." or "Everyone likes this." is
# no such line.
_NAME: Final = r"[^\s,:;!?]{1,30}(?: [^\s,:;!?]{1,30})?"
_NAMES: Final = rf"{_NAME}(?:, {_NAME})*(?:,? and (?:\d+ others?|{_NAME}))?"
_LABELLED: Final = re.compile(rf"reactions?: {_NAMES}", re.IGNORECASE)
_LIST: Final = re.compile(rf"{_NAME}(?:, {_NAME})*,? and (?:\d+ others?|{_NAME}) like this\.?")
_SINGLE: Final = re.compile(r"[^\s,:;!?]{2,40} likes this\.?")
_COUNTED: Final = re.compile(
    r"\d+ (?:person likes|people like|members? likes?|users? likes?) this\.?"
)
# Words of a reader's own sentence, never a poster's handle.
_NOT_NAMES: Final = frozenset(
    {"everyone", "everybody", "nobody", "someone", "somebody", "anyone", "he", "she", "it"}
    | {"who", "that", "one", "i", "we", "you", "they", "my", "our", "your", "their", "his"}
    | {"her", "me", "us", "them", "people", "kids", "most", "many", "some", "all", "both"}
)
_WORD: Final = re.compile(r"\w+")
# The line is short: a reply that quotes the phrase says more.
_MAX_CHARS: Final = 200


def is_reaction_line(text: str) -> bool:
    """Whether a clean line is a post's summary of who reacted to it (see above)."""
    if len(text) > _MAX_CHARS:
        return False
    # The cheap tests first: every line of every page comes here.
    if text.startswith(("Reaction", "reaction", "REACTION")):
        return _LABELLED.fullmatch(text) is not None
    if not text.endswith(("this", "this.")):
        return False
    if _COUNTED.fullmatch(text) is not None:
        return True
    if _LIST.fullmatch(text) is None and _SINGLE.fullmatch(text) is None:
        return False
    return _NOT_NAMES.isdisjoint(_WORD.findall(text.casefold()))
