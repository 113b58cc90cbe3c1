"""Markup limits guard the parser against pathological pages."""

from __future__ import annotations

import pytest

from newswire.errors import TooComplex
from newswire.pipeline.extract import check_markup_limits
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
