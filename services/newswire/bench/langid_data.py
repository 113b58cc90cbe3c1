"""Indonesian and Malay news text of ``../shared/bench/langid`` split into a training and a test half.

The split is by story, not by sentence: two sentences of one story share names and topic words,
so a sentence-level split would let the model see its test stories. NTREX (the same WMT19 news
stories translated into Indonesian and into Malaysian Malay, aligned line by line) gives no story
ids, but every story opens with its headline, the one line of a story with no sentence end in
both translations; stories alternate between the halves, and an aligned pair always lands on the
same side. The UD Indonesian treebanks carry no story boundaries either: blocks of 25 consecutive
sentences alternate instead (a story rarely spans two blocks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newswire.bench.corpora import SHARED_BENCH

LANGID = SHARED_BENCH / "langid"
_SENTENCE_END = re.compile(r"[.!?\"”’'»)]\s*$")
_UD_BLOCK = 25
#: Articles of the benchmark: this many consecutive lines of one half.
ARTICLE_LINES = 6


@dataclass(frozen=True, slots=True)
class Split:
    """Stories (lists of sentences) per language and half: ``stories[lang][half]``."""

    stories: dict[str, dict[str, list[list[str]]]]

    def sentences(self, language: str, half: str) -> list[str]:
        return [line for story in self.stories[language][half] for line in story]

    def articles(self, language: str, half: str) -> list[str]:
        """Non-overlapping runs of ``ARTICLE_LINES`` consecutive lines, one paragraph each."""
        lines = self.sentences(language, half)
        return [
            "\n\n".join(lines[i : i + ARTICLE_LINES])
            for i in range(0, len(lines) - ARTICLE_LINES + 1, ARTICLE_LINES)
        ]


def _read(name: str, root: Path) -> list[str]:
    return [line.strip() for line in (root / name).read_text(encoding="utf-8").splitlines()]


def load(root: Path = LANGID) -> Split:
    """Half ``train`` and half ``test`` of each language (``id``, ``ms``)."""
    ntrex_id, ntrex_ms = _read("ntrex_id.txt", root), _read("ntrex_ms.txt", root)
    stories: list[tuple[list[str], list[str]]] = []
    for id_line, ms_line in zip(ntrex_id, ntrex_ms, strict=True):
        headline = not _SENTENCE_END.search(id_line) and not _SENTENCE_END.search(ms_line)
        if headline or not stories:
            stories.append(([], []))
        stories[-1][0].append(id_line)
        stories[-1][1].append(ms_line)
    split: dict[str, dict[str, list[list[str]]]] = {
        "id": {"train": [], "test": []},
        "ms": {"train": [], "test": []},
    }
    for number, (id_story, ms_story) in enumerate(stories):
        half = "train" if number % 2 == 0 else "test"
        split["id"][half].append(id_story)
        split["ms"][half].append(ms_story)
    for name in ("ud-csui_id.txt", "ud-gsd_id.txt"):
        lines = [line for line in _read(name, root) if line]
        for number, start in enumerate(range(0, len(lines), _UD_BLOCK)):
            half = "train" if number % 2 == 0 else "test"
            split["id"][half].append(lines[start : start + _UD_BLOCK])
    return Split(split)
