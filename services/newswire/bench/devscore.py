"""Quick development score: the whole pipeline over a corpus (or one domain half), per page type.

``python -m newswire.bench.devscore --corpus wcxb --half A`` runs every page through
``Pipeline.process`` exactly as ``newswire process`` does (a base64 JSON envelope with url and
fetch time) and prints word-F1 (P/R) per page type, DeadLetter reasons, and title / author / date
rates. ``--json FILE`` keeps the per-page results, to compare two versions page by page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path

from newswire.bench.corpora import Page, scrapinghub_pages, snippet_rate, wcxb_pages, word_f1
from newswire.events import Article
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def score_page(page: Page, result: object, seconds: float) -> dict[str, object]:
    row: dict[str, object] = {"id": page.id, "type": page.page_type, "half": page.half}
    row["ms"] = seconds * 1000
    if not isinstance(result, Article):
        row["dead"] = getattr(result, "reason", "?")
        row["error"] = getattr(result, "error", "")
        body, title, authors, published = "", None, [], None
    else:
        body, title, authors = result.body, result.title, result.authors
        published = result.published_at
    precision, recall, f1 = word_f1(body, page.text)
    row.update(p=precision, r=recall, f1=f1)
    row["with"] = snippet_rate(body, page.with_snippets)
    row["without"] = snippet_rate(body, page.without_snippets)
    if page.corpus == "wcxb":
        row["title_ok"] = _norm(title) == _norm(page.title) if page.title else None
        if page.author:
            row["author_ok"] = _norm(page.author) in {_norm(a) for a in authors} or (
                _norm(", ".join(authors)) == _norm(page.author)
            )
        else:
            row["author_invented"] = bool(authors)
        if page.date:
            row["date_found"] = published is not None
            row["date_ok"] = published is not None and published.date().isoformat().startswith(
                page.date
            )
    return row


def run(pages: list[Page]) -> list[dict[str, object]]:
    pipeline = Pipeline(PipelineOptions())
    rows = []
    for offset, page in enumerate(pages):
        record = InRecord("bench", 0, offset, -1, None, page.envelope(), ())
        started = time.perf_counter()
        result = pipeline.process(record).result
        rows.append(score_page(page, result, time.perf_counter() - started))
    return rows


def _rate(rows: list[dict[str, object]], key: str) -> str:
    values = [bool(row[key]) for row in rows if row.get(key) is not None]
    return f"{sum(values) / len(values):.1%} of {len(values)}" if values else "-"


def report(rows: list[dict[str, object]]) -> None:
    by_type: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        by_type[str(row["type"])].append(row)
    print(f"{'type':<14} {'pages':>5} {'F1':>6} {'P':>6} {'R':>6}")
    for name, group in sorted(by_type.items(), key=lambda item: -len(item[1])):
        f1 = statistics.fmean(float(r["f1"]) for r in group)  # type: ignore[arg-type]
        p = statistics.fmean(float(r["p"]) for r in group)  # type: ignore[arg-type]
        r_ = statistics.fmean(float(r["r"]) for r in group)  # type: ignore[arg-type]
        print(f"{name:<14} {len(group):5d} {f1:6.3f} {p:6.3f} {r_:6.3f}")
    f1_all = statistics.fmean(float(r["f1"]) for r in rows)  # type: ignore[arg-type]
    print(f"{'all':<14} {len(rows):5d} {f1_all:6.3f}")
    dead = Counter(str(row["dead"]) for row in rows if "dead" in row)
    print("dead letters:", dict(dead) or 0)
    for row in rows:
        if row.get("dead") == "extraction_failed":
            print("  extraction_failed", row["id"], str(row.get("error"))[:160])
    articles = [row for row in rows if row["type"] == "article"]
    for key in ("title_ok", "author_ok", "author_invented", "date_found", "date_ok"):
        print(f"{key:<16} articles {_rate(articles, key):>16}   all {_rate(rows, key):>16}")
    ms = sorted(float(row["ms"]) for row in rows)  # type: ignore[arg-type]
    print(f"median ms/page {statistics.median(ms):.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=("wcxb", "scrapinghub"), default="wcxb")
    parser.add_argument("--half", choices=("A", "B"))
    parser.add_argument("--type", help="one page type only")
    parser.add_argument("--json", type=Path, help="write per-page rows here")
    args = parser.parse_args(argv)
    if args.corpus == "wcxb":
        pages = list(wcxb_pages(half=args.half))
    else:
        pages = [p for p in scrapinghub_pages() if args.half is None or p.half == args.half]
    if args.type:
        pages = [page for page in pages if page.page_type == args.type]
    rows = run(pages)
    report(rows)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
