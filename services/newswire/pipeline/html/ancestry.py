"""Where an element stands in the tree: whether it lies inside another."""

from __future__ import annotations

from selectolax.lexbor import LexborNode


def inside(node: LexborNode, ancestor: LexborNode) -> bool:
    """Whether ``node`` lies inside ``ancestor`` (lexbor hands a new wrapper for each visit of
    one element, so elements are told apart by their ``mem_id``)."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id == ancestor.mem_id:
            return True
        parent = parent.parent
    return False
