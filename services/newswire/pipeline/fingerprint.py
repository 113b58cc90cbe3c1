"""Content fingerprints: sha256 of the body and a 64-bit SimHash for near-duplicate detection.

SimHash features are word 3-grams of the lower-cased ``\\w+`` tokens: single words make unrelated
texts in one language look alike, while 3-grams change locally when an editor rewrites a sentence,
so a republished wire story stays within a few bits and an unrelated story lands near 32.
Each distinct word is hashed once with two seeded CRC-32s (stable across runs and machines,
unlike ``hash()``, and C-fast; not a cryptographic hash, which SimHash does not need); a 3-gram's
hash combines its three word hashes with odd multipliers and the splitmix64 finaliser, in numpy,
so the per-feature work happens in C (over 2x faster than hashing every 3-gram string with blake2b as
before: fingerprints from newswire 0.1 before this change differ, compare within one version).
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

_WORD = re.compile(r"\w+")
_BITS = np.arange(64, dtype=np.uint64)


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


#: SimHash looks at the first this many words (~300 KB of text): plenty to tell near-duplicates
#: apart, and it keeps a 10 MB body from costing seconds of per-3-gram hashing.
SIMHASH_MAX_WORDS = 50_000


_P1 = np.uint64(0x9E3779B97F4A7C15)
_P2 = np.uint64(0xC2B2AE3D27D4EB4F)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def _mix(x: np.ndarray) -> np.ndarray:
    # splitmix64's finaliser: every input bit affects every output bit (uint64 arithmetic wraps).
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    mixed: np.ndarray = x ^ (x >> np.uint64(31))
    return mixed


def _word_hash(word: str) -> int:
    data = word.encode("utf-8")
    return zlib.crc32(data) | (zlib.crc32(data, 0x9E3779B9) << 32)


def simhash(body: str) -> str:
    tokens = _WORD.findall(body[: SIMHASH_MAX_WORDS * 12].lower())[:SIMHASH_MAX_WORDS]
    vocabulary: dict[str, int] = {}
    ids = [vocabulary.setdefault(token, len(vocabulary)) for token in tokens]
    hashes = np.fromiter(
        (_word_hash(word) for word in vocabulary), dtype=np.uint64, count=len(vocabulary)
    )
    words = hashes[np.asarray(ids, dtype=np.intp)] if ids else np.zeros(1, dtype=np.uint64)
    if len(words) >= 3:
        features = _mix(words[:-2] * _P1 + words[1:-1] * _P2 + words[2:])
    else:  # one feature for a text of fewer than three words
        features = _mix(np.array([sum(int(w) for w in words) % (1 << 64)], dtype=np.uint64))
    ones = ((features[:, None] >> _BITS) & np.uint64(1)).sum(axis=0)
    bits = ones * 2 > len(features)
    value = int(sum(1 << int(i) for i in np.flatnonzero(bits)))
    return f"{value:016x}"


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()
