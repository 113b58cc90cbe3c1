"""The page's byline elements: those whose class names a byline, an author or a writer.

Each word is matched by lexbor in any case: its case-blind ``*=`` compares in a loop of its
own where the case-sensitive one calls memcmp at each place of each class (the query
~4,660k -> ~3,620k instructions a page over wcxb-dev, callgrind), and the case-sensitive
selectors' list is taken back out of it here, by the class's own words.

A query of its own, not four more selectors of the page's shared one (``page_elements``): a
query costs lexbor ~150 µs a page to set up and walk, but each ``[class*=… i]`` of a list
~55 µs more on every page, and the byline elements are asked on ~3 pages in 4 of wcxb-dev
(timed on every 5th page: shared query 748 µs, with the four words 1,000, this one 380): the
fold would save ~20 µs a page, and cost_ab read it as none (new/base 1.009 and 1.018, built).
On a parsed ``Page`` the query holds only the words some class of the page may hold (see
``class_values``): none on ~3 pages in 5 of wcxb-dev and ScrapingHub, and no query then.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.page_elements import class_selectors

BYLINE_WORDS: Final = ("author", "byline", "writer", "reporter", "contributor")
BYLINE_ELEMENTS: Final = ", ".join(f'[class*="{word}" i]' for word in BYLINE_WORDS)


def byline_elements(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css('[class*="author"], [class*="byline"], [class*="writer"], [class*="reporter"],
    [class*="contributor"]')``, as lexbor lists a selector list's matches: in page order, an
    element once per word its class holds (case and all), the repeats one after the other."""
    out: list[LexborNode] = []
    last: int | None = None
    for node in _matches(tree):
        if node.mem_id != last:
            last = node.mem_id
            names = node.attrs.get("class") or ""
            out.extend([node] * sum(word in names for word in BYLINE_WORDS))
    return out


def byline_elements_once(tree: LexborHTMLParser) -> Iterator[LexborNode]:
    """The byline elements in page order, each once (the query is made once a page), and
    others whose class holds a word in another case only ("Author"), which each reader turns
    down by its own word."""
    last: int | None = None
    for node in _matches(tree):
        if node.mem_id != last:
            yield node
        last = node.mem_id


def _matches(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css(BYLINE_ELEMENTS)``, without the words no class of a ``Page`` holds."""
    query = class_selectors(tree, BYLINE_WORDS)
    return tree.css(query) if query else []
