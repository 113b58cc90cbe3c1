"""The elements that rules of several modules read on nearly every page, found in one query.

A whole-tree query costs ~150 µs a page on wcxb-dev whatever it asks (lexbor's setup and its
walk of every element), where a selector of a tag or of a bare attribute adds ~10 µs to a
query: the ``<meta>`` and JSON-LD elements (head), the microdata properties (dates), the
``<h1>`` (title) and the ``<figure>`` (captions) were four queries a page (~680 µs), and are
one (~210 µs). Each reader takes its own kind back out by tag or attribute.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

# lexbor matches the script's ``type`` in any case (an HTML attribute whose value is
# case-insensitive), hence the lowered comparison in ``head_elements``.
_PAGE_ELEMENTS = 'meta, script[type="application/ld+json"], [itemprop], h1, figure'
_JSON_LD = "application/ld+json"


def _each_once(tree: LexborHTMLParser) -> Iterator[LexborNode]:
    """The query's matches in page order, each element once: lexbor gives an element once per
    selector of the list it matches, the repeats one after the other."""
    last: int | None = None
    for node in tree.css(_PAGE_ELEMENTS):
        if node.mem_id != last:
            last = node.mem_id
            yield node


def head_elements(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css('meta, script[type="application/ld+json"]')``."""
    return [
        node
        for node in _each_once(tree)
        if node.tag == "meta"
        or (node.tag == "script" and (node.attrs.get("type") or "").lower() == _JSON_LD)
    ]


def microdata_elements(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css("[itemprop]")``."""
    return [node for node in _each_once(tree) if "itemprop" in node.attrs]


def h1_elements(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css("h1")``."""
    return [node for node in _each_once(tree) if node.tag == "h1"]


def figure_elements(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css("figure")``."""
    return [node for node in _each_once(tree) if node.tag == "figure"]
