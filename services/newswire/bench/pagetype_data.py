"""The page-type data set: features of every wcxb-dev page, as HTML and as a text scrape.

Each page goes through the pipeline's own decode and extract stages (the same code as in
production), then through the classifier's feature functions. The text-scrape version of a page is
its rendering as a scraper's "get text" delivers it (``render_text.render``), extracted by text
mode. Also, as text: the page's clean story and its first two paragraphs (``Row.clean``,
``Row.short``; ``pagetype_train --text-renderings``). Feature rows are cached in
``.newswire/pagetype-features.json`` keyed by the corpus folder and a hash of the feature and
rendering code, so training and the benchmark do not extract 3,000 pages twice. A rebuild runs on
a pool of processes (``--jobs``; serial, it took 4-11 minutes on the 2-core VM), each page's row
made by the same ``_row`` and kept in corpus order, so the rows are those of a serial build.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
from collections.abc import Iterable
from dataclasses import dataclass, replace
from multiprocessing import get_context
from multiprocessing.pool import Pool
from pathlib import Path

from newswire import native
from newswire.bench import render_text, textbench
from newswire.bench.corpora import WCXB_DEV, Page, wcxb_pages
from newswire.bench.render_text import render
from newswire.bench.textbench import rendered as clean_rendering
from newswire.pipeline.decode import decode
from newswire.pipeline.extract import extract
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.pagetype import (
    declared,
    features,
    lexicon,
    names,
    scrape,
    script,
    structure,
    urlshape,
    wording,
)
from newswire.pipeline.text import extract_text
from newswire.records import InRecord
from newswire.settings import REPO_ROOT

CACHE = REPO_ROOT / ".newswire" / "pagetype-features.json"
#: Paragraphs of the short clean story (``Row.short``).
SHORT = 2
#: Processes of a rebuild: three on the 2-core VM built the cache in 28 s (session 17), the
#: third filling the gaps while the others read files; more only add memory.
JOBS = min(3, os.cpu_count() or 1)
#: Pages handed to a process at a time: few enough that the slow pages spread over the pool.
CHUNK = 20


@dataclass(frozen=True, slots=True)
class Row:
    """One page of the data set with its features as HTML and as text (a build makes both for
    every page or raises ``FeatureError``; None only in rows made by hand)."""

    id: str
    domain: str
    half: str
    label: str
    html: dict[str, float] | None
    text: dict[str, float] | None
    #: What the baseline rules read: og:type and the extracted word count.
    og_type: str | None
    words: int
    #: Features of the page's clean text scrape: its title, a blank line and the ground-truth
    #: body in blank-line paragraphs (``textbench``'s ``clean`` rendering, the shape of a scraper
    #: that already isolated the story, as issue 14's Indonesian scrapes are).
    clean: dict[str, float] | None = None
    #: The clean story cut after its second paragraph, when it has more: a short story (a brief,
    #: a story's opening), the length a whole-page scrape of a short post leaves as its body.
    short: dict[str, float] | None = None
    #: What the lexicon reads (``pipeline.pagetype.lexicon``, fitted per training fold): the
    #: extracted title and the body's first ``lexicon.SPAN`` whitespace-split words.
    title: str | None = None
    opening: list[str] | None = None


def _code_version() -> str:
    digest = hashlib.sha256()
    # The renderings and this module's own rows: a new column is a new data set.
    for bench in (render_text, textbench):
        digest.update(Path(bench.__file__ or "").read_bytes())
    digest.update(Path(__file__).read_bytes())
    for module in (
        features,
        structure,
        names,
        wording,
        declared,
        urlshape,
        scrape,
        script,
        lexicon,
    ):
        digest.update(native.source_file(module).read_bytes())
    pipeline = native.source_file(features).parents[1]
    extraction = ["decode.py", "extract.py", "extracted.py", "text/*.py", "html/*.py"]
    for path in sorted(path for pattern in extraction for path in pipeline.glob(pattern)):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class FeatureError(RuntimeError):
    """A page of the corpus whose features could not be made: the data set would silently
    lose it (and the figures with it), so the build stops and names the page instead."""


def _row(page: Page, options: PipelineOptions) -> Row:
    """The page's row; raises ``FeatureError`` naming the page when any stage fails (every
    wcxb-dev page decodes and extracts: a failure is a bug in the code, never a skip)."""
    try:
        return _features_row(page, options)
    except Exception as exc:
        raise FeatureError(f"page {page.id} ({page.domain}): {exc!r}") from exc


def _features_row(page: Page, options: PipelineOptions) -> Row:
    record = InRecord("bench", 0, 0, -1, None, page.envelope())
    raw = decode(record, options)
    extracted = extract(raw, options)
    html_features = features.html_features(raw.url, extracted)
    title, opening = extracted.title, features.body_of(extracted)[1][: lexicon.SPAN]
    words = sum(len(paragraph.split()) for paragraph in extracted.paragraphs)
    rendered = render(raw.text)
    text_features = features.text_features(raw.url, rendered, extract_text(rendered))
    story = clean_rendering(page, "clean", extracted.title)
    clean_features = features.text_features(raw.url, story, extract_text(story))
    short_features = None
    paragraphs = page.text.split("\n\n")
    if len(paragraphs) > SHORT:
        cut = replace(page, text="\n\n".join(paragraphs[:SHORT]))
        brief = clean_rendering(cut, "clean", extracted.title)
        short_features = features.text_features(raw.url, brief, extract_text(brief))
    return Row(
        page.id,
        page.domain,
        page.half,
        page.page_type,
        html_features,
        text_features,
        _og_type(raw.text),
        words,
        clean_features,
        short_features,
        title,
        opening,
    )


def _page_row(page: Page) -> Row:
    return _row(page, PipelineOptions())


def rows_of(pages: Iterable[Page], jobs: int = JOBS) -> list[Row]:
    """Every page's row in the order of ``pages``; with ``jobs`` > 1 made in that many
    processes (the extraction is pure, so a row does not depend on the process that made it)."""
    if jobs <= 1:
        return [_page_row(page) for page in pages]
    with worker_pool(jobs) as pool:
        return pool.map(_page_row, list(pages), chunksize=CHUNK)


#: Stop signals a forked worker must not handle the parent's way.
_STOPS = {signal.SIGTERM, signal.SIGINT}


def worker_pool(jobs: int) -> Pool:
    """A pool of ``jobs`` forked processes that die when the pool terminates them.

    fork, so the workers start with the parent's imported modules and loaded models. A forked
    worker also inherits the parent's Python signal handlers: under pytest (tests/conftest.py) and
    the CLI, SIGTERM runs a Python handler, which only runs when the worker's main thread gets back
    to the interpreter. ``Pool.terminate`` (the ``with`` block's exit after a worker's error)
    SIGTERMs the workers still alive and waits for each; one stuck in C (a lock another thread of
    the parent held at the fork) never runs the handler, never ends, and the parent waits forever —
    how a CI run hung in ``Pool.__exit__`` → ``waitpid``. So each worker restores SIGTERM's default
    (the kernel ends the process wherever it is) and ignores SIGINT (the parent takes Ctrl-C and
    ends the pool) before its first task; the stop signals stay blocked from the fork until then,
    so one sent in between is held and then ends the worker.
    """
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        return get_context("fork").Pool(jobs, initializer=_worker_starts)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _worker_starts() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)


def _og_type(html: str) -> str | None:
    from selectolax.lexbor import LexborHTMLParser

    node = LexborHTMLParser(html).css_first('meta[property="og:type"]')
    return (node.attributes.get("content") or None) if node is not None else None


def load(root: Path = WCXB_DEV, *, cache: Path = CACHE, jobs: int = JOBS) -> list[Row]:
    """Every page's row, from the cache when it was made by the same code over the same corpus,
    else made afresh by ``jobs`` processes and cached."""
    key = f"{root.resolve()}:{_code_version()}"
    if cache.exists():
        stored = json.loads(cache.read_text())
        if stored.get("key") == key:
            return [Row(**row) for row in stored["rows"]]
    rows = rows_of(wcxb_pages(root), jobs)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"key": key, "rows": [_as_dict(row) for row in rows]}))
    return rows


def _as_dict(row: Row) -> dict[str, object]:
    return {name: getattr(row, name) for name in Row.__slots__}


def add_jobs(parser: argparse.ArgumentParser) -> None:
    """``--jobs``, for the commands that may rebuild the cache."""
    parser.add_argument(
        "--jobs",
        type=int,
        default=JOBS,
        help=f"processes that rebuild the feature cache when it is stale (default {JOBS})",
    )
