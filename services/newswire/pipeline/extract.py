"""Stage 2: route a decoded input to the HTML or the plain-text extractor."""

from __future__ import annotations

import dataclasses
import re

from newswire.errors import ExtractionFailed, Stage, TooComplex
from newswire.pipeline.decode import RawArticle
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.html import extract_html
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.text import extract_text

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
# A tag's start only; whether it closes itself is read at the next ">" (found once per ">", so
# the scan stays linear even on "<a<a<a…" with no ">" at all).
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,20})")


def check_markup_limits(html: str, options: PipelineOptions) -> None:
    """Reject markup that would make the parser slow: too many tags, or nesting too deep.

    lexbor's parse time grows quadratically with nesting depth, so depth is checked on pages
    with more than ``markup_scan_above_tags`` "<". Fewer tags cannot nest deeper than that, which
    lexbor parses in ~35 ms at worst; scanning every page would cost ~0.3 ms on an ordinary one.
    """
    tags = html.count("<")
    if tags <= max(options.markup_scan_above_tags, options.max_html_depth):
        return
    if tags > options.max_html_nodes:
        raise TooComplex(f"{tags} tags, limit {options.max_html_nodes}", stage=Stage.EXTRACT)
    depth = 0
    next_gt = -1
    end = len(html)
    for match in _TAG_START.finditer(html):
        closing, name = match.groups()
        if closing:
            depth = max(0, depth - 1)
            continue
        if name.lower() in _VOID:
            continue
        if next_gt < match.end():
            next_gt = html.find(">", match.end())
            if next_gt == -1:
                next_gt = end
        if next_gt < end and html[next_gt - 1] == "/":
            continue  # <x/>: no children
        depth += 1
        if depth > options.max_html_depth:
            raise TooComplex(f"nesting deeper than {options.max_html_depth}", stage=Stage.EXTRACT)


def extract(raw: RawArticle, options: PipelineOptions) -> Extracted:
    try:
        if raw.content_type == "text/html":
            check_markup_limits(raw.text, options)
            extracted = extract_html(raw.text, url=raw.url)
        else:
            extracted = extract_text(raw.text)
    except RecursionError as exc:  # defensive: the walk is iterative, but parsers may not be
        raise ExtractionFailed(f"markup too deeply nested: {exc}", stage=Stage.EXTRACT) from None
    if extracted.language_hint is None and raw.content_language:
        # The page's own declaration (<html lang>) wins; the server's header is the fallback.
        hint = _primary_language(raw.content_language)
        if hint:
            extracted = dataclasses.replace(extracted, language_hint=hint)
    return extracted


def _primary_language(header: str) -> str | None:
    """The first language of a Content-Language value: "en-US, en" -> "en"."""
    code = re.split(r"[-_,;\s]", header.strip(), maxsplit=1)[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None
