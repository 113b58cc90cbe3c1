"""``make bench-meta``: microseconds per article for the metadata steps, over the seeds.

For every text seed and every HTML seed (body already decoded): text-mode extraction (text seeds),
HTML extraction (HTML seeds), date parsing of the dates the extractor found, language
identification, SimHash — SimHash twice, before/after: the per-word reference implementation it
replaced (``bench.simhash_reference``) and today's, measured one after the other on the same body,
and whether their fingerprints are identical (on the seeds and, when ../shared/bench is there, on
the 118 dev pages of the extraction benchmark). Also the SimHash distances the README quotes: a
seed against a lightly edited copy of itself (near-duplicate) and against every other seed
(unrelated). Then Indonesian vs Malay accuracy and µs per call of the candidate detectors
(``langid_bench``).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from newswire.bench import langid_bench, langid_data, simhash_reference
from newswire.bench.corpora import SCRAPINGHUB, WCXB_DEV, scrapinghub_pages, wcxb_pages
from newswire.events import Article
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.pipeline.dates import parse_date
from newswire.pipeline.fingerprint import hamming, simhash
from newswire.pipeline.html import extract_html
from newswire.pipeline.language import LanguageDetector
from newswire.pipeline.text import extract_text
from newswire.pipeline.text import lines as text_lines
from newswire.records import InRecord
from newswire.settings import REPO_ROOT

#: Each timing is the best of this many rounds: on a shared VM a round can lose the CPU to others.
ROUNDS = 5


def _us(work: Callable[[], object], repeat: int) -> float:
    """CPU microseconds of this thread per call (not wall time, which counts other processes'
    turns on a busy machine), best of ``ROUNDS`` rounds of ``repeat / ROUNDS`` calls."""
    return _us_interleaved([work], repeat)[0]


def _us_interleaved(works: list[Callable[[], object]], repeat: int) -> list[float]:
    """``_us`` of several callables, their rounds interleaved so that a before/after pair sees
    the same moments of the machine."""
    for work in works:
        work()  # warm-up
    calls = max(1, repeat // ROUNDS)
    best = [float("inf")] * len(works)
    for _ in range(ROUNDS):
        for i, work in enumerate(works):
            started = time.thread_time()
            for _ in range(calls):
                work()
            best[i] = min(best[i], (time.thread_time() - started) / calls)
    return [seconds * 1e6 for seconds in best]


def _seeds(root: Path) -> list[tuple[str, str, str]]:
    """(name, kind, text) of every seed: text files and the bodies of HTML envelopes."""
    found = [
        (path.name, "text", path.read_text(encoding="utf-8"))
        for path in sorted((root / "text").glob("*.txt"))
    ]
    for path in sorted((root / "html").glob("*.json")):
        envelope = json.loads(path.read_text(encoding="utf-8"))
        found.append((path.name, "html", envelope["body"]))
    return found


def _parse_all(raw_dates: list[str]) -> list[object]:
    return [parse_date(raw) for raw in raw_dates]


def _edit(body: str) -> str:
    """A near-copy as a republishing site makes it: one sentence reworded, a line appended."""
    sentences = body.split(". ")
    if len(sentences) > 3:
        sentences[2] = "Menurut laporan terbaru, " + sentences[2].lower()
    return ". ".join(sentences) + "\n\nBaca berita lainnya di situs kami."


def _extract_text_cold(text: str) -> Any:
    # Text mode caches its line classification (a site repeats its menu lines on every page);
    # this benchmark repeats one page, so it measures with the cache emptied each time.
    text_lines.is_paragraph.cache_clear()
    return extract_text(text)


def run(root: Path, repeat: int, *, all_pages: bool = False) -> dict[str, Any]:
    detector = LanguageDetector()
    rows = []
    bodies: dict[str, str] = {}
    for name, kind, text in _seeds(root):
        extract: Callable[[str], Any] = _extract_text_cold if kind == "text" else extract_html
        extracted = extract(text)
        body = "\n\n".join(extracted.paragraphs)
        bodies[name] = body
        raw_dates = list(extracted.published_raw) + list(extracted.modified_raw)
        language = detector.detect(body, extracted.language_hint)
        rows.append(
            {
                "seed": name,
                "kind": kind,
                "words": len(body.split()),
                "extract_us": _us(partial(extract, text), repeat),
                "dates_us": _us(partial(_parse_all, raw_dates), repeat * 10),
                "dates": len(raw_dates),
                "language_us": _us(partial(detector.detect, body, extracted.language_hint), repeat),
                "language": language.language if language else None,
                **dict(
                    zip(
                        ("simhash_before_us", "simhash_us"),
                        _us_interleaved(
                            [partial(simhash_reference.simhash, body), partial(simhash, body)],
                            repeat,
                        ),
                        strict=True,
                    )
                ),
                "simhash_same": simhash(body) == simhash_reference.simhash(body),
            }
        )
    near = [hamming(simhash(body), simhash(_edit(body))) for body in bodies.values() if body]
    names = list(bodies)
    unrelated: list[int] = []
    same_page: list[int] = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            distance = hamming(simhash(bodies[a]), simhash(bodies[b]))
            # A rendered text seed and the HTML seed of the same benchmark page are one story
            # delivered twice (as a scraper's text and as HTML), not an unrelated pair.
            (same_page if _page_id(a) == _page_id(b) else unrelated).append(distance)
    return {
        "rows": rows,
        "pages_same": _pages_same(all_pages),
        "near_copy_distances": near,
        "unrelated_distances": unrelated,
        "same_page_distances": same_page,
    }


def _pages_same(all_pages: bool) -> tuple[int, int] | None:
    """(articles whose body fingerprints identically with both SimHash implementations,
    articles), through the whole pipeline, over the 118 ScrapingHub dev pages (and with
    ``all_pages`` the 1,497 wcxb-dev pages); None without ../shared/bench."""
    if not SCRAPINGHUB.is_dir():
        return None
    pipeline = Pipeline(PipelineOptions())
    pages = list(scrapinghub_pages())
    if all_pages and WCXB_DEV.is_dir():
        pages += wcxb_pages()
    same = total = 0
    for i, page in enumerate(pages):
        result = pipeline.process(InRecord("bench", 0, i, -1, None, page.envelope())).result
        if isinstance(result, Article):
            total += 1
            same += result.simhash == simhash_reference.simhash(result.body)
    return same, total


def _page_id(seed: str) -> str:
    """The benchmark page a seed comes from: ``en_042bb7b5feda.txt`` and
    ``042bb7b5fedab6ea.json`` share ``042bb7b5feda``."""
    stem = seed.rsplit(".", 1)[0]
    return stem.split("_", 1)[-1][:12]


def report(results: dict[str, Any]) -> str:
    lines = [
        f"# make bench-meta — {platform.python_implementation()} {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}; CPU µs per article (best of {ROUNDS} rounds)",
        "",
        f"{'seed':26} {'kind':5} {'words':>6} {'extract':>9} {'dates':>7} {'language':>9} "
        f"{'simhash before -> after':>24}  lang",
    ]
    for row in results["rows"]:
        simhash_cell = f"{row['simhash_before_us']:.0f} -> {row['simhash_us']:.0f}" + (
            "" if row["simhash_same"] else " DIFFERS"
        )
        lines.append(
            f"{row['seed'][:26]:26} {row['kind']:5} {row['words']:6d} {row['extract_us']:9.0f} "
            f"{row['dates_us']:7.1f} {row['language_us']:9.0f} {simhash_cell:>24}  "
            f"{row['language']}"
        )
    rows = results["rows"]
    before = sum(row["simhash_before_us"] for row in rows)
    after = sum(row["simhash_us"] for row in rows)
    same = sum(row["simhash_same"] for row in rows)
    pages = results["pages_same"]
    lines += [
        "",
        f"SimHash, all seeds: {before / len(rows):.0f} -> {after / len(rows):.0f} µs per article "
        f"(reference -> today's, {before / after:.1f}x); fingerprints identical to the "
        f"reference on {same}/{len(rows)} seeds"
        + (f" and {pages[0]}/{pages[1]} articles of the dev pages" if pages else ""),
    ]
    near, unrelated = results["near_copy_distances"], results["unrelated_distances"]
    lines += [
        "",
        f"SimHash Hamming distance, near-copy (one sentence reworded, a line added): "
        f"{near} (max {max(near)})",
        f"SimHash Hamming distance, unrelated seed pairs: min {min(unrelated)}, "
        f"median {statistics.median(unrelated):.0f}, max {max(unrelated)} "
        f"({len(unrelated)} pairs)",
        "SimHash Hamming distance, one page as HTML and as rendered text: "
        f"{results['same_page_distances']}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=REPO_ROOT / "seeds")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument(
        "--all-pages",
        action="store_true",
        help="check SimHash sameness on the 1,497 wcxb-dev pages too (not only the 118 ScrapingHub)",
    )
    args = parser.parse_args(argv)
    print(report(run(args.seeds, args.repeat, all_pages=args.all_pages)))
    if langid_data.LANGID.is_dir():
        print()
        print(langid_bench.run())
    else:
        print(f"\n{langid_data.LANGID} not found: Indonesian/Malay benchmark skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
