"""``make bench-soak``: the pipeline's memory over a long stream of distinct pages, no broker.

``make bench-e2e`` reads RSS growth over one 60 s latency run (~11,000 records cycling through
~140 distinct inputs), which is short for a leak test and blind to a cache keyed by what differs
from one input to the next (a URL, a title, a host): cycling the same inputs fills such a cache
once and it looks flat. A crawler's stream never repeats a URL. This runs the pipeline as a worker
runs it (on one dedicated thread, with the worker's garbage-collector settings: warm-up, frozen
heap, young-generation threshold; ``gc_like_a_worker``) over ``--records`` inputs drawn from every
dev page (wcxb-dev's 1,497 and ScrapingHub's 118, gzip-compressed in base64 envelopes as a crawler
keeping the fetched bytes sends them), the text seeds and one bad input in ten, each page's URL
made unique by a query string. It prints the process's RSS and msgs/s every ``--every`` records,
then the growth from the window at a fifth of the run (after warm-up: caches, the allocator's
arenas) to the end, and the slope of the run's second half in MB per 10,000 records: a leak
keeps a slope, a cache or an arena levels off.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from newswire.bench.corpora import scrapinghub_pages, wcxb_pages
from newswire.bench.e2e_pieces import gc_like_a_worker
from newswire.bench.e2e_service import machine, rss_mb
from newswire.dev.inputs import BAD_INPUTS
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
from newswire.settings import REPO_ROOT, Settings

#: Issue 19's ceiling on RSS growth after warm-up (``make bench-e2e`` judges its run by it).
GROWTH_CEILING = 0.10
#: Where warm-up ends: the window at this share of the run is the growth's base.
WARM_SHARE = 0.2


@dataclass(frozen=True, slots=True)
class Window:
    """The process's RSS after ``records`` inputs, and the msgs/s of the window ending there."""

    records: int
    rss_mb: float
    msgs_per_s: float


def inputs() -> tuple[list[tuple[str, bytes]], list[bytes]]:
    """Every dev page as (URL, gzip-compressed HTML), and the text seeds' bytes."""
    pages = [
        (page.url or f"https://example.org/page/{page.id}", gzip.compress(page.html, 1))
        for corpus in (wcxb_pages(), scrapinghub_pages())
        for page in corpus
    ]
    texts = [path.read_bytes() for path in sorted((REPO_ROOT / "seeds" / "text").glob("*.txt"))]
    return pages, texts


def stream(
    pages: Sequence[tuple[str, bytes]], texts: Sequence[bytes], count: int
) -> Iterator[bytes]:
    """``count`` raw values: the pages in turn, each time under a URL of its own, a text seed
    every 20th and a bad input every 10th (the mix of ``bench_corpus``)."""
    for i in range(count):
        if i % 10 == 3:
            yield BAD_INPUTS[i % len(BAD_INPUTS)]
        elif texts and i % 20 == 7:
            yield texts[i % len(texts)]
        elif pages:
            url, compressed = pages[i % len(pages)]
            mark = "&" if "?" in url else "?"
            envelope = {
                "url": f"{url}{mark}soak={i}",
                "content_type": "text/html",
                "encoding": "base64",
                "body": base64.b64encode(compressed).decode("ascii"),
            }
            yield json.dumps(envelope).encode()
        else:
            yield texts[i % len(texts)] if texts else BAD_INPUTS[i % len(BAD_INPUTS)]


def soak(
    values: Iterator[bytes],
    count: int,
    every: int,
    on_window: Callable[[Window], None] = lambda _: None,
) -> list[Window]:
    """The pipeline over ``values`` on a thread of its own, as a worker runs it; a ``Window``
    every ``every`` records (and at the last), each also handed to ``on_window`` as it comes."""
    windows: list[Window] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            pipeline = Pipeline(PipelineOptions())
            with gc_like_a_worker(pipeline, Settings()):
                started = time.perf_counter()
                for i, value in enumerate(values, start=1):
                    pipeline.process(
                        InRecord("soak.raw", 0, i, -1, None, value), now=datetime.now(UTC)
                    )
                    if i % every == 0 or i == count:
                        now = time.perf_counter()
                        size = i - (windows[-1].records if windows else 0)
                        windows.append(Window(i, rss_mb(os.getpid()), size / (now - started)))
                        on_window(windows[-1])
                        started = now
        except BaseException as error:  # re-raised on the caller's thread
            failure.append(error)

    thread = threading.Thread(target=run, name="soak-pipeline")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return windows


def growth(windows: Sequence[Window]) -> tuple[float, float]:
    """RSS growth from the window at ``WARM_SHARE`` of the run to the last: (share, MB)."""
    if len(windows) < 2:
        return 0.0, 0.0
    base = windows[min(len(windows) - 1, int(len(windows) * WARM_SHARE))]
    end = windows[-1]
    added = end.rss_mb - base.rss_mb
    return (added / base.rss_mb if base.rss_mb else 0.0), added


def slope(windows: Sequence[Window]) -> float:
    """MB per 10,000 records over the second half of the run's windows (least squares)."""
    half = list(windows[len(windows) // 2 :])
    if len(half) < 2:
        return 0.0
    xs = [w.records for w in half]
    ys = [w.rss_mb for w in half]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if not spread:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread * 10_000


def header(records: int, distinct_pages: int) -> str:
    return "\n".join(
        [
            f"# make bench-soak — {machine()}",
            f"# started {datetime.now(UTC):%H:%M} UTC; {records} records over {distinct_pages} dev "
            "pages (each under a URL of its own), the text seeds, one bad input in ten; one "
            "pipeline thread with a worker's GC settings",
            "",
            f"{'records':>8} {'RSS MB':>8} {'msgs/s':>8}",
        ]
    )


def window_line(window: Window) -> str:
    return f"{window.records:>8} {window.rss_mb:>8.1f} {window.msgs_per_s:>8.0f}"


def verdict(windows: Sequence[Window]) -> str:
    share, added = growth(windows)
    judged = "ok" if share <= GROWTH_CEILING else "OVER"
    return "\n".join(
        [
            "",
            f"RSS growth after warm-up ({WARM_SHARE:.0%} of the run -> end): {share:+.1%} "
            f"({added:+.1f} MB) [<= {GROWTH_CEILING:.0%}] {judged}",
            f"slope over the second half: {slope(windows):+.2f} MB per 10,000 records "
            "(a leak keeps a slope; caches and arenas level off)",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=40_000)
    parser.add_argument("--every", type=int, default=2_000)
    args = parser.parse_args(argv)
    pages, texts = inputs()
    print(header(args.records, len(pages)), flush=True)
    windows = soak(
        stream(pages, texts, args.records),
        args.records,
        max(1, args.every),
        lambda window: print(window_line(window), flush=True),
    )
    print(verdict(windows), flush=True)
    share, _ = growth(windows)
    return 0 if share <= GROWTH_CEILING else 1


if __name__ == "__main__":
    raise SystemExit(main())
