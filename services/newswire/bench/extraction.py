"""``make bench-extract``: newswire's HTML extraction against trafilatura on the same pages.

Metric: the article-extraction-benchmark's own (upstream ``evaluate.py``): ``\\w+`` tokens, 4-gram
shingles as a multiset, per-page tp/fp/fn, precision and recall averaged over pages, F1 the harmonic
mean of the two averages. Timing: HTML already decoded, one process, per-page wall time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newswire.pipeline.html import extract_html

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_scores(predicted: str, truth: str) -> tuple[float | None, float | None]:
    got, want = shingles(predicted), shingles(truth)
    tp = sum((got & want).values())
    fp = sum(got.values()) - tp
    fn = sum(want.values()) - tp
    precision = None if tp + fp == 0 else (1.0 if fp == 0 else tp / (tp + fp))
    recall = None if tp + fn == 0 else (1.0 if fn == 0 else tp / (tp + fn))
    return precision, recall


def score(predictions: dict[str, str], truth: dict[str, str]) -> tuple[float, float, float]:
    precisions, recalls = [], []
    for page, expected in truth.items():
        precision, recall = page_scores(predictions.get(page, ""), expected)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def _newswire(html: str) -> str:
    return "\n\n".join(extract_html(html).paragraphs)


def _extractors() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {"newswire": _newswire}
    try:
        import trafilatura

        found["trafilatura"] = lambda html: trafilatura.extract(html) or ""
        found["trafilatura fast"] = lambda html: trafilatura.extract(html, fast=True) or ""
    except ImportError:
        print("trafilatura is not installed: `pip install -e '.[bench]'`")
    try:
        from readability import Document

        def readability(html: str) -> str:
            from selectolax.lexbor import LexborHTMLParser

            return LexborHTMLParser(Document(html).summary()).text(separator="\n")

        found["readability-lxml"] = readability
    except ImportError:
        pass
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=Path, required=True, help="article-extraction folder")
    parser.add_argument("--json", type=Path, help="write results as JSON here")
    args = parser.parse_args(argv)
    truth_raw = json.loads((args.pages / "ground-truth.json").read_text())
    truth = {page: item["articleBody"] for page, item in truth_raw.items()}
    pages = {
        page: gzip.decompress((args.pages / "html" / f"{page}.html.gz").read_bytes()).decode(
            "utf-8"
        )
        for page in truth
    }
    results: dict[str, dict[str, float]] = {}
    outputs: dict[str, dict[str, str]] = {}
    for name, extract in _extractors().items():
        for html in list(pages.values())[:3]:
            extract(html)  # warm-up: imports, caches
        predictions: dict[str, str] = {}
        times: list[float] = []
        for page, html in pages.items():
            started = time.perf_counter()
            predictions[page] = extract(html)
            times.append(time.perf_counter() - started)
        f1, precision, recall = score(predictions, truth)
        times.sort()
        results[name] = {
            "f1": f1,
            "precision": precision,
            "recall": recall,
            "median_ms": statistics.median(times) * 1000,
            "p95_ms": times[int(len(times) * 0.95) - 1] * 1000,
            "pages_per_s": len(times) / sum(times),
            "empty_pages": sum(1 for text in predictions.values() if not text.strip()),
        }
        outputs[name] = predictions
    print(
        f"# {len(pages)} pages, {platform.machine()} {platform.python_implementation()} "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}"
    )
    print(
        f"{'extractor':<18} {'F1':>6} {'prec':>6} {'recall':>6} {'med ms':>7} {'p95 ms':>7} "
        f"{'pages/s':>8} {'empty':>5}"
    )
    for name, row in results.items():
        print(
            f"{name:<18} {row['f1']:6.3f} {row['precision']:6.3f} {row['recall']:6.3f} "
            f"{row['median_ms']:7.2f} {row['p95_ms']:7.2f} {row['pages_per_s']:8.1f} "
            f"{int(row['empty_pages']):5d}"
        )
    ours = results["newswire"]
    for name, row in results.items():
        if name == "newswire":
            continue
        empty_only_ours = sum(
            1
            for page in pages
            if not outputs["newswire"][page].strip() and outputs[name][page].strip()
        )
        print(
            f"newswire vs {name}: F1 {ours['f1'] - row['f1']:+.3f}, median speed "
            f"{row['median_ms'] / ours['median_ms']:.1f}x, pages empty only in newswire: "
            f"{empty_only_ours}"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
