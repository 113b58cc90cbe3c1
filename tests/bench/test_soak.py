"""make bench-soak: a stream of distinct inputs, RSS windows, growth and slope."""

from __future__ import annotations

import base64
import gzip
import json

from newswire.bench.soak import Window, growth, slope, soak, stream
from newswire.dev.inputs import BAD_INPUTS

_PAGE = b"<html><body><h1>Budget</h1><p>The council met on Tuesday, after weeks of delay.</p></body></html>"


def test_every_page_comes_under_a_url_of_its_own_with_bad_inputs_mixed_in() -> None:
    """The stream never repeats a URL (a crawler's never does), keeps the page's bytes, and
    sends one bad input in ten."""
    pages = [
        ("https://example.org/a", gzip.compress(_PAGE)),
        ("https://example.org/b?x=1", gzip.compress(_PAGE)),
    ]
    values = list(stream(pages, [b"Judul\n\nIsi berita."], 40))
    envelopes = [json.loads(v) for v in values if v.startswith(b'{"url"')]
    urls = [e["url"] for e in envelopes]
    assert len(urls) == len(set(urls)) > 20
    assert any(url.startswith("https://example.org/b?x=1&soak=") for url in urls)
    assert gzip.decompress(base64.b64decode(envelopes[0]["body"])) == _PAGE
    assert sum(1 for v in values if v in BAD_INPUTS) == 4


def test_a_window_is_reported_every_n_records_and_at_the_last() -> None:
    """The pipeline runs over the whole stream and reports RSS after every ``every`` records
    and after the last one."""
    pages = [("https://example.org/a", gzip.compress(_PAGE))]
    windows = soak(stream(pages, [], 25), 25, 10)
    assert [w.records for w in windows] == [10, 20, 25]
    assert all(w.rss_mb > 0 and w.msgs_per_s > 0 for w in windows)


def test_growth_is_measured_from_the_window_after_warm_up() -> None:
    """Growth runs from the window at a fifth of the run to the last, not from the first
    (warm-up fills caches and arenas)."""
    windows = [
        Window(i * 1000, rss, 1.0)
        for i, rss in enumerate([100, 150, 200, 200, 200, 210, 210, 210, 210, 220], 1)
    ]
    share, added = growth(windows)
    assert added == 20
    assert abs(share - 0.10) < 1e-9


def test_a_leak_keeps_a_slope_and_a_plateau_has_none() -> None:
    """The second half's least-squares slope, in MB per 10,000 records: a steady climb of 1 MB a
    thousand records reads 10, a flat plateau 0."""
    climbing = [Window(i * 1000, 100.0 + i, 1.0) for i in range(1, 11)]
    flat = [Window(i * 1000, 100.0 + min(i, 3), 1.0) for i in range(1, 11)]
    assert abs(slope(climbing) - 10.0) < 1e-9
    assert slope(flat) == 0.0
