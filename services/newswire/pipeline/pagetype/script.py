"""How many Latin characters one character of a page's script is worth, for the layout's
character thresholds.

The classifier's layout numbers count characters: a paragraph under 60 is short, from 200 long,
a block under 40 is a label, six make a word. Chinese and Japanese write a word in about two
characters (six with its space in English), Korean in about three syllables and a space: the
same story is a third (or half) as many characters, so by those thresholds a Japanese story is
a page of short blocks with no long paragraph, the shape of a collection's tiles (session 28:
every HTML retrain called two ScrapingHub stories, a Japanese and a Korean one, "collection";
wcxb-dev, the training data, holds almost no CJK page, so the model cannot learn the script
itself). Weighting each character by its script's width makes a CJK page's figures those of its
Latin twin; every other script weighs 1 (Cyrillic, Greek and accented Latin words are about as
long as English ones), and its pages' numbers are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

#: Latin characters (a word's share of six with its space) per Chinese or Japanese character
#: (two a word, as ``features._CJK_CHARS_PER_WORD`` counts them) and per Hangul syllable (a
#: Korean word is about three syllables and a space).
IDEOGRAPH_WIDTH: Final = 3.0
HANGUL_WIDTH: Final = 2.0
#: Characters of the text sampled for its script.
SAMPLE: Final = 2_000
#: UTF-8 bytes beyond one per character, per character, under which a sample holds too few
#: 3-byte characters to weigh (CJK and Hangul text: ~1.5-2; Cyrillic or Greek: ~0.85, letters
#: are 2 bytes and spaces 1; Latin with accents and curly quotes: ~0.05).
_EXTRA_BYTES: Final = 1.0
# The characters are counted by their UTF-8 lead bytes, each by one C-level ``bytes.translate``
# deleting every other byte (a regex ``findall`` of the characters cost ~200 µs on a 2,000-
# character Japanese sample): 0xE3-0xE9 and 0xEF lead U+3000-U+9FFF and U+F000-U+FFFF (CJK
# punctuation, kana, ideographs, full-width forms), 0xEA-0xED U+A000-U+DFFF (Hangul syllables;
# Yi, rarer still). 0xE2 (U+2000-U+2FFF: curly quotes, dashes, symbols) weighs 1.
_NOT_IDEOGRAPH_LEAD: Final = bytes(
    byte for byte in range(256) if byte not in {*range(0xE3, 0xEA), 0xEF}
)
_NOT_HANGUL_LEAD: Final = bytes(byte for byte in range(256) if byte not in range(0xEA, 0xEE))
#: Blocks of a page joined for its sample: a join bounded whatever the page's length.
_SAMPLE_BLOCKS: Final = 64


def cjk_counts(text: str) -> tuple[int, int, int]:
    """Characters of ``text``'s first ``SAMPLE``, and the Chinese or Japanese characters and
    Hangul syllables among them (0 and 0 unless the sample is mostly 3-byte characters)."""
    sample = text[:SAMPLE]
    size = len(sample)
    if sample.isascii():
        return size, 0, 0
    encoded = sample.encode("utf-8", "surrogatepass")
    if len(encoded) - size < _EXTRA_BYTES * size:
        return size, 0, 0
    ideographs = len(encoded.translate(None, _NOT_IDEOGRAPH_LEAD))
    return size, ideographs, len(encoded.translate(None, _NOT_HANGUL_LEAD))


def char_width(text: str) -> float:
    """Latin characters one character of ``text`` is worth on average (1.0 unless its first
    ``SAMPLE`` characters are mostly Chinese, Japanese or Korean)."""
    return counts_width(cjk_counts(text))


def counts_width(counts: tuple[int, int, int]) -> float:
    """``char_width`` of a text from its ``cjk_counts``."""
    size, ideographs, hangul = counts
    if not ideographs | hangul:
        return 1.0
    return 1.0 + ((IDEOGRAPH_WIDTH - 1) * ideographs + (HANGUL_WIDTH - 1) * hangul) / size


def texts_width(texts: Sequence[str]) -> float:
    """``char_width`` of blocks of text: of the first ``SAMPLE`` characters of their first
    ``_SAMPLE_BLOCKS`` joined."""
    return char_width("".join(texts[:_SAMPLE_BLOCKS]))
