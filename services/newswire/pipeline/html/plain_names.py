"""Elements that the walk keeps by their class and id alone, without ``is_junk``'s steps."""

from __future__ import annotations

import functools

from newswire.pipeline.html.junk import JUDGED_ATTRIBUTES
from newswire.pipeline.html.names import Verdict, name_verdict

# The attributes besides class and id that ``is_junk`` reads: an element with none of them
# (most of a page's elements that have attributes: a class, an id, a link's href) is judged by
# its names alone, and on the walk that reads names its answer often needs nothing else.
NAMES_ONLY = JUDGED_ATTRIBUTES - {"class", "id"}


@functools.lru_cache(maxsize=8192)
def kept_by_names(names: str) -> bool:
    """``is_junk``'s answer is False, whatever the element holds, for an element not of
    DROP_TAGS whose judged attributes are its class and id alone, whose ``names`` (class and
    id, as ``is_junk`` joins them) are these, on a walk that reads names (``by_name``).
    False: the answer depends on the element (a pinned box, a furniture or weak name, an
    avatar's initials), and ``is_junk`` is asked. A page repeats its names from element to
    element (a menu's every item, a grid's every card): the walk asks this cached answer
    instead of the rules' steps (~350 calls of ``is_junk`` a page, ~250 of them kept so)."""
    if len(names) < 2:
        return True
    if "fixed" in names or "vatar" in names:
        return False
    return name_verdict(names) in (Verdict.POSITIVE, Verdict.NEUTRAL)
