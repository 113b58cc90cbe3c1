"""Stage 2: route a decoded input to the HTML or the plain-text extractor."""

from __future__ import annotations

import re

from newswire.errors import ExtractionFailed, Stage, TooComplex
from newswire.pipeline.decode import RawArticle
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.htmlmode import extract_html
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.textmode import extract_text

# Elements that never have children, so they do not deepen the tree.
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,20})[^>]{0,2000}?(/?)>")


def check_markup_limits(html: str, options: PipelineOptions) -> None:
    """Reject markup that would make the parser slow: too many tags, or nesting too deep."""
    tags = html.count("<")
    if tags <= max(options.markup_scan_above_tags, options.max_html_depth):
        return
    if tags > options.max_html_nodes:
        raise TooComplex(f"{tags} tags, limit {options.max_html_nodes}", stage=Stage.EXTRACT)
    depth = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in _VOID:
            depth += 1
            if depth > options.max_html_depth:
                raise TooComplex(
                    f"nesting deeper than {options.max_html_depth}", stage=Stage.EXTRACT
                )


def extract(raw: RawArticle, options: PipelineOptions) -> Extracted:
    try:
        if raw.content_type == "text/html":
            check_markup_limits(raw.text, options)
            return extract_html(raw.text)
        return extract_text(raw.text)
    except RecursionError as exc:  # defensive: the walk is iterative, but parsers may not be
        raise ExtractionFailed(f"markup too deeply nested: {exc}", stage=Stage.EXTRACT) from None
