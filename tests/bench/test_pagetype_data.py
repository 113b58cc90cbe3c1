"""The page-type feature cache's parallel rebuild: the same rows, in the same order, as serial."""

from __future__ import annotations

import signal
from itertools import islice

import pytest

from newswire.bench import pagetype_data
from newswire.bench.corpora import wcxb_pages


def test_a_pool_of_processes_makes_the_rows_of_a_serial_build_in_corpus_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rows built by two processes, a page at a time spread over both, equal the serial rows
    page by page (features, label, og:type, word count), in the pages' order."""
    pages = list(islice(wcxb_pages(), 6))
    serial = pagetype_data.rows_of(pages, jobs=1)
    monkeypatch.setattr(pagetype_data, "CHUNK", 1)
    parallel = pagetype_data.rows_of(pages, jobs=2)
    assert [row.id for row in parallel] == [page.id for page in pages]
    assert parallel == serial
    assert any(row.html for row in serial)


def test_a_page_whose_extraction_raises_stops_the_build_and_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page the extractor cannot read is not dropped from the data set in silence: the
    build raises ``FeatureError`` with the page's id, in a serial build and in a pool."""
    pages = list(islice(wcxb_pages(), 3))

    def broken(*_: object) -> object:
        raise ValueError("boom")

    monkeypatch.setattr(pagetype_data, "extract", broken)
    for jobs in (1, 2):
        with pytest.raises(pagetype_data.FeatureError, match=pages[0].id):
            pagetype_data.rows_of(pages, jobs=jobs)


def test_the_cache_key_reads_the_sources_in_either_build() -> None:
    """The feature cache's code version hashes the page-type and extraction sources whether the
    modules run compiled or pure (a compiled module's ``__file__`` is not its source)."""
    assert len(pagetype_data._code_version()) == 16


def test_pool_workers_die_on_sigterm_whatever_handler_the_parent_runs() -> None:
    """A rebuild's workers take SIGTERM's default action (end) and ignore SIGINT, even when the
    parent process handles SIGTERM in Python (as pytest's session and the CLI do), and keep
    neither blocked; the parent's own handler and signal mask are left as they were."""
    previous = signal.signal(signal.SIGTERM, lambda *_: None)
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    try:
        pool = pagetype_data.worker_pool(1)
        try:
            assert pool.apply(signal.getsignal, (signal.SIGTERM,)) == signal.SIG_DFL
            assert pool.apply(signal.getsignal, (signal.SIGINT,)) == signal.SIG_IGN
            blocked = pool.apply(signal.pthread_sigmask, (signal.SIG_BLOCK, set()))
            assert not {signal.SIGTERM, signal.SIGINT} & set(blocked)
        finally:  # close, not terminate: an unfixed pool's workers would ignore SIGTERM
            pool.close()
            pool.join()
        assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
        assert signal.pthread_sigmask(signal.SIG_BLOCK, set()) == mask
    finally:
        signal.signal(signal.SIGTERM, previous)
