"""A shop's furniture by its names: cart drawers, lightboxes, search boxes and filters (``names``,
``search_boxes``)."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of


def test_a_shops_cart_drawer_and_lightbox_are_dropped_but_its_add_to_cart_box_is_not() -> None:
    """The shop's mini cart ("mini-cart", "cart-drawer": "No products in the cart.") and the
    boxes a lightbox library opens over the page ("fancybox": a cart's "Recently added", a
    currency picker) are dropped; the product's description and its "add-to-cart" form's
    text beside them stay."""
    html = page(
        '<div class="product">'
        '<div id="mini-cart"><p>No products in the cart.</p><p>Continue Shopping</p></div>'
        + prose("feature", 4)
        + '<div class="add-to-cart"><p>Choose a colour for the engraving.</p></div>'
        '<div class="fancy-box"><h4>Recently added</h4><p>Choose your currency</p></div>'
        '<div class="cart-drawer"><p>Your cart total so far</p></div></div>'
    )
    text = text_of(html)
    assert "feature 3" in text
    assert "Choose a colour" in text
    for gone in ("No products", "Recently added", "Choose your currency", "cart total"):
        assert gone not in text


def test_a_search_box_and_its_suggestions_are_dropped_but_search_results_are_not() -> None:
    """A site's search box and the panel of suggestions it opens ("search-bar",
    "search-suggestions": "TOP SEARCH TERMS") are dropped; a listing's "search-results"
    stay, as does the product's description beside the box."""
    html = page(
        '<div class="product">'
        '<div class="search-bar"><div class="search-suggestions"><h3>TOP SEARCH TERMS</h3>'
        "<p>Dress Watches</p><p>Automatic Watches</p></div></div>"
        + prose("feature", 4)
        + '<div class="search-results"><p>Result one of the search for a watch.</p></div></div>'
    )
    text = text_of(html)
    assert "feature 3" in text
    assert "Result one of the search" in text
    assert "TOP SEARCH TERMS" not in text
    assert "Dress Watches" not in text


def test_a_shops_search_filters_are_dropped_but_a_grid_named_after_them_is_kept() -> None:
    """A collection's search filters ("collection-filters", a CSS module's
    "product-listing-filters--2Pom9") are the controls of a search, not its items: dropped
    from the <main> that holds the products. A grid named as a variant of its filters
    ("facets-vertical") holds the products and is kept."""
    products = "".join(
        f'<li><a href="/p/{i}">Leather wallet model {i}, slim and light</a> $40</li>'
        for i in range(10)
    )
    facets = (
        '<div class="{}"><h3>Brand</h3><ul><li>Canon (125)</li><li>Nikon (123)</li>'
        "<li>Sony (186)</li></ul><h3>Price range</h3><ul><li>$50 to $75 (25)</li></ul></div>"
    )
    for name in ("collection-filters", "product-listing-filters--2Pom9"):
        html = page(
            "<main><h1>Wallets</h1><p>Slim wallets for cards and cash.</p>"
            + facets.format(name)
            + f'<div class="facets-vertical"><ul>{products}</ul></div></main>'
        )
        text = text_of(html)
        assert "Leather wallet model 9" in text
        assert "Canon" not in text, name
        assert "Price range" not in text, name


def test_a_tool_tip_component_is_dropped_but_what_it_explains_stays() -> None:
    """The hover text of a <tool-tip class="tool-tip"> (a spec's glossary note) is dropped as a
    "tooltip" is, in any spelling of the whole token ("tool_tip", "ToolTip"); the spec's label
    and value stay, and so does a "tool-tip-source" (the text the tip is about)."""
    tip = (
        '<{tag} class="{name}"><div class="tool-tip__content">Open-back designs leak sound '
        "and let outside noise in, but sound more spacious.</div></{tag}>"
    )
    rows = "".join(
        f"<h4>Cup style {n}{tip.format(tag=tag, name=name)}</h4><p>Open-Back {n}</p>"
        for n, (tag, name) in enumerate(
            [("tool-tip", "tool-tip"), ("span", "tool_tip"), ("span", "ToolTip")]
        )
    )
    source = '<div class="tool-tip-source">Remote Play on TV, with the sound on.</div>'
    text = text_of(page('<div class="product-info">' + prose("feature", 4) + rows + source))
    assert "Cup style 2" in text
    assert "Open-Back 2" in text
    assert "outside noise" not in text
    assert "Remote Play on TV" in text
