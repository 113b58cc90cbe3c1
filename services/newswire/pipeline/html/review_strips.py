"""A product's customer reviews as a strip: the share of the page they may hold and still go
(see ``strips.without_strips``; their heading is ``strip_headings.REVIEWS_HEADING``)."""

from __future__ import annotations

import re
from typing import Final

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
_REVIEWS_SHARE: Final = 0.6
_SCORE: Final = re.compile(r"\d{1,5}(?:[.,]\d)?")
# A widget may print each card on one line, its title, name and words run together, its
# score last ("Kallax Shelf Daphne Great delivery process. Easy to put together. 5"): at least
# _MIN_SCORED_CARDS such lines in the strip are its cards' scores. A quoted testimonial or a
# spec line under "Reviews" rarely ends in a lone digit of 1 to 5. As is, half A (0.904747),
# half B (0.915453) and ScrapingHub (0.991086) unchanged, no page moved; class and id hashed,
# half A product 0.72110 -> 0.72775 (a furniture shop's one-line cards 0.36 -> 0.84), half B
# product unchanged (0.7808); no page worse.
_SCORED_CARD: Final = re.compile(r".{20,}\s[1-5]")
_MIN_SCORED_CARDS: Final = 3
# A scored widget whose cards also carry the review app's stamps on lines of their own (a
# buyer's "Verified buyer" badge, a card's "8 days ago") is a shop's reviews beyond doubt, and
# on a fashion or sports shop's page their cards, their filters (age, height, activity) and
# their histogram may dwarf a short description: such a strip may be up to _CARDED_SHARE of
# the page. At least _MIN_STAMPS stamps: one "Verified purchase" line may be a shop's own
# badge beside its copy. Read only for a scored strip, over its own blocks. Half B product
# 0.803 -> 0.812 (all types 0.906679 -> 0.907285: a sports brand's tee, its reviews' cards,
# filters and histogram 0.63 of the page, 0.41 -> 0.84), half A, articles and ScrapingHub
# unchanged (no other page moved).
_CARDED_SHARE: Final = 0.75
_MIN_STAMPS: Final = 2
_STAMP: Final = re.compile(
    r"(?:verified (?:buyer|purchase|reviewer|owner|customer)"
    r"|\d{1,2} (?:days?|weeks?|months?|years?) ago)\W*",
    re.IGNORECASE,
)


def allowed_share(blocks: list[Block], strip: int, heading: Block | None, common: float) -> float:
    """The share of the page's text that ``strip`` may hold and still go: ``common``, or more
    when ``heading`` (given when it names a product's reviews) heads a widget of ratings."""
    if heading is None:
        return common
    inside = [block for block in blocks if strip in block.path and block is not heading]
    scored = sum(1 for block in inside if _SCORED_CARD.fullmatch(block.text))
    if scored < _MIN_SCORED_CARDS and not any(_SCORE.fullmatch(block.text) for block in inside):
        return common
    stamps = sum(1 for block in inside if _STAMP.fullmatch(block.text))
    return _CARDED_SHARE if stamps >= _MIN_STAMPS else _REVIEWS_SHARE
