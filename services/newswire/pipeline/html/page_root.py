"""Where the page's walk starts: the ``<body>``, or the innermost of the bare ``<div>``s that
each hold all of it.

A template that includes another, a framework's fragment rendered as an element, a crawler's
or a proxy's wrapper can nest the whole body in ``<div>``s without attributes, one or twenty
deep. Such a wrapper holds everything the body holds and carries no name, role or style: it
says nothing of where the story is. Walked as an element of its own it is one more container,
which the scoring counts (the body is never the story, a wrapper holding all of it could be,
and the climb from the best container up to a split story's common one reaches it) and by
which each block's chain of parents grows. Started below them, the walk numbers, nests and
scores the page's elements the same however many such wrappers lie above: a listing page under
one to twenty bare ``<div>``s (``bench.mutations.deep``) kept the whole page, 14 paragraphs
became 59 (F1 0.825 -> 0.160); now it extracts as it is. No dev page as it is has a bare
wrapper of its own that changes its text (half A, B and ScrapingHub unchanged, every page).

Only bare ones: a wrapper with a class or an id (``#page``, ``.site``, Next's ``#__next``) is a
layout element the page styles, and stays a candidate as before. Skipped too, they moved four
dev pages as they are, three worse (half A all types 0.904037 -> 0.903672: a preprint's page
-0.292; half B 0.914907 -> 0.914674: a shop's aisle -0.144, a brand's story -0.021).
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

#: What may sit beside a wrapper in the same parent and still leave it holding all the page's
#: text: code, styles, links to them, templates not rendered, comments.
_SILENT: Final = frozenset({"script", "style", "link", "meta", "template", "-comment"})


def page_root(body: LexborNode) -> LexborNode:
    """``body``, or the innermost of a chain of bare wrappers below it (``_sole_wrapper``)."""
    root = body
    while (inner := _sole_wrapper(root)) is not None:
        root = inner
    return root


def _sole_wrapper(node: LexborNode) -> LexborNode | None:
    """``node``'s one child that holds all its text, if it is a ``<div>`` without attributes
    (beside it only ``_SILENT`` elements and blank text)."""
    found: LexborNode | None = None
    child = node.first_child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            if not (child.text_content or " ").isspace():
                return None
        elif tag is not None and tag not in _SILENT:
            if found is not None or tag != "div":
                return None
            found = child
        child = child.next
    return found if found is not None and not found.attributes else None
