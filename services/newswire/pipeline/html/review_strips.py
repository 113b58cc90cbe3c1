"""A product's customer reviews as a strip: the share of the page they may hold and still go
(see ``strips.without_strips``; their heading is ``strip_headings.REVIEWS_HEADING``)."""

from __future__ import annotations

import re

from newswire.pipeline.html.walk import Block

# A product's customer reviews under their heading ("Reviews", "Customer ratings", "7672
# Reviews") may outweigh the product's own text: a shop showing a dozen buyers' cards beside a
# short description. Where the review app's class names say nothing (hashed by a CSS-module
# build), the heading alone finds the strip, which then passes the share a strip is allowed.
# A widget of ratings shows its score, its count or each card's stars and votes as bare
# numbers on lines of their own ("4.7", "8", "5"): with one, the strip may be up to this share
# of the page. A reviews section without them (a course's or a maker's quoted testimonials
# under "Reviews") is text the truths keep, and stays under the common share. As is, half A
# (0.898376), half B (0.905807) and ScrapingHub (0.988290) unchanged, no page moved; class and
# id hashed, half A all types 0.87974 -> 0.88020 (product 0.6824 -> 0.6875: two pages +0.18,
# +0.19), half B 0.88814 -> 0.88863 (product 0.7283 -> 0.7356: one page +0.34), none worse.
# (Any reviews strip up to 0.6, scored or not: half B as is -0.0027, two testimonial pages.)
_REVIEWS_SHARE = 0.6
_SCORE = re.compile(r"\d{1,5}(?:[.,]\d)?")


def allowed_share(blocks: list[Block], strip: int, heading: Block | None, common: float) -> float:
    """The share of the page's text that ``strip`` may hold and still go: ``common``, or more
    when ``heading`` (given when it names a product's reviews) heads a widget of ratings."""
    if heading is None:
        return common
    scored = any(
        strip in block.path and block is not heading and _SCORE.fullmatch(block.text)
        for block in blocks
    )
    return _REVIEWS_SHARE if scored else common
