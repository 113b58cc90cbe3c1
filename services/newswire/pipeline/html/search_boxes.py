"""A site's search box by its names: the box, its form, and the panel of suggestions it opens
("search-bar", "search-suggestions": "TOP SEARCH TERMS", "Popular searches"); and a search's
filters beside its results ("collection-filters")."""

from __future__ import annotations

import re
from typing import Final

# Whole tokens only (``names.token_verdict`` looks a token up whole and by its ends): "search"
# alone also names a listing's results ("search-results", "searchPage"), the page's text.
# Half A product 0.732131 -> 0.732442 (a watch shop's "TOP SEARCH TERMS" panel gone), half B
# listing 0.758992 -> 0.759029 (a course site's search box); no page worse; articles, the
# other types and ScrapingHub unchanged.
SEARCH_BOXES: Final = frozenset(
    {
        "search-bar",
        "searchbar",
        "search-box",
        "searchbox",
        "search-form",
        "searchform",
        "search-modal",
        "search-popup",
        "search-overlay",
        "search-drawer",
        "search-flyout",
        "search-dropdown",
        "search-suggestions",
        "search-suggestion",
        "search-recommendations",
        "search-recomendation",
        "search-container",
        "search-wrapper",
        "site-search",
        "header-search",
        "predictive-search",
    }
)


# A shop's or a listing's search filters ("Brand", "Canon (125)", "Price range", "Sort by")
# beside its products or inside its <main>: the controls of a search, not its items. Named by
# the token's last part ("collection-filters", "facetedSearch-refineFilters"), before a CSS
# module's build hash ("product-listing-filters--2Pom9"); a first part names a variant of
# something else (Shopify's product grid "facets-vertical", the products beside the filters).
# Half A all types 0.8615 -> 0.8615 (2 pages better, 1 worse), half B 0.8707 -> 0.8715
# (collection 0.692 -> 0.700, listing 0.731 -> 0.733; 10 better, 1 worse); articles and
# ScrapingHub (0.9845) unchanged. (As any part, like the other words: "facets-vertical" drops
# a shop's products; a build hash stripped from every name: Docusaurus's headings
# "anchorWithStickyNavbar_LWe7" read as navigation.)
_SEARCH_FILTERS: Final = frozenset({"filters", "facet", "facets", "refinements"})
# ``names.TOKEN_PARTS`` (names imports this module), and a CSS module's build hash.
_TOKEN_PARTS: Final = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
_HASH_SUFFIX: Final = re.compile(r"(?:--|__|[-_])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{4,10}$")


def search_filters(token: str) -> bool:
    """A class or id ``token`` that names a search's filters (see above)."""
    # Asked of nearly every class token: one whose letters hold none of the words cannot end
    # with one, and two regex passes are spared (a third of name_verdict's cost).
    lowered = token.lower()
    if "filters" not in lowered and "facet" not in lowered and "refinements" not in lowered:
        return False
    parts = _TOKEN_PARTS.split(_HASH_SUFFIX.sub("", token))
    return parts[-1].lower() in _SEARCH_FILTERS
