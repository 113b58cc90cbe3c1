"""SimHash's word hashes in compiled code: the compiled build's way for ``fingerprint``.

``fingerprint._word_hashes`` finds a body's words and their CRC-32s with some fifteen whole-array
numpy calls, and right after an extraction each kind of numpy call pays ~10-25 µs of cold code
before it runs (on the e2e corpus, right after extraction: 341 µs a body by numpy, 103 this way,
in one loaded run; warm 129 and 31). Compiled by mypyc, this one pass over the lower-cased UTF-8
bytes decodes each character, asks the same per-code-point table whether ``re``'s ``\\w`` matches
it, and updates both seeded CRC-32s (zlib's, byte by byte through the standard table) while
inside a word: the same hashes, bit for bit. A text with a character that the table flags (one
``str.lower`` changes beyond ASCII, a surrogate) or one beyond the Basic Multilingual Plane is
left to ``fingerprint``'s numpy path (None).
"""

from __future__ import annotations

from typing import Final

from librt.vecs import append, vec
from mypy_extensions import i64

#: zlib's CRC-32 as a byte-at-a-time loop: the reflected polynomial, and the all-ones register
#: that ``zlib.crc32(data, seed)`` starts from (``seed ^ ONES``) and ends with (``crc ^ ONES``).
_POLYNOMIAL: Final = 0xEDB88320
_ONES: Final = 0xFFFFFFFF


def crc_table() -> vec[i64]:
    """The CRC-32 of each byte value (the standard 256-entry table)."""
    table = vec[i64]()
    for value in range(256):
        crc: i64 = value
        for _ in range(8):
            crc = (crc >> 1) ^ _POLYNOMIAL if crc & 1 else crc >> 1
        table = append(table, crc)
    return table


_TABLE: Final = crc_table()


def word_hashes(data: bytes, classes: bytes, seed_high: i64, limit: i64) -> vec[i64] | None:
    """Per ``\\w+`` word of ``data`` (UTF-8, lower-cased), at most ``limit`` words: ``crc32(word,
    0) | crc32(word, seed_high) << 32`` as a signed 64-bit integer (the same 64 bits); None when
    ``classes`` (per code point of the Basic Multilingual Plane: 1 for ``\\w``, 2 for "leave it
    to numpy") flags a character or one lies beyond that plane (4 UTF-8 bytes)."""
    table = _TABLE
    hashes = vec[i64]()
    size: i64 = len(data)
    low: i64 = 0
    high: i64 = 0
    inside = False
    at: i64 = 0
    while at < size:
        lead: i64 = data[at]
        width: i64 = 1
        point: i64 = lead
        if lead < 0x80:
            pass
        elif lead < 0xE0:
            point = ((lead & 0x1F) << 6) | (data[at + 1] & 0x3F)
            width = 2
        elif lead < 0xF0:
            point = ((lead & 0x0F) << 12) | ((data[at + 1] & 0x3F) << 6) | (data[at + 2] & 0x3F)
            width = 3
        else:
            return None
        kind: i64 = classes[point]
        if kind >= 2:
            return None
        if kind:
            if not inside:
                inside = True
                low, high = _ONES, seed_high ^ _ONES
            for k in range(at, at + width):
                byte: i64 = data[k]
                low = table[(low ^ byte) & 0xFF] ^ (low >> 8)
                high = table[(high ^ byte) & 0xFF] ^ (high >> 8)
        elif inside:
            inside = False
            if len(hashes) < limit:
                hashes = append(hashes, _joined(low, high))
        at += width
    if inside and len(hashes) < limit:
        hashes = append(hashes, _joined(low, high))
    return hashes


def _joined(low: i64, high: i64) -> i64:
    """The finished CRCs as one signed 64-bit integer, high half first (no overflow either way)."""
    high ^= _ONES
    if high >= 0x80000000:
        high -= 0x100000000
    return high * 0x100000000 + (low ^ _ONES)
