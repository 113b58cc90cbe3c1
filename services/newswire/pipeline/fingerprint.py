"""Content fingerprints: sha256 of the body and a 64-bit SimHash for near-duplicate detection.

SimHash features are word 3-grams of the lower-cased ``\\w+`` tokens: single words make unrelated
texts in one language look alike, while 3-grams change locally when an editor rewrites a sentence,
so a republished wire story stays within a few bits and an unrelated story lands near 32.
Each feature is hashed with blake2b (stable across runs and machines, unlike ``hash()``).
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

_WORD = re.compile(r"\w+")
_BITS = np.arange(64, dtype=np.uint64)


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


#: SimHash looks at the first this many words (~300 KB of text): plenty to tell near-duplicates
#: apart, and it keeps a 10 MB body from costing seconds of per-3-gram hashing.
SIMHASH_MAX_WORDS = 50_000


def simhash(body: str) -> str:
    tokens = _WORD.findall(body[: SIMHASH_MAX_WORDS * 12].lower())[:SIMHASH_MAX_WORDS]
    if len(tokens) >= 3:
        features = [" ".join(tokens[i : i + 3]) for i in range(len(tokens) - 2)]
    else:
        features = [" ".join(tokens)] if tokens else [""]
    digests = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(f.encode("utf-8"), digest_size=8).digest(), "big")
            for f in features
        ),
        dtype=np.uint64,
        count=len(features),
    )
    ones = ((digests[:, None] >> _BITS) & np.uint64(1)).sum(axis=0)
    bits = ones * 2 > len(features)
    value = int(sum(1 << int(i) for i in np.flatnonzero(bits)))
    return f"{value:016x}"


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()
