"""The whole pipeline: one Article or one DeadLetter per input, never an exception."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newswire.events import Article, DeadLetter
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
from tests.support import REPO, SEED, SEED_TITLE


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(PipelineOptions(newswire_version="test"))


def test_seed_becomes_the_expected_article(pipeline: Pipeline) -> None:
    """The seed's event: title, date with WIB offset, Indonesian, editor, counts and hashes."""
    result = pipeline.process(InRecord("raw", 1, 5, -1, None, SEED.read_bytes(), ())).result
    assert isinstance(result, Article)
    assert result.title == SEED_TITLE
    assert result.published_at is not None
    assert result.published_at.isoformat() == "2020-10-24T06:25:00+07:00"
    assert result.language == "id"
    assert result.editors == ["M Bayu Pratama"]
    assert result.word_count == len(result.body.split())
    assert len(result.simhash) == 16
    assert len(result.content_hash) == 64
    assert (result.provenance.partition, result.provenance.offset) == (1, 5)


def test_html_seed_pages_become_articles_with_titles(pipeline: Pipeline) -> None:
    """Every HTML seed envelope yields an Article with a title and a body of real length."""
    for path in sorted((REPO / "seeds" / "html").glob("*.json")):
        result = pipeline.process(InRecord("raw", 0, 0, -1, None, path.read_bytes(), ())).result
        assert isinstance(result, Article), (path, result)
        assert result.title
        assert result.word_count >= 10, path
        assert result.url
        assert result.id


def test_rejection_carries_original_bytes_and_reason(pipeline: Pipeline) -> None:
    """A rejected input becomes a DeadLetter with the original record, reason and stage."""
    now = datetime(2024, 1, 1, tzinfo=UTC)
    result = pipeline.process(
        InRecord("raw", 2, 9, 1_700_000_000_000, b"k", b"", (("h", b"v"),)), now=now
    ).result
    assert isinstance(result, DeadLetter)
    assert (result.reason, result.stage) == ("no_content", "decode")
    assert result.original.partition == 2
    assert result.original.offset == 9
    assert result.original.key == "aw=="
    assert result.original.headers == [("h", "dg==")]
    assert result.failed_at == now


def test_unforeseen_bug_in_a_stage_is_dead_lettered_not_raised(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected exception inside a stage costs one message (extraction_failed), not the service."""
    from newswire.pipeline import pipeline as module

    def broken(*_: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(module, "extract", broken)
    result = pipeline.process(InRecord("raw", 0, 0, -1, None, b"Some text here", ())).result
    assert isinstance(result, DeadLetter)
    assert (result.reason, result.stage) == ("extraction_failed", "extract")


def test_content_language_header_is_a_language_hint_when_the_page_declares_none(
    pipeline: Pipeline,
) -> None:
    """A Content-Language header ("ms, en") decides between Indonesian and Malay when the page
    has no <html lang> and its words fit both; the page's own declaration would win."""
    text = (
        "Program itu pada awal tahun depan. Menteri dan rakyat hadir di acara itu bersama presiden."
    )
    results = {}
    for header in (b"ms, en", b"id"):
        record = InRecord("raw", 0, 0, -1, None, text.encode(), (("content-language", header),))
        result = pipeline.process(record).result
        assert isinstance(result, Article)
        results[header] = result.language
    assert results == {b"ms, en": "ms", b"id": "id"}


@pytest.mark.parametrize(
    "value",
    [
        "9999-12-31T23:59:59-05:00",
        "9999-12-31T23:59:59+14:00",
        "0001-01-01T00:00:00+05:00",
        "0001-01-01T00:00:00-12:00",
        "0001-01-01T00:00:00",
    ],
)
def test_a_placeholder_year_in_the_markup_is_no_date_and_no_failure(
    pipeline: Pipeline, value: str
) -> None:
    """A CMS's empty date at either end of the calendar, with an offset that would carry its
    UTC moment out of datetime's range, as the markup's publication and modification beside a
    shown date line: an Article dated by the shown line, no placeholder in it, no exception."""
    ld = f'{{"@type":"NewsArticle","datePublished":"{value}","dateModified":"{value}"}}'
    paragraphs = "".join(
        f"<p>Paragraph {i}: the council met on Tuesday after weeks of delay to discuss the "
        "budget, the new bus lines and the repairs to the old bridge downtown.</p>"
        for i in range(4)
    )
    html = (
        f'<html><head><title>T</title><script type="application/ld+json">{ld}</script></head>'
        "<body><article><h1>The council meets about the budget at last</h1>"
        f"<p>16 January 2026</p>{paragraphs}</article></body></html>"
    )
    headers = (("content-type", b"text/html"),)
    record = InRecord("raw", 0, 0, -1, None, html.encode(), headers)
    result = pipeline.process(record, now=datetime(2026, 1, 20, tzinfo=UTC)).result
    assert isinstance(result, Article), result
    assert result.published_at == datetime(2026, 1, 16, tzinfo=UTC)
    assert result.modified_at is None
    assert '"published_at":"2026-01-16T00:00:00Z"' in result.model_dump_json()
