"""Quick development score: newswire's whole pipeline over a corpus (or one domain half).

``python -m newswire.bench.devscore --half A`` runs every page through ``Pipeline.process``
exactly as ``newswire process`` does (a base64 JSON envelope with url and fetch time) and prints
what ``make bench-extract`` prints for newswire alone: word-F1 (P/R) per page type, snippet
rates, DeadLetters, title / author / date rates. ``--json FILE`` keeps the per-page scores and,
for metadata, what newswire gave beside the truth (title, authors, date), to compare two versions
page by page and to see each miss without a script of one's own.
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
from newswire.bench.scoring import Output, PageScore, report, score


def run(
    pages: list[Page], outputs: list[Output] | None = None
) -> tuple[list[PageScore], list[float]]:
    """Scores of newswire on ``pages`` and its seconds per page; ``outputs``, when given,
    receives what newswire made of each page."""
    extract = newswire_extractor()
    rows, seconds = [], []
    for page in pages:
        message = page.envelope()
        started = time.perf_counter()
        output = extract(message)
        seconds.append(time.perf_counter() - started)
        rows.append(score(page, output))
        if outputs is not None:
            outputs.append(output)
    return rows, seconds


def json_rows(
    pages: list[Page], rows: list[PageScore], outputs: list[Output]
) -> list[dict[str, object]]:
    """One JSON object a page: its scores, its URL, and the title, authors and date newswire
    gave (``given``) beside the truth's (``truth``; None where the truth has none)."""
    return [
        {
            **asdict(row),
            "url": page.url,
            "given": {"title": output.title, "authors": list(output.authors), "date": output.date},
            "truth": {"title": page.title, "author": page.author, "date": page.date},
        }
        for page, row, output in zip(pages, rows, outputs, strict=True)
    ]


def page_arguments(parser: argparse.ArgumentParser) -> None:
    """``--corpus``, ``--half`` and ``--type``: which dev pages a scoring command reads."""
    parser.add_argument("--corpus", choices=("wcxb", "scrapinghub"), default="wcxb")
    parser.add_argument("--half", choices=("A", "B"))
    parser.add_argument("--type", help="one page type only")


def selected_pages(args: argparse.Namespace) -> list[Page]:
    """The pages ``page_arguments`` chose."""
    if args.corpus == "wcxb":
        pages = list(wcxb_pages(half=args.half))
    else:
        pages = [p for p in scrapinghub_pages() if args.half is None or p.half == args.half]
    return [page for page in pages if not args.type or page.page_type == args.type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    page_arguments(parser)
    parser.add_argument("--json", type=Path, help="write per-page scores here")
    args = parser.parse_args(argv)
    pages = selected_pages(args)
    outputs: list[Output] = []
    rows, seconds = run(pages, outputs)
    report({"newswire": rows})
    print(f"\nmedian ms/page {statistics.median(seconds) * 1000:.2f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(json_rows(pages, rows, outputs), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
