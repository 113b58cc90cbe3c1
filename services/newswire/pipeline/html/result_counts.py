"""The count of results a listing prints after its name: "Trail Running Shoes (158 ITEMS)",
"Fitness Equipment (102+)", "Best Books Ever (77141 books)"."""

from __future__ import annotations

import re
from typing import Final

# A number (thousands grouped or not) then "+" or a plural word, in parentheses at the end. A
# year ("(2025)", "(2025 Reviews)": the list's edition), a quantity ("(149 g)", "(2 Pack)") or
# a list in parentheses ("(2013, Hardcover)") is none.
_COUNT: Final = re.compile(
    r"\s*\((?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\+|\s+[^\W\d_]+[sS])\)$"
)


def result_count(text: str) -> bool:
    """Whether a heading or a title ends in the count of the results it heads: a listing's
    header, which a script fills with the filter's name and its hits, where the page's own name
    is its <title> (a shop's category "<h1>Fitness Equipment (102+)</h1>" under "Exercise
    Equipment & Gym Machines", the annotators' title). On wcxb-dev: title exact +3 on half A
    (a listing, a collection, a reading list: three sites), none on half B, which has none."""
    return "(" in text and _COUNT.search(text) is not None


def without_result_count(text: str) -> str:
    """The title without the count of results after it: "Best Books Ever (77141 books)" names
    the list, the count is how long it has grown (see ``result_count``)."""
    return _COUNT.sub("", text) if result_count(text) else text
