"""The extractors ``make bench-extract`` compares, behind one contract: a page's raw message in
(the base64 JSON envelope a crawler publishes), one JSON result out, reduced to an ``Output``.

* ``newswire``: the whole ``Pipeline`` exactly as ``newswire process --jsonl`` runs it (decode,
  extract, enrich, normalize, the event serialized), DeadLetters included;
* ``trafilatura`` / ``trafilatura fast``: trafilatura 2.3.1's ``bare_extraction`` with metadata
  (its default and its ``fast`` mode) on the envelope's decoded bytes and URL;
* ``readability``: readability-lxml's summary as text (body only, as readability gives no
  metadata worth scoring).

The baselines are slow on 2 shared cores, so their outputs may be cached on disk (``Cache``,
keyed by extractor version and page bytes); their speed is measured again in every run
(``time_sample``), interleaved page by page with newswire's, and again in blocks of pages
(``time_blocks``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from newswire import warmup
from newswire.bench.corpora import Page
from newswire.bench.scoring import Output
from newswire.events import Article, event_json
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
from newswire.settings import Settings

Extract = Callable[[bytes], Output]


def newswire_extractor(options: PipelineOptions | None = None) -> Extract:
    pipeline = Pipeline(options or PipelineOptions())
    # As `newswire process` starts (its default settings): models loaded, the heap frozen.
    defaults = Settings.model_fields
    warmup.ready_alone(
        pipeline,
        freeze=defaults["gc_freeze"].default,
        young_allocations=defaults["gc_gen0_threshold"].default,
    )
    offsets = iter(range(1 << 62))

    def extract(message: bytes) -> Output:
        record = InRecord("bench", 0, next(offsets), -1, None, message, ())
        result = pipeline.process(record).result
        event_json(result)  # what `newswire process --jsonl` writes, part of its cost
        if not isinstance(result, Article):
            return Output(body="", dead=result.reason, error=result.error)
        published = result.published_at
        return Output(
            body=result.body,
            title=result.title,
            authors=tuple(result.authors),
            date=published.isoformat() if published is not None else None,
        )

    return extract


def _envelope(message: bytes) -> tuple[bytes, str | None]:
    envelope = json.loads(message)
    return base64.b64decode(envelope["body"]), envelope.get("url")


def trafilatura_extractor(*, fast: bool) -> Extract:
    import trafilatura

    def extract(message: bytes) -> Output:
        html, url = _envelope(message)
        found = trafilatura.bare_extraction(
            html, url=url, fast=fast, with_metadata=True, as_dict=True
        )
        if not isinstance(found, dict):  # None: trafilatura found nothing
            json.dumps({"error": "no content"})
            return Output(body="")
        json.dumps(found, default=str)  # the same JSON contract as newswire's output
        author = found.get("author") or ""
        return Output(
            body=found.get("text") or "",
            title=found.get("title"),
            # trafilatura joins several authors with "; ".
            authors=tuple(name.strip() for name in author.split(";") if name.strip()),
            date=found.get("date"),
        )

    return extract


def readability_extractor() -> Extract:
    from readability import Document
    from readability.readability import Unparseable
    from selectolax.lexbor import LexborHTMLParser

    def extract(message: bytes) -> Output:
        html, _ = _envelope(message)
        try:
            # readability's charset sniffing reads text, not bytes
            summary = Document(html.decode("utf-8", "replace")).summary()
        except Unparseable:
            json.dumps({"error": "unparseable"})
            return Output(body="")
        body = LexborHTMLParser(summary).text(separator="\n")
        json.dumps({"body": body})
        return Output(body=body)

    return extract


def baselines() -> dict[str, tuple[Extract, str]]:
    """The installed baselines, each with the version its cached outputs belong to."""
    found: dict[str, tuple[Extract, str]] = {}
    try:
        traf = version("trafilatura")
        found["trafilatura"] = (trafilatura_extractor(fast=False), f"trafilatura-{traf}")
        found["trafilatura fast"] = (trafilatura_extractor(fast=True), f"trafilatura-fast-{traf}")
    except (ImportError, PackageNotFoundError):
        print("trafilatura is not installed: `pip install -e '.[bench]'`")
    try:
        found["readability"] = (
            readability_extractor(),
            f"readability-{version('readability-lxml')}",
        )
    except (ImportError, PackageNotFoundError):
        print("readability-lxml is not installed: `pip install -e '.[bench]'`")
    return found


class Cache:
    """One baseline's outputs on disk (JSON), by page and a hash of its bytes."""

    def __init__(self, folder: Path, key: str) -> None:
        self.path = folder / f"{key}.json"
        self._entries: dict[str, dict[str, object]] = (
            json.loads(self.path.read_text()) if self.path.is_file() else {}
        )
        self._dirty = False

    @staticmethod
    def _key(page: Page) -> str:
        return f"{page.corpus}/{page.id}/{hashlib.sha1(page.html).hexdigest()[:16]}"  # noqa: S324

    def get(self, page: Page, extract: Extract) -> Output:
        key = self._key(page)
        entry = self._entries.get(key)
        if entry is None:
            output = extract(page.envelope())
            self._entries[key] = asdict(output)
            self._dirty = True
            return output
        return Output(**{**entry, "authors": tuple(entry["authors"])})  # type: ignore[arg-type]

    def save(self) -> None:
        if self._dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self._entries))


def time_sample(extractors: dict[str, Extract], pages: Sequence[Page]) -> dict[str, list[float]]:
    """Seconds per page of each extractor over the same pages, interleaved page by page (the
    order rotating), so that a machine's drift weighs on all of them alike."""
    names = list(extractors)
    for page in pages[:3]:  # warm-up: imports, caches, models
        for name in names:
            extractors[name](page.envelope())
    times: dict[str, list[float]] = {name: [] for name in names}
    for index, page in enumerate(pages):
        message = page.envelope()
        for name in names[index % len(names) :] + names[: index % len(names)]:
            started = time.perf_counter()
            extractors[name](message)
            times[name].append(time.perf_counter() - started)
    return times


def time_blocks(
    extractors: dict[str, Extract], pages: Sequence[Page], *, block: int = 16
) -> dict[str, list[float]]:
    """Seconds per page of each extractor over the same pages, each running a block of pages
    in a row (the order of extractors rotating from block to block).

    Page by page (``time_sample``), every extractor starts each page on caches the others
    have just filled: a cost no extractor pays in its own process, and one that weighs most
    on the fastest (a fixed number of cold cache lines is a larger share of a shorter page).
    In blocks, each reads its pages warm, as one process doing only that job does, while a
    machine's drift still weighs on all of them alike."""
    names = list(extractors)
    for page in pages[:3]:
        for name in names:
            extractors[name](page.envelope())
    messages = [page.envelope() for page in pages]
    times: dict[str, list[float]] = {name: [] for name in names}
    for index, start in enumerate(range(0, len(messages), block)):
        chunk = messages[start : start + block]
        for name in names[index % len(names) :] + names[: index % len(names)]:
            extract = extractors[name]
            for message in chunk:
                started = time.perf_counter()
                extract(message)
                times[name].append(time.perf_counter() - started)
    return times
