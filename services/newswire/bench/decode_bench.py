"""Decode's body steps before/after (``make bench-meta``): an envelope's base64 gzip body to text.

Before: binascii's strict base64, zlib's inflate, then the two scans of the text for NULs and
lone surrogates (``str.replace``, ``str.encode``). After: ``pipeline.decode``'s pybase64 and
ISA-L inflate, the scans skipped for a UTF-8 body with no 0x00 byte (see ``_clean_utf8``).
Measured on the e2e benchmark's messages (the ScrapingHub dev pages, gzip-compressed in a base64
envelope), in interleaved rounds; the texts must be the same.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import zlib
from collections.abc import Callable
from functools import partial

from newswire.bench.corpora import SCRAPINGHUB
from newswire.pipeline import decode as stage
from newswire.pipeline.envelope import unbase64
from newswire.pipeline.options import PipelineOptions

_LIMIT = PipelineOptions().max_decompressed_bytes


def bodies() -> list[str]:
    """The base64 of each ScrapingHub page's gzip bytes, as ``bench.e2e`` sends them."""
    paths = sorted((SCRAPINGHUB / "html").glob("*.html.gz"))
    return [base64.b64encode(path.read_bytes()).decode("ascii") for path in paths]


def before(body: str) -> str:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    raw = inflater.decompress(binascii.a2b_base64(body, strict_mode=True), _LIMIT + 1)
    text, _, _ = stage._to_text(raw, None)
    text = text.replace("\x00", "")
    if not text.isascii():
        text.encode("utf-8")
    return text


def after(body: str) -> str:
    raw = stage._bounded_inflate(unbase64(body), 16 + zlib.MAX_WBITS, _LIMIT)
    text, charset, _ = stage._to_text(raw, None)
    if not stage._clean_utf8(raw, charset):
        text = text.replace("\x00", "")
        if not text.isascii():
            text.encode("utf-8")
    return text


def run(measure: Callable[[list[Callable[[], object]], int], list[float]], repeat: int) -> str:
    """One report line: mean µs per message before -> after, and whether the texts agree."""
    found = bodies()
    if not found:
        return f"{SCRAPINGHUB} not found: decode before/after skipped"
    same = sum(before(body) == after(body) for body in found)
    total_before = total_after = 0.0
    for body in found:
        us_before, us_after = measure([partial(before, body), partial(after, body)], repeat)
        total_before += us_before
        total_after += us_after
    mean_kb = sum(len(gzip.decompress(base64.b64decode(body))) for body in found) / len(found)
    return (
        f"decode, base64 gzip body to text (e2e messages: {len(found)} pages, "
        f"{mean_kb / 1000:.0f} kB of HTML on average): {total_before / len(found):.0f} -> "
        f"{total_after / len(found):.0f} µs per message; same text {same}/{len(found)}"
    )
