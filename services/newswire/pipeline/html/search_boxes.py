"""A site's search box by its names: the box, its form, and the panel of suggestions it opens
("search-bar", "search-suggestions": "TOP SEARCH TERMS", "Popular searches")."""

from __future__ import annotations

# Whole tokens only (``names.token_verdict`` looks a token up whole and by its ends): "search"
# alone also names a listing's results ("search-results", "searchPage"), the page's text.
# Half A product 0.732131 -> 0.732442 (a watch shop's "TOP SEARCH TERMS" panel gone), half B
# listing 0.758992 -> 0.759029 (a course site's search box); no page worse; articles, the
# other types and ScrapingHub unchanged.
SEARCH_BOXES = frozenset(
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
