"""Options passed down through the stages (built once from Settings by the app)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    max_message_bytes: int = 10 * 1024 * 1024
    max_decompressed_bytes: int = 50 * 1024 * 1024
    #: Bodies shorter than this many words after extraction are rejected as ``no_content``.
    min_body_words: int = 1
    newswire_version: str = "0.0.0"
