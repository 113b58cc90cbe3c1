"""A product's reviews tab panel, known by its tab's label."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.review_tabs import TABLISTS, closed_panels, review_panels
from newswire.pipeline.html.walk import walk

_DESCRIPTION = "".join(
    f"<p>Feature {n} of the pack, a sentence about its suspension and fabric.</p>" for n in range(4)
)
_REVIEWS = "".join(
    f"<li><p>Buyer {n} (verified owner) – August {n + 1}, 2019</p>"
    f"<p>I really enjoyed using this pack on a week-long trail, it held everything.</p></li>"
    for n in range(6)
)


def _page(labels: tuple[str, str, str], panels: int = 3) -> str:
    tabs = "".join(
        f'<li><a role="tab" href="#t{n}">{label}</a></li>' for n, label in enumerate(labels)
    )
    contents = [_DESCRIPTION, "<p>Weight 4 lbs</p>", f"<ol>{_REVIEWS}</ol>"][:panels]
    shown = "".join(
        f'<div class="q1" id="q{n}" role="tabpanel">{content}</div>'
        for n, content in enumerate(contents)
    )
    return f'<body><div><ul role="tablist">{tabs}</ul>{shown}</div></body>'


def _ids(
    html: str, find: Callable[[Sequence[LexborNode]], frozenset[int]] = review_panels
) -> set[str]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    found = find(tree.body.css(TABLISTS))
    return {
        str(n.attributes.get("id")) for n in tree.body.css("[role=tabpanel]") if n.mem_id in found
    }


def _walked(html: str) -> tuple[str, str]:
    """The text the walk keeps of ``html``'s body on a product's page, then on another."""
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    product = " ".join(block.text for block in walk(tree.body, by_name=True, product=True)[0])
    other = " ".join(block.text for block in walk(tree.body, by_name=True)[0])
    return product, other


def test_the_panel_of_a_tab_labelled_as_reviews_is_found() -> None:
    """The panel in the place of the tab labelled "Reviews (5)" (its count aside) is the
    reviews'; the description's and the details' are not."""
    assert _ids(_page(("Description", "Additional information", "Reviews (5)"))) == {"q2"}
    assert _ids(_page(("Description", "Customer reviews", "Details"))) == {"q1"}


def test_no_panel_without_a_reviews_tab_or_a_panel_per_tab() -> None:
    """Tabs labelled otherwise ("Tools & reviews" names a section, not the reviews) give no
    panel; nor do tabs that do not pair off with their panels one to one."""
    assert _ids(_page(("Description", "Details", "Tools & reviews"))) == set()
    assert _ids(_page(("Description", "Details", "Reviews"), panels=2)) == set()


def test_a_product_walk_drops_the_reviews_panel() -> None:
    """On a product's page the walk keeps the description and drops the buyers' cards; on
    another page the panel stays (a critic's review may be the page's text)."""
    product, other = _walked(_page(("Description", "Additional information", "Reviews (5)")))
    assert "Feature 0" in product
    assert "verified owner" not in product
    assert "verified owner" in other


def test_the_panels_a_script_keeps_closed_beside_the_description_are_found() -> None:
    """Where the first tab is the description and the markup marks no tab selected and hides
    no panel (the shop's script opens the first on load), the panels after it are closed;
    tabs led by another label, tabs whose markup marks one selected or hides a panel, and
    tabs that do not pair off with their panels give none."""
    tabs = ("Description", "Additional information", "Reviews (5)")
    assert _ids(_page(tabs), closed_panels) == {"q1", "q2"}
    assert _ids(_page(("Product description", "Storage", "Shipping")), closed_panels) == {
        "q1",
        "q2",
    }
    assert _ids(_page(("Details", "Description", "Reviews")), closed_panels) == set()
    assert _ids(_page(tabs, panels=2), closed_panels) == set()
    selected = _page(tabs).replace('role="tab" href="#t0"', 'role="tab" aria-selected="true"')
    assert _ids(selected, closed_panels) == set()
    hidden = _page(tabs).replace('id="q1" role="tabpanel"', 'id="q1" role="tabpanel" hidden')
    assert _ids(hidden, closed_panels) == set()


def test_a_product_walk_keeps_the_description_tab_only() -> None:
    """On a product's page the walk keeps the description's panel and drops the closed
    "Additional information" panel beside it; on another page both stay."""
    product, other = _walked(_page(("Description", "Additional information", "Shipping")))
    assert "Feature 0" in product
    assert "Weight 4 lbs" not in product
    assert "Weight 4 lbs" in other
