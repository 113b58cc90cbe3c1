"""An item's rating inside the link of a listed item's tile, which is part of the item."""

from __future__ import annotations

import functools
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.names import Verdict, token_parts
from newswire.pipeline.html.plain_names import name_verdict

# "rating" names a shop's or a story's review widget, furniture on the page that shows it.
# Inside a link, though, it is one tile's figure: a listing's card (a recipe index's "84
# reviews / 5 average" over each recipe's name) opens the item it rates, and the truths keep
# the figure with the item's name. The walk asks only of an element within a link (it counts
# their depth) whose names say nothing else against it, and only a figure in words stays: a
# bare count beside stars drawn as icons ("810") says nothing once the stars are gone, and a
# shop's truth leaves it out (half A collection, a guitar shop's top sellers -0.010 with it).
_RATING: Final = "rating"


def item_rating(classes: str, node: LexborNode) -> bool:
    """The element ``node``, inside a link, with these ``classes``, is an item's rating."""
    if not _names_a_rating(classes):
        return False
    text = node.text(deep=True)
    return any(char.isalpha() for char in text)


@functools.lru_cache(maxsize=2048)
def _names_a_rating(classes: str) -> bool:
    """``classes`` name a rating and nothing else that is furniture."""
    if _RATING not in classes.lower():
        return False
    tokens = classes.split()
    rest = [token for token in tokens if not _rates(token)]
    if len(rest) == len(tokens):
        return False
    return name_verdict(" ".join(rest)) is not Verdict.NEGATIVE


def _rates(token: str) -> bool:
    parts = token_parts(token)
    return bool(parts) and _RATING in (parts[0], parts[-1])
