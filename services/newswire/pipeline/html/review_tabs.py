"""A product's customer reviews in a tab panel, known by its tab's label, not by its names."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.strip_headings import REVIEWS_HEADING

# A shop's product page lays its parts out as tabs (WAI-ARIA's tab pattern: a role="tablist"
# of role="tab" labels, each opening the role="tabpanel" in the same place of the panels
# beside it): "Description", "Additional information", "Reviews (5)". The reviews panel holds
# the buyers' cards (their names, dates, stars, helpful votes), other people's words about the
# product that the truths leave out, and may outweigh the description. Its names ("reviews",
# "tab-reviews") drop it; where a build hashes them the tab's label still says what the panel
# holds: a tab labelled as reviews (``REVIEWS_HEADING``, its count aside) has its panel go.
# Only where the tabs and the panels beside them pair off one to one (a panel per tab, in
# order): a widget that fills one shared panel per tab gives no panel to drop. Only on a page
# that says it is one product's (``walk``'s ``product``): elsewhere a "Reviews" tab may hold the
# page's own text (a critic's reviews). With class/id hashed (bench.perturb): half A all types
# 0.881522 -> 0.882100 (a shop's product 0.42 -> 0.88, 29 reviews gone), half B 0.889244 ->
# 0.889412 (a rental shop's product 0.31 -> 0.43); none worse; as is unchanged on both halves
# and ScrapingHub (the panels' names drop them there). One query of the tab lists, once a page.
_COUNT: Final = re.compile(r"\W*\d[\d,.]*\W*$")
# The tab list and its panels share an ancestor a few levels up (the tab widget's wrapper).
_PANEL_LEVELS: Final = 3


def review_panels(root: LexborNode) -> frozenset[int]:
    """The ``mem_id`` of each tab panel under ``root`` whose tab is labelled as the reviews."""
    found: set[int] = set()
    for tablist in root.css('[role="tablist"]'):
        tabs = tablist.css('[role="tab"]')
        wanted = [
            index
            for index, tab in enumerate(tabs)
            if REVIEWS_HEADING.fullmatch(_COUNT.sub("", " ".join(tab.text(deep=True).split())))
        ]
        if not wanted:
            continue
        panels = _panels_beside(tablist, len(tabs))
        if len(panels) == len(tabs):
            found.update(panels[index].mem_id for index in wanted)
    return frozenset(found)


def _panels_beside(tablist: LexborNode, tabs: int) -> list[LexborNode]:
    """The tab panels under the nearest ancestor of ``tablist`` (up to _PANEL_LEVELS) that
    holds at least as many as it has ``tabs``."""
    ancestor = tablist.parent
    panels: list[LexborNode] = []
    for _ in range(_PANEL_LEVELS):
        if ancestor is None:
            break
        panels = ancestor.css('[role="tabpanel"]')
        if len(panels) >= tabs:
            break
        ancestor = ancestor.parent
    return panels
