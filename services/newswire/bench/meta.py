"""``make bench-meta``: microseconds per article for the metadata steps, over the seeds.

For every text seed and every HTML seed (body already decoded): text-mode extraction (text seeds),
HTML extraction (HTML seeds), then every step of ``enrich``: date parsing of the dates the
extractor found, language identification, SimHash, sha256, page type. Language identification
and SimHash twice, before/after (issue 19), measured in interleaved rounds on the same body:
the detector with py3langid's own byte-at-a-time walk vs ``pipeline.byte_ngrams``, and the
per-word SimHash (``bench.simhash_reference``) vs the whole-array one; and whether both give the
same answers (language and confidence; fingerprint) on the seeds and, when ../shared/bench is
there, on the 118 ScrapingHub dev pages (``--all-pages``: the 1,497 wcxb-dev pages too) and every
sentence and 6-line article of ../shared/bench/langid. Also the SimHash distances the README quotes: a
seed against a lightly edited copy of itself (near-duplicate) and against every other seed
(unrelated). Decode's body steps before/after (``decode_bench``). Each enrich step per message of
the e2e corpus as the pipeline runs it, right after the message's extraction, against the same
step warm (``enrich_steps``). Then Indonesian vs Malay accuracy and µs per call of the candidate
detectors (``langid_bench``).
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

from newswire.bench import (
    decode_bench,
    enrich_steps,
    langid_bench,
    langid_data,
    simhash_reference,
)
from newswire.bench.corpora import SCRAPINGHUB, WCXB_DEV, scrapinghub_pages, wcxb_pages
from newswire.bench.e2e_service import bench_corpus
from newswire.errors import RejectedInput
from newswire.pipeline import PipelineOptions
from newswire.pipeline.dates import parse_date
from newswire.pipeline.decode import decode
from newswire.pipeline.extract import extract as extract_any
from newswire.pipeline.fingerprint import content_hash, hamming, simhash
from newswire.pipeline.html import extract_html
from newswire.pipeline.language import LanguageDetector
from newswire.pipeline.pagetype import classify
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


def _seeds(root: Path) -> list[tuple[str, str, str, str | None]]:
    """(name, kind, text, url) of every seed: text files and the bodies of HTML envelopes."""
    found: list[tuple[str, str, str, str | None]] = [
        (path.name, "text", path.read_text(encoding="utf-8"), None)
        for path in sorted((root / "text").glob("*.txt"))
    ]
    for path in sorted((root / "html").glob("*.json")):
        envelope = json.loads(path.read_text(encoding="utf-8"))
        found.append((path.name, "html", envelope["body"], envelope.get("url")))
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
    before = langid_bench.py3langid()
    rows = []
    bodies: dict[str, str] = {}
    for name, kind, text, url in _seeds(root):
        extract: Callable[[str], Any] = _extract_text_cold if kind == "text" else extract_html
        extracted = extract(text)
        body = "\n\n".join(extracted.paragraphs)
        bodies[name] = body
        raw_dates = list(extracted.published_raw) + list(extracted.modified_raw)
        hint = extracted.language_hint
        language = detector.detect(body, hint)
        language_before, language_after = _us_interleaved(
            [partial(before.detect, body, hint), partial(detector.detect, body, hint)], repeat
        )
        simhash_before, simhash_after = _us_interleaved(
            [partial(simhash_reference.simhash, body), partial(simhash, body)], repeat
        )
        rows.append(
            {
                "seed": name,
                "kind": kind,
                "words": len(body.split()),
                "extract_us": _us(partial(extract, text), repeat),
                "dates_us": _us(partial(_parse_all, raw_dates), repeat * 10),
                "dates": len(raw_dates),
                "language_before_us": language_before,
                "language_us": language_after,
                "language": language.language if language else None,
                "language_same": language == before.detect(body, hint),
                "simhash_before_us": simhash_before,
                "simhash_us": simhash_after,
                "simhash_same": simhash(body) == simhash_reference.simhash(body),
                "sha256_us": _us(partial(content_hash, body), repeat),
                "page_type_us": _us(partial(classify, url, text, extracted), repeat),
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
        "pages_same": _pages_same(all_pages, detector, before),
        "langid_same": _langid_same(detector, before),
        "near_copy_distances": near,
        "unrelated_distances": unrelated,
        "same_page_distances": same_page,
    }


def _pages_same(
    all_pages: bool, detector: LanguageDetector, before: LanguageDetector
) -> dict[str, int] | None:
    """Over the 118 ScrapingHub dev pages (and with ``all_pages`` the 1,497 wcxb-dev pages),
    decoded and extracted as the pipeline does: bodies, those whose fingerprint is the same with
    both SimHash implementations, those whose language and confidence are the same with both
    classifiers; None without ../shared/bench."""
    if not SCRAPINGHUB.is_dir():
        return None
    options = PipelineOptions()
    pages = list(scrapinghub_pages())
    if all_pages and WCXB_DEV.is_dir():
        pages += wcxb_pages()
    counts = {"bodies": 0, "simhash": 0, "language": 0}
    for i, page in enumerate(pages):
        try:
            record = InRecord("bench", 0, i, -1, None, page.envelope())
            extracted = extract_any(decode(record, options), options)
        except RejectedInput:
            continue
        body = "\n\n".join(extracted.paragraphs)
        counts["bodies"] += 1
        counts["simhash"] += simhash(body) == simhash_reference.simhash(body)
        hint = extracted.language_hint
        counts["language"] += detector.detect(body, hint) == before.detect(body, hint)
    return counts


def _langid_same(detector: LanguageDetector, before: LanguageDetector) -> tuple[int, int] | None:
    """(texts with the same language and confidence from both classifiers, texts) over every
    sentence and 6-line article of ../shared/bench/langid, both halves; None without it."""
    if not langid_data.LANGID.is_dir():
        return None
    split = langid_data.load()
    texts = [
        text
        for language in ("id", "ms")
        for half in ("train", "test")
        for text in split.sentences(language, half) + split.articles(language, half)
    ]
    return sum(detector.detect(text) == before.detect(text) for text in texts), len(texts)


def _page_id(seed: str) -> str:
    """The benchmark page a seed comes from: ``en_042bb7b5feda.txt`` and
    ``042bb7b5fedab6ea.json`` share ``042bb7b5feda``."""
    stem = seed.rsplit(".", 1)[0]
    return stem.split("_", 1)[-1][:12]


def _seed_table(results: dict[str, Any]) -> list[str]:
    """The header and one line per seed: µs per step, before -> after for language and SimHash."""
    lines = [
        f"# make bench-meta — {platform.python_implementation()} {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}; CPU µs per article (best of {ROUNDS} rounds); "
        "language and SimHash before -> after issue 19, in interleaved rounds",
        "",
        f"{'seed':26} {'kind':5} {'words':>6} {'extract':>8} {'dates':>6} "
        f"{'language':>12} {'simhash':>11} {'sha256':>6} {'type':>6}  lang",
    ]
    for row in results["rows"]:
        language = f"{row['language_before_us']:.0f}->{row['language_us']:.0f}" + (
            "" if row["language_same"] else "!"
        )
        fingerprint = f"{row['simhash_before_us']:.0f}->{row['simhash_us']:.0f}" + (
            "" if row["simhash_same"] else "!"
        )
        lines.append(
            f"{row['seed'][:26]:26} {row['kind']:5} {row['words']:6d} {row['extract_us']:8.0f} "
            f"{row['dates_us']:6.1f} {language:>12} {fingerprint:>11} {row['sha256_us']:6.0f} "
            f"{row['page_type_us']:6.0f}  {row['language']}"
        )
    return lines


def _seed_summary(rows: list[dict[str, Any]]) -> list[str]:
    """Means over the seeds: language and SimHash before -> after, the enrich steps against
    extraction, and how many answers stayed the same."""
    lines: list[str] = []

    def mean(key: str) -> float:
        return float(sum(row[key] for row in rows)) / len(rows)

    for label, before, after in (
        ("language", "language_before_us", "language_us"),
        ("SimHash", "simhash_before_us", "simhash_us"),
    ):
        lines.append(
            f"{label}, all {len(rows)} seeds: {mean(before):.0f} -> {mean(after):.0f} µs per "
            f"article ({mean(before) / mean(after):.1f}x)"
        )
    enrich_before = (
        sum(mean(key) for key in ("dates_us", "language_before_us", "simhash_before_us"))
        + mean("sha256_us")
        + mean("page_type_us")
    )
    enrich_after = (
        sum(mean(key) for key in ("dates_us", "language_us", "simhash_us"))
        + mean("sha256_us")
        + mean("page_type_us")
    )
    lines.append(
        f"enrich steps together (dates, language, SimHash, sha256, page type): "
        f"{enrich_before:.0f} -> {enrich_after:.0f} µs per article; extraction "
        f"{mean('extract_us'):.0f} (ratio {enrich_before / mean('extract_us'):.2f} -> "
        f"{enrich_after / mean('extract_us'):.2f})"
    )
    same_language = sum(row["language_same"] for row in rows)
    same_simhash = sum(row["simhash_same"] for row in rows)
    lines.append(
        f"same answers before/after on the seeds: language {same_language}/{len(rows)}, "
        f"SimHash {same_simhash}/{len(rows)}"
    )
    return lines


def report(results: dict[str, Any]) -> str:
    lines = _seed_table(results)
    rows = results["rows"]
    lines += ["", "(! marks a seed whose answer differs between before and after)", ""]

    lines += _seed_summary(rows)
    pages = results["pages_same"]
    if pages:
        lines.append(
            f"same answers before/after on the {pages['bodies']} extracted dev pages: "
            f"language and confidence {pages['language']}/{pages['bodies']}, SimHash "
            f"{pages['simhash']}/{pages['bodies']}"
        )
    langid = results["langid_same"]
    if langid:
        lines.append(
            f"same language and confidence before/after on ../shared/bench/langid "
            f"(every sentence and 6-line article): {langid[0]}/{langid[1]}"
        )
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
        help="check language and SimHash sameness on the 1,497 wcxb-dev pages too "
        "(not only the 118 ScrapingHub)",
    )
    parser.add_argument(
        "--enrich-messages",
        type=int,
        default=700,
        help="messages of the e2e corpus for the enrich steps in the pipeline's conditions "
        "(five cycles of its 140 inputs; ~1 min on a quiet machine)",
    )
    args = parser.parse_args(argv)
    print(report(run(args.seeds, args.repeat, all_pages=args.all_pages)))
    print(decode_bench.run(_us_interleaved, max(args.repeat // 10, 5)))
    print()
    print(enrich_steps.report(enrich_steps.measure(bench_corpus(args.enrich_messages))))
    if langid_data.LANGID.is_dir():
        print()
        print(langid_bench.run())
    else:
        print(f"\n{langid_data.LANGID} not found: Indonesian/Malay benchmark skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
