"""Component names: what a site calls an element for its scripts and tests, or by its own tag,
where its class and id are build hashes that say nothing."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.html.names import Verdict
from newswire.pipeline.html.plain_names import name_verdict

# Sites whose classes are build hashes ("css-1k075w5", "sc-bdfBwQ") or bare utilities name
# their components for their tests and scripts instead (React's data-testid="BylineWrapper",
# data-component="related-links"): the names their class and id no longer say. Read only
# where class and id say nothing, so a page's own class names keep the last word.
# As is: half A all types 0.88079 -> 0.88081 (a listing +0.015, a service page -0.002),
# half B 0.88720 -> 0.88743 (4 pages better, none worse), articles and ScrapingHub unchanged;
# class and id hashed: half B all types +0.0005, half A a listing -0.19 (its ratings named
# "ratingGroup" where its truth keeps them), a design page's captions -0.03.
# The label a site gives a region for screen readers (aria-label="Advertisement",
# "Share", "Sponsored") names it as plainly, and hashing leaves it: as is, half A all types
# 0.880806 -> 0.880814 (6 pages better, 4 worse by <= 0.037: a shop's grid), articles
# 0.968931 -> 0.968929, half B all types 0.887434 -> 0.887420 (one shop's two pages +0.047 /
# -0.057), ScrapingHub unchanged; hashed, half A all types 0.86534 -> 0.86550, half B
# 0.87501 -> 0.87642 (articles 0.95575 -> 0.95608; a legal guide -0.15).
COMPONENT_ATTRIBUTES: Final = ("data-testid", "data-component", "aria-label")
COMPONENT_KEYS: Final = frozenset(COMPONENT_ATTRIBUTES)


def with_component_names(names: str, attrs: dict[str, str | None], tag: str) -> str:
    """``names`` (class and id) with the element's component names when these name furniture
    and those say nothing. Only furniture counts: a design system calls its every part a
    "section-module" or a "layout" (WEAK_WORDS), a product's specs included (half A hashed:
    a shop's spec sections -0.26)."""
    # Asked (by ``is_junk``) only of an element with one of the three or a custom tag: most
    # have none.
    components = " ".join(value for key in COMPONENT_ATTRIBUTES if (value := attrs.get(key)))
    if "-" in tag:
        # A custom element's tag is its web component's name (<tool-tip>, <cart-drawer>,
        # <product-recommendations>), written by the site's developers and never hashed
        # by a build that hashes class names: it names the element as its class once did
        # (a shop's spec table whose every row carries a <tool-tip> explaining the term; a
        # documentation page's feedback and rating widgets inside its <main>). As is: half A
        # unchanged, half B all types 0.914361 -> 0.914533 (2 pages of 2 sites better, none
        # worse), articles and ScrapingHub unchanged; hashed: half A all types 0.887525 ->
        # 0.887931 (2 shop pages +0.20, +0.12), half B 0.895877 -> 0.896076 (2 pages of 2
        # sites), none worse. Costs a substring test per element ``is_junk`` judges.
        components = f"{components} {tag}"
    if name_verdict(components) is Verdict.NEGATIVE and name_verdict(names) is Verdict.NEUTRAL:
        return f"{names} {components}"
    return names
