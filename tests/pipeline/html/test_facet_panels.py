"""A collection's facet panel read as lines: its title pair and its run of short lines go."""

from __future__ import annotations

from newswire.pipeline.html.facet_panels import without_facet_panel


def test_a_facet_panel_after_the_grid_goes_with_its_options() -> None:
    """The title pair ("Shop By", "Shopping Options") and the facets' names and options after
    it go; the grid before it and the page's sentence after the run stay."""
    lines = [
        "Gaming Monitors",
        "ViewSonic 27-inch Gaming Monitor",
        "$279.99 USD",
        "Shop By",
        "Shopping Options",
        "Category",
        "High Refresh 12 items",
        "$25.00 - $49.99 37item",
        "Free shipping on every monitor, and returns within thirty days of delivery.",
    ]
    assert without_facet_panel(lines) == [
        "Gaming Monitors",
        "ViewSonic 27-inch Gaming Monitor",
        "$279.99 USD",
        "Free shipping on every monitor, and returns within thirty days of delivery.",
    ]


def test_a_shop_by_line_without_the_panels_subtitle_stays() -> None:
    """A "Shop By" heading over the page's own links (no "Shopping Options" under it) stays:
    the page is returned as it is."""
    lines = ["Shop By", "Brand", "Acme", "Widgets"]
    assert without_facet_panel(lines) is lines
