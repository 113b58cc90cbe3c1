"""``Page``: the parsed page, whose whole-tree queries are made once, several in one walk."""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.shown_dates import DATE_ELEMENTS

# Queries asked on nearly every page (the headline's <h1>, the figures, the microdata and
# <time> dates, the date elements), made in one walk of the tree as one selector list instead
# of one walk each (~70 µs a walk on a page of wcxb-dev). lexbor gives an element of a list's
# answer once per selector of the list it matches, one after the other, in page order: an
# element's share of each query is told by its tag or attribute, the date elements' query
# (whose selectors are not told apart so cheaply) has what is left, each element as many
# times as the query alone gives it. (The same answers as the queries alone on all 1,615
# pages of wcxb-dev and ScrapingHub.)
_TOLD_APART: dict[str, Callable[[LexborNode], bool]] = {
    "h1": lambda node: node.tag == "h1",
    "figure": lambda node: node.tag == "figure",
    "[itemprop]": lambda node: "itemprop" in node.attrs,
    "time[datetime]": lambda node: node.tag == "time" and "datetime" in node.attrs,
}
_SHARED_QUERY = ", ".join([*_TOLD_APART, DATE_ELEMENTS])


class Page(LexborHTMLParser):
    """The parsed page: each whole-tree query is made once (rules in different modules ask
    the same one: the author links up to three times a page), the shared ones in one walk.
    Nothing changes the tree once parsed; each caller gets a list of its own."""

    def __init__(self, html: str | bytes) -> None:
        super().__init__(html)
        self._queries: dict[str, list[LexborNode]] = {}

    def css(self, query: str) -> list[LexborNode]:
        found = self._queries.get(query)
        if found is None:
            if query in _TOLD_APART or query == DATE_ELEMENTS:
                self._queries.update(self._shared())
                found = self._queries[query]
            else:
                found = self._queries[query] = super().css(query)
        return list(found)

    def _shared(self) -> dict[str, list[LexborNode]]:
        answers: dict[str, list[LexborNode]] = {query: [] for query in _TOLD_APART}
        dated = answers[DATE_ELEMENTS] = []
        found = super().css(_SHARED_QUERY)
        start = 0
        while start < len(found):
            node = found[start]
            end = start + 1
            while end < len(found) and found[end].mem_id == node.mem_id:
                end += 1
            left = end - start
            for query, matches in _TOLD_APART.items():
                if matches(node):
                    answers[query].append(node)
                    left -= 1
            dated.extend([node] * left)
            start = end
        return answers
