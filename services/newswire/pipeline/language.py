"""Language identification: py3langid's model (shipped inside the package, offline) for any
language, and for Indonesian vs Malay a word model of ours, because every character-n-gram
detector confuses the two closely related standards (``make bench-meta`` measures both)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

from newswire.pipeline.byte_ngrams import ByteNgramClassifier
from newswire.pipeline.rounding import rounded

#: Word log-odds, Indonesian positive, Malay negative: ``make langid-model`` builds it from the
#: train half of ../shared/bench/langid (naive Bayes; see newswire/bench/langid_train.py).
MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "id_ms_words.json"
#: Characters of a body's opening in which ``detect`` wants three words before it asks the
#: classifier.
WORD_SPAN: Final = 400
# Three runs of word characters (``\w``) from the start, the characters before and between them
# non-word ones: matched at position 0 or not at all, each part possessive (``\w`` and ``\W``
# share no character, so nothing is given back), so one pass reads each character once. The
# ``finditer`` of ``\w+`` counted through a generator and ``islice`` it replaced paid for a
# Python frame and three match objects (warm, loaded machine: ~12.5 -> ~1.9 µs on prose, ~21 ->
# ~17 on a 400-character run of CJK characters without a space).
_THREE_WORDS = re.compile(r"\W*+\w++\W++\w++\W++\w")
_LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# py3langid's cost is linear in the sample. On the 118 benchmark bodies (12 languages) 600
# characters gave the same language as 1,200 on every page, in 0.39 ms instead of 0.69 ms
# (py3langid's own walk; ByteNgramClassifier gives the same answers in about half the time).
_SAMPLE_CHARS = 600
#: Log-odds under which a declared language (``<html lang>``, Content-Language) wins.
_HINT_MARGIN = 1.0
_MARKER_CHARS = 3000


def enough_words(sample: str) -> bool:
    r"""Whether the first ``WORD_SPAN`` characters of ``sample`` hold three words: runs of word
    characters (``\w``: letters of any script, digits, "_"), a run cut by the span's end
    counted as far as it goes."""
    return _THREE_WORDS.match(sample, 0, WORD_SPAN) is not None


class Classifier(Protocol):
    """Any language for a text sample: (ISO 639-1 code, probability)."""

    def classify(self, text: str) -> tuple[str, float]: ...


@dataclass(frozen=True, slots=True)
class Detected:
    language: str
    confidence: float


class LanguageDetector:
    """Built once per process (py3langid's compressed model takes 1-2 s to load here);
    ``detect`` is ~0.2-0.5 ms on this VM (``make bench-meta``)."""

    def __init__(self, classifier: Classifier | None = None) -> None:
        # ``classifier``: py3langid's own LanguageIdentifier in ``make bench-meta``'s before/after.
        self._identifier = classifier or ByteNgramClassifier()
        model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        self._id_ms: dict[str, float] = model["weights"]

    def detect(self, text: str, hint: str | None = None) -> Detected | None:
        sample = text[:_SAMPLE_CHARS]
        if not enough_words(sample):
            return Detected(hint, 0.5) if hint else None
        language, probability = self._identifier.classify(sample)
        confidence = float(probability)
        if language in {"id", "ms"}:
            # Telling words are sparse: look further than the classifier's sample (cheap: a
            # word regex and dict lookups, ~10 µs for 3,000 characters).
            language = self.indonesian_or_malay(text[:_MARKER_CHARS], hint, language)
        elif hint and hint != language and confidence < 0.8:
            language, confidence = hint, 0.5
        return Detected(language, rounded(confidence, 4))

    def indonesian_or_malay(self, sample: str, hint: str | None, guess: str) -> str:
        """Naive Bayes over the sample's distinct words; the declared language when the words
        are nearly neutral (odds under e:1 either way: shared vocabulary only), and the
        character classifier's guess when they are neutral and nothing is declared.

        Each word counts once: a word repeated in one text (a quote's "saya" five times, a name)
        is one sign of how its writer writes, and its small lean, learnt from two translators'
        habits, must not add up to outweigh the markers (measured on the test half of
        ../shared/bench/langid: 6-line NTREX articles id 168 -> 169 of 169, ms 169 of 169 both
        ways, UD articles 175 of 175 both ways; sentences NTREX id 87.5 -> 88.0%, ms 96.0 ->
        96.2%, UD 92.7 -> 93.0%)."""
        weights = self._id_ms
        words = {w.lower() for w in _LETTERS.findall(sample)}
        score = sum(weights.get(w, 0.0) for w in words)
        if hint in {"id", "ms"} and abs(score) < _HINT_MARGIN:
            return hint
        if score:
            return "id" if score > 0 else "ms"
        return guess
