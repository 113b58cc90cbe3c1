"""Markup limits guard the parser against pathological pages."""

from __future__ import annotations

import numpy as np
import pytest

from newswire.errors import TooComplex
from newswire.pipeline.extract import (
    _bound_of,
    _deepest_nesting,
    _nesting_bound,
    check_markup_limits,
)
from newswire.pipeline.options import PipelineOptions

OPTIONS = PipelineOptions(max_html_nodes=50_000, max_html_depth=500, markup_scan_above_tags=0)


def test_deep_nesting_is_too_complex() -> None:
    """Nesting deeper than max_html_depth is rejected before parsing."""
    with pytest.raises(TooComplex):
        check_markup_limits("<div>" * 600 + "x" + "</div>" * 600, OPTIONS)


def test_too_many_tags_is_too_complex() -> None:
    """More tags than max_html_nodes are rejected before parsing."""
    with pytest.raises(TooComplex):
        check_markup_limits("<p>a</p>" * 30_000, OPTIONS)


def test_wide_but_shallow_and_void_heavy_pages_pass() -> None:
    """Many closed siblings and void elements (br, img) do not count as depth."""
    check_markup_limits("<div>" + "<p>a<br><img src=x></p>" * 5_000 + "</div>", OPTIONS)


@pytest.mark.parametrize(
    ("markup", "depth"),
    [
        ("<div><p>a</p><p>b</p></div>", 2),
        ("<div><br><IMG src=x><Source><hr/></div>", 1),  # void names in any case
        ("<div><sources><div>", 3),  # a longer name that starts like a void one is not void
        ("<div><x-card/><span/ ></div>", 2),  # <x/> closes itself; "/ >" does not
        ("</p></p><div><p>", 2),  # closing tags never take the depth below the top level
        ("<div <a href=x/>", 0),  # both tags' first ">" follows a "/"
        ("<div>é<p>ü<b>ö</b></p></div>", 3),  # multi-byte text between tags
        ("< div><1p></ ><!-- x --><div", 1),  # not tags: space, digit, comment; no ">" at all
    ],
)
def test_nesting_depth_counts_opened_elements(markup: str, depth: int) -> None:
    """The depth scan counts start tags that open an element (not void, not ``<x/>``) minus
    end tags, floored at the top level, as the parser would nest them."""
    assert _deepest_nesting(markup) == depth
    assert _deepest_nesting(markup.encode()) == depth  # the input's own UTF-8 bytes alike


@pytest.mark.parametrize(
    ("markup", "bound"),
    [
        ("<div><br><IMG src=x><Source><hr/></div>", 5),  # void and self-closing count as opened
        ("</p></p><div><p>", 2),
        ("<div><p>a</p><p>b</p></div>", 2),
    ],
)
def test_the_nesting_bound_counts_every_start_tag_as_opening(markup: str, bound: int) -> None:
    """The cheap bound counts every start tag as opening an element, so it is never below the
    exact depth."""
    assert _nesting_bound(markup) == bound >= _deepest_nesting(markup)


@pytest.mark.parametrize(
    "markup",
    [
        "<div><br><IMG src=x><Source><hr/></div>",
        "</p></p><div><p>",
        "<div>\u00e9<p>a</p></div><",  # a "<" ending the page
        "<p>a</",  # a closing "</" ending the page
        "< div><1p></ ><!-- x --><div",
        "",
    ],
)
def test_the_bound_from_the_pages_own_bytes_is_the_padded_scans(markup: str) -> None:
    """The bound read from the page's UTF-8 bytes in place, at the "<" the tag count found, is
    the bound of the padded copy's scan, a "<" or "</" at the very end included."""
    data = np.frombuffer(markup.encode(), np.uint8)
    assert _bound_of(data, (data == ord("<")).nonzero()[0]) == _nesting_bound(markup)


def test_deep_nesting_in_the_input_bytes_is_too_complex() -> None:
    """Given the input's UTF-8 bytes, the limits are checked on them as on the text."""
    html = "<div>" * 600 + "x" + "</div>" * 600
    with pytest.raises(TooComplex):
        check_markup_limits("", OPTIONS, html.encode())
    check_markup_limits("", OPTIONS, ("<div>" + "<p>a<br></p>" * 900 + "</div>").encode())


def test_a_page_parsed_from_its_utf8_bytes_reads_as_from_its_text() -> None:
    """The parser given the input's UTF-8 bytes (no second encoding of the text) extracts the
    same title, paragraphs, dates and authors as from the text itself."""
    from newswire.pipeline.html.extractor import extract_html

    html = (
        "<html lang='fr'><head><title>Caf\u00e9 \u65e5\u672c — Le Monde</title>"
        "<meta property='article:published_time' content='2025-03-01T10:00:00Z'></head><body>"
        "<article><h1>Caf\u00e9 \u65e5\u672c</h1><p class='byline'>Par Zo\u00e9 Martin</p>"
        + "".join(
            f"<p>Le caf\u00e9 num\u00e9ro {i} est servi \u00e0 midi, dit-on.</p>" for i in range(6)
        )
        + "</article></body></html>"
    )
    assert extract_html(html, url="https://x.fr/a", utf8=html.encode()) == extract_html(
        html, url="https://x.fr/a"
    )
