"""A worker's start-up before its first record: load what the pipeline loads lazily, then take the
heap built so far out of the garbage collector's sight.

The pipeline's models (language identification, the page-type classifier and its lexicon, the
vocabularies) load on first use and then live as long as the process: hundreds of thousands of
container objects that every full collection walks again, though none of them ever becomes
garbage. A worker allocates more than the pipeline alone (fetched records, outputs, the Kafka
client's buffers), so its collector runs more often over that same heap (session 19: 3.0% of the
worker's CPU against 1.4% for the pipeline alone). Processing one built-in page loads every model
(and keeps that cost out of the first real record's latency); ``gc.freeze()`` then moves what
survives into the permanent generation, which collections skip. Freezing frees nothing and keeps
nothing alive that was not already: the heap is collected first.

One page does not reach everything built on first need, and what is left lands on the first
seconds of records, when a new worker also joins its group and opens its producers (session 49:
a worker's first pass over the bench's 140 distinct inputs cost ~100-165 ms more than its third,
most of it in the first seconds of a latency run, whose p99 it dominated). So the start-up also
runs the other shapes of input a worker meets (an enveloped, compressed page; text scrapes in
two scripts; a page in another script; a bad input), compiles the furniture and byline
dispatches' expressions for the common first characters, and builds SimHash's table of every
Unicode plane.
"""

from __future__ import annotations

import base64
import gc
import gzip
import logging
import time

import orjson

from newswire import native
from newswire.pipeline import Pipeline
from newswire.pipeline.fingerprint import build_tables
from newswire.pipeline.html.lead_dispatch import prime_all
from newswire.records import InRecord

log = logging.getLogger("newswire.warmup")

#: A short news page in English: enough text and markup for every stage to run, so that each
#: model and vocabulary the stages use is loaded (an Article, not a dead letter).
WARM_PAGE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>City council approves new budget for public libraries</title>
<meta name="author" content="Jane Example">
<meta property="article:published_time" content="2026-01-15T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>City council approves new budget for public libraries</h1>
<p class="byline">By Jane Example, January 15, 2026</p>
<p>The city council voted on Tuesday to approve a new budget that increases funding for the
public library system by twelve percent, the first increase in more than five years.</p>
<p>Council members said the money would pay for longer opening hours, new books and repairs to
three branches whose roofs have leaked for several winters, according to the proposal.</p>
<p>Residents who spoke at the meeting welcomed the decision, though some asked why the increase
had taken so long and whether it would last beyond the next election.</p></article>
<footer>Copyright 2026 Example News</footer></body></html>"""

#: A plain-text scrape as Indonesian scrapers send them: menu lines, then the story, with an
#: emoji (a character beyond the Basic Multilingual Plane).
WARM_SCRAPE_ID = """Iklan
Beranda
Nasional
Dewan kota menyetujui anggaran baru untuk perpustakaan umum
Jakarta - Dewan kota pada hari Selasa memutuskan untuk menyetujui anggaran baru yang menaikkan \
dana perpustakaan umum sebesar dua belas persen, kenaikan pertama dalam lebih dari lima tahun.
Anggota dewan mengatakan uang itu akan membiayai jam buka yang lebih panjang, buku baru, dan \
perbaikan tiga cabang yang atapnya bocor selama beberapa musim hujan.
Warga yang hadir menyambut baik keputusan itu \U0001f44d
Baca juga: Berita lainnya
""".encode()

#: A text scrape in a script written without spaces between words.
WARM_SCRAPE_JA = """メニュー
ホーム
市議会、公共図書館の新予算を承認
市議会は火曜日、公共図書館への資金を12％増やす新しい予算を承認した。増額は5年以上ぶりとなる。
議員らによると、この資金は開館時間の延長や新しい本の購入、三つの分館の修理に充てられる。
""".encode()

#: A page in the Cyrillic script.
WARM_PAGE_RU = """<html><head><title>Горсовет одобрил новый бюджет библиотек</title></head>
<body><article><h1>Горсовет одобрил новый бюджет библиотек</h1>
<p>Городской совет во вторник одобрил новый бюджет, который увеличивает финансирование
публичных библиотек на двенадцать процентов, впервые за пять лет.</p>
<p>По словам депутатов, деньги пойдут на продление часов работы и ремонт трёх филиалов.</p>
</article></body></html>""".encode()


def warm_inputs() -> list[bytes]:
    """The inputs of ``warm``, in order: ``WARM_PAGE`` first (it loads every model). The same
    bytes on every call (gzip's header time is fixed at 0)."""
    envelope = orjson.dumps(
        {
            "url": "https://news.example/2026/01/15/library-budget",
            "content_type": "text/html",
            "encoding": "base64",
            "body": base64.b64encode(gzip.compress(WARM_PAGE, mtime=0)).decode(),
        }
    )
    bad = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"  # not text: a dead letter
    return [WARM_PAGE, envelope, WARM_SCRAPE_ID, WARM_SCRAPE_JA, WARM_PAGE_RU, bad]


def warm(pipeline: Pipeline) -> None:
    """Run ``warm_inputs`` through the pipeline (their outcomes are discarded), then build what
    their records did not reach."""
    started = time.perf_counter()
    outcomes = [
        pipeline.process(
            InRecord(
                topic="warm-up",
                partition=0,
                offset=offset,
                timestamp_ms=-1,
                key=None,
                value=value,
                headers=(("content-type", b"text/html; charset=utf-8"),) if offset == 0 else (),
            )
        )
        for offset, value in enumerate(warm_inputs())
    ]
    prime_all()
    build_tables()
    log.info(
        "pipeline warmed up",
        extra={
            "ms": round((time.perf_counter() - started) * 1000),
            "ok": outcomes[0].is_article,
            # which build runs: "compiled", or "pure (why)" (newswire/native.py)
            "build": native.MODE,
        },
    )


def freeze_heap() -> None:
    """Collect, then move every object still alive into the permanent generation."""
    gc.collect()
    gc.freeze()


def collect_young_every(allocations: int) -> None:
    """Set the young generation's threshold; the older generations' stay Python's."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(allocations, middle, old)


def ready_alone(pipeline: Pipeline, *, freeze: bool, young_allocations: int) -> None:
    """The same start-up for a process that runs the pipeline without a worker around it (the
    ``process`` command): its heap holds the same models, so its collections would walk them
    as often as a worker's did before ``freeze_heap``."""
    if freeze:
        warm(pipeline)
        freeze_heap()
    collect_young_every(young_allocations)
