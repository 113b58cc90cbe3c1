"""The SimHash of newswire up to issue 19, one Python step per word, kept as the reference.

``make bench-meta`` measures it beside ``newswire.pipeline.fingerprint.simhash`` in the same run
(the "before" column), and the tests check that both give the same fingerprint bit for bit: the
whole-array implementation must stay a faster way to compute this, not a different hash.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

from newswire.pipeline.fingerprint import SIMHASH_MAX_WORDS

_WORD = re.compile(r"\w+")
_BITS = np.arange(64, dtype=np.uint64)
_P1 = np.uint64(0x9E3779B97F4A7C15)
_P2 = np.uint64(0xC2B2AE3D27D4EB4F)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def _mix(x: np.ndarray) -> np.ndarray:
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
    else:
        features = _mix(np.array([sum(int(w) for w in words) % (1 << 64)], dtype=np.uint64))
    ones = ((features[:, None] >> _BITS) & np.uint64(1)).sum(axis=0)
    bits = ones * 2 > len(features)
    value = int(sum(1 << int(i) for i in np.flatnonzero(bits)))
    return f"{value:016x}"
