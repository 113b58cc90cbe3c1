"""The layout summary the extractor's walk hands to the page classifier."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.pagetype.structure import declared_types
from tests.pipeline.pagetype.pages import section_page, story_page


def test_teaser_cards_show_as_linked_headings_and_a_repeated_class() -> None:
    """A section front's linked headlines and its forty same-class cards are in the numbers."""
    structure = extract_html(section_page()).structure
    assert structure is not None
    assert structure["heading_link_share"] > 0.9
    assert structure["top_class_repeat"] > extract_html(story_page()).structure["top_class_repeat"]  # type: ignore[index]
    assert structure["class_card"] > 0


def test_a_story_has_long_unlinked_paragraphs() -> None:
    """A story's layout: long paragraphs, little text in links, its declared types read."""
    structure = extract_html(story_page()).structure
    assert structure is not None
    assert structure["long_paragraphs"] > 0
    assert structure["link_share"] < 0.1
    assert structure["og_article"] == 1.0
    assert structure["ld_article"] == 1.0
    assert structure["dropped_card"] == 0.0


def test_declared_types_are_grouped_and_missing_ones_flagged() -> None:
    """og:type and JSON-LD @type become one-hot families; absence is a feature of its own."""
    found = declared_types("product", ["Product", "BreadcrumbList"])
    assert found["og_product"] == 1.0
    assert found["ld_product"] == 1.0
    assert found["ld_breadcrumb"] == 1.0
    assert found["ld_missing"] == 0.0
    nothing = declared_types(None, [])
    assert nothing["og_missing"] == 1.0
    assert nothing["ld_missing"] == 1.0
