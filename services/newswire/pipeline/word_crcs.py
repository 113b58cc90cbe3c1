"""SimHash's word hashes in compiled code: the compiled build's way for ``fingerprint``.

``fingerprint._word_hashes`` finds a body's words and their CRC-32s with some fifteen whole-array
numpy calls, and right after an extraction each kind of numpy call pays ~10-25 µs of cold code
before it runs (on the e2e corpus, right after extraction: 341 µs a body by numpy, 103 this way, in
one loaded run; warm 129 and 31). Compiled by mypyc, this one pass over the UTF-8 bytes (lowering
"A"-"Z" as it reads them) decodes each character, asks the same per-code-point table whether
``re``'s ``\\w`` matches it, and updates a CRC-32 register (zlib's, byte by byte through the
standard table) while inside a word; the second seed's CRC follows from the word's length
(``_seed_terms``): the same hashes, bit for bit. A capital that ``str.lower`` maps to one character
wherever it stands ("É", "Д", "Ω") is lowered by a second table, its lower case's UTF-8 bytes
hashed. A text with a character that the table flags (a capital whose lower case is two
characters, "İ", or depends on its place, "Σ"; a surrogate; beyond the Basic Multilingual Plane,
one that ``str.lower`` changes) is left to the caller (None: ``fingerprint`` asks again over
``str.lower``'s bytes with a table that flags surrogates alone, else takes its numpy path).
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


def word_hashes(
    data: bytes, classes: bytes, lowered: bytes, seed_high: i64, limit: i64
) -> vec[i64] | None:
    """Per ``\\w+`` word of ``data`` (UTF-8, read as ``data.decode().lower()``), at most
    ``limit`` words: ``crc32(word, 0) | crc32(word, seed_high) << 32`` as a signed 64-bit integer
    (the same 64 bits); None when ``classes`` (per code point of the Basic Multilingual Plane: 1
    for ``\\w``, 2 for "leave it to the caller", 4 for "read as its lower case", plus 1 where
    ``\\w`` matches that lower case) flags a character with 2, or ``str.lower`` changes one
    beyond that plane (4 UTF-8 bytes, see ``_astral``). ``lowered``: per code point of that
    plane, two bytes (little-endian) of the code point of its lower case, read where
    ``classes`` says 4."""
    table = _TABLE
    hashes = vec[i64]()
    # A CRC-32 is linear: two seeds' CRCs of a word differ by a term that depends on the word's
    # length alone (``_seed_terms``), so one register per byte makes both (half the lookups).
    terms = _seed_terms(seed_high)
    size: i64 = len(data)
    crc: i64 = 0
    length: i64 = 0
    at: i64 = 0
    while at < size:
        byte: i64 = data[at]
        width: i64 = 1
        # The code point of a capital's lower case, hashed instead of the capital's bytes.
        lower: i64 = -1
        if byte < 0x80:
            # "A"-"Z" lowered here, the only bytes ``bytes.lower`` changes (every byte of a
            # non-ASCII character is >= 0x80): the caller's UTF-8, shared with the sha256, is
            # not lowered into a copy first.
            if 0x41 <= byte <= 0x5A:
                byte += 0x20
            kind: i64 = classes[byte]
        else:
            width = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            kind, lower = _wide(data, at, byte, classes, lowered)
            if kind >= 2:
                return None
        if kind:
            if not length:
                crc = _ONES
            # ASCII's step written out, apart from the rest: the conditions of a capital's lower
            # case asked on every byte made the pass ~50% slower on bodies with none (compiled).
            if width == 1:
                crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
                length += 1
            else:
                crc = _crc_char(crc, data, at, width, lower)
                length += width if lower < 0 else _utf8_width(lower)
        elif length:
            if len(hashes) < limit:
                term = terms[length] if length < _TERMS else _term(terms, length)
                hashes = append(hashes, _joined(crc ^ _ONES, term))
            length = 0
        at += width
    if length and len(hashes) < limit:
        term = terms[length] if length < _TERMS else _term(terms, length)
        hashes = append(hashes, _joined(crc ^ _ONES, term))
    return hashes


def _wide(data: bytes, at: i64, lead: i64, classes: bytes, lowered: bytes) -> tuple[i64, i64]:
    """The class of the non-ASCII character at ``at`` (lead byte ``lead``) as ``str.lower``'s
    text reads it (2 or 3: left to the caller), and the code point of its lower case where the
    pass hashes that instead of its bytes (a capital's; else -1)."""
    if lead >= 0xF0:
        return _astral(data, at), -1
    point = _code_point(data, at, lead)
    kind: i64 = classes[point]
    if kind < 4:
        return kind, -1
    # The lower case's class rides on the flag.
    return kind - 4, lowered[2 * point] | lowered[2 * point + 1] << 8


def _code_point(data: bytes, at: i64, lead: i64) -> i64:
    """The code point of the 2- or 3-byte UTF-8 character at ``at`` (lead byte ``lead``)."""
    if lead < 0xE0:
        return ((lead & 0x1F) << 6) | (data[at + 1] & 0x3F)
    return ((lead & 0x0F) << 12) | ((data[at + 1] & 0x3F) << 6) | (data[at + 2] & 0x3F)


def _astral(data: bytes, at: i64) -> i64:
    """The class of the 4-byte UTF-8 character at ``at`` (beyond the Basic Multilingual Plane,
    which the table leaves out), as the table's: 2 when ``str.lower`` changes it (an Adlam or
    a Deseret capital), else 1 where ``re``'s ``\\w`` matches it (``str.isalnum``, as
    ``re`` asks: no underscore lies there), 0 elsewhere (an emoji). A rare character (a few
    emoji in some bodies), asked of Python's own tables: the whole body went to numpy for one
    (~10 times this pass's cost, wcxb-dev's bodies with one, compiled)."""
    point = (
        ((data[at] & 0x07) << 18)
        | ((data[at + 1] & 0x3F) << 12)
        | ((data[at + 2] & 0x3F) << 6)
        | (data[at + 3] & 0x3F)
    )
    character = chr(point)
    if character.lower() != character:
        return 2
    return 1 if character.isalnum() else 0


def _crc_bytes(crc: i64, data: bytes, at: i64, width: i64) -> i64:
    """The CRC register after the ``width`` bytes at ``at`` (a non-ASCII character's)."""
    table = _TABLE
    for k in range(at, at + width):
        byte: i64 = data[k]
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc


def _crc_char(crc: i64, data: bytes, at: i64, width: i64, lower: i64) -> i64:
    """The CRC register after the non-ASCII character of ``width`` bytes at ``at``, or after
    the bytes of its lower case ``lower`` (-1: none, the character's own)."""
    return _crc_bytes(crc, data, at, width) if lower < 0 else _crc_point(crc, lower)


def _crc_point(crc: i64, point: i64) -> i64:
    """The CRC register after the UTF-8 bytes of ``point`` (of the Basic Multilingual Plane: a
    capital's lower case, which may take fewer or more bytes than the capital, "K" to "k")."""
    table = _TABLE
    if point < 0x80:
        return table[(crc ^ point) & 0xFF] ^ (crc >> 8)
    if point < 0x800:
        crc = table[(crc ^ (0xC0 | point >> 6)) & 0xFF] ^ (crc >> 8)
    else:
        crc = table[(crc ^ (0xE0 | point >> 12)) & 0xFF] ^ (crc >> 8)
        crc = table[(crc ^ (0x80 | (point >> 6) & 0x3F)) & 0xFF] ^ (crc >> 8)
    return table[(crc ^ (0x80 | point & 0x3F)) & 0xFF] ^ (crc >> 8)


def _utf8_width(point: i64) -> i64:
    """How many UTF-8 bytes the code point ``point`` (of the Basic Multilingual Plane) takes."""
    return 1 if point < 0x80 else 2 if point < 0x800 else 3


#: Word lengths (UTF-8 bytes) whose seed term ``_seed_terms`` tabulates; longer words carry the
#: last one on (``_term``).
_TERMS: Final = 64


def _seed_terms(seed: i64) -> vec[i64]:
    """``terms[n]`` for ``n < _TERMS``: ``crc32(w, seed) ^ crc32(w, 0)`` for any word ``w`` of
    ``n`` bytes, the seed's difference carried through ``n`` zero bytes of the register (the
    words' own bytes cancel out: CRC-32 is linear)."""
    terms = vec[i64]()
    for _ in range(_TERMS):
        terms = append(terms, seed)
        seed = _TABLE[seed & 0xFF] ^ (seed >> 8)
    return terms


def _term(terms: vec[i64], length: i64) -> i64:
    """The seed term of a word of ``length`` bytes."""
    term = terms[_TERMS - 1]
    for _ in range(length - _TERMS + 1):
        term = _TABLE[term & 0xFF] ^ (term >> 8)
    return term


def _joined(low: i64, term: i64) -> i64:
    """The finished CRCs as one signed 64-bit integer, high half (``low ^ term``) first (no
    overflow either way)."""
    high = low ^ term
    if high >= 0x80000000:
        high -= 0x100000000
    return high * 0x100000000 + low
