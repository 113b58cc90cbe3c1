"""The end of one product's page after its own text: from the shop's cross-sell strip or its
seller's box on, what the shop puts under every product (its strips, its FAQ, its seller)."""

from __future__ import annotations

import re

from newswire.pipeline.html.strip_headings import OTHER_PRODUCTS_BODY

# A shop lays one product's page out in the same order on every product: the buy box, the
# description, the specs; then its own parts: the add-ons and the other buyers' picks
# ("Frequently Purchased With", "Bundles & offers", "Accessories for <range>"), the
# marketplace's seller box ("About this seller": the seller's name, feedback score and other
# listings), the shop's FAQ and its ratings. ``strips`` drops such a strip when its heading
# and its cards share a container; where they do not (the heading a line of its own, the
# cards in sibling elements or drawn by a script) the heading is left, with what follows it.
# In the page's second half, such a heading line marks where the product's own text has
# ended, and a short tail from it on (at most _TAIL_LINES lines and _TAIL_SHARE of the text,
# as ``strips.without_tail`` allows) is the shop's: the truths end before it. Only on a page
# that says it is one product's (on an article or a collection the same words may head the
# page's own list). Not the reviews' titles: a bare "Reviews" also heads a comparison table's
# row of counts or a maker's quoted testimonials, which truths keep as often as not.
# Half A product 0.754765 -> 0.758524 (all types 0.900441 -> 0.900783; 7 pages of 4 shops
# better: a fire pit's strip and FAQ 0.73 -> 0.86, a furniture shop's accessories 0.84 ->
# 0.89, four auctions' seller boxes +0.02, a music shop's bundles +0.014; none worse), half
# B, articles, metadata and ScrapingHub unchanged (no page moved). One pass over the lines,
# a pattern asked only of short lines in the second half; no walk of the tree.
_SHOP_TAIL_HEADING = re.compile(
    rf"(?:{OTHER_PRODUCTS_BODY}|accessories for .{{1,40}}|about this seller)\W*", re.IGNORECASE
)
_TAIL_LINES = 30
_TAIL_SHARE = 0.4
_HEADING_CHARS = 80


def without_shop_tail(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` of one product's page without the shop's tail after its second half's
    first cross-sell or seller heading (see above)."""
    total = sum(map(len, paragraphs))
    said = 0
    for index, line in enumerate(paragraphs):
        before = said
        said += len(line)
        if (
            before < total / 2
            or len(line) >= _HEADING_CHARS
            or not _SHOP_TAIL_HEADING.fullmatch(line)
        ):
            continue
        tail = paragraphs[index:]
        if len(tail) <= _TAIL_LINES and total - before <= _TAIL_SHARE * total:
            return paragraphs[:index]
        return paragraphs
    return paragraphs
