"""Features of a page: URL shape, extracted text, and a text scrape's lines."""

from __future__ import annotations

from newswire.pipeline.extracted import Extracted
from newswire.pipeline.pagetype.features import text_body_features, text_features, url_features


def test_dated_slug_url_of_a_story() -> None:
    """A dated path ending in a long slug is read as such."""
    found = url_features("https://example.com/2024/05/12/council-approves-harbour-expansion-plan")
    assert found["url_dated"] == 1.0
    assert found["url_slug_words"] == 5.0
    assert found["url_taxonomy"] == 0.0
    assert found["url_missing"] == 0.0


def test_tag_search_and_paged_urls() -> None:
    """Taxonomy words, search pages, query strings and page numbers are separate features."""
    assert url_features("https://example.com/tag/harbour/")["url_taxonomy"] == 1.0
    assert url_features("https://example.com/tag/harbour/")["url_trailing_slash"] == 1.0
    search = url_features("https://example.com/search?q=harbour&page=2")
    assert search["url_last_search"] == 1.0
    assert search["url_query"] == 1.0
    assert search["url_page_number"] == 1.0


def test_missing_url_is_a_feature_not_an_error() -> None:
    """Bare bodies without a url header still get URL features (all saying: none)."""
    found = url_features(None)
    assert found["url_missing"] == 1.0
    assert found["url_depth"] == 0.0


def test_body_features_count_words_paragraphs_and_sentences() -> None:
    """Long, sentence-ended paragraphs score as such; an empty extraction gives zeros."""
    story = Extracted(title="A title", paragraphs=("One two three. Four five six.",) * 3)
    found = text_body_features(story)
    assert found["body_ended_share"] == 1.0
    assert found["body_paragraphs"] > 0
    empty = text_body_features(Extracted(title=None, paragraphs=()))
    assert empty["body_words"] == 0.0
    assert empty["body_ended_share"] == 0.0


def test_text_scrape_lines_stand_for_blocks() -> None:
    """A text scrape's short menu lines show as short blocks; it has no link or class data."""
    text = "\n".join(["Home", "News", "Sport", "Weather"] * 10)
    found = text_features(None, text, Extracted(title=None, paragraphs=()))
    assert found["short_block_share"] == 1.0
    assert found["link_share"] == 0.0
    assert found["top_class_repeat"] == 0.0
