"""What a page declares it is (og:type, JSON-LD @type), as the classifier reads it."""

from __future__ import annotations

from newswire.pipeline.pagetype.declared import (
    DECLARED_NAMES,
    MARKED_NAMES,
    declared_types,
    declared_values,
    marked_values,
)


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


def test_og_subtypes_count_for_their_type_and_only_whole_names_match() -> None:
    """An og:type subtype ("video.other", "article.news") counts for its type, a longer word that
    merely starts like one ("articles", "productivity") does not, and every og_/ld_ key is there
    whatever the page declares."""
    assert declared_types(" Article.News ", [])["og_article"] == 1.0
    assert declared_types("articles", [])["og_article"] == 0.0
    assert declared_types("productivity", [])["og_product"] == 0.0
    assert declared_types("articles", [])["og_missing"] == 0.0
    assert set(declared_types(None, [])) == set(declared_types("blog", ["NewsArticle", "Person"]))
    found = declared_types(None, ["NewsArticle", "Person"])
    assert (found["ld_article"], found["ld_person"], found["ld_product"]) == (1.0, 1.0, 0.0)


def test_declared_values_are_the_named_numbers_in_order() -> None:
    """The list the feature vector copies holds the named numbers in ``DECLARED_NAMES`` order."""
    named = declared_types("article", ["NewsArticle", "Organization"])
    assert declared_values("article", ["NewsArticle", "Organization"]) == [
        named[name] for name in DECLARED_NAMES
    ]


def test_marked_values_are_one_for_each_thing_the_extractor_concluded() -> None:
    """A thread, one product's page and a question with answers are each a 0/1 number, in
    ``MARKED_NAMES`` order."""
    assert len(MARKED_NAMES) == 3
    assert marked_values(thread=True, product=False, answers=False) == [1.0, 0.0, 0.0]
    assert marked_values(thread=False, product=True, answers=True) == [0.0, 1.0, 1.0]
