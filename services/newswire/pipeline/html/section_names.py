"""A layout box's name that says what the box holds before a layout word: "gm-footer-section",
"site-newsletter-wrapper" name a footer and a newsletter box."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.cross_links import PAGER_NAMES

# A theme names a page's sections and boxes by their subject followed by a layout word, behind
# a prefix of its own ("gm-footer-section", "theme-newsletter-wrapper", "pdp-comments-block"):
# the subject is then neither the token's first part nor its last, which are the only parts the
# name rules read (a word buried inside a token names layout, not content: "non-ad-column").
# Before a layout word it is the box's subject.
# A site's chrome in a "components--footer-section", a "zox-post-byline-wrap", a
# "security-newsletter-container" goes as its own name would. Not the subjects whose box may
# hold the page's text: a service page's or a story's reviews and ratings (the truths keep
# them on some pages and not on others), a modal's or an overlay's details a button opens, a
# pager's container around the listing it pages. Half A all types 0.899903 -> 0.899979
# (articles 0.971631 -> 0.971664, documentation +0.001: a docs theme's "article-footer__inner"
# 0.944 -> 0.983; a service page's "components--footer-section" that its truth keeps -0.010),
# half B 0.907844 -> 0.907865 (articles 0.963236 -> 0.963245, 5 pages better, a collection
# whose truth is the site's menus -0.003), ScrapingHub 0.990756 -> 0.990773. (With reviews
# and the others: half B collection +0.0017, a shop's reviews carousel, but half A all types
# -0.0005: a service page's and a story's reviews kept by their truths, a product's details
# modal, a pager's container.)
_LAYOUT_WORDS: Final = frozenset(
    {"section", "sections", "wrapper", "wrap", "container", "block", "inner", "area", "box"}
)
_OPEN_SUBJECTS: Final = (
    frozenset(
        {
            "reviews",
            "rating",
            "modal",
            "popup",
            "overlay",
            "hidden",
            "caption",
            "tooltip",
            "popover",
        }
    )
    | PAGER_NAMES
)


def section_subject(parts: list[str]) -> str | None:
    """The part of a token (its lowered ``parts``, three or more) that names what its layout
    box holds, the part before its last when that is a layout word; else None."""
    if len(parts) >= 3 and parts[-1] in _LAYOUT_WORDS and parts[-2] not in _OPEN_SUBJECTS:
        return parts[-2]
    return None
