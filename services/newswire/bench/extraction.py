"""``make bench-extract``: newswire against trafilatura (and readability) on both development
corpora, in one run, behind the same contract (a page's raw message in, one JSON result out).

Figures, one column per extractor: wcxb-dev body word-F1 (precision/recall) per page type and
per domain half (A/B), snippet rates, article title / author / date rates, empty pages and
DeadLetters; on the 118 ScrapingHub pages the benchmark's own shingle F1 (the figure the README
has cited since issue 4) and WCXB's word F1; median ms per page on a sample timed in this run.

Baseline outputs are cached under ``--cache`` (they take minutes on 2 shared cores and do not
change with our code); newswire always runs afresh, and every extractor is timed afresh on every
``--timing-every``-th page twice: interleaved page by page (each extractor starting every page on
caches the others filled) and in blocks of 16 pages (each warm, as in a process of its own).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from dataclasses import asdict
from pathlib import Path

from newswire import native
from newswire.bench.corpora import Page, scrapinghub_pages, wcxb_pages
from newswire.bench.extractors import (
    Cache,
    Extract,
    baselines,
    newswire_extractor,
    time_blocks,
    time_sample,
)
from newswire.bench.scoring import PageScore, report, score

DEFAULT_CACHE = Path(".newswire") / "bench-cache"


def _machine() -> str:
    model = platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores {model}, {platform.python_implementation()} "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}"
    )


def _progress(name: str, done: int, total: int) -> None:
    if done % 200 == 0 or done == total:
        print(f"  {name}: {done}/{total} pages", file=sys.stderr, flush=True)


def run_all(
    pages: list[Page], extractors: dict[str, Extract], caches: dict[str, Cache]
) -> dict[str, list[PageScore]]:
    results: dict[str, list[PageScore]] = {}
    for name, extract in extractors.items():
        rows = []
        cache = caches.get(name)
        for done, page in enumerate(pages, start=1):
            output = cache.get(page, extract) if cache else extract(page.envelope())
            rows.append(score(page, output))
            _progress(name, done, len(pages))
        if cache:
            cache.save()
        results[name] = rows
    return results


def print_timing(times: dict[str, list[float]], how: str) -> dict[str, dict[str, float]]:
    summary: dict[str, dict[str, float]] = {}
    ours = statistics.median(times["newswire"])
    print(f"\nspeed, the same {len(times['newswire'])} pages timed in this run, {how}")
    print(f"newswire build: {native.MODE}")
    print(f"{'extractor':<20}{'median ms':>10}{'p95 ms':>10}{'x newswire':>12}")
    for name, seconds in times.items():
        ordered = sorted(seconds)
        median = statistics.median(ordered)
        p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
        summary[name] = {"median_ms": median * 1000, "p95_ms": p95 * 1000}
        print(f"{name:<20}{median * 1000:>10.2f}{p95 * 1000:>10.2f}{median / ours:>11.1f}x")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=("wcxb", "scrapinghub", "both"), default="both")
    parser.add_argument("--half", choices=("A", "B"), help="wcxb-dev: one domain half only")
    parser.add_argument("--only", action="append", help="newswire and these baselines only")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="baseline outputs")
    parser.add_argument("--no-cache", action="store_true", help="run the baselines afresh")
    parser.add_argument("--timing-every", type=int, default=8, help="time every Nth page")
    parser.add_argument("--json", type=Path, help="write per-page scores and timings here")
    args = parser.parse_args(argv)

    pages: list[Page] = []
    if args.corpus in ("wcxb", "both"):
        pages.extend(wcxb_pages(half=args.half))
    if args.corpus in ("scrapinghub", "both"):
        pages.extend(scrapinghub_pages())
    extractors: dict[str, Extract] = {"newswire": newswire_extractor()}
    caches: dict[str, Cache] = {}
    for name, (extract, key) in baselines().items():
        if args.only and name not in args.only:
            continue
        extractors[name] = extract
        if not args.no_cache:
            caches[name] = Cache(args.cache, key)
    results = run_all(pages, extractors, caches)
    sample = pages[:: args.timing_every]
    times = time_sample(extractors, sample)
    blocks = time_blocks(extractors, sample)

    corpora = sorted({page.corpus for page in pages})
    print(f"# {len(pages)} pages ({', '.join(corpora)}), {_machine()}")
    report(results)
    timing = print_timing(times, "interleaved page by page")
    timing_blocks = print_timing(blocks, "in blocks of 16 pages (each extractor warm)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "timing": timing,
                    "timing_blocks": timing_blocks,
                    "pages": {
                        name: [asdict(row) for row in rows] for name, rows in results.items()
                    },
                }
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
