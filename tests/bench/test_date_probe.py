"""The date probe: the dev pages without their date markup, and how each dated page's date is
judged."""

from __future__ import annotations

import base64
import json

import pytest

from newswire.bench import date_probe
from newswire.bench.corpora import Page
from newswire.bench.date_probe import ProbeRow, probe, strip_date_markup, summary
from newswire.bench.perturb import digest
from newswire.bench.scoring import Output


def test_the_date_markup_goes_and_the_shown_dates_stay() -> None:
    """JSON-LD, the <meta> tags named for a date and the microdata date names go; other
    <meta> tags, the date elements' text and <time datetime> stay."""
    html = (
        b'<html><head><meta property="article:published_time" content="2024-01-02">'
        b"<meta name='DC.date.issued' content='2024-01-02'><meta name=description content=x>"
        b'<meta http-equiv="last-modified" content="2024-02-02">'
        b'<script type="application/ld+json">{"datePublished": "2024-01-02"}</script>'
        b"<script>var a = 1;</script></head><body>"
        b'<span itemprop="datePublished" content="2024-01-02">Jan 2, 2024</span>'
        b'<meta itemprop="dateModified" content="2024-02-02"><span itemprop="author">Ann</span>'
        b'<time datetime="2024-01-02">Jan 2</time></body></html>'
    )
    stripped = strip_date_markup(html)
    for gone in (b"article:published", b"DC.date", b"last-modified", b"ld+json", b'itemprop="date'):
        assert gone not in stripped
    for kept in (
        b"name=description",
        b"var a = 1",
        b">Jan 2, 2024</span>",
        b'itemprop="author"',
        b'<time datetime="2024-01-02">',
    ):
        assert kept in stripped


def test_a_miss_is_told_as_none_later_or_earlier() -> None:
    """The given date is right when it starts with the truth's day (or month), else a miss
    by its kind; the summary counts them."""
    rows = [
        ProbeRow("1", None, "article", "2024-01-02", "2024-01-02T10:00:00+00:00"),
        ProbeRow("2", None, "article", "2003-11", "2003-11-05T00:00:00+00:00"),
        ProbeRow("3", None, "article", "2024-01-02", None),
        ProbeRow("4", None, "article", "2024-01-02", "2025-06-01T00:00:00+00:00"),
        ProbeRow("5", None, "forum", "2024-01-02", "2023-12-31T00:00:00+00:00"),
    ]
    assert [row.verdict for row in rows] == ["right", "right", "none", "later", "earlier"]
    assert summary(rows) == "date right 2 of 5 (0.400000); no date 1, later 1, earlier 1"


def _seen_html(monkeypatch: pytest.MonkeyPatch, **options: bool) -> bytes:
    """The bytes the probe hands the pipeline for one dated page, under ``options``."""
    seen: list[bytes] = []

    def extract(message: bytes) -> Output:
        seen.append(base64.b64decode(json.loads(message)["body"]))
        return Output(body="", date="2024-01-02")

    monkeypatch.setattr(date_probe, "newswire_extractor", lambda: extract)
    html = (
        b'<html><head><meta property="article:published_time" content="2024-01-02"></head>'
        b'<body><span class="post-date" id="when">Jan 2, 2024</span></body></html>'
    )
    page = Page(corpus="wcxb", id="p", url=None, html=html, text="", date="2024-01-02")
    assert [row.verdict for row in probe([page], **options)] == ["right"]
    return seen[0]


def test_hash_names_strips_the_markup_and_hashes_the_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With ``hash_names`` the page loses its date markup and its class/id words alike."""
    html = _seen_html(monkeypatch, hash_names=True)
    assert b"article:published_time" not in html
    assert b'class="%s" id="%s"' % (digest(b"post-date"), digest(b"when")) in html
    assert b">Jan 2, 2024</span>" in html


def test_without_hash_names_the_names_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain probe strips the date markup only: class and id names keep their words."""
    html = _seen_html(monkeypatch)
    assert b"article:published_time" not in html
    assert b'class="post-date" id="when"' in html
