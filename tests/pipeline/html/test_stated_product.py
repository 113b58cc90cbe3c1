"""A product's description stated in its JSON-LD, added when the page's markup lacks it."""

from __future__ import annotations

import json

from newswire.pipeline.html.extractor import extract_html
from newswire.pipeline.html.stated_product import with_stated_description

DESCRIPTION = (
    "These trail runners are built for long days on rough ground, with a grippy outsole, "
    "a cushioned midsole that stays springy for hundreds of miles, and a breathable upper "
    "that dries fast after a river crossing."
)
SHOWN = ["Trail Runner", "$120", "Size: 10", "Free returns within 30 days"]


def _product(description: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "Product", "description": description}


def test_a_description_the_body_lacks_is_put_first() -> None:
    """A product whose stated description the body does not show gets it at the top, its
    lines kept as paragraphs and its markup and entities undone."""
    stated = "<p>" + DESCRIPTION.replace("grippy", "grippy &amp; sticky") + "</p>\nMade in Italy."
    got = with_stated_description(SHOWN, [_product(stated)])
    assert got[0] == DESCRIPTION.replace("grippy", "grippy & sticky")
    assert got[1:] == ["Made in Italy.", *SHOWN]


def test_a_description_the_body_shows_changes_nothing() -> None:
    """Where the page shows its description (its words are in the body), the body stays."""
    body = [*SHOWN[:2], DESCRIPTION.upper(), *SHOWN[2:]]
    assert with_stated_description(body, [_product(DESCRIPTION)]) == body


def test_a_short_or_encoded_description_or_several_products_change_nothing() -> None:
    """A teaser of a few words, a description without spaces (percent-encoded) and the
    descriptions of several products (a grid's) are not added."""
    encoded = DESCRIPTION.replace(" ", "%20")
    assert with_stated_description(SHOWN, [_product("Fast, light trail shoes.")]) == SHOWN
    assert with_stated_description(SHOWN, [_product(encoded)]) == SHOWN
    two = {"@graph": [_product(DESCRIPTION), _product(DESCRIPTION)]}
    assert with_stated_description(SHOWN, [two]) == SHOWN
    assert with_stated_description(SHOWN, [_product(None)]) == SHOWN


def test_only_a_product_page_gets_it() -> None:
    """The extractor adds the stated description on a page that declares one product, not on
    a story whose JSON-LD names the product it reviews."""
    lines = "".join(f"<p>{line}</p>" for line in SHOWN)
    product = json.dumps(_product(DESCRIPTION))
    page = (
        f'<html><head><script type="application/ld+json">{product}</script></head>'
        f"<body><main><h1>Trail Runner</h1>{lines}</main></body></html>"
    )
    assert extract_html(page).paragraphs[0] == DESCRIPTION
    story = json.dumps(
        {"@type": "Review", "itemReviewed": _product(DESCRIPTION), "reviewBody": "Good."}
    )
    review = page.replace(product, story)
    assert DESCRIPTION not in extract_html(review).paragraphs
