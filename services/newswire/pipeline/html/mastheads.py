"""A site's masthead set inside the page's <main>: a <header> with the site's search and menu."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# A <header> inside <main> usually heads a part of the content (a service page's hero, a
# section's intro) and is walked; but an app shell may wrap the whole page in its <main>, the
# site's masthead included. The masthead carries what no section's header does: the site's
# search box and its menu, together. (A section's hero has a heading and a call to action, a
# documentation page's header its title beside a search box: neither has both.) Half A all
# types 0.89333 -> 0.89349 (collection 0.75810 -> 0.75825, product 0.73921 -> 0.74084: a
# camera shop's pages +0.004 to +0.11; none worse), half B, articles and ScrapingHub (0.98728)
# unchanged; class and id hashed (bench.perturb), half A all types 0.87292 -> 0.87303.
_SEARCH = "input[type=search], [role=search], form input[type=text]"
_MENU = "nav, [role=navigation]"


def site_masthead(header: LexborNode) -> bool:
    """Whether ``header`` (a <header> inside <main>) is the site's masthead (see above)."""
    return header.css_first(_SEARCH) is not None and header.css_first(_MENU) is not None
