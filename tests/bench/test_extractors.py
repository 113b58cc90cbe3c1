"""The speed sample of ``make bench-extract``: page by page and in blocks, every page timed once
per extractor."""

from __future__ import annotations

from newswire.bench.corpora import Page
from newswire.bench.extractors import Extract, time_blocks, time_sample
from newswire.bench.scoring import Output


def _pages(count: int) -> list[Page]:
    return [Page("test", str(n), None, f"<p>{n}</p>".encode(), str(n)) for n in range(count)]


def _recording(calls: list[str], name: str) -> Extract:
    def extract(message: bytes) -> Output:
        calls.append(name)
        return Output(body="")

    return extract


def test_blocks_run_each_extractor_over_a_block_in_a_row() -> None:
    """In blocks, an extractor reads a whole block of pages before the next one starts, the
    order of extractors rotating from block to block, and each page is timed once for each."""
    calls: list[str] = []
    extractors = {name: _recording(calls, name) for name in ("a", "b")}
    times = time_blocks(extractors, _pages(10), block=4)
    timed = calls[6:]  # after the three warm-up pages, read by both
    assert timed == ["a"] * 4 + ["b"] * 4 + ["b"] * 4 + ["a"] * 4 + ["a"] * 2 + ["b"] * 2
    assert {name: len(seconds) for name, seconds in times.items()} == {"a": 10, "b": 10}


def test_page_by_page_alternates_extractors_on_every_page() -> None:
    """Page by page, every extractor reads each page before the next page starts."""
    calls: list[str] = []
    extractors = {name: _recording(calls, name) for name in ("a", "b")}
    times = time_sample(extractors, _pages(4))
    assert calls[6:] == ["a", "b", "b", "a", "a", "b", "b", "a"]
    assert {name: len(seconds) for name, seconds in times.items()} == {"a": 4, "b": 4}
