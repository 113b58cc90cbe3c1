"""What a <header> walked inside the content is: the site's masthead set inside the page's <main>
(a <header> with the site's search and menu), or a listing card's header (the item itself)."""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

# A <header> inside <main> usually heads a part of the content (a service page's hero, a
# section's intro) and is walked; but an app shell may wrap the whole page in its <main>, the
# site's masthead included. The masthead carries what no section's header does: the site's
# search box and its menu, together. (A section's hero has a heading and a call to action, a
# documentation page's header its title beside a search box: neither has both.) Half A all
# types 0.89333 -> 0.89349 (collection 0.75810 -> 0.75825, product 0.73921 -> 0.74084: a
# camera shop's pages +0.004 to +0.11; none worse), half B, articles and ScrapingHub (0.98728)
# unchanged; class and id hashed (bench.perturb), half A all types 0.87292 -> 0.87303.
_SEARCH: Final = "input[type=search], [role=search], form input[type=text]"
_MENU: Final = "nav, [role=navigation]"


def site_masthead(header: LexborNode) -> bool:
    """Whether ``header`` (a <header> inside <main>) is the site's masthead (see above)."""
    return header.css_first(_SEARCH) is not None and header.css_first(_MENU) is not None


# A listing's items as a row of <article> cards, each with its headline and teaser in a
# <header> ("river" layouts of topic and archive pages): such a header is the item, not a
# story's byline box; a story's own <article> has no run of sibling <article>s around it.
# Half B all types 0.8640 -> 0.8650 (collection 0.678 -> 0.685, listing 0.722 -> 0.727),
# half A neutral (0.85509 -> 0.85507), articles and ScrapingHub (0.980) unchanged.
_MIN_CARDS: Final = 3


def card_header(node: LexborNode) -> bool:
    """Whether ``node`` (a <header>) heads one of a run of sibling <article> cards (see above)."""
    card = node.parent
    if card is None or card.tag != "article" or card.parent is None:
        return False
    return sum(1 for sibling in card.parent.iter() if sibling.tag == "article") >= _MIN_CARDS
