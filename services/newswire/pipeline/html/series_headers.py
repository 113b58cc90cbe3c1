"""A part of a series' own header: the label and heading over one of sibling <article>s."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

# One part of a series set as sibling <article>s (a guide's numbered steps, a service page's
# feature blocks) opens on a <header> of its own: the part's label and its heading ("Step 1",
# "Sit up straight"), which HTML gives the nearest <article>, not the site. Dropped as the
# page's masthead, the parts read as paragraphs without their headings. A header without any
# link is the part's own title; a listing's or a forum's cards carry a linked title, a
# poster's name or a permalinked date in theirs, and stay dropped as before. The <article>
# is looked for at most _SERIES_HEADER_DEPTH levels up (a header wrapped in a layout <div>
# or two); the series is told by the <article> right before or after it.
# Half A articles 0.972632 unchanged, all types 0.903903 -> 0.903935 (a service page's
# feature blocks +0.025); half B articles 0.965010 -> 0.965307 (a guide's steps +0.113), all
# types 0.914630 -> 0.914829 (a service page +0.027); no page worse; ScrapingHub unchanged
# (0.990932); hashed names, half A all types 0.888987 -> 0.889011, half B articles 0.961754 ->
# 0.961806, all types 0.896443 -> 0.896510. Without the link test, a shop's homepage of post
# cards lost 0.263. Asked only of a <header> the walk would drop: a few parents and siblings.
_SERIES_HEADER_DEPTH: Final = 3
_BETWEEN_TAGS: Final = frozenset({"-text", "_comment"})


def series_part_header(node: LexborNode) -> bool:
    """``node`` (a <header> without links) heads an <article> beside another <article>."""
    article = node.parent
    for _ in range(_SERIES_HEADER_DEPTH - 1):
        if article is None or article.tag == "article":
            break
        article = article.parent
    if article is None or article.tag != "article" or node.css_first("a") is not None:
        return False
    after = article.next
    while after is not None and after.tag in _BETWEEN_TAGS:
        after = after.next
    before = article.prev
    while before is not None and before.tag in _BETWEEN_TAGS:
        before = before.prev
    return any(sibling is not None and sibling.tag == "article" for sibling in (after, before))
