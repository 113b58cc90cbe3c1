"""Quick development score: newswire's whole pipeline over a corpus (or one domain half).

``python -m newswire.bench.devscore --half A`` runs every page through ``Pipeline.process``
exactly as ``newswire process`` does (a base64 JSON envelope with url and fetch time) and prints
what ``make bench-extract`` prints for newswire alone: word-F1 (P/R) per page type, snippet
rates, DeadLetters, title / author / date rates. ``--json FILE`` keeps the per-page scores, to
compare two versions page by page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import asdict
from pathlib import Path

from newswire.bench.corpora import Page, scrapinghub_pages, wcxb_pages
from newswire.bench.extractors import newswire_extractor
from newswire.bench.scoring import PageScore, report, score


def run(pages: list[Page]) -> tuple[list[PageScore], list[float]]:
    """Scores of newswire on ``pages`` and its seconds per page."""
    extract = newswire_extractor()
    rows, seconds = [], []
    for page in pages:
        message = page.envelope()
        started = time.perf_counter()
        output = extract(message)
        seconds.append(time.perf_counter() - started)
        rows.append(score(page, output))
    return rows, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=("wcxb", "scrapinghub"), default="wcxb")
    parser.add_argument("--half", choices=("A", "B"))
    parser.add_argument("--type", help="one page type only")
    parser.add_argument("--json", type=Path, help="write per-page scores here")
    args = parser.parse_args(argv)
    if args.corpus == "wcxb":
        pages = list(wcxb_pages(half=args.half))
    else:
        pages = [p for p in scrapinghub_pages() if args.half is None or p.half == args.half]
    if args.type:
        pages = [page for page in pages if page.page_type == args.type]
    rows, seconds = run(pages)
    report({"newswire": rows})
    print(f"\nmedian ms/page {statistics.median(seconds) * 1000:.2f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(row) for row in rows], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
