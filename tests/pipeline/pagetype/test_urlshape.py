"""The shape of a page's URL, as the page classifier reads it."""

from __future__ import annotations

from newswire.pipeline.pagetype.urlshape import LEAN_SKIPPED, URL_NAMES, url_features, url_values


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


def test_a_section_host_names_the_page_kind() -> None:
    """A host label before the registered name (docs., developer., forum., store.) sets its
    group's host feature; the registered name itself and "www" never do."""
    docs = url_features("https://developer.example.org/en-US/web/fetch")
    assert docs["url_host_docs"] == 1.0
    assert docs["url_docs"] == 0.0
    assert url_features("https://forum.example.com/t/1234")["url_host_forum"] == 1.0
    assert url_features("https://store.example.com/items/9")["url_host_shop"] == 1.0
    plain = url_features("https://www.docs.com/2024/05/story")
    assert [plain[name] for name in URL_NAMES if name.startswith("url_host_")] == [0.0] * 9
    assert url_features("https://localhost/x")["url_host_docs"] == 0.0


def test_lean_url_values_differ_only_in_the_skipped_features() -> None:
    """``lean`` leaves the ``LEAN_SKIPPED`` features at 0 and gives every other one as the full
    computation does (dated, paged, suffixed and host-labelled URLs, and none)."""
    for url in (
        "https://docs.example.com/2024/05/guide/install.html?page=2",
        "https://forum.example.org/t/harbour-expansion/12345/",
        "https://example.com/",
        "https://example.com/services/community/forums",
        "https://shop.news.example.com/search/author/services/tag/p/c/docs/r/x?page=2",
        None,
    ):
        full = dict(zip(URL_NAMES, url_values(url), strict=True))
        lean = dict(zip(URL_NAMES, url_values(url, lean=True), strict=True))
        for name in URL_NAMES:
            if url and name in LEAN_SKIPPED:
                assert lean[name] == 0.0
            else:
                assert lean[name] == full[name], name
    assert url_features("https://docs.example.com/2024/05/a.html")["url_host_docs"] == 1.0
