"""The shape of a page's URL, as the page classifier reads it."""

from __future__ import annotations

from newswire.pipeline.pagetype.urlshape import URL_NAMES, url_features, url_values


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


def test_a_missing_or_empty_url_gives_the_numbers_of_an_empty_one() -> None:
    """The constant numbers of an input without a URL are those an empty path would give (the
    model learned them so), for None and for "" alike, in ``URL_NAMES`` order."""
    assert url_values(None) == url_values("") == [1.0] + [0.0] * (len(URL_NAMES) - 1)
    assert list(url_features("https://example.com/")) == list(URL_NAMES)
    assert url_features("https://example.com/")["url_root"] == 1.0
