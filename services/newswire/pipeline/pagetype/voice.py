"""Who speaks in a body's opening words, as page-type features: reporting verbs ("said"), "we",
"you", "I", and what the words talk about (customers, functions, officials), each group counted
per 1000 words (``features.body_values`` reads them as ``voice_*``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from mypy_extensions import i64

_VOICE: Final[dict[str, tuple[str, ...]]] = {
    "news": ("said", "says", "told", "according", "reported", "added"),
    "we": ("we", "We", "our", "Our", "us"),
    "you": ("you", "You", "your", "Your"),
    "first": ("I", "my", "My", "me"),
    # What the body talks about (its first words, lower-case and capitalized): a service page
    # sells to customers and clients, a manual explains functions and options, a story tells of
    # days of the week, officials and millions (figures where ``body_values`` adds them).
    **{
        group: tuple(word for lower in words for word in (lower, lower.capitalize()))
        for group, words in (
            (
                "sales",
                (
                    *("customers", "customer", "clients", "client", "solutions", "solution"),
                    *("services", "service", "team", "business", "businesses", "professional"),
                    *("professionals", "quality", "contact", "free", "quote", "experience"),
                    *("expert", "experts", "offer", "offers", "provide", "provides", "company"),
                    *("industry", "industries", "support", "trusted", "leading"),
                ),
            ),
            (
                "manual",
                (
                    *("function", "parameter", "parameters", "returns", "return", "example"),
                    *("default", "install", "configure", "file", "command", "version", "value"),
                    *("option", "options", "argument", "arguments", "method", "class", "object"),
                    *("string", "type", "error", "code", "api"),
                ),
            ),
            (
                "event",
                (
                    *("yesterday", "monday", "tuesday", "wednesday", "thursday", "friday"),
                    *("saturday", "sunday", "percent", "million", "billion", "government"),
                    *("officials", "police", "president", "minister", "week"),
                    "statement",
                ),
            ),
        )
    },
}
#: Every spelling of a voice word as a split word (trailing punctuation kept), with its group.
_VOICE_WORDS: Final[dict[str, str]] = {
    word + mark: group
    for group, words in _VOICE.items()
    for word in words
    for mark in ("", ",", ".", ":", ";", "?", "!")
}
VOICE_GROUPS: Final = tuple(_VOICE)
#: Bits of ``_VOICE_SEEN``: 16,384 (2 KB, 32 cache lines), of which the ~1,150 voice spellings
#: set ~7%.
_VOICE_BITS: Final = 1 << 14


def _seen_bits(words: Sequence[str]) -> bytes:
    """A bit per ``_VOICE_BITS`` value of ``hash(word)``, set for each of ``words``' hashes (a
    one-hash Bloom filter: a word whose bit is clear is none of them). Built when the process
    starts: Python's ``str`` hashes are keyed per process."""
    bits = bytearray(_VOICE_BITS // 8)
    for word in words:
        code = hash(word) & (_VOICE_BITS - 1)
        bits[code >> 3] |= 1 << (code & 7)
    return bytes(bits)


#: The voice words' bits (``_seen_bits``), tested before the dict look-up.
_VOICE_SEEN: Final = _seen_bits(list(_VOICE_WORDS))


def voice_values(words: Sequence[str]) -> list[float]:
    """Who speaks in the body's first words, per 1000 of them: reporting verbs, "we", "you", "I".

    A story reports ("said", "told", "according to"); a service page speaks as "we" to "you";
    a manual says "you"; a forum post says "I" (domain-grouped CV on wcxb-dev, HTML, article-vs-
    rest accuracy +0.009 to +0.015 over three model settings).

    Session 27: the distinct voice words by ``_VOICE_WORDS.keys() & set(words)`` and each
    one's ``words.count`` gave the same numbers at +39 µs a page (a set of 400 words, then 8
    scans of them for the median page's 8 distinct voice words). Session 62: one loop of
    ``dict.get`` counting each group, native in the compiled build, instead of a ``filter`` and
    a list counted per group (~40% of the ~20 µs, compiled). Session 64: a bit filter before
    the dict look-up (see the loop)."""
    counts = dict.fromkeys(VOICE_GROUPS, 0)
    seen = _VOICE_SEEN
    for word in words:
        # Most words are no voice word, and right after an extraction the dict is out of the
        # CPU's caches: a miss probed ~2.5 of its slots, each an entry and its key string read
        # for the key's hash (4-5 cache misses a word, ~35 µs of the page). The filter's 2 KB
        # are 32 lines, and the word's hash is the one the dict (and the lexicon after it)
        # would compute: ~7% of the other words still reach the dict, which decides (in-process,
        # compiled, right after each extraction, every 4th dev+SH page, the 400 words fresh:
        # ~58 -> ~45 µs a page on a loaded machine).
        # The hash made an i64 before it is masked: mypyc boxes a hash beyond +-2**62 (half of
        # them) into a Python int, and the mask of a boxed int took the generic number
        # protocol (a second int made and freed); masked as an i64 it is one machine AND.
        full: i64 = hash(word)
        code: i64 = full & (_VOICE_BITS - 1)
        if seen[code >> 3] >> (code & 7) & 1:
            group = _VOICE_WORDS.get(word)
            if group is not None:
                counts[group] += 1
    scale = 1000 / max(50, len(words))
    return [counts[group] * scale for group in VOICE_GROUPS]
