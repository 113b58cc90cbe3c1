"""Options passed down through the stages (built once from Settings by wiring.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    max_message_bytes: int = 10 * 1024 * 1024
    max_decompressed_bytes: int = 50 * 1024 * 1024
    #: Bodies shorter than this many words after extraction are rejected as ``no_content``.
    min_body_words: int = 1
    #: Markup limits: the HTML parser's cost grows faster than linearly with nesting depth, so
    #: pathological pages are rejected before parsing (news pages here have < 5,000 tags).
    max_html_nodes: int = 200_000
    max_html_depth: int = 2_000
    #: The depth scan runs on pages with more "<" than this: fewer cannot nest deeper than it,
    #: and 5,000 nested elements cost lexbor ~35 ms (10,000: ~0.15 s; the cost is quadratic).
    markup_scan_above_tags: int = 5_000
    newswire_version: str = "0.0.0"
